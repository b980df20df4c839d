// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { CreateOptOutRequest, DeletedOptOut, OptOut, OptOutId, PhoneNumber } from '../types.js';

/**
 * The account's suppression list, per mode: numbers that asked not to be messaged. Each change writes an
 * event (`opt_out.created`, `opt_out.deleted`). Entries are added through this API (`source: api`) or by
 * the person: an inbound message that is just a STOP-style keyword (`STOP`, `UNSUBSCRIBE`, `STOPALL`,
 * `CANCEL`, `END`, `QUIT`, any case; set by `OPT_OUT_KEYWORDS`) adds the sender (`source: keyword`), and
 * `START` (`OPT_IN_KEYWORDS`) removes them.
 */
export class OptOuts extends APIResource {
  /**
   * List the suppression list
   *
   * Newest first. `phone_number` (any common spelling) finds one number's entry.
   */
  list(query: OptOutsListParams = {}, options?: RequestOptions): PagePromise<OptOut> {
    return this._client.requestPage<OptOut>({ method: 'get', path: '/v1/opt-outs', query }, options);
  }

  /**
   * Add a number to the suppression list
   *
   * Answers 201 with the new entry, or 200 with the existing one when the number is already on the list
   * (the list holds each number once, in E.164 form).
   */
  create(body: CreateOptOutRequest, options?: RequestOptions): APIPromise<OptOut> {
    return this._client.request({ method: 'post', path: '/v1/opt-outs', idempotent: true, body }, options, parseJson<OptOut>);
  }

  /**
   * Retrieve a suppression list entry
   */
  retrieve(id: OptOutId, options?: RequestOptions): APIPromise<OptOut> {
    return this._client.request({ method: 'get', path: `/v1/opt-outs/${pathParam(id)}` }, options, parseJson<OptOut>);
  }

  /**
   * Remove a number from the suppression list
   *
   * The number may be messaged again.
   */
  delete(id: OptOutId, options?: RequestOptions): APIPromise<DeletedOptOut> {
    return this._client.request({ method: 'delete', path: `/v1/opt-outs/${pathParam(id)}` }, options, parseJson<DeletedOptOut>);
  }
}

export type OptOutsListParams = {
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
  phone_number?: PhoneNumber;
};
