// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { ConnectionId, CreateMessageRequest, Message, MessageDirection, MessageId, MessageStatus, PhoneNumber } from '../types.js';

/**
 * Send any WhatsApp message type through a connection and read what was sent and received. A send is
 * stored before Parley answers 202, then the connection's worker sends its queue in order, at the
 * connection's `send_rate` with jitter. Each status change writes an event: `message.queued`,
 * `message.scheduled`, `message.sending` (first attempt), `message.sent`, `message.delivered`, `message.read`,
 * `message.failed`, `message.canceled`, `message.expired`; inbound: `message.received`, `message.reaction`,
 * `message.edited`, `message.deleted`. A message that cannot be sent before it expires (24 hours after it
 * is due, by default) ends `expired`.
 */
export class Messages extends APIResource {
  /**
   * List messages
   *
   * Sent and received messages of the calling mode, newest first, optionally filtered.
   */
  list(query: MessagesListParams = {}, options?: RequestOptions): PagePromise<Message> {
    return this._client.requestPage<Message>({ method: 'get', path: '/v1/messages', query }, options);
  }

  /**
   * Send a message
   *
   * Queues a message for the connection to send, and answers 202 once it is stored: from then on it is never
   * lost and never sent twice. `type` names the content field to fill (`"type": "text"` with `"text": {...}`);
   * exactly that one content field must be present. The message is `queued`, or `scheduled` when `send_at` is
   * given (in the future, at most 30 days ahead). The connection may be between connections (`qr`,
   * `connecting`, `disconnected`): its queue waits for it until the message expires. A connection that is
   * `logged_out` or `failed` refuses new messages with 409. Sends to a number on the suppression list are
   * accepted and then fail with `recipient_opted_out`, unless the message replies to one the person sent.
   */
  create(body: CreateMessageRequest, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'post', path: '/v1/messages', idempotent: true, body }, options, parseJson<Message>);
  }

  /**
   * Retrieve a message
   */
  retrieve(id: MessageId, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'get', path: `/v1/messages/${pathParam(id)}` }, options, parseJson<Message>);
  }

  /**
   * Cancel a message
   *
   * Only while it is `scheduled` or `queued`; once a send has started (`sending` and after) it can no
   * longer be called back, and the answer is 409 `message_not_cancelable`.
   */
  cancel(id: MessageId, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'post', path: `/v1/messages/${pathParam(id)}/cancel`, idempotent: true }, options, parseJson<Message>);
  }
}

export type MessagesListParams = {
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
  connection_id?: ConnectionId;
  direction?: MessageDirection;
  status?: MessageStatus;
  /**
   * The other party's number (any common spelling).
   */
  phone_number?: PhoneNumber;
  /**
   * Only messages created at or after this time.
   */
  created_after?: string;
  /**
   * Only messages created before this time.
   */
  created_before?: string;
};
