// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { ConnectionId, CreateMessageRequest, EditMessageRequest, Message, MessageDirection, MessageId, MessageReceipt, MessageRevision, MessageStatus, PhoneNumber } from '../types.js';

/**
 * Send any WhatsApp message type through a connection and read what was sent and received. A send is
 * stored before Parley answers 202, then the connection's worker sends its queue in order, at the
 * connection's `send_rate` with jitter. Each status change writes an event: `message.queued`,
 * `message.scheduled`, `message.sending` (first attempt), `message.sent`, `message.delivered`, `message.read`,
 * `message.failed`, `message.canceled`, `message.expired`; inbound: `message.received`, `message.reaction`.
 * A message is edited (`POST /v1/messages/{id}/edit`, text within 15 minutes of sending) or deleted
 * (`DELETE /v1/messages/{id}`, for everyone within 2 days and 12 hours, or for me in Parley only) by this
 * connection, or on WhatsApp by the contact who sent it; either way the stored message changes, a
 * `message.edited` or `message.deleted` event is written, and `GET /v1/messages/{id}/revisions` lists its
 * history. A message that cannot be sent before it expires (24 hours after it is due, by default) ends
 * `expired`.
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
   * Sends to a number the connection's number has blocked are accepted and then fail with
   * `recipient_blocked` (unblock them first).
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
   * Delete a message
   *
   * `for=everyone` (the default) deletes a message this connection sent for everyone, as WhatsApp's "Delete
   * for everyone" does: the recipient's phone shows "This message was deleted". Only for outbound messages
   * that WhatsApp has (`sent`, `delivered` or `read`), and only within WhatsApp's window of 2 days and 12
   * hours after `sent_at`; the connection must be `connected`, and Parley answers once WhatsApp has taken
   * the deletion. `for=me` hides any sent or received message in Parley only: nothing is sent to WhatsApp,
   * so the phone and the other party keep it (WhatsApp's "Delete for me" belongs to the phone's own chat
   * list, which a linked device does not manage).
   *
   * Either way the message stays as a record (status, times, `deleted_at`, `deleted_for`) but loses its
   * content, and its revisions lose their texts; a `message.deleted` event is written. Its file (a received
   * picture, say) is deleted with it once no other message holds it: `GET /v1/media/{id}` then answers 410
   * `media_deleted` and the bytes leave storage within seconds. Uploads stay: they are yours, and templates
   * and later sends may name them. Deleting a message
   * that is already deleted that way (or for everyone) changes nothing and answers it as it is.
   *
   * Refusals (nothing changes): 409 `message_not_outbound` (for everyone, a message someone else sent),
   * `message_not_sent` (still queued or scheduled, or failed: cancel it instead), `delete_window_passed`,
   * `connection_not_connected`.
   */
  delete(id: MessageId, query: MessagesDeleteParams = {}, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'delete', path: `/v1/messages/${pathParam(id)}`, query }, options, parseJson<Message>);
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

  /**
   * Edit a message
   *
   * Replaces the text of a text message this connection sent, or the caption of an image, video or document
   * it sent, as WhatsApp's "Edit" does: the recipient's phone shows the new text (the same file with the new
   * caption), marked edited. A caption edit goes out as WhatsApp Web sends one: the edit names the message's
   * kind and carries only the new caption. Only within WhatsApp's window of 15 minutes after `sent_at`,
   * and only once WhatsApp has the message (`sent`, `delivered` or `read`). The connection must be
   * `connected`: Parley sends the edit through the connection's link at once and answers 200 once WhatsApp
   * has taken it, with the message as edited (`text`, `edited_at`). The text it replaced is kept in the
   * message's revisions (`GET /v1/messages/{id}/revisions`), and a `message.edited` event is written.
   *
   * Refusals (nothing changes): 400 `text_unchanged` (the message already says that), 409
   * `message_not_outbound` (someone else sent it), `message_not_sent`, `message_not_editable` (not a text,
   * image, video or document message), `message_deleted`, `edit_window_passed`, `connection_not_connected`.
   */
  edit(id: MessageId, body: EditMessageRequest, options?: RequestOptions): APIPromise<Message> {
    return this._client.request({ method: 'post', path: `/v1/messages/${pathParam(id)}/edit`, idempotent: true, body }, options, parseJson<Message>);
  }

  /**
   * List a message's revisions
   *
   * The message's history, newest first: one revision per edit (with the text it replaced and the new one)
   * and one for its deletion, each with when it happened and who made it (`connection`: through Parley,
   * `contact`: the other party on WhatsApp). A deletion removes the texts of the earlier revisions; the
   * revisions themselves stay.
   */
  listRevisions(id: MessageId, query: MessagesListRevisionsParams = {}, options?: RequestOptions): PagePromise<MessageRevision> {
    return this._client.requestPage<MessageRevision>({ method: 'get', path: `/v1/messages/${pathParam(id)}/revisions`, query }, options);
  }

  /**
   * List a group message's receipts
   *
   * For a message this connection sent to a group: one receipt per participant whose phone reported it,
   * newest first, with when the message reached that phone (`delivered_at`) and when it was read there
   * (`read_at`). Participants who have reported nothing yet are not listed; the message's `receipts`
   * summary says how many participants it went to. A read implies delivered, and times never move back.
   * WhatsApp reports these only where the participant's privacy settings allow it (read receipts can be
   * off). A message to a single contact has no receipts (its own `delivered_at` and `read_at` say it all):
   * the list is empty.
   */
  listReceipts(id: MessageId, query: MessagesListReceiptsParams = {}, options?: RequestOptions): PagePromise<MessageReceipt> {
    return this._client.requestPage<MessageReceipt>({ method: 'get', path: `/v1/messages/${pathParam(id)}/receipts`, query }, options);
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

export type MessagesDeleteParams = {
  /**
   * Whom the message is deleted for; `everyone` when left out.
   * @default "everyone"
   */
  for?: "everyone" | "me";
};

export type MessagesListRevisionsParams = {
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

export type MessagesListReceiptsParams = {
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
