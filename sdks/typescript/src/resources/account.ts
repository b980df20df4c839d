// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { CurrentAccount } from '../types.js';

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
}
