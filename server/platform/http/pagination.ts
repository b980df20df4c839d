import type { QueryBuilder, Model } from 'objection';
import { invalidRequest } from './errors.js';

export interface PageParams {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

export interface Page<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

/**
 * Cursor pagination over time-sortable ids, newest first. `starting_after` walks to older objects,
 * `ending_before` to newer ones; fetching one extra row tells whether there is more.
 */
export async function paginate<M extends Model, T>(
  query: QueryBuilder<M, M[]>,
  params: PageParams,
  present: (row: M) => T,
  idColumn = 'id',
): Promise<Page<T>> {
  const limit = params.limit ?? 10;
  if (params.starting_after !== undefined && params.ending_before !== undefined) {
    throw invalidRequest('parameter_conflict', 'Pass starting_after or ending_before, not both.', 'ending_before');
  }
  let rows: M[];
  if (params.ending_before !== undefined) {
    rows = await query.where(idColumn, '>', params.ending_before).orderBy(idColumn, 'asc').limit(limit + 1);
    const hasMore = rows.length > limit;
    return { object: 'list', data: rows.slice(0, limit).reverse().map(present), has_more: hasMore };
  }
  if (params.starting_after !== undefined) query.where(idColumn, '<', params.starting_after);
  rows = await query.orderBy(idColumn, 'desc').limit(limit + 1);
  return { object: 'list', data: rows.slice(0, limit).map(present), has_more: rows.length > limit };
}
