// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { ConnectionId, ConnectionProfile, PhoneNumber, SetProfilePictureRequest, UpdateConnectionProfileRequest, WhatsAppProfile } from '../types.js';

/**
 * WhatsApp profiles through a connection: a number's picture, about text and business details, the
 * connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups. These ask
 * WhatsApp live through the connection's link and store nothing; they are not Parley's address book
 * (Contacts), which keeps your own records of people.
 */
export class Profiles extends APIResource {
  /**
   * Retrieve the connected number's own profile
   *
   * The name, about text and profile picture that people see for the connection's own number, as WhatsApp
   * has them now. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  retrieveOwn(id: ConnectionId, options?: RequestOptions): APIPromise<ConnectionProfile> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/profile` }, options, parseJson<ConnectionProfile>);
  }

  /**
   * Change the connected number's name or about
   *
   * Sets the name people see (at most 25 characters) and the about text (at most 139; an empty string
   * clears it), as the phone's settings would. Nothing is changed when a field is invalid. The name is kept
   * in WhatsApp's synced app state: right after linking, before the phone has shared its keys, it answers
   * 409 `profile_sync_pending`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  updateOwn(id: ConnectionId, body: UpdateConnectionProfileRequest, options?: RequestOptions): APIPromise<ConnectionProfile> {
    return this._client.request({ method: 'patch', path: `/v1/connections/${pathParam(id)}/profile`, body }, options, parseJson<ConnectionProfile>);
  }

  /**
   * Set the connected number's profile picture
   *
   * Exactly one of `media_id` (an upload) or `url` (fetched as for image messages): a JPEG, PNG or WebP of
   * at most 5 MB. WhatsApp keeps a square crop of it, 640 pixels wide. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  setOwnPicture(id: ConnectionId, body: SetProfilePictureRequest, options?: RequestOptions): APIPromise<ConnectionProfile> {
    return this._client.request({ method: 'put', path: `/v1/connections/${pathParam(id)}/profile/picture`, body }, options, parseJson<ConnectionProfile>);
  }

  /**
   * Remove the connected number's profile picture
   *
   * Removes it; removing when there is none changes nothing. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  removeOwnPicture(id: ConnectionId, options?: RequestOptions): APIPromise<ConnectionProfile> {
    return this._client.request({ method: 'delete', path: `/v1/connections/${pathParam(id)}/profile/picture` }, options, parseJson<ConnectionProfile>);
  }

  /**
   * Retrieve a number's WhatsApp profile
   *
   * What WhatsApp shows this connection for a number: its profile picture (full size and preview URLs,
   * which WhatsApp serves for a limited time), its about text, and its business details when it is a WhatsApp
   * Business account. A picture or about that does not exist, or that its owner hides from this number, is null:
   * not an error. Each look-up counts against the connection's hourly budget of number checks (as
   * `POST /v1/contacts/check` does). Nothing is stored: this is not Parley's address book (`/v1/contacts`).
   * A number that is not on WhatsApp answers 400 `phone_number_not_on_whatsapp`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
   */
  retrieve(id: ConnectionId, phoneNumber: PhoneNumber, options?: RequestOptions): APIPromise<WhatsAppProfile> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/profiles/${pathParam(phoneNumber)}` }, options, parseJson<WhatsAppProfile>);
  }
}
