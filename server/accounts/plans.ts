import { z } from 'zod';
import type { AccountRow } from './models.js';

/** Every limit a plan sets, in the order the API lists them. */
export const LIMIT_NAMES = [
  'messages_per_period',
  'connections',
  'api_keys',
  'webhook_endpoints',
  'contacts',
  'bulk_job_recipients',
  'team_members',
] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];
export type Limits = Record<LimitName, number>;

/** What each limit counts, for error messages: "1 connection", "1,000 messages". */
export const LIMIT_NOUNS: Record<LimitName, [singular: string, plural: string]> = {
  messages_per_period: ['message', 'messages'],
  connections: ['connection', 'connections'],
  api_keys: ['API key', 'API keys'],
  webhook_endpoints: ['webhook endpoint', 'webhook endpoints'],
  contacts: ['contact', 'contacts'],
  bulk_job_recipients: ['recipient', 'recipients'],
  team_members: ['team member', 'team members'],
};

export interface PlanDefinition {
  id: string;
  name: string;
  /** The monthly price in the currency's smallest unit (cents); 0 for a free plan. */
  price_monthly: number;
  currency: string;
  /** The licensed monthly Stripe price Checkout sells; null: not sold through Checkout (free, or by contract). */
  stripe_price_id: string | null;
  /**
   * The metered Stripe price on the Billing Meter; null: no usage billed. Every live message accepted on the
   * plan is reported to the meter; the price's first tier (the first `included_messages` at 0) keeps the
   * messages the plan includes free, so Stripe works out what is beyond them, whatever the order of commits.
   */
  stripe_overage_price_id: string | null;
  /** Messages per billing period the price covers (the metered price's free first tier); beyond it, up to the limit, each is billed. */
  included_messages: number;
  limits: Limits;
}

const count = z.number().int().min(0).max(1_000_000_000);
const limitsSchema = z.object(Object.fromEntries(LIMIT_NAMES.map((name) => [name, count])) as Record<LimitName, typeof count>).strict();
const planSchema = z
  .object({
    name: z.string().min(1).max(100),
    price_monthly: count,
    currency: z.string().regex(/^[a-z]{3}$/, 'must be a three-letter ISO currency code in lower case, e.g. usd'),
    stripe_price_id: z.string().regex(/^price_\w+$/, 'must be a Stripe price id (price_...)').nullable(),
    stripe_overage_price_id: z.string().regex(/^price_\w+$/, 'must be a Stripe price id (price_...)').nullable(),
    included_messages: count,
    limits: limitsSchema,
  })
  .strict();

/**
 * The plans every deployment starts with. Prices are list prices in US cents; Stripe price ids come from the
 * operator's own Stripe account (PARLEY_PLANS), so none is set here. Enterprise is sold by contract: the
 * platform admin assigns it, and its limits are meant to be tuned per account.
 */
const DEFAULT_PLANS: Record<string, Omit<PlanDefinition, 'id'>> = {
  free: {
    name: 'Free',
    price_monthly: 0,
    currency: 'usd',
    stripe_price_id: null,
    stripe_overage_price_id: null,
    included_messages: 1_000,
    limits: {
      messages_per_period: 1_000,
      connections: 1,
      api_keys: 5,
      webhook_endpoints: 3,
      contacts: 1_000,
      bulk_job_recipients: 1_000,
      team_members: 1,
    },
  },
  pro: {
    name: 'Pro',
    price_monthly: 4_900,
    currency: 'usd',
    stripe_price_id: null,
    stripe_overage_price_id: null,
    included_messages: 10_000,
    limits: {
      messages_per_period: 100_000,
      connections: 5,
      api_keys: 25,
      webhook_endpoints: 10,
      contacts: 50_000,
      bulk_job_recipients: 50_000,
      team_members: 5,
    },
  },
  business: {
    name: 'Business',
    price_monthly: 19_900,
    currency: 'usd',
    stripe_price_id: null,
    stripe_overage_price_id: null,
    included_messages: 100_000,
    limits: {
      messages_per_period: 1_000_000,
      connections: 25,
      api_keys: 100,
      webhook_endpoints: 20,
      contacts: 500_000,
      bulk_job_recipients: 100_000,
      team_members: 25,
    },
  },
  enterprise: {
    name: 'Enterprise',
    price_monthly: 0,
    currency: 'usd',
    stripe_price_id: null,
    stripe_overage_price_id: null,
    included_messages: 10_000_000,
    limits: {
      messages_per_period: 10_000_000,
      connections: 1_000,
      api_keys: 1_000,
      webhook_endpoints: 100,
      contacts: 10_000_000,
      bulk_job_recipients: 1_000_000,
      team_members: 1_000,
    },
  },
};

const partialPlan = planSchema.extend({ limits: limitsSchema.partial() }).partial().strict();

/**
 * The catalog: the default plans, with PARLEY_PLANS (a JSON object keyed by plan id) merged over them. A known
 * id may change any field (limits one by one); a new id must give every field. Throws a message naming the field.
 */
export function buildPlanCatalog(json: string | undefined): PlanDefinition[] {
  let given: unknown = {};
  if (json !== undefined) {
    try {
      given = JSON.parse(json);
    } catch {
      throw new Error('must be a JSON object keyed by plan id, e.g. {"pro":{"stripe_price_id":"price_123"}}');
    }
  }
  const overrides = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'plan ids are lower-case letters, digits and _'), z.unknown()).safeParse(given);
  if (!overrides.success) throw new Error(`${overrides.error.issues[0]!.message} (got ${JSON.stringify(overrides.error.issues[0]!.path)})`);
  const catalog: Record<string, Omit<PlanDefinition, 'id'>> = { ...DEFAULT_PLANS };
  for (const [id, value] of Object.entries(overrides.data)) {
    const base = DEFAULT_PLANS[id];
    const parsed = base ? partialPlan.safeParse(value) : planSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = [id, ...issue.path].join('.');
      throw new Error(`${where}: ${issue.message}${base ? '' : ` (a new plan gives every field: ${Object.keys(planSchema.shape).join(', ')})`}`);
    }
    const change = parsed.data as Partial<Omit<PlanDefinition, 'id'>> & { limits?: Partial<Limits> };
    catalog[id] = base ? { ...base, ...change, limits: { ...base.limits, ...change.limits } } : (change as Omit<PlanDefinition, 'id'>);
  }
  return Object.entries(catalog).map(([id, plan]) => ({ id, ...plan }));
}

export interface PlanConfig {
  plans: PlanDefinition[];
}

export function findPlan(config: PlanConfig, id: string): PlanDefinition | undefined {
  return config.plans.find((plan) => plan.id === id);
}

/** The account's plan; one missing from the catalog (removed from PARLEY_PLANS) acts as the most restrictive: free. */
export function planOf(config: PlanConfig & { PARLEY_DEFAULT_PLAN: string }, account: Pick<AccountRow, 'plan'>): PlanDefinition {
  return findPlan(config, account.plan) ?? findPlan(config, 'free') ?? findPlan(config, config.PARLEY_DEFAULT_PLAN)!;
}

/** The limits in force for an account: its own where the platform admin set one, else its plan's. */
export function limitsOf(config: PlanConfig & { PARLEY_DEFAULT_PLAN: string }, account: Pick<AccountRow, 'plan' | 'limit_overrides'>): Limits {
  return { ...planOf(config, account).limits, ...account.limit_overrides };
}
