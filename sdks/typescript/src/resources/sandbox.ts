// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { Connection, ConnectionId, Message, SandboxConfirmCodeRequest, SandboxInboundRequest, SandboxScanRequest, SandboxStatusRequest, Status } from '../types.js';

/**
 * Test mode only: play the phone's part for sandbox connections. Reserved sandbox numbers simulate
 * what real WhatsApp does:
 *
 * | number | behaviour |
 * |---|---|
 * | `+14155550101` | not on WhatsApp |
 * | `+14155550102` | linking fails: the number is banned (`failed`, `banned`) |
 * | `+14155550103` | links, then another session replaces it (`failed`, `connection_replaced`) |
 * | `+14155550104` | links, then logs out from the phone (`logged_out`) |
 * | `+14155550105` | links, then the network drops once (`disconnected`, then `connected` again) |
 *
 * Any other valid number (or none: Parley picks one) links normally.
 *
 * Messages sent from a sandbox connection are `sent`, then `delivered` and `read` a moment later. To
 * `+14155550101` they fail `recipient_not_on_whatsapp`; to `+14155550106` they fail `whatsapp_rate_limited`
 * (WhatsApp's error 463). A message to the number of another sandbox connection of the same account
 * arrives there as an inbound message.
 */
export class Sandbox extends APIResource {
  /**
   * Receive a message from a simulated person
   *
   * Delivers a message from `from` to a sandbox connection, as if that person had sent it on WhatsApp. It is
   * stored and evented exactly like a real inbound message (`message.received`, and STOP-style keywords
   * update the suppression list). Content fields are those of `POST /v1/messages`; media needs a
   * `media_id` of an upload. A `reaction` names one of the connection's messages.
   */
  inbound(body: SandboxInboundRequest, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'post', path: '/v1/sandbox/inbound', idempotent: true, body }, options, parseJson<Message>);
  }

  /**
   * Receive a status from a simulated contact
   *
   * Plays a contact posting a status that the sandbox connection sees, as WhatsApp would deliver it: it
   * arrives as a `status.received` event. The connection must have `receive_statuses` on (409
   * `statuses_not_received` otherwise); media needs a `media_id` of an upload.
   */
  status(body: SandboxStatusRequest, options?: RequestOptions): APIPromise<Status> {
    return this._client.request({ method: 'post', path: '/v1/sandbox/statuses', idempotent: true, body }, options, parseJson<Status>);
  }

  /**
   * Scan the QR code with a simulated phone
   *
   * Links a sandbox connection that shows a QR code, as the given (or a generated) phone number.
   */
  scan(id: ConnectionId, body?: SandboxScanRequest, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/connections/${pathParam(id)}/scan`, idempotent: true, body }, options, parseJson<Connection>);
  }

  /**
   * Type the pairing code on a simulated phone
   *
   * Links a sandbox connection whose pairing code was requested, as the number given then.
   */
  confirmCode(id: ConnectionId, body: SandboxConfirmCodeRequest, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/connections/${pathParam(id)}/confirm-code`, idempotent: true, body }, options, parseJson<Connection>);
  }
}
