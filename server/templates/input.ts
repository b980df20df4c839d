import type { components } from '../generated/openapi.js';
import { fetchMediaFromUrl, findMediaForMessage } from '../media/media.js';
import type { MediaRow } from '../media/models.js';
import { unexpected } from '../messages/content.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import type { StoredHeader } from './models.js';
import { parseTemplateText } from './syntax.js';

type Schemas = components['schemas'];
type HeaderInput = Schemas['TemplateHeaderInput'];

function checkHeader(header: HeaderInput): void {
  if (header.type === 'text') {
    if (header.text === undefined) throw invalidRequest('parameter_missing', 'A text header needs header.text.', 'header.text');
    for (const field of ['media_id', 'url', 'filename'] as const) {
      if (header[field] !== undefined) throw unexpected(`header.${field}`, 'a text header has only text');
    }
    parseTemplateText(header.text, 'header.text');
    return;
  }
  if (header.text !== undefined) throw unexpected('header.text', `an ${header.type} header has a file, not text`);
  if ((header.media_id === undefined) === (header.url === undefined)) {
    throw invalidRequest(
      header.media_id === undefined ? 'parameter_missing' : 'parameter_conflict',
      `An ${header.type} header needs exactly one of header.media_id (an upload) or header.url.`,
      'header.media_id',
    );
  }
  if (header.filename !== undefined && header.type !== 'document') throw unexpected('header.filename', 'only documents have file names');
}

function checkButtons(buttons: Schemas['TemplateButton'][]): void {
  buttons.forEach((button, i) => {
    const needs = button.type === 'url' ? 'url' : button.type === 'phone_number' ? 'phone_number' : null;
    for (const field of ['url', 'phone_number'] as const) {
      if (field === needs && button[field] === undefined) throw invalidRequest('parameter_missing', `A ${button.type} button needs ${field}.`, `buttons[${i}].${field}`);
      if (field !== needs && button[field] !== undefined) throw unexpected(`buttons[${i}].${field}`, `a ${button.type} button has no ${field}`);
    }
  });
}

/**
 * Checks what can be checked without the database (shapes, brace syntax of each part), then fetches a header
 * URL: run before the transaction, so a bad request fetches nothing and a slow host holds no connection.
 */
export async function prepareTemplateInput(services: Services, scope: TenantScope, input: TemplateInput): Promise<MediaRow | undefined> {
  checkTemplateInput(input);
  if (input.header === undefined || input.header === null) return undefined;
  if (input.header.type === 'text' || input.header.url === undefined) return undefined;
  return fetchMediaFromUrl(services, scope, input.header.url, input.header.type, 'header.url');
}

type TemplateInput = { body?: string; footer?: string | null; header?: HeaderInput | null; buttons?: Schemas['TemplateButton'][] };

/** The checks that need neither the database nor the network: shapes, and the brace syntax of each part. */
export function checkTemplateInput(input: TemplateInput): void {
  if (input.body !== undefined) parseTemplateText(input.body, 'body');
  if (input.footer !== undefined && input.footer !== null) parseTemplateText(input.footer, 'footer');
  if (input.buttons !== undefined) checkButtons(input.buttons);
  if (input.header !== undefined && input.header !== null) checkHeader(input.header);
}

/** The header as stored: an upload is looked up (404 when it is not the caller's) and checked for the type. */
export async function storedHeader(trx: Transaction, header: HeaderInput, fetched: MediaRow | undefined): Promise<StoredHeader> {
  if (header.type === 'text') return { type: 'text', text: header.text! };
  const media = fetched ?? (await findMediaForMessage(trx, header.media_id!, header.type, 'header.media_id'));
  return {
    type: header.type,
    media: {
      media_id: media.id,
      mime_type: media.mime_type,
      size: Number(media.size),
      filename: header.type === 'document' ? (header.filename ?? media.filename) : null,
    },
  };
}

/** Phone buttons are stored in E.164, like every number Parley keeps. */
export function storedButtons(buttons: Schemas['TemplateButton'][]): Schemas['TemplateButton'][] {
  return buttons.map((button, i) =>
    button.type === 'phone_number' ? { ...button, phone_number: normalizePhoneNumber(button.phone_number!, `buttons[${i}].phone_number`) } : button,
  );
}
