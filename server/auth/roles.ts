/**
 * What each member of an account may do. Roles are ranked: each may do everything the ones below it may.
 *
 * - viewer: reads the account's data (messages, chats, contacts, templates, jobs, events, usage, keys' names).
 * - developer: also changes it: sends messages, links and manages connections, manages contacts, templates,
 *   bulk jobs, webhook endpoints (and reads their secrets), API keys and usage alerts.
 * - admin: also manages the team (members and invitations) and billing.
 * - owner: also makes and unmakes owners. An account always keeps at least one owner.
 *
 * Every operation in openapi.yaml names the least role that may call it (`x-parley-role`); one that names none
 * stops the server from starting. API keys act as a developer, or as a viewer when made `read_only`.
 */
export const ROLES = ['viewer', 'developer', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** True when `role` may do what `required` may. */
export const roleAllows = (role: Role, required: Role) => ROLES.indexOf(role) >= ROLES.indexOf(required);

export type KeyScope = 'full' | 'read_only';

/** The role an API key acts with. */
export const keyRole = (scope: KeyScope): Role => (scope === 'read_only' ? 'viewer' : 'developer');
