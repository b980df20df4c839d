import type { components } from '../generated/openapi.js';
import type { ContactRow } from './models.js';

export function presentContact(row: ContactRow): components['schemas']['Contact'] {
  return {
    id: row.id,
    object: 'contact',
    phone_number: row.phone_number,
    name: row.name,
    attributes: row.attributes,
    tags: row.tags,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
