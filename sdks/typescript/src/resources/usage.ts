// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { CreateUsageThresholdRequest, DeletedUsageThreshold, Usage, UsageCategory, UsageThreshold, UsageThresholdId, UsageThresholdList } from '../types.js';

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
export class UsageResource extends APIResource {
  /**
   * Usage for a period
   *
   * What the account used in the credential's mode (test and live are counted apart), from the usage ledger:
   * totals for the range and a series by day or month. `start` and `end` are UTC dates, both included; left
   * out, they are the current billing period's first and last day. A range is at most 366 days; `start` after
   * `end` is refused with `400 usage_range_invalid`, a longer range with `400 usage_range_too_long`. A month
   * in a `month` series is the calendar month (its first bucket starts at `start`, its last ends at `end`).
   * Counts are exact and current: each is written in the same transaction as the change that caused it.
   */
  retrieve(query: UsageRetrieveParams = {}, options?: RequestOptions): APIPromise<Usage> {
    return this._client.request({ method: 'get', path: '/v1/usage', query }, options, parseJson<Usage>);
  }

  /**
   * List usage alert thresholds
   *
   * Every limit raises `usage.threshold_reached` when use reaches 80 % and 100 % of it (`defaults`), and at
   * each of the account's own thresholds (`data`), once per billing period and mode. Thresholds belong to the
   * account and apply in both modes.
   */
  listThresholds(options?: RequestOptions): APIPromise<UsageThresholdList> {
    return this._client.request({ method: 'get', path: '/v1/usage/thresholds' }, options, parseJson<UsageThresholdList>);
  }

  /**
   * Add a usage alert threshold
   *
   * Raises `usage.threshold_reached` when use of `limit` reaches `percent` of it (1–1000: above 100 is
   * useful for a limit the platform operator may raise). A threshold the account already has, or one of the
   * defaults, is refused with `409 usage_threshold_exists`; an account has at most 50 of its own
   * (`409 usage_threshold_limit_reached`).
   */
  createThreshold(body: CreateUsageThresholdRequest, options?: RequestOptions): APIPromise<UsageThreshold> {
    return this._client.request({ method: 'post', path: '/v1/usage/thresholds', idempotent: true, body }, options, parseJson<UsageThreshold>);
  }

  /**
   * Remove a usage alert threshold
   *
   * The defaults (80 % and 100 %) cannot be removed.
   */
  deleteThreshold(id: UsageThresholdId, options?: RequestOptions): APIPromise<DeletedUsageThreshold> {
    return this._client.request({ method: 'delete', path: `/v1/usage/thresholds/${pathParam(id)}` }, options, parseJson<DeletedUsageThreshold>);
  }
}

export type UsageRetrieveParams = {
  /**
   * The first day, in UTC (`2026-12-01`).
   */
  start?: string;
  /**
   * The last day, in UTC, included.
   */
  end?: string;
  /**
   * The series' buckets; `day` by default.
   * @default "day"
   */
  granularity?: "day" | "month";
  /**
   * One category only; every category by default.
   */
  category?: UsageCategory;
};
