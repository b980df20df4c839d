import type { AccountRow } from '../accounts/models.js';
import { limitsOf } from '../accounts/plans.js';
import { presentAccount, type PlansConfig } from '../accounts/presenters.js';
import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';

type Schemas = components['schemas'];
type ConnectionCounts = Schemas['ConnectionCounts'];

/** Escapes LIKE's wildcards (PostgreSQL's default escape character is the backslash). */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Narrows an accounts query (`accounts` unaliased) to those whose name, any member's email or any connection's
 * phone number contains `text`, ignoring case. A query written like a phone number also matches by its digits
 * alone, so `+1 202-555` finds `+1202555...`.
 */
export function whereMatches<Q extends { where(callback: (builder: Q) => void): Q; whereRaw(sql: string, bindings: unknown[]): Q; orWhereRaw(sql: string, bindings: unknown[]): Q }>(
  query: Q,
  text: string,
): Q {
  const like = `%${likeEscaped(text.trim().toLowerCase())}%`;
  // Only a query written like a phone number (digits and + ( ) - . spaces) is matched by its digits alone.
  const digits = /^[\d\s+().-]+$/.test(text) ? text.replace(/\D/g, '') : '';
  return query.where((builder) => {
    builder.whereRaw('lower(accounts.name) like ?', [like]);
    builder.orWhereRaw(
      `exists (select 1 from memberships m join users u on u.id = m.user_id where m.account_id = accounts.id and lower(u.email) like ?)`,
      [like],
    );
    builder.orWhereRaw(`exists (select 1 from connections c where c.account_id = accounts.id and lower(c.phone_number) like ?)`, [like]);
    if (digits.length > 0) {
      builder.orWhereRaw(`exists (select 1 from connections c where c.account_id = accounts.id and replace(c.phone_number, '+', '') like ?)`, [
        `%${digits}%`,
      ]);
    }
  });
}

const emptyCounts = (): ConnectionCounts => ({ pending: 0, qr: 0, connecting: 0, connected: 0, disconnected: 0, logged_out: 0, failed: 0, total: 0 });

/** Adds a status's count to the totals (statuses outside the schema's list count in `total` only). */
export function addCount(counts: ConnectionCounts, status: string, n: number): void {
  if (status in counts && status !== 'total') counts[status as Exclude<keyof ConnectionCounts, 'total'>] += n;
  counts.total += n;
}

export const connectionCounts = emptyCounts;

interface Detail {
  owner: Schemas['AdminUserRef'] | null;
  members: number;
  messages: { live: number; test: number };
  connections: ConnectionCounts;
  lastActivity: Date | null;
  statusChangedBy: Schemas['AdminUserRef'] | null;
}

/** What the admin views show beside each account, for a page of accounts at once (a handful of queries, not per row). */
async function detailsOf(trx: Transaction, rows: AccountRow[]): Promise<Map<string, Detail>> {
  const ids = rows.map((row) => row.id);
  const details = new Map<string, Detail>(
    ids.map((id) => [id, { owner: null, members: 0, messages: { live: 0, test: 0 }, connections: emptyCounts(), lastActivity: null, statusChangedBy: null }]),
  );
  if (ids.length === 0) return details;
  const owners = (await trx.raw(
    `select distinct on (m.account_id) m.account_id, u.id, u.email
       from memberships m join users u on u.id = m.user_id
      where m.account_id = any(?) and m.role = 'owner'
      order by m.account_id, m.created_at, u.id`,
    [ids],
  )) as { rows: Array<{ account_id: string; id: string; email: string }> };
  for (const row of owners.rows) details.get(row.account_id)!.owner = { id: row.id, email: row.email };
  const members = (await trx('memberships').whereIn('account_id', ids).groupBy('account_id').select('account_id', trx.raw('count(*)::int as n'))) as Array<{ account_id: string; n: number }>;
  for (const row of members) details.get(row.account_id)!.members = row.n;
  const usage = (await trx.raw(
    `select p.account_id, p.mode, sum(p.messages)::bigint as n
       from usage_periods p
      where p.account_id = any(?) and p.period_start <= now() and now() < p.period_end
      group by p.account_id, p.mode`,
    [ids],
  )) as { rows: Array<{ account_id: string; mode: 'live' | 'test'; n: string }> };
  for (const row of usage.rows) details.get(row.account_id)!.messages[row.mode] = Number(row.n);
  const connections = (await trx('connections').whereIn('account_id', ids).groupBy('account_id', 'status').select('account_id', 'status', trx.raw('count(*)::int as n'))) as Array<{ account_id: string; status: string; n: number }>;
  for (const row of connections) addCount(details.get(row.account_id)!.connections, row.status, row.n);
  const activity = (await trx.raw(
    `select a.id, greatest(
              (select max(s.created_at) from sessions s where s.account_id = a.id),
              (select max(k.last_used_at) from api_keys k where k.account_id = a.id),
              (select m.created_at from messages m where m.account_id = a.id and m.mode = 'live' order by m.id desc limit 1),
              (select m.created_at from messages m where m.account_id = a.id and m.mode = 'test' order by m.id desc limit 1)) as at
       from accounts a where a.id = any(?)`,
    [ids],
  )) as { rows: Array<{ id: string; at: Date | null }> };
  for (const row of activity.rows) details.get(row.id)!.lastActivity = row.at;
  const changers = [...new Set(rows.map((row) => row.status_changed_by).filter((id): id is string => id !== null))];
  if (changers.length > 0) {
    const users = (await trx('users').whereIn('id', changers).select('id', 'email')) as Array<{ id: string; email: string }>;
    const byId = new Map(users.map((user) => [user.id, user]));
    for (const row of rows) {
      const user = row.status_changed_by === null ? undefined : byId.get(row.status_changed_by);
      if (user) details.get(row.id)!.statusChangedBy = { id: user.id, email: user.email };
    }
  }
  return details;
}

function presentAdminAccount(row: AccountRow, detail: Detail, config: PlansConfig): Schemas['AdminAccount'] {
  return {
    ...presentAccount(row, config),
    owner: detail.owner,
    member_count: detail.members,
    usage: { messages: { ...detail.messages, limit: limitsOf(config, row).messages_per_period } },
    connections: detail.connections,
    last_activity_at: detail.lastActivity?.toISOString() ?? null,
    status_change:
      row.status_changed_at === null
        ? null
        : { status: row.status, reason: row.status_reason, at: row.status_changed_at.toISOString(), by: detail.statusChangedBy },
  };
}

export async function presentAdminAccounts(trx: Transaction, rows: AccountRow[], config: PlansConfig): Promise<Schemas['AdminAccount'][]> {
  const details = await detailsOf(trx, rows);
  return rows.map((row) => presentAdminAccount(row, details.get(row.id)!, config));
}
