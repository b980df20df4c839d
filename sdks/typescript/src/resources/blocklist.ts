// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { BlockNumberRequest, BlockedNumber, Blocklist, ConnectionId, PhoneNumber } from '../types.js';

/**
 * WhatsApp profiles through a connection: a number's picture, about text and business details, the
 * connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups. These ask
 * WhatsApp live through the connection's link and store nothing; they are not Parley's address book
 * (Contacts), which keeps your own records of people.
 */
export class BlocklistResource extends APIResource {
  /**
   * List the numbers the connected number blocks
   *
   * The connected number's blocklist as WhatsApp has it, including numbers blocked on the phone. WhatsApp may
   * name a blocked person by LID only; then `phone_number` is null unless the connection knows the LID's number.
   * The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  list(id: ConnectionId, options?: RequestOptions): APIPromise<Blocklist> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/blocklist` }, options, parseJson<Blocklist>);
  }

  /**
   * Block a number
   *
   * Blocks the number for the connected WhatsApp account (on every device, the phone too): it can no longer
   * message or call it, and Parley sends it nothing: messages to it fail with `recipient_blocked` until it is
   * unblocked (a number blocked or unblocked on the phone counts too, once WhatsApp tells the connection, and
   * so does the list as `GET /v1/connections/{id}/blocklist` last read it). Blocking a number that is already blocked changes nothing. A number that is not on
   * WhatsApp answers 400 `phone_number_not_on_whatsapp`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  block(id: ConnectionId, body: BlockNumberRequest, options?: RequestOptions): APIPromise<BlockedNumber> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/blocklist`, idempotent: true, body }, options, parseJson<BlockedNumber>);
  }

  /**
   * Unblock a number
   *
   * Unblocks the number; unblocking a number that is not blocked changes nothing. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  unblock(id: ConnectionId, phoneNumber: PhoneNumber, options?: RequestOptions): APIPromise<BlockedNumber> {
    return this._client.request({ method: 'delete', path: `/v1/connections/${pathParam(id)}/blocklist/${pathParam(phoneNumber)}` }, options, parseJson<BlockedNumber>);
  }
}
