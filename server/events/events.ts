import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest, notFound } from '../platform/http/errors.js';
import { paginate, type Page, type PageParams } from '../platform/http/pagination.js';
import { EventRow } from './models.js';
import { isEventType } from './types.js';

type Schemas = components['schemas'];

export interface EventFilters extends PageParams {
  type?: string[];
  created_after?: string;
  created_before?: string;
}

/**
 * The stored `data.object` is the presenter's output at the time of the change, so it is handed back as
 * written; the envelope around it is built here from the row's columns.
 */
export function presentEvent(row: EventRow): Schemas['Event'] {
  return {
    id: row.id,
    object: 'event',
    type: row.type,
    created_at: row.created_at.toISOString(),
    data: { object: row.data.object },
  } as Schemas['Event'];
}

/** Every unknown type is named, so a typo among several is found in one round trip. */
function checkTypes(types: string[]): string[] {
  const unknown = types.filter((type) => !isEventType(type));
  if (unknown.length > 0) {
    throw invalidRequest(
      'event_type_unknown',
      `Unknown event type${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Repeat the parameter for several types (type=message.sent&type=message.read); see EventType in the API reference for the list.`,
      'type',
    );
  }
  return types;
}

export async function listEvents(trx: Transaction, filters: EventFilters): Promise<Page<Schemas['Event']>> {
  const rows = EventRow.query(trx);
  if (filters.type !== undefined) rows.whereIn('type', checkTypes(filters.type));
  if (filters.created_after !== undefined) rows.where('created_at', '>=', new Date(filters.created_after));
  if (filters.created_before !== undefined) rows.where('created_at', '<', new Date(filters.created_before));
  return paginate(rows, filters, presentEvent);
}

export async function findEvent(trx: Transaction, id: string): Promise<EventRow> {
  const row = await EventRow.query(trx).findById(id);
  if (!row) throw notFound('event', id);
  return row;
}

/** How many missed events a reconnecting stream replays; more is a job for paging through the list. */
export const REPLAY_LIMIT = 1000;

/** The events after `lastEventId`, oldest first, at most REPLAY_LIMIT. */
export async function eventsAfter(trx: Transaction, lastEventId: string): Promise<EventRow[]> {
  return EventRow.query(trx).where('id', '>', lastEventId).orderBy('id', 'asc').limit(REPLAY_LIMIT);
}
