import { randomBytes } from 'node:crypto';
import { isGroupId } from '../connections/groups.js';
import { setTimeout } from 'node:timers/promises';
import { planOf } from '../accounts/plans.js';
import type { Config } from '../config.js';
import { messageKind, UTC_DAY } from '../usage/ledger.js';
import { slotShareSql, UNSEEN_SENDS_MAX, USAGE_SLOTS } from '../usage/slots.js';
import { DEFAULT_THRESHOLDS, PERIOD_END_SQL, PERIOD_START_SQL, planLimitReached, reachMessageThresholds, reachThresholds, thresholdUse } from '../usage/limits.js';
import type { components } from '../generated/openapi.js';
import { eventRow } from '../events/record.js';
import type { EventType } from '../events/types.js';
import type { Model } from 'objection';
import { ConnectionRow, isStopped, STOPPED } from '../connections/models.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { ApiError, conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import type { MediaType } from '../connections/transport.js';
import { newId } from '../platform/ids.js';
import { preparedName } from '../platform/db/prepared.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { checkMentions, contentFor, isMediaType, mediaInfo } from './content.js';
import { MESSAGES_QUEUED, MessageRow } from './models.js';
import { presentMessage } from './presenters.js';
import { findMessageInChat } from './queries.js';
import { contentTypeOf, renderForSend } from '../templates/send.js';

type Schemas = components['schemas'];

const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 3600_000;

/** A WhatsApp message id in the form WhatsApp Web uses, chosen once so that every attempt reuses it. */
export const newWaMessageId = () => `3EB0${randomBytes(9).toString('hex').toUpperCase()}`;

/** Media resolved before the transaction (a URL fetched and stored), by the route's prepare step. */
export interface MediaFile {
  id: string;
  mime_type: string;
  size: number | string;
  filename: string | null;
}

export interface SendOptions {
  /** Looks an uploaded file up in the caller's transaction and checks it fits the message type. */
  findMedia(trx: Transaction, id: string, type: MediaType, param: string): Promise<MediaFile>;
  /** The file fetched from the content's `url`, when it had one. */
  fetched?: MediaFile;
  /** The bulk job sending it, when the runner does. */
  bulkJobId?: string;
}

export function sendAtOf(input: string | undefined): Date | null {
  if (input === undefined) return null;
  const at = new Date(input);
  const now = Date.now();
  if (at.getTime() <= now) {
    throw invalidRequest('send_at_in_past', `send_at (${input}) is in the past; leave it out to send now.`, 'send_at');
  }
  if (at.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
    throw invalidRequest('send_at_too_far', 'send_at may be at most 30 days ahead.', 'send_at');
  }
  return at;
}

/**
 * Accepts a send: checks it whole, then stores it with its event in the caller's transaction. Nothing is
 * queued when anything is wrong. The worker is told once the transaction commits.
 */
export async function createMessage(
  trx: Transaction,
  services: Services,
  actor: Actor,
  body: Schemas['CreateMessageRequest'],
  options: SendOptions,
): Promise<Schemas['Message']> {
  const scope = scopeOf(actor);
  // Checked before anything is written, so a bad request costs no statement.
  // A group is named by WhatsApp's id for it; anything else must be a phone number.
  const to = isGroupId(body.to.trim()) ? body.to.trim() : normalizePhoneNumber(body.to, 'to');
  const sendAt = sendAtOf(body.send_at);
  // Only a send that names a template pays for looking it up.
  const template = body.template === undefined ? null : await renderForSend(trx, { ...body, template: body.template });
  const type = template?.type ?? contentTypeOf(body);
  let content: Record<string, unknown> = { ...(template?.content ?? contentFor(type, body)) };
  checkMentions(type, content, body.mentions);
  const mentions = (body.mentions ?? []).map((mention, i) => normalizePhoneNumber(mention, `mentions[${i}]`));

  const { connection, chatId } = await connectionAndChat(trx, scope, body.connection_id, to);
  if (isStopped(connection)) throw cannotSend(connection);
  let mediaId: string | null = template?.mediaId ?? null;
  if (!template && isMediaType(type)) {
    const given = content as Schemas['MediaContent'];
    const media = given.media_id !== undefined ? await options.findMedia(trx, given.media_id, type, `${type}.media_id`) : options.fetched;
    if (!media) throw new Error('a media URL must be fetched before the transaction');
    mediaId = media.id;
    content = mediaInfo(type, media, given);
  }
  if (type === 'poll') content = { selectable_count: 1, ...content };
  if (type === 'reaction') await findMessageInChat(trx, connection.id, to, (content as Schemas['ReactionContent']).message_id, 'reaction.message_id');
  if (body.reply_to !== undefined) await findMessageInChat(trx, connection.id, to, body.reply_to, 'reply_to');

  const row = outboundRow(services.config, actor, { connection, chatId, to, sendAt, type, content, mentions, mediaId, body }, {
    template_id: template?.template.id ?? null,
    template_version: template?.template.version ?? null,
    bulk_job_id: options.bulkJobId ?? null,
  });
  const message = presentMessage(row);
  const eventType = eventTypeOf(row);
  if (services.config.USAGE_LEDGER) {
    const nearThreshold = await insertCounted(trx, services.config, scope, row, eventType, message);
    if (nearThreshold) trx.executionPromise.then(() => checkThresholdsAfter(services, scope), () => undefined);
  } else await insertWithEvent(trx, scope, row, eventType, message);
  trx.executionPromise.then(() => services.bus.publish(MESSAGES_QUEUED, { connectionId: connection.id })).catch(() => undefined);
  return message;
}

