// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { Chat, ChatId, ConnectionId, Message } from '../types.js';

/**
 * Conversations per connection and other party, for support tools.
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
   * Sets the chat's `unread_count` to 0 in Parley (no read receipt is sent to WhatsApp).
   */
  markRead(id: ChatId, options?: RequestOptions): APIPromise<Chat> {
    return this._client.request({ method: 'post', path: `/v1/chats/${pathParam(id)}/read`, idempotent: true }, options, parseJson<Chat>);
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
