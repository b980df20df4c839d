import type { components } from '../generated/openapi.js';
import { isGroupId } from '../connections/groups.js';
import { eventRow } from '../events/record.js';
import { STOPPED, type ConnectionStatus } from '../connections/models.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { lockKeyOf, RETENTION_SQL, storedReplyRow, type IdempotencyRequest, type IdempotentOutcome } from '../platform/http/idempotency.js';
import type { GroupedInput } from '../platform/http/route.js';
import { newId } from '../platform/ids.js';
import { preparedName } from '../platform/db/prepared.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { messageKind, UTC_DAY } from '../usage/ledger.js';
import { ACCEPT_GROUP_MAX, slotShareSql, USAGE_SLOTS } from '../usage/slots.js';
import { contentTypeOf } from '../templates/send.js';
import { checkMentions, contentFor, isMediaType } from './content.js';
import { MESSAGES_QUEUED, type MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import {
  cannotSend,
  checkThresholdsAfter,
  COUNTED_PERIOD_SQL,
  COUNTED_RESULT_SQL,
  eventTypeOf,
  makePeriodSlots,
  outboundRow,
  planMaps,
  reachCountedThresholds,
  sendAtOf,
  type CountedRow,
} from './send.js';

type Schemas = components['schemas'];

/*
 * Group commit for the hot send: concurrent accepts of one tenant (account and mode) in this process share one
 * transaction, one statement for their connections and chats, and one that admits them against the plan and
 * writes every message with its own event, ledger entry and the day's total, and every keyed request's stored
 * reply. Each request is answered only after that transaction has committed, so a 202 still means stored; a
 * crash before the commit leaves none of them and answers none.
 *
 * A group forms without waiting: a send that finds fewer than GROUPS_RUNNING groups of its tenant running
 * starts one at once (with whatever arrived in the same turn of the event loop); sends that arrive meanwhile
 * wait for the next one. Only sends a group can take whole join it: no template, no media, no reaction or
 * reply (those look rows up that a group statement does not); the rest are served alone, as before.
 *
 * Per-request outcomes stay what they are alone. A request whose own input is wrong is refused with the error
 * it gets alone (before any statement, or from the group's connection lookup); a keyed one is served alone,
 * which stores its refusal for its retries. A keyed request whose key is held elsewhere, or already has a
 * stored reply, is served alone after the group (it then waits its turn, replays or is refused, as alone). A
 * request the group cannot admit (the free slot lacked room for it: the plan's limit is near) is served alone
 * after the group, where it waits for a slot or is refused exactly as before. If a group statement fails (a
 * deadlock, a constraint), the transaction rolls back and every request in it is served alone: one request
 * cannot fail another.
 */

/** How many groups of one tenant run at once in a process (each on its own pooled connection). */
const GROUPS_RUNNING = 2;

interface Pending {
  actor: Actor;
  idempotency: IdempotencyRequest | undefined;
  /** Its sealed reply and fingerprint, for a keyed request: stored in the group's transaction. */
  record?: ReturnType<typeof storedReplyRow>;
  alone(): Promise<IdempotentOutcome>;
  body: Schemas['CreateMessageRequest'];
  to: string;
  sendAt: Date | null;
  type: Schemas['MessageType'];
  content: Record<string, unknown>;
  mentions: string[];
  resolve(outcome: IdempotentOutcome): void;
  reject(error: unknown): void;
}

interface Queue {
  waiting: Pending[];
  running: number;
  scheduled: boolean;
}

const queuesOf = new WeakMap<Services, Map<string, Queue>>();

/**
 * The send, accepted in a group; undefined when it is not one a group takes (the pipeline serves it alone).
 * Its input is checked first, as createMessage checks it: a bad request without a key is refused before it
 * joins; one with a key is served alone, where its refusal is stored for its retries.
 */
export function acceptInGroup({ services, actor, body, idempotency, alone }: GroupedInput<'createMessage'>): Promise<IdempotentOutcome> | undefined {
  if (body.template !== undefined || body.reply_to !== undefined || body.type === undefined) return undefined;
  if (isMediaType(body.type) || body.type === 'reaction') return undefined;
  let checked: Omit<Pending, 'actor' | 'idempotency' | 'alone' | 'resolve' | 'reject' | 'body'>;
  try {
    checked = checkedSend(body);
  } catch (error) {
    if (idempotency) return undefined;
    throw error;
  }

  let queues = queuesOf.get(services);
  if (!queues) queuesOf.set(services, (queues = new Map()));
  const key = `${actor.accountId}:${actor.mode}`;
  let queue = queues.get(key);
  if (!queue) queues.set(key, (queue = { waiting: [], running: 0, scheduled: false }));
  const answer = new Promise<IdempotentOutcome>((resolve, reject) => queue.waiting.push({ actor, body, idempotency, alone, ...checked, resolve, reject }));
  schedule(services, queues, key, queue);
  return answer;
}

/** The same checks, in the same order, as createMessage makes before its first statement. */
function checkedSend(body: Schemas['CreateMessageRequest']) {
  // A group is named by WhatsApp's id for it; anything else must be a phone number.
  const to = isGroupId(body.to.trim()) ? body.to.trim() : normalizePhoneNumber(body.to, 'to');
  const sendAt = sendAtOf(body.send_at);
  const type = contentTypeOf(body);
  let content: Record<string, unknown> = { ...contentFor(type, body) };
  checkMentions(type, content, body.mentions);
  const mentions = (body.mentions ?? []).map((mention, i) => normalizePhoneNumber(mention, `mentions[${i}]`));
  if (type === 'poll') content = { selectable_count: 1, ...content };
  return { to, sendAt, type, content, mentions };
}

function schedule(services: Services, queues: Map<string, Queue>, key: string, queue: Queue): void {
  if (queue.scheduled || queue.running >= GROUPS_RUNNING || queue.waiting.length === 0) return;
  queue.scheduled = true;
  // The requests of this turn of the event loop join the same group.
  setImmediate(() => {
    queue.scheduled = false;
    while (queue.running < GROUPS_RUNNING && queue.waiting.length > 0) {
      const group = queue.waiting.splice(0, ACCEPT_GROUP_MAX);
      queue.running++;
      void runGroup(services, group)
        .catch((error: unknown) => {
          // Not expected (runGroup settles every request itself); no request is left without an answer.
          services.logger.error({ err: error }, 'a group of accepts failed unexpectedly');
          for (const pending of group) pending.reject(error);
        })
        .finally(() => {
          queue.running--;
          if (queue.running === 0 && queue.waiting.length === 0) queues.delete(key);
          else schedule(services, queues, key, queue);
        });
    }
  });
}

/** Requests already answered with their own refusal (from the group's connection lookup). */
const refused = new WeakSet<Pending>();

/** A group statement failed: the transaction rolled back, and its requests go on alone. */
class GroupFailed extends Error {
  constructor(readonly reason: unknown) {
    super('a group of accepts failed; its requests are accepted alone');
  }
}

interface GroupOutcome {
  accepted: Array<{ pending: Pending; message: Schemas['Message']; connectionId: string }>;
  /** Handed back: served alone after the group (see acceptInGroup). */
  alone: Pending[];
  nearThreshold: boolean;
}

async function runGroup(services: Services, group: Pending[]): Promise<void> {
  const scope = scopeOf(group[0]!.actor);
  let outcome: GroupOutcome;
  try {
    outcome = await services.db.tenant(scope, async (trx) => {
      try {
        return await acceptGroup(trx, services, scope, group);
      } catch (error) {
        throw new GroupFailed(error);
      }
    });
  } catch (error) {
    if (!(error instanceof GroupFailed)) {
      // BEGIN or COMMIT failed: as for a send alone, each request gets the error.
      for (const pending of group) if (!refused.has(pending)) pending.reject(error);
      return;
    }
    services.logger.warn({ err: error.reason, sends: group.length }, 'a group of accepts failed; each is accepted alone');
    outcome = { accepted: [], alone: group.filter((pending) => !refused.has(pending)), nearThreshold: false };
  }
  for (const { pending, message } of outcome.accepted) pending.resolve({ replayed: false, reply: { status: 202, body: message } });
  for (const connectionId of new Set(outcome.accepted.map((accepted) => accepted.connectionId))) {
    services.bus.publish(MESSAGES_QUEUED, { connectionId }).catch(() => undefined);
  }
  if (outcome.nearThreshold) checkThresholdsAfter(services, scope);
  // After the commit: the group's locks on their keys are gone, and what it stored is there to be found.
  await Promise.all(outcome.alone.map((pending) => pending.alone().then(pending.resolve, pending.reject)));
}

async function acceptGroup(trx: Transaction, services: Services, scope: TenantScope, group: Pending[]): Promise<GroupOutcome> {
  const alone: Pending[] = [];
  let candidates = group;
  if (group.some((pending) => pending.idempotency)) {
    const fresh = await takeKeys(trx, group);
    candidates = group.filter((pending) => !pending.idempotency || fresh.has(pending));
    alone.push(...group.filter((pending) => pending.idempotency && !fresh.has(pending)));
  }
  const found = candidates.length > 0 ? await connectionsAndChats(trx, scope, candidates) : { connections: new Map<string, FoundConnection>(), chats: new Map<string, string>() };
  const sendable: Array<{ pending: Pending; row: MessageRow; message: Schemas['Message'] }> = [];
  for (const pending of candidates) {
    const connection = found.connections.get(pending.body.connection_id);
    const error = !connection ? notFound('connection', pending.body.connection_id, 'connection_id') : STOPPED.includes(connection.status) ? cannotSend(connection) : undefined;
    if (error) {
      // A keyed request's refusal is stored (or not) by the way alone serves it; it wrote nothing here.
      if (pending.idempotency) alone.push(pending);
      else {
        refused.add(pending);
        pending.reject(error);
      }
      continue;
    }
    const chatId = found.chats.get(chatKey(connection!.id, pending.to)) ?? null;
    const row = outboundRow(services.config, pending.actor, { ...pending, connection: connection!, chatId, mediaId: null, body: pending.body }, {
      template_id: null,
      template_version: null,
      bulk_job_id: null,
    });
    const message = presentMessage(row);
    if (pending.idempotency) pending.record = storedReplyRow(services.secrets, pending.idempotency, { status: 202, body: message });
    sendable.push({ pending, row, message });
  }
  if (sendable.length === 0) return { accepted: [], alone, nearThreshold: false };

  let admitted = sendable.length;
  let nearThreshold = false;
  if (services.config.USAGE_LEDGER) {
    let counted = await insertGroupCounted(trx, services, scope, sendable);
    if (counted.slot === null && Number(counted.slots) < USAGE_SLOTS) {
      await makePeriodSlots(trx, scope, counted);
      counted = await insertGroupCounted(trx, services, scope, sendable);
    }
    admitted = counted.slot === null ? 0 : Number(counted.admitted);
    if (admitted > 0) nearThreshold = await reachCountedThresholds(trx, services.config, scope, counted, admitted);
  } else {
    await insertGroup(trx, scope, sendable);
  }
  return {
    accepted: sendable.slice(0, admitted).map(({ pending, row, message }) => ({ pending, message, connectionId: row.connection_id })),
    // Not admitted (a free slot lacked room for them): alone, they wait for a slot or meet the limit as before.
    alone: [...alone, ...sendable.slice(admitted).map(({ pending }) => pending)],
    nearThreshold,
  };
}

/**
 * The keyed requests this group serves: it holds each one's key (the same transaction-scoped advisory lock a
 * request alone takes, so a concurrent duplicate anywhere waits its turn) and no reply is stored for it yet.
 * The rest (a key held elsewhere, a stored reply to replay or refuse, a second request with the same key in
 * this group) are served alone after the group, as they would have been.
 */
async function takeKeys(trx: Transaction, group: Pending[]): Promise<Set<Pending>> {
  const byLock = new Map<string, Pending>();
  for (const pending of group) {
    if (pending.idempotency && !byLock.has(lockKeyOf(pending.idempotency))) byLock.set(lockKeyOf(pending.idempotency), pending);
  }
  const locks = [...byLock.keys()];
  const locked = (await trx.raw(
    'select x.n, pg_try_advisory_xact_lock(hashtextextended(x.k, 0)) as locked from unnest(?::text[]) with ordinality as x(k, n) order by x.n',
    [locks],
  )) as { rows: Array<{ locked: boolean }> };
  const held = locks.flatMap((lock, i) => (locked.rows[i]?.locked ? [byLock.get(lock)!] : []));
  if (held.length === 0) return new Set();
  // A statement of its own, after the locks: it sees every reply committed by a holder before this group took its key.
  const stored = (await trx.raw(
    `select s.scope, s.key from idempotency_keys s join unnest(?::text[], ?::text[]) as x(scope, key) on s.scope = x.scope and s.key = x.key where s.expires_at > now()`,
    [held.map((pending) => pending.idempotency!.scope), held.map((pending) => pending.idempotency!.key)],
  )) as { rows: Array<{ scope: string; key: string }> };
  const found = new Set(stored.rows.map((row) => `${row.scope}\n${row.key}`));
  return new Set(held.filter((pending) => !found.has(lockKeyOf(pending.idempotency!))));
}

const chatKey = (connectionId: string, peer: string) => `${connectionId}\n${peer}`;

interface FoundConnection {
  id: string;
  status: ConnectionStatus;
  status_reason: string | null;
  phone_number: string | null;
}

/**
 * The group's connections (row-level security confines them to the tenant: anything else is not found) and, in
 * the same statement, each (connection, recipient) chat, created on first contact, for connections that can
 * send. Chats are written in one order, so two groups upserting the same chats cannot deadlock.
 */
async function connectionsAndChats(trx: Transaction, scope: TenantScope, group: Pending[]) {
  const pairs = new Map<string, { connectionId: string; peer: string }>();
  for (const pending of group) pairs.set(chatKey(pending.body.connection_id, pending.to), { connectionId: pending.body.connection_id, peer: pending.to });
  const sorted = [...pairs.values()].sort((a, b) => (a.connectionId < b.connectionId ? -1 : a.connectionId > b.connectionId ? 1 : a.peer < b.peer ? -1 : a.peer > b.peer ? 1 : 0));
  const sql = `with input as (
       select * from unnest(:connectionIds::text[], :peers::text[], :chatIds::text[]) with ordinality as i(connection_id, peer, chat_id, n)),
     connection as (select id, status, status_reason, phone_number from connections where id = any(:connectionIds::text[])),
     chat as (
       insert into chats (id, account_id, mode, connection_id, peer, phone_number)
       select i.chat_id, :accountId, :mode, c.id, i.peer, case when i.peer like '%@g.us' then null else i.peer end
         from input i join connection c on c.id = i.connection_id
        where c.status <> all(:stopped)
        order by i.n
       on conflict (connection_id, peer) do update set phone_number = excluded.phone_number
       returning id, connection_id, peer)
     select id, status, status_reason, phone_number, null as chat_id, null as peer from connection
     union all
     select connection_id, null, null, null, id, peer from chat`;
  const result = (await trx
    .raw(sql, {
      connectionIds: sorted.map((pair) => pair.connectionId),
      peers: sorted.map((pair) => pair.peer),
      chatIds: sorted.map(() => newId('chat')),
      accountId: scope.accountId,
      mode: scope.mode,
      stopped: [...STOPPED],
    })
    .options({ name: preparedName('parley_group_chats', sql) })) as { rows: Array<FoundConnection & { chat_id: string | null; peer: string | null }> };
  const connections = new Map<string, FoundConnection>();
  const chats = new Map<string, string>();
  for (const { chat_id: chatId, peer, ...connection } of result.rows) {
    if (chatId === null) connections.set(connection.id, connection);
    else chats.set(chatKey(connection.id, peer!), chatId);
  }
  return { connections, chats };
}

const statements = new Map<string, { sql: string; name: string }>();

/** A group statement's text and prepared name, built once per column list (the columns of a new message). */
function statement(prefix: string, names: string[], build: (list: string) => string): { sql: string; name: string } {
  const shape = `${prefix}\n${names.join()}`;
  let found = statements.get(shape);
  if (!found) {
    const sql = build(names.map((column) => `"${column}"`).join(', '));
    found = { sql, name: preparedName(prefix, sql) };
    statements.set(shape, found);
  }
  return found;
}

/** The columns a new message is written with (every one but seq). */
const columnsOf = (row: MessageRow) => {
  const { seq: _seq, ...columns } = row;
  return columns;
};

type Sendable = { pending: Pending; row: MessageRow; message: Schemas['Message'] };

const eventsOf = (scope: TenantScope, sendable: Sendable[]) =>
  JSON.stringify(
    sendable.map(({ row, message }, i) => {
      const event = eventRow(scope, eventTypeOf(row), message);
      return { n: i + 1, id: event.id, type: event.type, data: event.data };
    }),
  );

/** The stored replies of the keyed requests, by their place in the group. */
const recordsOf = (sendable: Sendable[]) => JSON.stringify(sendable.flatMap(({ pending }, i) => (pending.record ? [{ n: i + 1, ...pending.record }] : [])));

/** Stores the keyed requests' replies (n: their places in the group) that `where` admits, as runIdempotent does. */
const storeRepliesSql = (where: string) => `
         insert into idempotency_keys (scope, key, account_id, fingerprint, response_status, response_sealed, created_at, expires_at)
         select r.scope, r.key, r.account_id, r.fingerprint, r.response_status, r.response_sealed, now(), ${RETENTION_SQL}
           from json_to_recordset(:replies::json) as r(n bigint, scope text, key text, account_id text, fingerprint text, response_status int, response_sealed text)${where}
         on conflict (scope, key) do update set account_id = excluded.account_id, fingerprint = excluded.fingerprint, response_status = excluded.response_status,
           response_sealed = excluded.response_sealed, created_at = excluded.created_at, expires_at = excluded.expires_at`;

/**
 * The group's messages, counted: one statement takes the free slot (see usage/slots.ts) with the most room, and
 * admits the first sends of the group up to that room (all of them, unless the limit is near); only those are
 * written, each with its event and ledger entry, and the slot's day total grows by their number. The slot never
 * passes its share, so the slots' sum never passes the limit, as for a send alone.
 */
async function insertGroupCounted(trx: Transaction, services: Services, scope: TenantScope, sendable: Sendable[]): Promise<CountedRow & { admitted: string | null }> {
  const rows = sendable.map(({ row }) => row);
  const names = Object.keys(columnsOf(rows[0]!));
  const plans = planMaps(services.config);
  const { sql, name } = statement('parley_group_counted', names, (list) => `with ${COUNTED_PERIOD_SQL},
       slot as (
         select u.slot, ${slotShareSql('u.slot', 'lim.cap')} - u.messages as room from usage_periods u, lim, seen
          where u.account_id = :accountId and u.mode = :mode and u.period_start = lim.period_start
            and u.messages < ${slotShareSql('u.slot', 'lim.cap')} and seen.used < lim.cap
          order by room desc, (u.slot + pg_backend_pid()) % ${USAGE_SLOTS}
          limit 1
          for update of u skip locked),
       quota as (
         update usage_periods u set messages = u.messages + least(:count, slot.room)
           from slot, lim
          where u.account_id = :accountId and u.mode = :mode and u.period_start = lim.period_start and u.slot = slot.slot
         returning u.slot, least(:count, slot.room) as admitted),
       message as (
         insert into messages (${list})
         select ${names.map((column) => `r."${column}"`).join(', ')} from json_populate_recordset(null::messages, :rows::json) with ordinality as r, quota
          where r.ordinality <= quota.admitted
          order by r.ordinality),
       event as (
         insert into events (id, account_id, mode, type, data)
         select e.id, :accountId, :mode, e.type, e.data from json_to_recordset(:events::json) as e(n bigint, id text, type text, data jsonb), quota
          where e.n <= quota.admitted
          order by e.n),
       entry as (
         insert into usage_entries (account_id, mode, category, quantity, subject_id, billable)
         select :accountId, :mode, :category, 1, x.id, :mode = 'live' and lim.metered from unnest(:ids::text[]) with ordinality as x(id, n), quota, lim
          where x.n <= quota.admitted
          order by x.n),
       reply as (${storeRepliesSql(', quota where r.n <= quota.admitted')}),
       daily as (
         insert into usage_daily as d (account_id, mode, day, category, slot, quantity)
         select :accountId, :mode, ${UTC_DAY}, :category, slot, admitted from quota where admitted > 0
         on conflict (account_id, mode, day, category, slot) do update set quantity = d.quantity + excluded.quantity)
       select (select slot from quota) as slot, (select admitted from quota) as admitted, ${COUNTED_RESULT_SQL}`);
  const result = await trx
    .raw<{ rows: Array<CountedRow & { admitted: string | null }> }>(sql, {
      accountId: scope.accountId,
      mode: scope.mode,
      caps: plans.caps,
      fallbackCap: plans.fallbackCap,
      metered: plans.metered,
      count: rows.length,
      ids: rows.map((row) => row.id),
      rows: JSON.stringify(rows.map(columnsOf)),
      events: eventsOf(scope, sendable),
      replies: recordsOf(sendable),
      // Every send a group takes is a text-kind one (no template, media or bulk job).
      category: `messages_accepted_${messageKind(rows[0]!)}`,
    })
    .options({ name });
  const counted = result.rows[0];
  if (!counted) throw notFound('account', scope.accountId);
  return counted;
}

/** The same without a usage ledger: every message of the group, each with its event. */
async function insertGroup(trx: Transaction, scope: TenantScope, sendable: Sendable[]): Promise<void> {
  const rows = sendable.map(({ row }) => row);
  const { sql, name } = statement('parley_group_insert', Object.keys(columnsOf(rows[0]!)), (list) => `with message as (
         insert into messages (${list}) select ${list} from json_populate_recordset(null::messages, :rows::json) with ordinality as r order by r.ordinality),
       reply as (${storeRepliesSql('')})
       insert into events (id, account_id, mode, type, data)
       select e.id, :accountId, :mode, e.type, e.data from json_to_recordset(:events::json) as e(n bigint, id text, type text, data jsonb) order by e.n`);
  await trx
    .raw(sql, { accountId: scope.accountId, mode: scope.mode, rows: JSON.stringify(rows.map(columnsOf)), events: eventsOf(scope, sendable), replies: recordsOf(sendable) })
    .options({ name });
}