/** The refusal a send on a logged-out or failed connection gets. */
export const cannotSend = (connection: Pick<ConnectionRow, 'id' | 'status' | 'status_reason'>) =>
  conflict(
    `connection_${connection.status}`,
    `Connection ${connection.id} is ${connection.status.replace('_', ' ')}${connection.status_reason ? ` (${connection.status_reason})` : ''}, so it cannot send. Restart it and link it again.`,
  );

export const eventTypeOf = (row: Pick<MessageRow, 'send_at'>): EventType => (row.send_at ? 'message.scheduled' : 'message.queued');

/** What a send's checks resolved, before it is stored. */
export interface ResolvedSend {
  connection: Pick<ConnectionRow, 'id' | 'phone_number'>;
  chatId: string | null;
  to: string;
  sendAt: Date | null;
  type: Schemas['MessageType'];
  content: Record<string, unknown>;
  mentions: string[];
  mediaId: string | null;
  body: Pick<Schemas['CreateMessageRequest'], 'reply_to' | 'metadata'>;
}

/** The new message's row, as createMessage and a group of accepts (accept-group.ts) store it. */
export function outboundRow(
  config: Pick<Config, 'MESSAGE_EXPIRY_HOURS'>,
  actor: Pick<Actor, 'accountId' | 'mode'>,
  send: ResolvedSend,
  origin: Pick<MessageRow, 'template_id' | 'template_version' | 'bulk_job_id'>,
): MessageRow {
  const now = new Date();
  const due = send.sendAt ?? now;
  return newOutboundRow({
    id: newId('message'),
    account_id: actor.accountId,
    mode: actor.mode,
    connection_id: send.connection.id,
    chat_id: send.chatId,
    type: send.type,
    status: send.sendAt ? 'scheduled' : 'queued',
    from_phone: send.connection.phone_number,
    to_phone: send.to,
    peer_phone: send.to,
    content: send.content,
    media_id: send.mediaId,
    reply_to: send.body.reply_to ?? null,
    mentions: send.mentions,
    metadata: send.body.metadata ?? {},
    send_at: send.sendAt,
    ...origin,
    wa_message_id: newWaMessageId(),
    expires_at: new Date(due.getTime() + config.MESSAGE_EXPIRY_HOURS * 3600_000),
    created_at: now,
    updated_at: now,
  });
}

/*
 * Accepting a send is the API's hot path, and on it every statement is a round trip to PostgreSQL. It runs
 * four: BEGIN with the tenant settings (one message, see Database.tenant), the two below, COMMIT.
 */

/**
 * The connection (row-level security confines it to the caller's account and mode: anything else is a 404)
 * and, in the same statement, the chat with `to`, created on first contact. A connection that cannot send
 * gets no chat.
 */
async function connectionAndChat(trx: Transaction, scope: TenantScope, connectionId: string, to: string): Promise<{ connection: ConnectionRow; chatId: string | null }> {
  const result = (await trx.raw(
    `with connection as (select * from connections where id = :connectionId),
     chat as (
       insert into chats (id, account_id, mode, connection_id, peer, phone_number)
       select :chatId, :accountId, :mode, id, :to, :phone from connection where status <> all(:stopped)
       on conflict (connection_id, peer) do update set phone_number = excluded.phone_number
       returning id
     )
     select connection.*, (select id from chat) as chat_id from connection`,
    { connectionId, chatId: newId('chat'), accountId: scope.accountId, mode: scope.mode, to, phone: isGroupId(to) ? null : to, stopped: [...STOPPED] },
  ).options({ name: 'parley_connection_and_chat' })) as { rows: Array<Record<string, unknown> & { chat_id: string | null }> };
  const found = result.rows[0];
  if (!found) throw notFound('connection', connectionId, 'connection_id');
  const { chat_id: chatId, ...columns } = found;
  return { connection: ConnectionRow.fromDatabaseJson(columns), chatId };
}

