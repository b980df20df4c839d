import type { components } from '../generated/openapi.js';
import { eventRow } from '../events/record.js';
import { STOPPED, type ConnectionStatus } from '../connections/models.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { newId } from '../platform/ids.js';
import { preparedName } from '../platform/db/prepared.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { messageKind, UTC_DAY } from '../usage/ledger.js';
import { ACCEPT_GROUP_MAX, slotShareSql, USAGE_SLOTS } from '../usage/slots.js';
import { findMediaForMessage } from '../media/media.js';
import { contentTypeOf } from '../templates/send.js';
import { checkMentions, contentFor, isMediaType } from './content.js';
import { MESSAGES_QUEUED, type MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import {
  cannotSend,
  checkThresholdsAfter,
  COUNTED_PERIOD_SQL,
  COUNTED_RESULT_SQL,
  createMessage,
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
 * writes every message with its own event, ledger entry and the day's total. Each request is answered only
 * after that transaction has committed, so a 202 still means stored; a crash before the commit leaves none of
 * them and answers none.
 *
 * A group forms without waiting: a send that finds no group of its tenant running starts one at once (with
 * whatever arrived in the same turn of the event loop); sends that arrive while GROUPS_RUNNING are running
 * wait for the next one. Only sends the group can take whole join it: no Idempotency-Key, no template, no
 * media, no reaction or reply (those look rows up that a group statement does not); the rest go the usual way.
 *
 * Per-request outcomes stay as they are alone: a request whose own input is wrong is refused with the error it
 * would get alone (before any statement, or from the group's connection lookup); a request the group cannot
 * admit (a slot with room for the whole group was not free, or the plan's limit is near) is sent on alone after
 * the group, where it waits for a slot or is refused exactly as before; if a group statement fails (a deadlock,
 * a constraint), the transaction rolls back and every request in it is sent on alone, so one cannot fail another.
 */

/** How many groups of one tenant run at once in a process (each on its own pooled connection). */
const GROUPS_RUNNING = 2;

interface Pending {
  actor: Actor;
  body: Schemas['CreateMessageRequest'];
  to: string;
  sendAt: Date | null;
  type: Schemas['MessageType'];
  content: Record<string, unknown>;
  mentions: string[];
  resolve(message: Schemas['Message']): void;
  reject(error: unknown): void;
}

interface Queue {
  waiting: Pending[];
  running: number;
  scheduled: boolean;
}

const queuesOf = new WeakMap<Services, Map<string, Queue>>();

/**
 * The send, accepted in a group; undefined when it is not one a group takes (the caller accepts it alone).
 * Its input is checked first, as createMessage checks it: a bad request is refused before it joins.
 */
export function acceptInGroup(services: Services, actor: Actor, body: Schemas['CreateMessageRequest']): Promise<Schemas['Message']> | undefined {
  if (body.template !== undefined || body.reply_to !== undefined || body.type === undefined) return undefined;
  if (isMediaType(body.type) || body.type === 'reaction') return undefined;
  // The same checks, in the same order, as createMessage makes before its first statement.
  const to = normalizePhoneNumber(body.to, 'to');
  const sendAt = sendAtOf(body.send_at);
  const type = contentTypeOf(body);
  let content: Record<string, unknown> = { ...contentFor(type, body) };
  checkMentions(type, content, body.mentions);
  const mentions = (body.mentions ?? []).map((mention, i) => normalizePhoneNumber(mention, `mentions[${i}]`));
  if (type === 'poll') content = { selectable_count: 1, ...content };

  let queues = queuesOf.get(services);
  if (!queues) queuesOf.set(services, (queues = new Map()));
  const key = `${actor.accountId}:${actor.mode}`;
  let queue = queues.get(key);
  if (!queue) queues.set(key, (queue = { waiting: [], running: 0, scheduled: false }));
  const answer = new Promise<Schemas['Message']>((resolve, reject) => queue.waiting.push({ actor, body, to, sendAt, type, content, mentions, resolve, reject }));
  schedule(services, queues, key, queue);
  return answer;
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
      void runGroup(services, group).finally(() => {
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
  /** Not admitted in the group: accepted alone after it. */
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
      for (const pending of group) pending.reject(error);
      return;
    }
    services.logger.warn({ err: error.reason, sends: group.length }, 'a group of accepts failed; each is accepted alone');
    outcome = { accepted: [], alone: group.filter((pending) => !refused.has(pending)), nearThreshold: false };
  }
  for (const { pending, message } of outcome.accepted) pending.resolve(message);
  for (const connectionId of new Set(outcome.accepted.map((accepted) => accepted.connectionId))) {
    services.bus.publish(MESSAGES_QUEUED, { connectionId }).catch(() => undefined);
  }
  if (outcome.nearThreshold) checkThresholdsAfter(services, scope);
  await Promise.all(outcome.alone.map((pending) => acceptAlone(services, pending)));
}

/** What the pipeline would have done with the request: createMessage in a transaction of its own. */
async function acceptAlone(services: Services, pending: Pending): Promise<void> {
  try {
    const message = await services.db.tenant(pending.actor, (trx) => createMessage(trx, services, pending.actor, pending.body, { findMedia: findMediaForMessage }));
    pending.resolve(message);
  } catch (error) {
    pending.reject(error);
  }
}

async function acceptGroup(trx: Transaction, services: Services, scope: TenantScope, group: Pending[]): Promise<GroupOutcome> {
  const found = await connectionsAndChats(trx, scope, group);
  const sendable: Array<{ pending: Pending; row: MessageRow }> = [];
  for (const pending of group) {
    const connection = found.connections.get(pending.body.connection_id);
    const error = !connection ? notFound('connection', pending.body.connection_id, 'connection_id') : STOPPED.includes(connection.status) ? cannotSend(connection) : undefined;
    if (error) {
      refused.add(pending);
      pending.reject(error);
      continue;
    }
    const chatId = found.chats.get(chatKey(connection!.id, pending.to)) ?? null;
    const row = outboundRow(services.config, pending.actor, { ...pending, connection: connection!, chatId, mediaId: null, body: pending.body }, {
      template_id: null,
      template_version: null,
      bulk_job_id: null,
    });
    sendable.push({ pending, row });
  }
  if (sendable.length === 0) return { accepted: [], alone: [], nearThreshold: false };

  const rows = sendable.map(({ row }) => row);
  let admitted = rows.length;
  let nearThreshold = false;
  if (services.config.USAGE_LEDGER) {
    let counted = await insertGroupCounted(trx, services, scope, rows);
    if (counted.slot === null && Number(counted.slots) < USAGE_SLOTS) {
      await makePeriodSlots(trx, scope, counted);
      counted = await insertGroupCounted(trx, services, scope, rows);
    }
    admitted = counted.slot === null ? 0 : Number(counted.admitted);
    if (admitted > 0) nearThreshold = await reachCountedThresholds(trx, services.config, scope, counted, admitted);
  } else {
    await insertGroup(trx, scope, rows);
  }
  return {
    accepted: sendable.slice(0, admitted).map(({ pending, row }) => ({ pending, message: presentMessage(row), connectionId: row.connection_id })),
    alone: sendable.slice(admitted).map(({ pending }) => pending),
    nearThreshold,
  };
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
       select i.chat_id, :accountId, :mode, c.id, i.peer, i.peer from input i join connection c on c.id = i.connection_id
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

/** The columns a new message is written with (every one but seq). */
const columnsOf = (row: MessageRow) => {
  const { seq: _seq, ...columns } = row;
  return columns;
};

const eventsOf = (scope: TenantScope, rows: MessageRow[]) =>
  rows.map((row, i) => {
    const event = eventRow(scope, eventTypeOf(row), presentMessage(row));
    return { n: i + 1, id: event.id, type: event.type, data: event.data };
  });

/**
 * The group's messages, counted: one statement takes the free slot (see usage/slots.ts) with the most room, and
 * admits the first sends of the group up to that room (all of them, unless the limit is near); only those are
 * written, each with its event and ledger entry, and the slot's day total grows by their number. The slot never
 * passes its share, so the slots' sum never passes the limit, as for a send alone.
 */
async function insertGroupCounted(trx: Transaction, services: Services, scope: TenantScope, rows: MessageRow[]): Promise<CountedRow & { admitted: string | null }> {
  const names = Object.keys(columnsOf(rows[0]!));
  const list = names.map((name) => `"${name}"`).join(', ');
  const plans = planMaps(services.config);
  const sql = `with ${COUNTED_PERIOD_SQL},
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
         select ${names.map((name) => `r."${name}"`).join(', ')} from json_populate_recordset(null::messages, :rows::json) with ordinality as r, quota
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
       daily as (
         insert into usage_daily as d (account_id, mode, day, category, slot, quantity)
         select :accountId, :mode, ${UTC_DAY}, :category, slot, admitted from quota where admitted > 0
         on conflict (account_id, mode, day, category, slot) do update set quantity = d.quantity + excluded.quantity)
       select (select slot from quota) as slot, (select admitted from quota) as admitted, ${COUNTED_RESULT_SQL}`;
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
      events: JSON.stringify(eventsOf(scope, rows)),
      // Every send a group takes is a text-kind one (no template, media or bulk job).
      category: `messages_accepted_${messageKind(rows[0]!)}`,
    })
    .options({ name: preparedName('parley_group_counted', sql) });
  const counted = result.rows[0];
  if (!counted) throw notFound('account', scope.accountId);
  return counted;
}

/** The same without a usage ledger: every message of the group, each with its event. */
async function insertGroup(trx: Transaction, scope: TenantScope, rows: MessageRow[]): Promise<void> {
  const names = Object.keys(columnsOf(rows[0]!));
  const list = names.map((name) => `"${name}"`).join(', ');
  const sql = `with message as (
         insert into messages (${list}) select ${list} from json_populate_recordset(null::messages, :rows::json) with ordinality as r order by r.ordinality)
       insert into events (id, account_id, mode, type, data)
       select e.id, :accountId, :mode, e.type, e.data from json_to_recordset(:events::json) as e(n bigint, id text, type text, data jsonb) order by e.n`;
  await trx
    .raw(sql, { accountId: scope.accountId, mode: scope.mode, rows: JSON.stringify(rows.map(columnsOf)), events: JSON.stringify(eventsOf(scope, rows)) })
    .options({ name: preparedName('parley_group_insert', sql) });
}
