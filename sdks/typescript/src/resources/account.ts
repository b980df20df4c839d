// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { CurrentAccount, UpdateAccountRequest } from '../types.js';

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
}
