// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { Chat, ChatId, ChatPresence, ChatPresenceRequest, ConnectionId, Message, PresenceSubscription } from '../types.js';

/**
 * Conversations per connection and other party, for support tools. In a chat the number can show typing or
 * recording (`POST /v1/chats/{id}/presence`), follow the other party's presence (`presence.updated` events
 * after `POST /v1/chats/{id}/presence/subscribe`), and send read receipts (`POST /v1/chats/{id}/read`).
 */
export class Chats extends APIResource {
  /**
   * List chats
   *
   * One chat per connection and other party, with the last message and the number of messages received
   * since the chat was last marked read. Most recently active first.
   */
  list(query: ChatsListParams = {}, options?: RequestOptions): PagePromise<Chat> {
    return this._client.requestPage<Chat>({ method: 'get', path: '/v1/chats', query }, options);
  }

  /**
   * Retrieve a chat
   */
  retrieve(id: ChatId, options?: RequestOptions): APIPromise<Chat> {
    return this._client.request({ method: 'get', path: `/v1/chats/${pathParam(id)}` }, options, parseJson<Chat>);
  }

  /**
   * List a chat's messages
   *
   * Both directions, newest first.
   */
  listMessages(id: ChatId, query: ChatsListMessagesParams = {}, options?: RequestOptions): PagePromise<Message> {
    return this._client.requestPage<Message>({ method: 'get', path: `/v1/chats/${pathParam(id)}/messages`, query }, options);
  }

  /**
   * Mark a chat read
   *
   * Sets the chat's `unread_count` to 0 and sends WhatsApp read receipts (blue ticks) for the messages it
   * covers: the unread messages the other party sent, the newest 250 at most. Receipts go once the change is
   * committed, when the connection is connected at that moment; a connection that is not connected marks the
   * chat read in Parley only (receipts are not sent later). The number's own privacy setting decides whether
   * the sender sees them.
   */
  markRead(id: ChatId, options?: RequestOptions): APIPromise<Chat> {
    return this._client.request({ method: 'post', path: `/v1/chats/${pathParam(id)}/read`, idempotent: true }, options, parseJson<Chat>);
  }

  /**
   * Show typing or recording in a chat
   *
   * Shows the other party of the chat that this number is typing (`typing`) or recording a voice note
   * (`recording`), or clears it (`paused`), through the chat's connection. With `duration` (1 to 60 seconds)
   * Parley clears it by itself when the time is up; without it, the indicator lasts until you send `paused` or a
   * message (WhatsApp also drops it on its own after a while). A new state for the same chat replaces the
   * previous one and its timer. The connection must be connected: otherwise `409 connection_not_connected` and
   * nothing is sent. In a group's chat (`group_id` set) the state goes to the group: its participants see
   * this number typing there.
   */
  sendPresence(id: ChatId, body: ChatPresenceRequest, options?: RequestOptions): APIPromise<ChatPresence> {
    return this._client.request({ method: 'post', path: `/v1/chats/${pathParam(id)}/presence`, idempotent: true, body }, options, parseJson<ChatPresence>);
  }

  /**
   * Follow a contact's presence
   *
   * Asks WhatsApp for the presence of the chat's other party: WhatsApp reports a contact's presence only to numbers
   * that subscribed to it. Each report is a `presence.updated` event (online or offline with the last time seen
   * when their privacy settings allow it, typing, recording). The subscription lasts while the connection is
   * connected; Parley renews it when the connection reconnects on the same worker. After a restart, or when
   * another worker takes the connection over, subscribe again. The connection must be connected: otherwise
   * `409 connection_not_connected`.
   */
  subscribePresence(id: ChatId, options?: RequestOptions): APIPromise<PresenceSubscription> {
    return this._client.request({ method: 'post', path: `/v1/chats/${pathParam(id)}/presence/subscribe`, idempotent: true }, options, parseJson<PresenceSubscription>);
  }
}

export type ChatsListParams = {
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
};

export type ChatsListMessagesParams = {
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