type NewOutbound = Pick<
  MessageRow,
  | 'id' | 'account_id' | 'mode' | 'connection_id' | 'chat_id' | 'type' | 'status' | 'from_phone' | 'to_phone' | 'peer_phone'
  | 'content' | 'media_id' | 'reply_to' | 'mentions' | 'metadata' | 'send_at' | 'template_id' | 'template_version' | 'bulk_job_id' | 'wa_message_id' | 'expires_at' | 'created_at' | 'updated_at'
>;

/** The row as it will be stored: what the insert leaves to the columns' defaults is empty on a new message. */
export function newOutboundRow(values: NewOutbound): MessageRow {
  return Object.assign(new MessageRow(), {
    direction: 'outbound',
    from_lid: null,
    attempts: 0,
    next_attempt_at: null,
    error_code: null,
    error_message: null,
    sent_at: null,
    delivered_at: null,
    read_at: null,
    failed_at: null,
    new_contact_at: null,
    canceled_at: null,
    expired_at: null,
    received_at: null,
    edited_at: null,
    deleted_at: null,
    ...values,
  } satisfies Omit<MessageRow, 'seq' | keyof Model>);
}

/** The message and its event in one statement (a data-modifying CTE runs whether or not it is referenced). */
async function insertWithEvent(trx: Transaction, scope: TenantScope, row: MessageRow, type: EventType, message: Schemas['Message']): Promise<void> {
  const { seq: _seq, ...columns } = row;
  const insertMessage = trx('messages')
    .insert({
      ...columns,
      // jsonb columns: pg would send a JS array as a PostgreSQL array literal.
      content: JSON.stringify(row.content),
      mentions: JSON.stringify(row.mentions),
      metadata: JSON.stringify(row.metadata),
    })
    .returning('id');
  await trx
    .with('message', insertMessage)
    .insert(eventRow(scope, type, message))
    .into('events')
    .options({ name: preparedName('parley_accept', Object.keys(columns).join()) });
}

/**
 * The head of a counted accept's statement (`a`, `lim`, `seen`): the account's plan, the period and its limit,
 * and the committed use of the period's slots. Bound values: accountId, mode, caps, fallbackCap, metered.
 */
export const COUNTED_PERIOD_SQL = `a as (select plan, limit_overrides, billing_period_start, billing_period_end from accounts where id = :accountId),
         lim as (
           select ${PERIOD_START_SQL} as period_start, ${PERIOD_END_SQL} as period_end, a.plan,
                  coalesce((a.limit_overrides ->> 'messages_per_period')::bigint, (:caps::jsonb ->> a.plan)::bigint, :fallbackCap) as cap,
                  (:metered::jsonb ->> a.plan) is not null as metered
             from a),
         seen as (
           select coalesce(sum(u.messages), 0) as used, count(*) as slots
             from usage_periods u, lim
            where u.account_id = :accountId and u.mode = :mode and u.period_start = lim.period_start)`;

/** What a counted accept's statement returns besides its slot (see CountedRow). */
export const COUNTED_RESULT_SQL = `seen.used, seen.slots, lim.cap, lim.plan, lim.period_start, lim.period_end,
                (select coalesce(array_agg(percent), '{}') from usage_thresholds
                  where account_id = :accountId and limit_name = 'messages_per_period') as percents,
                (select coalesce(array_agg(percent), '{}') from usage_threshold_hits
                  where account_id = :accountId and mode = :mode and limit_name = 'messages_per_period' and period_start = lim.period_start) as reached
           from lim, seen`;

/** Makes the period's slots, when the first send of a period finds none (by whichever send gets there first). */
export async function makePeriodSlots(trx: Transaction, scope: TenantScope, counted: Pick<CountedRow, 'period_start' | 'period_end'>): Promise<void> {
  await trx.raw(
    `insert into usage_periods (account_id, mode, period_start, period_end, slot, messages)
     select :accountId, :mode, :start, :end, slot, 0 from generate_series(0, ${USAGE_SLOTS - 1}) as slot
     on conflict do nothing`,
    { accountId: scope.accountId, mode: scope.mode, start: counted.period_start, end: counted.period_end },
  );
}

/** How long a send goes on finding every slot with room held before it gives up (they commit in milliseconds). */
const SLOT_WAIT_MS = 30_000;

