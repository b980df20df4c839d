// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { Account, AccountFeature, AccountFeatureList, AdminAccount, AdminAddAdminRequest, AdminSetAccountFeatureRequest, AdminSuspendAccountRequest, AdminUnsuspendAccountRequest, AdminUpdateAccountRequest, FeatureName, PlatformAdmin, PlatformAdminList, PlatformAuditLogEntry, PlatformHealth, User } from '../types.js';

/**
 * Platform administration. Only platform admins may call these.
 */
export class Admin extends APIResource {
  /**
   * List and search accounts
   *
   * Every tenant on this deployment, newest first, each with its owner, member count, plan, this period's
   * messages against the limit, connections by status, last activity and latest suspension (see
   * `AdminAccount`). `query` finds accounts whose name, any member's email or any connection's phone number
   * contains it, ignoring case; a query written like a phone number (digits, `+`, spaces, dashes, dots and
   * brackets) matches by its digits alone, so `+1 (202) 555` finds `+1202555...`. `plan` and `status` narrow
   * the list. Platform admins only.
   */
  listAccounts(query: AdminListAccountsParams = {}, options?: RequestOptions): PagePromise<AdminAccount> {
    return this._client.requestPage<AdminAccount>({ method: 'get', path: '/v1/admin/accounts', query }, options);
  }

  /**
   * One account in detail
   *
   * The account as `GET /v1/admin/accounts` lists it: owner, member count, plan and limits, this period's
   * messages against the limit, connections by status, last activity and the latest suspension or
   * unsuspension. Platform admins only.
   */
  retrieveAccount(id: string, options?: RequestOptions): APIPromise<AdminAccount> {
    return this._client.request({ method: 'get', path: `/v1/admin/accounts/${pathParam(id)}` }, options, parseJson<AdminAccount>);
  }

  /**
   * Change an account's plan or limits
   *
   * Puts an account on a plan (`plan`: any in `GET /v1/plans`; when Stripe billing is on, Stripe's
   * subscription changes it too, and the next subscription change wins), and sets its own limits, which
   * replace its plan's; `null` returns a limit to the plan's. A change of plan writes `account.plan_changed`.
   * Lowering a limit removes nothing: what is over it stays, and new additions are refused until use is below
   * it. Jobs created before the change keep their recipients. Platform admin only.
   */
  updateAccount(id: string, body: AdminUpdateAccountRequest, options?: RequestOptions): APIPromise<Account> {
    return this._client.request({ method: 'patch', path: `/v1/admin/accounts/${pathParam(id)}`, body }, options, parseJson<Account>);
  }

  /**
   * Suspend an account
   *
   * Stops an account at once, for the reason given (kept with who suspended it and when, shown on the admin
   * account view and in the account's audit log). Its API keys and sessions are refused with `403
   * account_suspended`. Its running connections stop: their workers let them go and close their sockets,
   * and they show `status: disconnected` with `status_reason: account_suspended` (credentials are kept;
   * logged-out and failed connections stay as they are). Its scheduled and running bulk jobs pause (as
   * `POST /v1/bulk-jobs/{id}/pause` would; jobs paused already stay as they are). Messages already queued
   * wait, and expire as usual if the suspension outlasts `MESSAGE_EXPIRY_HOURS`. `409
   * account_already_suspended` if it is; `409 own_account` for the account the admin is signed in to, and `409
   * platform_admin_account` for any account a platform admin belongs to, which would lock that admin out
   * (remove them as an admin first). Platform admins only.
   */
  suspendAccount(id: string, body: AdminSuspendAccountRequest, options?: RequestOptions): APIPromise<AdminAccount> {
    return this._client.request({ method: 'post', path: `/v1/admin/accounts/${pathParam(id)}/suspend`, idempotent: true, body }, options, parseJson<AdminAccount>);
  }

  /**
   * Lift an account's suspension
   *
   * Lets the account's keys and sessions in again; exactly the connections the suspension stopped go back
   * to their workers (and reconnect with their kept credentials), and exactly the bulk jobs the suspension
   * paused resume. Jobs its people paused themselves stay paused. `reason` is optional and kept like a
   * suspension's. `409 account_not_suspended` if it is active. Platform admins only.
   */
  unsuspendAccount(id: string, body?: AdminUnsuspendAccountRequest, options?: RequestOptions): APIPromise<AdminAccount> {
    return this._client.request({ method: 'post', path: `/v1/admin/accounts/${pathParam(id)}/unsuspend`, idempotent: true, body }, options, parseJson<AdminAccount>);
  }

