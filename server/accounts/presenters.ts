import type { Config } from '../config.js';
import type { components } from '../generated/openapi.js';
import type { Mode } from '../platform/db/database.js';
import { periodOf } from '../usage/limits.js';
import type { AccountRow, UserRow } from './models.js';
import { limitsOf, planOf, type PlanDefinition } from './plans.js';

type Schemas = components['schemas'];
/** What presenting a plan needs from the configuration: the catalog and the plan a stray id falls back to. */
export type PlansConfig = Pick<Config, 'plans' | 'PARLEY_DEFAULT_PLAN'>;

export function presentPlan(plan: PlanDefinition): Schemas['Plan'] {
  return {
    id: plan.id,
    object: 'plan',
    name: plan.name,
    price_monthly: plan.price_monthly,
    currency: plan.currency,
    included_messages: plan.included_messages,
    checkout_available: plan.stripe_price_id !== null,
    limits: plan.limits,
  };
}

export function presentAccount(row: AccountRow, config: PlansConfig): Schemas['Account'] {
  const period = periodOf(row);
  return {
    id: row.id,
    object: 'account',
    name: row.name,
    status: row.status,
    plan: presentPlan(planOf(config, row)),
    limits: limitsOf(config, row),
    limit_overrides: row.limit_overrides,
    period: { start: period.start.toISOString(), end: period.end.toISOString() },
    require_owner_two_factor: row.require_owner_two_factor,
    created_at: row.created_at.toISOString(),
  };
}

export function presentCurrentAccount(row: AccountRow, mode: Mode, config: PlansConfig): Schemas['CurrentAccount'] {
  return { ...presentAccount(row, config), mode };
}

/** The platform admin ADMIN_EMAIL configures: it names and removes the others, and cannot be removed. */
export function isBootstrapAdmin(email: string, adminEmail: string | undefined): boolean {
  return adminEmail !== undefined && email === adminEmail.trim().toLowerCase();
}

/** The configured admin, or a user it named (`namedAdmin`: users.platform_admin_at is set). */
export function isPlatformAdmin(email: string, adminEmail: string | undefined, namedAdmin: boolean): boolean {
  return namedAdmin || isBootstrapAdmin(email, adminEmail);
}

export function presentUser(row: UserRow, adminEmail: string | undefined): Schemas['User'] {
  return {
    id: row.id,
    object: 'user',
    email: row.email,
    email_verified: row.email_verified_at !== null,
    two_factor_enabled: row.totp_enabled_at !== null,
    is_platform_admin: isPlatformAdmin(row.email, adminEmail, Boolean(row.platform_admin_at)),
    created_at: row.created_at.toISOString(),
  };
}
