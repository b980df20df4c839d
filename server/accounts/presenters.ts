import type { components } from '../generated/openapi.js';
import type { Mode } from '../platform/db/database.js';
import type { AccountRow, UserRow } from './models.js';
import { limitsOf, planById } from './plans.js';

type Schemas = components['schemas'];

export function presentAccount(row: AccountRow): Schemas['Account'] {
  return {
    id: row.id,
    object: 'account',
    name: row.name,
    status: row.status,
    plan: planById(row.plan),
    limits: limitsOf(row),
    created_at: row.created_at.toISOString(),
  };
}

export function presentCurrentAccount(row: AccountRow, mode: Mode): Schemas['CurrentAccount'] {
  return { ...presentAccount(row), mode };
}

export function isPlatformAdmin(email: string, adminEmail: string | undefined): boolean {
  return adminEmail !== undefined && email === adminEmail.trim().toLowerCase();
}

export function presentUser(row: UserRow, adminEmail: string | undefined): Schemas['User'] {
  return {
    id: row.id,
    object: 'user',
    email: row.email,
    is_platform_admin: isPlatformAdmin(row.email, adminEmail),
    created_at: row.created_at.toISOString(),
  };
}
