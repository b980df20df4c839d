import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { components } from '../generated/openapi.js';
import { componentSchema, instanceParam } from '../platform/http/validation.js';
import { toE164 } from '../platform/phone.js';

type RowErrorCode = components['schemas']['ContactImportRowError']['code'];

/** What one contact row says; an absent field leaves an existing contact's value as it is. */
export interface ContactFields {
  phone_number: string;
  name?: string;
  attributes?: Record<string, string>;
  tags?: string[];
}

export type RowCheck = { ok: true; fields: ContactFields } | { ok: false; code: RowErrorCode; reason: string };

/** Surrounding spaces go, and a tag given twice is kept once (in the order first given). */
export const normalizeTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim()))];

let createSchema: ValidateFunction | undefined;

const CODE_BY_FIELD: Record<string, RowErrorCode> = {
  phone_number: 'phone_number_invalid',
  name: 'name_invalid',
  attributes: 'attributes_invalid',
  tags: 'tags_invalid',
};

/**
 * Checks one imported row against the same schema as a single create, so the two cannot drift apart, and
 * answers the row's normalized fields or why it cannot be imported.
 */
export function checkContactRow(row: Record<string, unknown>): RowCheck {
  if (typeof row.phone_number !== 'string' || row.phone_number.trim() === '') {
    return { ok: false, code: 'phone_number_missing', reason: 'The row has no phone number.' };
  }
  createSchema ??= componentSchema('CreateContactRequest');
  if (!createSchema(row)) {
    const [error] = createSchema.errors ?? [];
    const param = error ? instanceParam(error) : '';
    const unknown = error?.keyword === 'additionalProperties' ? String((error.params as { additionalProperty: string }).additionalProperty) : undefined;
    if (unknown !== undefined) return { ok: false, code: 'row_invalid', reason: `Unknown field: ${unknown}.` };
    return {
      ok: false,
      code: CODE_BY_FIELD[param.split(/[.[]/)[0] ?? ''] ?? 'row_invalid',
      reason: `${param || 'The row'} ${error?.message ?? 'is not valid'}.`,
    };
  }
  const phoneNumber = toE164(row.phone_number);
  if (phoneNumber === null) {
    return { ok: false, code: 'phone_number_invalid', reason: `${row.phone_number} is not a phone number in international form with its country code.` };
  }
  const input = row as components['schemas']['CreateContactRequest'];
  return {
    ok: true,
    fields: {
      phone_number: phoneNumber,
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.attributes === undefined ? {} : { attributes: input.attributes }),
      ...(input.tags === undefined ? {} : { tags: normalizeTags(input.tags) }),
    },
  };
}
