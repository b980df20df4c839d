import { FEATURE_NAMES, FEATURES } from '../accounts/features.js';
import { AccountRow } from '../accounts/models.js';
import { assertPlanExists, changePlan } from '../accounts/plan-changes.js';
import { presentAccount } from '../accounts/presenters.js';
import { Model } from 'objection';
import type { components } from '../generated/openapi.js';
import type { Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest, notFound } from '../platform/http/errors.js';
import { paginate } from '../platform/http/pagination.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { presentAdminAccounts, whereMatches } from './accounts.js';
import { addAdmin, listAdmins, removeAdmin } from './admins.js';
import { platformHealth } from './health.js';
import { suspendAccount, unsuspendAccount } from './suspension.js';

type Schemas = components['schemas'];

/** Platform-admin routes run as a session (the pipeline refuses anything else). */
const adminOf = (actor: Actor) => {
  if (actor.kind !== 'session') throw new Error('platform-admin routes take sessions only');
  return actor;
};

async function adminAccount(trx: Transaction, id: string, config: Parameters<typeof presentAdminAccounts>[2]): Promise<Schemas['AdminAccount']> {
  const row = await AccountRow.query(trx).findById(id);
  if (!row) throw notFound('account', id);
  const [account] = await presentAdminAccounts(trx, [row], config);
  return account!;
}

async function presentFeatures(trx: Transaction, accountId: string): Promise<Schemas['AccountFeature'][]> {
  const rows = (await trx('account_features as f')
    .leftJoin('users as u', 'u.id', 'f.set_by')
    .where('f.account_id', accountId)
    .select('f.feature', 'f.enabled', 'f.set_at', 'u.id as user_id', 'u.email as user_email')) as Array<{ feature: string; enabled: boolean; set_at: Date; user_id: string | null; user_email: string | null }>;
  return FEATURE_NAMES.map((feature) => {
    const row = rows.find((r) => r.feature === feature);
    return {
      object: 'account_feature',
      feature,
      description: FEATURES[feature].description,
      enabled: row?.enabled ?? FEATURES[feature].default,
      default: FEATURES[feature].default,
      set_by: row?.user_id && row.user_email ? { id: row.user_id, email: row.user_email } : null,
      set_at: row?.set_at.toISOString() ?? null,
    };
  });
}

class PlatformAuditEntryRow extends Model {
  static override tableName = 'platform_audit_log';
  declare id: string;
  declare action: string;
  declare actor_id: string;
  declare actor_email: string | null;
  declare target_account_id: string | null;
  declare ip: string | null;
  declare user_agent: string | null;
  declare request_id: string | null;
  declare target_type: string | null;
  declare target_id: string | null;
  declare changes: Schemas['PlatformAuditLogEntry']['changes'];
  declare created_at: Date;
}

const presentPlatformAuditEntry = (row: PlatformAuditEntryRow): Schemas['PlatformAuditLogEntry'] => ({
  id: row.id,
  object: 'platform_audit_log_entry',
  action: row.action,
  actor: { id: row.actor_id, email: row.actor_email ?? '' },
  account_id: row.target_account_id,
  target: row.target_id === null ? null : { type: row.target_type, id: row.target_id },
  changes: row.changes,
  ip: row.ip,
  user_agent: row.user_agent,
  request_id: row.request_id,
  created_at: row.created_at.toISOString(),
});

