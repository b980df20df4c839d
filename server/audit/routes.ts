import { Model } from 'objection';
import type { components } from '../generated/openapi.js';
import { invalidRequest } from '../platform/http/errors.js';
import { paginate } from '../platform/http/pagination.js';
import { authenticatedRoute } from '../platform/http/route.js';

type Schemas = components['schemas'];

export class AuditEntryRow extends Model {
  static override tableName = 'audit_log';
  declare id: string;
  declare mode: Schemas['Mode'] | null;
  declare action: string;
  declare actor_type: Schemas['AuditLogEntry']['actor']['type'];
  declare actor_id: string | null;
  declare actor_email: string | null;
  declare ip: string | null;
  declare user_agent: string | null;
  declare request_id: string | null;
  declare target_type: string | null;
  declare target_id: string | null;
  declare changes: Schemas['AuditLogEntry']['changes'];
  declare created_at: Date;
}

export function presentAuditEntry(row: AuditEntryRow): Schemas['AuditLogEntry'] {
  return {
    id: row.id,
    object: 'audit_log_entry',
    action: row.action,
    actor: { type: row.actor_type, id: row.actor_id, email: row.actor_email },
    mode: row.mode,
    target: row.target_id === null ? null : { type: row.target_type, id: row.target_id },
    changes: row.changes,
    ip: row.ip,
    user_agent: row.user_agent,
    request_id: row.request_id,
    created_at: row.created_at.toISOString(),
  };
}

export const auditRoutes = [
  authenticatedRoute('listAuditLog', async ({ trx, query }) => {
    const { actor, action, since, until, ...page } = query;
    if (since !== undefined && until !== undefined && Date.parse(since) >= Date.parse(until)) {
      throw invalidRequest('parameter_invalid', '`since` must be before `until`.', 'until');
    }
    // Row-level security keeps the query to the caller's account; both modes' changes are listed.
    const rows = AuditEntryRow.query(trx);
    if (actor !== undefined) rows.where('actor_id', actor);
    if (action !== undefined) rows.where('action', action);
    if (since !== undefined) rows.where('created_at', '>=', new Date(since));
    if (until !== undefined) rows.where('created_at', '<', new Date(until));
    return { status: 200, body: await paginate(rows, page, presentAuditEntry) };
  }),
];