/** A 5xx: the bulk runner keeps the recipient for its next batch rather than failing it. */
const usageCounterBusy = () =>
  new ApiError(503, 'api_error', 'usage_counter_busy', 'Parley could not count this message against the plan in time, as other sends held the counter; nothing was stored. Retry shortly with the same Idempotency-Key.', {
    headers: { 'Retry-After': '1' },
  });

/**
 * The same, counted: in one statement, the message is admitted against the messages-per-period limit, and only
 * if admitted are the message, its event, its ledger entry and the day's total written. A refusal writes
 * nothing, so a caller that goes on in the same transaction (the bulk runner) is left with no trace of it.
 *
 * Admission takes one slot of the period's counter (see usage/slots.ts) that is below its share of the limit
 * and that no other transaction holds (SKIP LOCKED), so concurrent sends do not wait for each other's
 * commits. A transaction that already holds a slot with room takes it again. So the slots never pass their
 * shares, and their sum never passes the limit.
 *
 * When the committed counts show room but every slot with it is held by sends not yet committed, the
 * statement is run again shortly, with a fresh view, until one has room or the limit is reached. It does not
 * wait on those rows' locks: a scan may lock a row and then find it full (it filled after the statement's
 * snapshot) and keeps that lock until it commits, so two sends waiting on each other's rows deadlocked.
 * Nothing ever waits on a slot's lock, so no cycle can form, and the sends holding slots commit without
 * waiting on anything here.
 */
async function insertCounted(trx: Transaction, config: Config, scope: TenantScope, row: MessageRow, type: EventType, message: Schemas['Message']): Promise<boolean> {
  const { seq: _seq, ...columns } = row;
  const names = Object.keys(columns);
  const event = eventRow(scope, type, message);
  const plans = planMaps(config);
  const attempt = async () => {
    const sql = `with ${COUNTED_PERIOD_SQL},
         slot as (
           select u.slot from usage_periods u, lim, seen
            where u.account_id = :accountId and u.mode = :mode and u.period_start = lim.period_start
              and u.messages < ${slotShareSql('u.slot', 'lim.cap')} and seen.used < lim.cap
            order by (u.slot + pg_backend_pid()) % ${USAGE_SLOTS}
            limit 1
            for update of u skip locked),
         quota as (
           update usage_periods u set messages = u.messages + 1
             from slot, lim
            where u.account_id = :accountId and u.mode = :mode and u.period_start = lim.period_start and u.slot = slot.slot
           returning u.slot),
         message as (
           insert into messages (${names.map((name) => `"${name}"`).join(', ')})
           select ${names.map((name) => `"${name}"`).join(', ')} from json_populate_record(null::messages, :message::json)
            where exists (select 1 from quota)),
         event as (
           insert into events (id, account_id, mode, type, data)
           select :eventId, :accountId, :mode, :eventType, :eventData::jsonb where exists (select 1 from quota)),
         entry as (
           insert into usage_entries (account_id, mode, category, quantity, subject_id, billable)
           select :accountId, :mode, :category, 1, :messageId, :mode = 'live' and lim.metered from quota, lim),
         daily as (
           insert into usage_daily as d (account_id, mode, day, category, slot, quantity)
           select :accountId, :mode, ${UTC_DAY}, :category, slot, 1 from quota
           on conflict (account_id, mode, day, category, slot) do update set quantity = d.quantity + 1)
         select (select slot from quota) as slot, ${COUNTED_RESULT_SQL}`;
    const result = await trx
      .raw<{ rows: CountedRow[] }>(sql, {
          accountId: scope.accountId,
          mode: scope.mode,
          caps: plans.caps,
          fallbackCap: plans.fallbackCap,
          metered: plans.metered,
          message: JSON.stringify(columns),
          eventId: event.id,
          eventType: event.type,
          eventData: JSON.stringify(event.data),
          category: `messages_accepted_${messageKind(row)}`,
          messageId: row.id,
      })
      // Prepared once per database connection: planning this statement cost more than running it.
      .options({ name: preparedName('parley_accept_counted', sql) });
    return result.rows[0];
  };

  let counted = await attempt();
  if (!counted) throw notFound('account', scope.accountId);
  if (counted.slot === null && Number(counted.slots) < USAGE_SLOTS) {
    // The period's first send: its slots are made (by whichever send gets there first), then it goes again.
    await makePeriodSlots(trx, scope, counted);
    counted = (await attempt())!;
  }
  // Room the committed counts show, but every slot with it held by other sends: go again once they commit.
  const deadline = Date.now() + SLOT_WAIT_MS;
  for (let pause = 1; counted.slot === null && Number(counted.used) < Number(counted.cap); pause = Math.min(pause * 2, 50)) {
    if (Date.now() > deadline) throw usageCounterBusy();
    await setTimeout(pause);
    counted = (await attempt())!;
  }
  // Each statement reads the committed counts afresh, so a refusal reports the period's use as it is.
  if (counted.slot === null) throw limitReachedBy(config, scope, counted);
  return reachCountedThresholds(trx, config, scope, counted, 1);
}

