// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions, Stream } from '../core/index.js';
import type { Event, EventId } from '../types.js';

/**
 * Every change in an account (a connection's state, a message's status, an inbound message, the
 * suppression list) is written as an event in the same transaction as the change. List them, follow
 * them live, or receive them as webhooks; the `webhooks` section lists every type and its payload.
 */
export class Events extends APIResource {
  /**
   * List events
   *
   * The events of the calling mode, newest first. Events are kept with the account; page through them with
   * `starting_after` to catch up on what happened while you were away.
   */
  list(query: EventsListParams = {}, options?: RequestOptions): PagePromise<Event> {
    return this._client.requestPage<Event>({ method: 'get', path: '/v1/events', query }, options);
  }

  /**
   * Follow events as they happen
   *
   * A server-sent-events stream of the calling mode's events, each sent once its transaction has committed
   * (a change that is rolled back is never sent). Each message (`EventStreamMessage`) has `id:` (the event id),
   * `event:` (its type) and one `data:` line holding the `Event` JSON. The stream opens with `retry: 3000`
   * (reconnect after 3 seconds) and no data. Comments (`: keep-alive`, every 15 seconds) keep idle proxies
   * from closing it. A client that reconnects with `Last-Event-ID` (browsers' EventSource does this on its own)
   * first gets the events it missed, oldest first, up to 1,000; to catch up on more, page through
   * `GET /v1/events`. A client that reads too slowly is disconnected, and catches up the same way. Meant for
   * the console and local development; for delivery to your servers use webhooks.
   */
  stream(options?: RequestOptions): APIPromise<Stream<Event>> {
    return this._client.requestStream<Event>({ method: 'get', path: '/v1/events/stream' }, options);
  }

  /**
   * Retrieve an event
   */
  retrieve(id: EventId, options?: RequestOptions): APIPromise<Event> {
    return this._client.request({ method: 'get', path: `/v1/events/${pathParam(id)}` }, options, parseJson<Event>);
  }
}

export type EventsListParams = {
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
   * Only events of these types. Repeat the parameter for several (`type=message.sent&type=message.read`);
   * a comma is not a separator. A type that is not in `EventType` is refused with 400 naming it.
   */
  type?: string[];
  /**
   * Only events created at or after this time.
   */
  created_after?: string;
  /**
   * Only events created before this time.
   */
  created_before?: string;
};
