// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource } from '../core/index.js';
import type { PagePromise, RequestOptions } from '../core/index.js';
import type { AuditLogEntry } from '../types.js';

/**
 * The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
 * invitations by email. Every operation names the least role that may call it in `x-parley-role`; a call
 * below it gets `403 insufficient_role`. API keys act as a developer, or as a viewer when `read_only`.
 */
export class AuditLog extends APIResource {
  /**
   * The account's audit log
   *
   * Every change a member or key made to the account's setup, newest first: API keys, members, roles and
   * invitations, connections (created, changed, restarted, logged out, deleted), webhook endpoints (and each
   * time a signing secret was read or rotated), templates, usage alerts, billing, and the platform admin's
   * changes to the account. Each entry has the actor (a user, an API key or the platform admin), the
   * client's address and user agent, the request id, and the fields that changed, before and after;
   * secrets never appear. The log is append-only: Parley's own database roles cannot change or delete an
   * entry. Filters: `actor` (a user or key id), `action` (e.g. `api_key.created`), `since` and `until`.
   */
  list(query: AuditLogListParams = {}, options?: RequestOptions): PagePromise<AuditLogEntry> {
    return this._client.requestPage<AuditLogEntry>({ method: 'get', path: '/v1/audit-log', query }, options);
  }
}

export type AuditLogListParams = {
  /**
   * How many objects to return, 1 to 100.
   * @default 10
   */
  limit?: number;
  /**
   * An object id; returns the page of objects that come after it (older).
   */
  starting_after?: string;
  /**
   * An object id; returns the page of objects that come before it (newer).
   */
  ending_before?: string;
  /**
   * A user id or API key id.
   */
  actor?: string;
  /**
   * An action, e.g. api_key.created.
   */
  action?: string;
  /**
   * Entries at or after this time.
   */
  since?: string;
  /**
   * Entries before this time.
   */
  until?: string;
};
