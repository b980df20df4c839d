/** What a role may see in the console; the API refuses the rest whatever the console shows. */
import type { Role } from './session';

const RANK: Record<Role, number> = { viewer: 0, developer: 1, admin: 2, owner: 3 };

/** Whether `role` is `least` or above it (owner > admin > developer > viewer). */
export function atLeast(role: Role | undefined, least: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[least];
}
