// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseDownload, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, Download, PagePromise, RequestOptions } from '../core/index.js';
import type { AccountErasure, AccountExport, CurrentAccount, DeleteAccountRequest, UpdateAccountRequest } from '../types.js';

/**
 * The account a credential belongs to, with its plan and the credential's mode.
 */
export class AccountResource extends APIResource {
  /**
   * The calling account
   *
   * The account the credential belongs to: its plan, the limits in force (its own, where the platform operator
   * set one, else its plan's), the current billing period, and the mode of the calling credential.
   */
  retrieve(options?: RequestOptions): APIPromise<CurrentAccount> {
    return this._client.request({ method: 'get', path: '/v1/account' }, options, parseJson<CurrentAccount>);
  }

  /**
   * Change the account's name or security settings
   *
   * Owners only. `require_owner_two_factor: true` makes every owner use two-factor authentication: an owner
   * without it can then only turn it on (`403 two_factor_required` for anything else). Turning it on needs
   * the calling owner to have it on already (`409 two_factor_required`), so no one is locked out.
   */
  update(body: UpdateAccountRequest, options?: RequestOptions): APIPromise<CurrentAccount> {
    return this._client.request({ method: 'patch', path: '/v1/account', body }, options, parseJson<CurrentAccount>);
  }

  /**
   * Erase the account
   *
   * Erases the account and everything in it, for good. Owners only, from a console session, and only with
   * the owner's password (and a current two-factor code, or a recovery code, when two-factor
   * authentication is on): `401 invalid_credentials` / `otp_invalid` otherwise, and nothing changes.
   *
   * At once, in this request: every API key and session of the account stops working, pending invitations
   * are revoked, the members lose access (their other accounts are untouched), and the session that asked
   * is signed out. Then Parley's workers, within an hour (usually within a minute): log every connection
   * out of WhatsApp (the phone shows the device as unlinked) and delete it; cancel the Stripe subscription,
   * invoicing what is due; delete the account's files (media and exports) and every row of its data,
   * both modes: contacts, chats, messages, templates, jobs, webhooks and their deliveries, events, usage,
   * audit log, members and keys; and delete the users who belonged to no other account (platform admins stay).
   *
   * What remains is this erasure's record, which billing law requires and which says the erasure was asked
   * for and done: the account's id, its plan, its Stripe customer and subscription ids (the invoices stay
   * in Stripe), who asked and from where, and when it was done. An account whose erasure is pending is
   * `409 erasure_pending` here.
   */
  erase(body: DeleteAccountRequest, options?: RequestOptions): APIPromise<AccountErasure> {
    return this._client.request({ method: 'delete', path: '/v1/account', body }, options, parseJson<AccountErasure>);
  }

  /**
   * List the account's exports
   *
   * The account's exports, newest first, in every status. Owners and admins.
   */
  listExports(query: AccountListExportsParams = {}, options?: RequestOptions): PagePromise<AccountExport> {
    return this._client.requestPage<AccountExport>({ method: 'get', path: '/v1/account/exports', query }, options);
  }

  /**
   * Export the account's data
   *
   * Starts building an archive of the account's data, both modes, in the background: a `.tar.gz` of JSON
   * Lines files, one object per line, each in the shape the API returns it (see `AccountExport` for the
   * files). When it is ready, `status` becomes `ready`, `account.export_ready` is written (in the mode of
   * the request) and `GET /v1/account/exports/{id}/download` serves the archive until `expires_at`
   * (`EXPORT_TTL_HOURS`, 72 by default); then it is deleted. One export is built at a time: `409
   * export_in_progress` while another is pending, with its id in the message. Owners and admins.
   */
  createExport(options?: RequestOptions): APIPromise<AccountExport> {
    return this._client.request({ method: 'post', path: '/v1/account/exports', idempotent: true }, options, parseJson<AccountExport>);
  }

  /**
   * Retrieve an export
   *
   * An export and its status; once ready, its files and their record counts. Owners and admins.
   */
  retrieveExport(id: string, options?: RequestOptions): APIPromise<AccountExport> {
    return this._client.request({ method: 'get', path: `/v1/account/exports/${pathParam(id)}` }, options, parseJson<AccountExport>);
  }

  /**
   * Download an export
   *
   * The archive (`application/gzip`, a tar of the JSON Lines files), until the export's `expires_at`. `409
   * export_not_ready` while it is being built, `410 export_expired` after. Its SHA-256 is the export's
   * `sha256`. Owners and admins.
   */
  downloadExport(id: string, options?: RequestOptions): APIPromise<Download> {
    return this._client.request({ method: 'get', path: `/v1/account/exports/${pathParam(id)}/download`, accept: 'application/gzip' }, options, parseDownload);
  }
}

export type AccountListExportsParams = {
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
};