/** Platform-admin operations run in a system transaction: they look across tenants by design. */
export const adminRoutes = [
  authenticatedRoute('adminListAccounts', async ({ trx, query, services }) => {
    const { query: text, plan, status, ...page } = query;
    const rows = AccountRow.query(trx);
    if (plan !== undefined) rows.where('accounts.plan', plan);
    if (status !== undefined) rows.where('accounts.status', status);
    if (text !== undefined) {
      if (text.trim() === '') throw invalidRequest('parameter_invalid', '`query` must contain something other than spaces.', 'query');
      whereMatches(rows, text);
    }
    const listed = await paginate(rows, page, (row) => row);
    return { status: 200, body: { ...listed, data: await presentAdminAccounts(trx, listed.data, services.config) } };
  }),
  authenticatedRoute('adminGetAccount', async ({ trx, params, services }) => ({ status: 200, body: await adminAccount(trx, params.id, services.config) })),
  authenticatedRoute('adminUpdateAccount', async ({ trx, params, body, services }) => {
    // Checked before anything is written: a bad plan changes neither the plan nor the limits.
    if (body.plan !== undefined) assertPlanExists(services.config, body.plan);
    const found = await AccountRow.query(trx).findById(params.id).forUpdate();
    if (!found) throw notFound('account', params.id);
    if (body.limits) {
      const overrides = { ...found.limit_overrides };
      for (const [name, value] of Object.entries(body.limits) as Array<[keyof typeof overrides, number | null | undefined]>) {
        if (value === null) delete overrides[name];
        else if (value !== undefined) overrides[name] = value;
      }
      await AccountRow.query(trx).findById(params.id).patch({ limit_overrides: overrides });
    }
    if (body.plan !== undefined) await changePlan(trx, services.config, params.id, { plan: body.plan, cause: 'admin' });
    const row = await AccountRow.query(trx).findById(params.id).throwIfNotFound();
    return { status: 200, body: presentAccount(row, services.config) };
  }),
  authenticatedRoute('adminSuspendAccount', async ({ trx, params, body, actor, services }) => {
    const admin = adminOf(actor);
    await suspendAccount(trx, services, { id: params.id, reason: body.reason, adminId: admin.userId, adminAccountId: admin.accountId });
    return { status: 200, body: await adminAccount(trx, params.id, services.config) };
  }),
  authenticatedRoute('adminUnsuspendAccount', async ({ trx, params, body, actor, services }) => {
    await unsuspendAccount(trx, services, { id: params.id, reason: body?.reason, adminId: adminOf(actor).userId });
    return { status: 200, body: await adminAccount(trx, params.id, services.config) };
  }),
  authenticatedRoute('adminListAccountFeatures', async ({ trx, params }) => {
    if (!(await AccountRow.query(trx).findById(params.id))) throw notFound('account', params.id);
    return { status: 200, body: { object: 'list' as const, data: await presentFeatures(trx, params.id) } };
  }),
  authenticatedRoute('adminSetAccountFeature', async ({ trx, params, body, actor }) => {
    if (!(await AccountRow.query(trx).findById(params.id).forUpdate())) throw notFound('account', params.id);
    await trx('account_features')
      .insert({ account_id: params.id, feature: params.feature, enabled: body.enabled, set_by: adminOf(actor).userId, set_at: trx.fn.now() })
      .onConflict(['account_id', 'feature'])
      .merge(['enabled', 'set_by', 'set_at']);
    const feature = (await presentFeatures(trx, params.id)).find((f) => f.feature === params.feature)!;
    return { status: 200, body: feature };
  }),
  authenticatedRoute('adminListAdmins', async ({ trx, services }) => ({
    status: 200,
    body: { object: 'list' as const, data: await listAdmins(trx, services.config) },
  })),
  authenticatedRoute('adminAddAdmin', async ({ trx, body, actor, services }) => ({
    status: 201,
    body: await addAdmin(trx, services.config, adminOf(actor).userId, body.email),
  })),
  authenticatedRoute('adminRemoveAdmin', async ({ trx, params, actor, services }) => ({
    status: 200,
    body: await removeAdmin(trx, services.config, adminOf(actor).userId, params.id),
  })),
  authenticatedRoute('adminListAuditLog', async ({ trx, query }) => {
    const { actor, action, account_id: accountId, ...page } = query;
    const rows = PlatformAuditEntryRow.query(trx);
    if (actor !== undefined) rows.where('actor_id', actor);
    if (action !== undefined) rows.where('action', action);
    if (accountId !== undefined) rows.where('target_account_id', accountId);
    return { status: 200, body: await paginate(rows, page, presentPlatformAuditEntry) };
  }),
  authenticatedRoute('adminGetPlatformHealth', async ({ trx, services }) => ({ status: 200, body: await platformHealth(trx, services.config) })),
];
