// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { Account, AdminUpdateAccountRequest } from '../types.js';

/**
 * Platform administration. Only the platform admin may call these.
 */
export class Admin extends APIResource {
  /**
   * List all accounts
   *
   * Every tenant on this deployment, newest first. Platform admin only.
   */
  listAccounts(query: AdminListAccountsParams = {}, options?: RequestOptions): PagePromise<Account> {
    return this._client.requestPage<Account>({ method: 'get', path: '/v1/admin/accounts', query }, options);
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
};