/**
 * Records the messages thresholds that `admitted` sends, counted by a statement that returned `counted`, have
 * reached. True when one is near enough that sends committing alongside may have reached it: not in `used`,
 * each of those holds another slot until it commits, so a threshold fewer than UNSEEN_SENDS_MAX sends away
 * may be reached already; the caller checks again once it has committed.
 */
export async function reachCountedThresholds(
  trx: Transaction,
  config: Config,
  scope: TenantScope,
  counted: Pick<CountedRow, 'used' | 'cap' | 'period_start' | 'period_end' | 'percents' | 'reached'>,
  admitted: number,
): Promise<boolean> {
  const value = Number(counted.cap);
  const period = { start: counted.period_start, end: counted.period_end };
  const used = Number(counted.used) + admitted;
  const percents = [...new Set([...DEFAULT_THRESHOLDS, ...counted.percents])].filter((percent) => !counted.reached.includes(percent));
  if (percents.length > 0) {
    await reachThresholds(trx, config, scope, { limit: 'messages_per_period', before: 0, after: used, value, period, percents });
  }
  return percents.some((percent) => thresholdUse(value, percent) > used && thresholdUse(value, percent) - used <= UNSEEN_SENDS_MAX);
}

const thresholdChecks = new WeakMap<Services, Map<string, { again: boolean }>>();

/**
 * After a commit that may have brought a threshold near (see reachCountedThresholds): checks the period's use
 * again. One check runs at a time per tenant: a commit that comes while one runs asks for one more after it
 * (which starts after that commit, so sees it), so a stream of sends near a threshold costs a check at a time,
 * not one per send.
 */
export function checkThresholdsAfter(services: Services, scope: TenantScope): void {
  let checks = thresholdChecks.get(services);
  if (!checks) thresholdChecks.set(services, (checks = new Map()));
  const key = `${scope.accountId}:${scope.mode}`;
  const running = checks.get(key);
  if (running) {
    running.again = true;
    return;
  }
  const state = { again: false };
  checks.set(key, state);
  const run = (): void => {
    services.db
      .tenant(scope, (t) => reachMessageThresholds(t, services.config, scope))
      .catch((error: unknown) => services.logger.warn({ err: error }, 'checking usage thresholds after a send failed; the usage worker checks again'))
      .finally(() => {
        if (!state.again) return void checks.delete(key);
        state.again = false;
        run();
      });
  };
  run();
}

/** The refusal a send gets when the committed counts have reached the messages limit. */
export const limitReachedBy = (config: Config, scope: TenantScope, counted: Pick<CountedRow, 'used' | 'cap' | 'plan' | 'period_start' | 'period_end'>) =>
  planLimitReached('messages_per_period', {
    value: Number(counted.cap),
    used: Number(counted.used),
    plan: planOf(config, counted),
    mode: scope.mode,
    period: { start: counted.period_start, end: counted.period_end },
  });

export interface CountedRow {
  /** The slot the send was admitted in; null: not admitted. */
  slot: number | null;
  /** The period's use in the committed slots the statement saw, before this send. */
  used: string;
  slots: string;
  cap: string;
  plan: string;
  period_start: Date;
  period_end: Date;
  percents: number[];
  /** The thresholds already reached in this period. */
  reached: number[];
}

/**
 * The catalog as the accept statement reads it: each plan's messages limit, and the plans with a metered
 * Stripe price (every live message on them is reported to Stripe's meter; the price's free first tier covers
 * the messages the plan includes).
 */
const planMapCache = new WeakMap<Config['plans'], { caps: string; metered: string; fallbackCap: number }>();
export function planMaps(config: Config) {
  let maps = planMapCache.get(config.plans);
  if (!maps) {
    const fallback = planOf(config, { plan: '' });
    maps = {
      caps: JSON.stringify(Object.fromEntries(config.plans.map((plan) => [plan.id, plan.limits.messages_per_period]))),
      metered: JSON.stringify(Object.fromEntries(config.plans.filter((plan) => plan.stripe_overage_price_id !== null).map((plan) => [plan.id, plan.included_messages]))),
      fallbackCap: fallback.limits.messages_per_period,
    };
    planMapCache.set(config.plans, maps);
  }
  return maps;
}
