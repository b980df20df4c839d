// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { ConnectionId, LidMapping, PhoneNumber } from '../types.js';

/**
 * WhatsApp profiles through a connection: a number's picture, about text and business details, the
 * connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups. These ask
 * WhatsApp live through the connection's link and store nothing; they are not Parley's address book
 * (Contacts), which keeps your own records of people.
 */
export class Lids extends APIResource {
  /**
   * Find the phone number of a LID
   *
   * WhatsApp names some people by LID (an opaque id, `123456789012345@lid`) instead of their number. This
   * answers the number behind a LID, from what Parley already knows (its chats) or else from what the connection's
   * WhatsApp has learned. A LID nobody has told the connection about answers 404 `lid_not_found`: WhatsApp does not
   * give out the number of a LID. Asking WhatsApp needs the connection `connected` (409 `connection_not_connected`
   * otherwise).
   */
  phoneNumber(id: ConnectionId, lid: string, options?: RequestOptions): APIPromise<LidMapping> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/lids/${pathParam(lid)}` }, options, parseJson<LidMapping>);
  }

  /**
   * Find the LID of a phone number
   *
   * The LID WhatsApp uses for a number, from Parley's chats when known, else asked of WhatsApp (counted
   * against the connection's hourly budget of number checks). A number that is not on WhatsApp answers 404
   * `lid_not_found`. Asking WhatsApp needs the connection `connected` (409 `connection_not_connected` otherwise).
   */
  lid(id: ConnectionId, phoneNumber: PhoneNumber, options?: RequestOptions): APIPromise<LidMapping> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/phone-numbers/${pathParam(phoneNumber)}/lid` }, options, parseJson<LidMapping>);
  }
}
