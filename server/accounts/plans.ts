import type { components } from '../generated/openapi.js';

type Plan = components['schemas']['Plan'];

/** The plan catalog. Limits and prices arrive with billing; every account starts on `free`. */
const PLANS: Record<string, Plan> = {
  free: { id: 'free', name: 'Free' },
};

export const DEFAULT_PLAN = 'free';

export function planById(id: string): Plan {
  return PLANS[id] ?? { id, name: id };
}
