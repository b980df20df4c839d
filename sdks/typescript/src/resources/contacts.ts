// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, isUploadable, multipartBody, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, FileOptions, PagePromise, RequestOptions, Uploadable } from '../core/index.js';
import type { Contact, ContactCheck, ContactCheckRequest, ContactId, ContactImport, ContactImportRequest, ContactTag, CreateContactRequest, DeletedContact, PhoneNumber, UpdateContactRequest } from '../types.js';

/**
 * Whether phone numbers are on WhatsApp, asked through one of your connected numbers. WhatsApp watches for
 * mass lookups and bans numbers that make them, so checks are batched and each connection has an hourly
 * budget of numbers (set by the platform operator; at least 100).
 */
export class Contacts extends APIResource {
  /**
   * Check which numbers are on WhatsApp
   *
   * Asks WhatsApp, through the given connection (it must be `connected`), which of up to 100 numbers have
   * WhatsApp. Each number is answered in the order given: `on_whatsapp` (with its WhatsApp id),
   * `not_on_whatsapp`, or `invalid` (not a phone number; not sent to WhatsApp and not counted). Duplicates
   * (in any spelling) are checked and counted once. Each distinct valid number counts against the
   * connection's hourly budget; a request that would exceed it is refused whole, at no cost, with 429
   * `rate_limited` and `Retry-After`. 503 `whatsapp_lookup_failed` means WhatsApp did not answer; retry. In
   * test mode the sandbox answers: every valid number is on WhatsApp except `+14155550101`.
   */
  check(body: ContactCheckRequest, options?: RequestOptions): APIPromise<ContactCheck> {
    return this._client.request({ method: 'post', path: '/v1/contacts/check', idempotent: true, body }, options, parseJson<ContactCheck>);
  }

  /**
   * List contacts
   *
   * Newest first. `tag` keeps the contacts that carry that tag; `phone_number` (any common spelling) finds
   * one number's contact.
   */
  list(query: ContactsListParams = {}, options?: RequestOptions): PagePromise<Contact> {
    return this._client.requestPage<Contact>({ method: 'get', path: '/v1/contacts', query }, options);
  }

  /**
   * Create a contact
   *
   * An account (per mode) holds each phone number once, in E.164 form, whatever its spelling. Creating a
   * number that is already a contact answers 409 `contact_exists`, whose `param` is `phone_number` and whose
   * message names the existing contact's id: update that one (PATCH) or use the import, which upserts.
   */
  create(body: CreateContactRequest, options?: RequestOptions): APIPromise<Contact> {
    return this._client.request({ method: 'post', path: '/v1/contacts', idempotent: true, body }, options, parseJson<Contact>);
  }

  /**
   * Import contacts from CSV or JSON
   *
   * Upserts many contacts at once, in one transaction: valid rows are created or updated, each invalid row is
   * reported in `invalid` with its reason, and the rest still go in. Importing the same file again changes
   * nothing (every row counts as `unchanged` and no `updated_at` moves).
   *
   * **JSON** (`Content-Type: application/json`): `{"contacts": [...]}`, each item like a create request.
   * **CSV** (`multipart/form-data` with one file part named `file`, e.g. `curl -F file=@contacts.csv`):
   * UTF-8 (a byte order mark is ignored; any other encoding is refused whole with 400 `csv_encoding_invalid`),
   * comma-separated, with a header row. Header names are matched case-insensitively: the phone column is
   * `phone_number` or `phone` (required: 400 `csv_phone_column_missing`), `name` is the name, `tags` holds
   * tags separated by `;` (or `|`), and every other column becomes an attribute named by its header. Empty
   * lines are skipped; a file that is not well-formed CSV (an unclosed quote) or that holds a NUL character
   * (U+0000) is refused whole with 400 `csv_malformed` naming its line; a repeated or empty header name with
   * 400 `csv_header_invalid`.
   *
   * A row sets only what it carries: an empty cell (or an absent field) leaves that field of an existing
   * contact as it is; attributes are merged into the existing ones; `tags`, when given, replace them.
   * Within one import a phone number counts once: its first row wins and a later row with the same number
   * (in any spelling) is reported as `duplicate_phone_number`.
   *
   * Limits: at most 100,000 rows (400 `import_too_many_rows`, nothing imported) and, for a CSV, 20 MB
   * (413 `body_too_large`); a JSON body is bounded by the server's `MAX_BODY_BYTES` (1 MB by default), so
   * send large imports as CSV. An import's `Idempotency-Key` is matched by the key alone for a CSV upload.
   */
  import(body: ContactImportRequest | Uploadable, fileOptions?: FileOptions, options?: RequestOptions): APIPromise<ContactImport> {
    return this._client.request({ method: 'post', path: '/v1/contacts/import', idempotent: true, body: isUploadable(body) ? multipartBody('file', body, fileOptions) : body }, options, parseJson<ContactImport>);
  }

  /**
   * Retrieve a contact
   */
  retrieve(id: ContactId, options?: RequestOptions): APIPromise<Contact> {
    return this._client.request({ method: 'get', path: `/v1/contacts/${pathParam(id)}` }, options, parseJson<Contact>);
  }

  /**
   * Update a contact
   *
   * Changes only the fields given. `attributes` are merged like Stripe metadata: a key given with a string
   * sets it, a key given as `null` (or `""`) removes it, keys not given stay. `tags` replace the contact's
   * tags. `name: null` clears the name. A new `phone_number` that another contact already has answers 409
   * `contact_exists`. `updated_at` moves only when something changed.
   */
  update(id: ContactId, body: UpdateContactRequest, options?: RequestOptions): APIPromise<Contact> {
    return this._client.request({ method: 'patch', path: `/v1/contacts/${pathParam(id)}`, body }, options, parseJson<Contact>);
  }

  /**
   * Delete a contact
   *
   * The number may be added again later, as a new contact.
   */
  delete(id: ContactId, options?: RequestOptions): APIPromise<DeletedContact> {
    return this._client.request({ method: 'delete', path: `/v1/contacts/${pathParam(id)}` }, options, parseJson<DeletedContact>);
  }
}

export type ContactsListParams = {
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
  tag?: ContactTag;
  phone_number?: PhoneNumber;
};
