// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { PlanList } from '../types.js';

/**
 * Every account is on a plan (`free` to start), which sets its limits: messages per billing period,
 * connections, API keys, webhook endpoints and contacts (each per mode: test mode has the same limits as live,
 * free of charge, so an integration meets the real errors), recipients per bulk job, and team members. A
 * request that would pass a limit is refused with `403 plan_limit_reached`, `param` naming the limit and
 * `limit` giving its value, the use and the plan; nothing is changed. The billing period is the Stripe
 * subscription's, or the calendar month (UTC) without one.
 *
 * Usage is counted in a ledger, exactly once, in the same transaction as what caused it: messages accepted
 * and sent (by kind: session text, media, template, bulk), inbound messages, numbers checked, and
 * connection-days. Alerts (`usage.threshold_reached`) fire at 80 % and 100 % of each limit and at the
 * account's own thresholds.
 */
export class Plans extends APIResource {
  /**
   * List the plans
   *
   * Every plan an account can be on, in the catalog's order, with its monthly price, the messages it includes and its
   * limits. `checkout_available` says whether `POST /v1/billing/checkout-sessions` sells it; other plans are
   * assigned by the platform operator.
   */
  list(options?: RequestOptions): APIPromise<PlanList> {
    return this._client.request({ method: 'get', path: '/v1/plans' }, options, parseJson<PlanList>);
  }
}
