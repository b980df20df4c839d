import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import { forbidden } from '../platform/http/errors.js';

export type FeatureName = components['schemas']['FeatureName'];

/**
 * The features a platform admin may turn on or off per account, with their defaults: an account without a row
 * in `account_features` for a feature has the default. The spec's FeatureName lists the same names.
 */
export const FEATURES: Record<FeatureName, { default: boolean; description: string; refusal: string }> = {
  bulk_jobs: {
    default: true,
    description: 'Bulk jobs: POST /v1/bulk-jobs.',
    refusal: 'Bulk jobs are turned off for this account',
  },
  live_connections: {
    default: true,
    description: 'Live-mode connections: POST /v1/connections in live mode.',
    refusal: 'Live-mode connections are turned off for this account',
  },
};

export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

/**
 * Whether the feature is on for the account: read in the caller's transaction (row-level security confines a
 * tenant's to its own account), so a change applies to the next request without a cache to invalidate.
 */
export async function featureEnabled(trx: Transaction, accountId: string, feature: FeatureName): Promise<boolean> {
  const row = (await trx('account_features').where({ account_id: accountId, feature }).first('enabled')) as { enabled: boolean } | undefined;
  return row?.enabled ?? FEATURES[feature].default;
}

/** Refuses the call with 403 feature_disabled when the feature is off for the account. */
export async function assertFeature(trx: Transaction, accountId: string, feature: FeatureName): Promise<void> {
  if (await featureEnabled(trx, accountId, feature)) return;
  throw forbidden(
    'feature_disabled',
    `${FEATURES[feature].refusal} (feature \`${feature}\`). Ask the operator of this Parley (the platform admin) to turn it on.`,
  );
}
