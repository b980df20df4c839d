import type { components } from '../generated/openapi.js';
import type { AccountRow } from './models.js';

type Schemas = components['schemas'];
type Plan = Schemas['Plan'];

/** The plan catalog. Prices arrive with billing; every account starts on `free`. */
const PLANS: Record<string, Plan & { limits: Schemas['AccountLimits'] }> = {
  free: { id: 'free', name: 'Free', limits: { bulk_job_recipients: 100_000 } },
};

export const DEFAULT_PLAN = 'free';

export function planById(id: string): Plan {
  const plan = PLANS[id];
  return plan ? { id: plan.id, name: plan.name } : { id, name: id };
}

/** The limits in force for an account: its own where the platform admin set one, else its plan's. */
export function limitsOf(account: Pick<AccountRow, 'plan' | 'bulk_job_recipient_limit'>): Schemas['AccountLimits'] {
  const plan = PLANS[account.plan] ?? PLANS[DEFAULT_PLAN]!;
  return { bulk_job_recipients: account.bulk_job_recipient_limit ?? plan.limits.bulk_job_recipients };
}
