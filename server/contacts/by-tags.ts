import type { Transaction } from '../platform/db/database.js';
import { ContactRow } from './models.js';

export interface TagMatch {
  /** `any`: contacts with at least one of the tags; `all`: contacts with every one of them. */
  match?: 'any' | 'all';
  /** Contacts per page. */
  batchSize?: number;
}

/**
 * The caller's contacts that carry the tags, in pages in id order, for bulk work over many contacts (a job
 * expanding 100,000 recipients): each page is one query served by the GIN index on tags and resumed after the
 * last id seen, so memory stays bounded and no page is re-read.
 */
export async function* contactsByTags(trx: Transaction, tags: string[], options: TagMatch = {}): AsyncGenerator<ContactRow[]> {
  const { match = 'any', batchSize = 1000 } = options;
  if (tags.length === 0) return;
  const operator = match === 'all' ? '@>' : '&&';
  let after: string | undefined;
  for (;;) {
    const page = ContactRow.query(trx).whereRaw(`tags ${operator} ?::text[]`, [tags]).orderBy('id').limit(batchSize);
    if (after !== undefined) page.where('id', '>', after);
    const rows = await page;
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