  /**
   * An account's features
   *
   * Every feature in the catalog with whether it is on for the account: the value a platform admin set
   * (with who set it and when), else the feature's default. `bulk_jobs` gates `POST /v1/bulk-jobs`;
   * `live_connections` gates creating live-mode connections (`POST /v1/connections` in live mode). A call a
   * feature turned off is refused with `403 feature_disabled`. Platform admins only.
   */
  listAccountFeatures(id: string, options?: RequestOptions): APIPromise<AccountFeatureList> {
    return this._client.request({ method: 'get', path: `/v1/admin/accounts/${pathParam(id)}/features` }, options, parseJson<AccountFeatureList>);
  }

  /**
   * Turn a feature on or off for an account
   *
   * Sets the feature for this account, whatever its default; it applies to the account's next request.
   * Setting the value it has already changes nothing but who set it and when. Platform admins only.
   */
  setAccountFeature(id: string, feature: FeatureName, body: AdminSetAccountFeatureRequest, options?: RequestOptions): APIPromise<AccountFeature> {
    return this._client.request({ method: 'put', path: `/v1/admin/accounts/${pathParam(id)}/features/${pathParam(feature)}`, body }, options, parseJson<AccountFeature>);
  }

  /**
   * List the platform admins
   *
   * The platform admin configured by `ADMIN_EMAIL` (`bootstrap: true`) and the further admins it named,
   * oldest first. Platform admins only.
   */
  listAdmins(options?: RequestOptions): APIPromise<PlatformAdminList> {
    return this._client.request({ method: 'get', path: '/v1/admin/admins' }, options, parseJson<PlatformAdminList>);
  }

  /**
   * Name a further platform admin
   *
   * Makes an existing Parley user a platform admin, with every right of `/v1/admin` (and the same
   * two-factor requirement, `ADMIN_REQUIRE_TWO_FACTOR`), except naming and removing admins, which only the
   * admin configured by `ADMIN_EMAIL` may do (`403 bootstrap_admin_required`). `404 user_not_found` when no
   * user has the email (they sign up or accept an invitation first); `409 already_platform_admin`. Recorded
   * in `GET /v1/admin/audit-log`.
   */
  addAdmin(body: AdminAddAdminRequest, options?: RequestOptions): APIPromise<PlatformAdmin> {
    return this._client.request({ method: 'post', path: '/v1/admin/admins', idempotent: true, body }, options, parseJson<PlatformAdmin>);
  }

  /**
   * Remove a platform admin
   *
   * Takes the platform admin's rights from a user named with `POST /v1/admin/admins`; their next request to
   * `/v1/admin` is refused. The admin configured by `ADMIN_EMAIL` cannot be removed (`409
   * bootstrap_admin_protected`). Only that admin may remove admins. `404 resource_missing` for a user who is
   * not a named admin. Recorded in `GET /v1/admin/audit-log`.
   */
  removeAdmin(id: string, options?: RequestOptions): APIPromise<User> {
    return this._client.request({ method: 'delete', path: `/v1/admin/admins/${pathParam(id)}` }, options, parseJson<User>);
  }

  /**
   * What the platform admins did
   *
   * Every change a platform admin made, newest first: to accounts (also in each account's own audit log,
   * `GET /v1/audit-log`), and to the platform itself (naming and removing admins). Filters: `actor` (an
   * admin's user id), `action`, `account_id`. Append-only, like the accounts' logs. Platform admins only.
   */
  listAuditLog(query: AdminListAuditLogParams = {}, options?: RequestOptions): PagePromise<PlatformAuditLogEntry> {
    return this._client.requestPage<PlatformAuditLogEntry>({ method: 'get', path: '/v1/admin/audit-log', query }, options);
  }

  /**
   * Platform health
   *
   * Figures across every account, read when asked: accounts by plan and status; messages today (UTC) and
   * this calendar month (UTC), from the daily usage totals, live and test apart; connections by status and,
   * for those a worker holds now, by worker; webhook attempts of the last 24 hours and the share that got a
   * 2xx; outbox backlogs (webhook deliveries pending, emails queued, messages queued or scheduled and due,
   * metered usage not yet reported to Stripe); and MRR: the monthly price of each account's plan (from the
   * plan catalog) over the accounts whose Stripe subscription is `active` or `past_due`, in cents by currency
   * (`null` when Stripe billing is off). Platform admins only.
   */
  health(options?: RequestOptions): APIPromise<PlatformHealth> {
    return this._client.request({ method: 'get', path: '/v1/admin/health' }, options, parseJson<PlatformHealth>);
  }
}

export type AdminListAccountsParams = {
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
   * Part of an account name, a member's email or a connection's phone number.
   */
  query?: string;
  /**
   * A plan id.
   */
  plan?: string;
  /**
   * The account's status.
   */
  status?: "active" | "suspended";
};

export type AdminListAuditLogParams = {
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
   * An admin's user id.
   */
  actor?: string;
  /**
   * An action, e.g. account.suspended.
   */
  action?: string;
  /**
   * The account changed.
   */
  account_id?: string;
};
