// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { Call, Connection, ConnectionId, EditMessageRequest, Message, MessageId, SandboxCallEndRequest, SandboxCallRequest, SandboxConfirmCodeRequest, SandboxInboundRequest, SandboxPresenceReport, SandboxPresenceRequest, SandboxScanRequest, SandboxStatusRequest, Status } from '../types.js';

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
 * | `+14155550107` | its profile is a WhatsApp Business one (`business` details) |
 * | `+14155550108` | hides its profile picture and about from everyone (both null), and cannot be added to a group (`participant_privacy_restricted`) |
 *
 * Any other valid number (or none: Parley picks one) links normally.
 *
 * Messages sent from a sandbox connection are `sent`, then `delivered` and `read` a moment later. To
 * `+14155550101` they fail `recipient_not_on_whatsapp`; to `+14155550106` they fail `whatsapp_rate_limited`
 * (WhatsApp's error 463). A message to the number of another sandbox connection of the same account
 * arrives there as an inbound message.
 *
 * Presence and calls: chat states and availability are accepted while the connection is linked; a
 * subscribed contact reports `available` a moment after the subscription, and
 * `POST /v1/sandbox/connections/{id}/presence` and `.../calls` play a contact's presence and calls.
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
   * A simulated person edits their message
   *
   * Plays the person who sent an inbound message of a sandbox connection editing it on WhatsApp: the stored
   * message gets the new text (or caption), its revisions keep the earlier one (`by: contact`), and
   * `message.edited` is written, exactly as for a real edit. Refusals (nothing changes): 403
   * `sandbox_test_mode_only`, 400 `text_unchanged`, 409 `message_not_inbound` (edit your own messages with
   * `POST /v1/messages/{id}/edit`), `message_not_editable` (no text or caption), `message_deleted`.
   */
  editInbound(id: MessageId, body: EditMessageRequest, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/messages/${pathParam(id)}/edit`, idempotent: true, body }, options, parseJson<Message>);
  }

  /**
   * A simulated person deletes their message for everyone
   *
   * Plays the person who sent an inbound message of a sandbox connection deleting it for everyone on
   * WhatsApp: the stored message loses its content (`deleted_for: everyone`), its revisions lose their
   * texts, and `message.deleted` is written, exactly as for a real deletion. A message already deleted is
   * answered as it is. Refusals (nothing changes): 403 `sandbox_test_mode_only`, 409 `message_not_inbound`.
   */
  deleteInbound(id: MessageId, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/messages/${pathParam(id)}/delete`, idempotent: true }, options, parseJson<Message>);
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

  /**
   * A simulated contact's presence changes
   *
   * Reports a presence of `from` to a sandbox connection, as WhatsApp would: only when the connection subscribed
   * to that contact (`POST /v1/chats/{id}/presence/subscribe`), else `409 presence_not_subscribed`. It becomes a
   * `presence.updated` event. (A subscribed sandbox contact also reports `available` a moment after the
   * subscription.) With `group_id`, `from` types (records, pauses) in that sandbox group: the connection must
   * follow the group's presence (subscribe on the group's chat), `from` must be a participant (400
   * `participant_not_in_group`), and only chat states apply (400 `parameter_invalid` for available/unavailable).
   */
  presence(id: ConnectionId, body: SandboxPresenceRequest, options?: RequestOptions): APIPromise<SandboxPresenceReport> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/connections/${pathParam(id)}/presence`, idempotent: true, body }, options, parseJson<SandboxPresenceReport>);
  }

  /**
   * A simulated call ends
   *
   * Ends a call placed with `POST /v1/sandbox/connections/{id}/calls`, as WhatsApp would report it: `missed`
   * (it rang out), `answered` (taken on the phone, then hung up) or `rejected` (on one of the number's
   * devices). It becomes a `call.ended` event, once per call: a call that already ended (Parley rejected it,
   * say) answers 409 `call_ended`; an unknown call id 404 `resource_missing`.
   */
  endCall(id: ConnectionId, callId: string, body: SandboxCallEndRequest, options?: RequestOptions): APIPromise<Call> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/connections/${pathParam(id)}/calls/${pathParam(callId)}/end`, idempotent: true, body }, options, parseJson<Call>);
  }

  /**
   * A simulated contact calls the number
   *
   * `from` calls the sandbox connection's number, as on WhatsApp: the call is handled exactly like a real one (a
   * `call.received` event; rejected, with the reply message sent, when the connection's `reject_calls` is on).
   * Answers once the call is recorded.
   */
  call(id: ConnectionId, body: SandboxCallRequest, options?: RequestOptions): APIPromise<Call> {
    return this._client.request({ method: 'post', path: `/v1/sandbox/connections/${pathParam(id)}/calls`, idempotent: true, body }, options, parseJson<Call>);
  }
}
