import type { Actor } from '../platform/actor.js';
import type { Knex } from 'knex';
import type { Mode, Transaction } from '../platform/db/database.js';
import { newId } from '../platform/ids.js';

/** What an operation's `x-parley-audit` says: the action's name, and the table whose row it changes. */
export interface AuditSpec {
  action: string;
  /** The changed row's table, read before and after the change; none for actions that change no row of ours. */
  table?: string;
  /** The row's key column in `table` (default `id`), matched against the path's `id` or the reply's `id`. */
  key?: string;
  /** A second path parameter naming the row, matched against the column of the same name (a row keyed by two). */
  match?: string;
  /**
   * The only columns the change is about. For an operation that changes an existing row it finds from its body
   * (its reply names it), which therefore cannot be read before: these columns, null before, are recorded.
   */
  fields?: string[];
  /**
   * `platform`: a platform admin's change to the platform itself (naming admins), recorded only in the platform
   * audit log, since it belongs to no account.
   */
  scope?: 'platform';
}

/** Columns never written to the audit log: secrets, and bookkeeping that is not the change itself. */
const HIDDEN = /secret|token|password|hash|sealed|^qr|lease_|^updated_at$|^last_used_at$|^account_id$|^mode$/;

type Row = Record<string, unknown>;

async function readRow(trx: Transaction, spec: AuditSpec, id: string | undefined, params: Record<string, unknown>): Promise<Row | undefined> {
  if (!spec.table || id === undefined) return undefined;
  const where: Record<string, unknown> = { [spec.key ?? 'id']: id };
  if (spec.match !== undefined) where[spec.match] = params[spec.match];
  return (await trx(spec.table).where(where).first()) as Row | undefined;
}

const comparable = (value: unknown) => JSON.stringify(value instanceof Date ? value.toISOString() : value ?? null);
const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : value ?? null);

/** The fields the change touched, as { field: { before, after } }, secrets left out. */
export function changesBetween(before: Row | undefined, after: Row | undefined, fields?: string[]): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (HIDDEN.test(field) || (fields !== undefined && !fields.includes(field))) continue;
    const was = before?.[field];
    const is = after?.[field];
    if (comparable(was) === comparable(is)) continue;
    changes[field] = { before: shown(was), after: shown(is) };
  }
  return changes;
}

export interface AuditContext {
  actor: Actor;
  /** The account the change happened in (the admin's target for platform-admin actions); null for the platform's own. */
  accountId: string | null;
  ip: string;
  userAgent: string | undefined;
  requestId: string;
  /** The path's id, when the operation names one. */
  targetId: string | undefined;
  /** The path's parameters, for an entry whose row is named by two (AuditSpec.match). */
  params: Record<string, unknown>;
  /** The platform admin acting on an account through /v1/admin. */
  platformAdmin: boolean;
}

/**
 * Runs a change and, if it succeeds, records it in the same transaction: a change is in the log exactly when
 * it happened. The row is read before and after, so the entry holds the fields that changed. A platform admin's
 * change is also recorded in the platform audit log (GET /v1/admin/audit-log), and only there when it changes no
 * account.
 */
export async function audited<R extends { status: number; body?: unknown }>(
  trx: Transaction,
  spec: AuditSpec,
  context: AuditContext,
  change: () => Promise<R>,
): Promise<R> {
  const before = await readRow(trx, spec, context.targetId, context.params);
  const reply = await change();
  if (reply.status >= 400) return reply;
  const replyId = (reply.body as { id?: unknown } | undefined)?.id;
  const targetId = context.targetId ?? (typeof replyId === 'string' ? replyId : undefined);
  const after = await readRow(trx, spec, targetId, context.params);
  const { actor } = context;
  // Read in the insert itself: one round trip fewer per audited change.
  const actorEmail = () => (actor.kind === 'session' ? trx('users').where({ id: actor.userId }).select('email') : null);
  const changes = changesBetween(before, after, spec.fields);
  const actorId = actor.kind === 'api_key' ? actor.keyId : actor.userId;
  if (context.accountId !== null) {
    await writeAuditEntry(trx, {
      accountId: context.accountId,
      mode: actor.mode,
      action: spec.action,
      actorType: actor.kind === 'api_key' ? 'api_key' : context.platformAdmin ? 'platform_admin' : 'user',
      actorId,
      actorEmail: actorEmail(),
      ip: context.ip,
      userAgent: context.userAgent,
      requestId: context.requestId,
      targetType: spec.table ?? null,
      targetId: targetId ?? null,
      changes,
    });
  }
  if (context.platformAdmin) {
    await trx('platform_audit_log').insert({
      id: newId('platformAuditEntry'),
      target_account_id: context.accountId,
      action: spec.action,
      actor_id: actorId,
      actor_email: actorEmail(),
      ip: context.ip,
      user_agent: context.userAgent?.slice(0, 500) ?? null,
      request_id: context.requestId,
      target_type: spec.table ?? null,
      target_id: targetId ?? null,
      changes: JSON.stringify(changes),
    });
  }
  return reply;
}

/** One entry of the audit log, for changes that happen outside an authenticated operation (accepting an invitation). */
export async function writeAuditEntry(
  trx: Transaction,
  entry: {
    accountId: string;
    mode: Mode | null;
    action: string;
    actorType: 'user' | 'api_key' | 'platform_admin';
    actorId: string;
    actorEmail: string | null | Knex.QueryBuilder;
    ip: string;
    userAgent: string | undefined;
    requestId: string;
    targetType: string | null;
    targetId: string | null;
    changes: Record<string, { before: unknown; after: unknown }>;
  },
): Promise<void> {
  await trx('audit_log').insert({
    id: newId('auditEntry'),
    account_id: entry.accountId,
    mode: entry.mode,
    action: entry.action,
    actor_type: entry.actorType,
    actor_id: entry.actorId,
    actor_email: entry.actorEmail,
    ip: entry.ip,
    user_agent: entry.userAgent?.slice(0, 500) ?? null,
    request_id: entry.requestId,
    target_type: entry.targetType,
    target_id: entry.targetId,
    changes: JSON.stringify(entry.changes),
  });
}
