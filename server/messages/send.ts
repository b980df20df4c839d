import { randomBytes } from 'node:crypto';
import { planOf } from '../accounts/plans.js';
import type { Config } from '../config.js';
import { messageKind, UTC_DAY } from '../usage/ledger.js';
import { DEFAULT_THRESHOLDS, PERIOD_END_SQL, PERIOD_START_SQL, planLimitReached, reachThresholds } from '../usage/limits.js';
import type { components } from '../generated/openapi.js';
import { eventRow } from '../events/record.js';
import type { EventType } from '../events/types.js';
import type { Model } from 'objection';
import { ConnectionRow, isStopped, STOPPED } from '../connections/models.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import { conflict, invalidRequest, notFound } from '../platform/http/errors.js';
import type { MediaType } from '../connections/transport.js';
import { newId } from '../platform/ids.js';
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
  const to = normalizePhoneNumber(body.to, 'to');
  const sendAt = sendAtOf(body.send_at);
  // Only a send that names a template pays for looking it up.
  const template = body.template === undefined ? null : await renderForSend(trx, { ...body, template: body.template });
  const type = template?.type ?? contentTypeOf(body);
  let content: Record<string, unknown> = { ...(template?.content ?? contentFor(type, body)) };
  checkMentions(type, content, body.mentions);
  const mentions = (body.mentions ?? []).map((mention, i) => normalizePhoneNumber(mention, `mentions[${i}]`));

  const { connection, chatId } = await connectionAndChat(trx, scope, body.connection_id, to);
  if (isStopped(connection)) {
    throw conflict(
      `connection_${connection.status}`,
      `Connection ${connection.id} is ${connection.status.replace('_', ' ')}${connection.status_reason ? ` (${connection.status_reason})` : ''}, so it cannot send. Restart it and link it again.`,
    );
  }
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

  const now = new Date();
  const due = sendAt ?? now;
  const row = newOutboundRow({
    id: newId('message'),
    account_id: actor.accountId,
    mode: actor.mode,
    connection_id: connection.id,
    chat_id: chatId,
    type,
    status: sendAt ? 'scheduled' : 'queued',
    from_phone: connection.phone_number,
    to_phone: to,
    peer_phone: to,
    content,
    media_id: mediaId,
    reply_to: body.reply_to ?? null,
    mentions,
    metadata: body.metadata ?? {},
    send_at: sendAt,
    template_id: template?.template.id ?? null,
    template_version: template?.template.version ?? null,
    bulk_job_id: options.bulkJobId ?? null,
    wa_message_id: newWaMessageId(),
    expires_at: new Date(due.getTime() + services.config.MESSAGE_EXPIRY_HOURS * 3600_000),
    created_at: now,
    updated_at: now,
  });
  const message = presentMessage(row);
  const eventType = sendAt ? 'message.scheduled' : 'message.queued';
  if (services.config.USAGE_LEDGER) await insertCounted(trx, services.config, scope, row, eventType, message);
  else await insertWithEvent(trx, scope, row, eventType, message);
  trx.executionPromise.then(() => services.bus.publish(MESSAGES_QUEUED, { connectionId: connection.id })).catch(() => undefined);
  return message;
}

/*
 * Accepting a send is the API's hot path, and on it every statement is a round trip to PostgreSQL. It runs
 * five: BEGIN, the tenant settings, the two below, COMMIT.
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
       select :chatId, :accountId, :mode, id, :to, :to from connection where status <> all(:stopped)
       on conflict (connection_id, peer) do update set phone_number = excluded.phone_number
       returning id
     )
     select connection.*, (select id from chat) as chat_id from connection`,
    { connectionId, chatId: newId('chat'), accountId: scope.accountId, mode: scope.mode, to, stopped: [...STOPPED] },
  )) as { rows: Array<Record<string, unknown> & { chat_id: string | null }> };
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
function newOutboundRow(values: NewOutbound): MessageRow {
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
  await trx.with('message', insertMessage).insert(eventRow(scope, type, message)).into('events');
}

/**
 * The same, counted: in one statement, the message is admitted against the messages-per-period limit (the
 * period's counter row goes up by one only while below the limit; its row lock makes concurrent sends at the
 * edge wait for each other), and only if admitted are the message, its event, its ledger entry and the day's
 * total written. A refusal writes nothing, so a caller that goes on in the same transaction (the bulk runner)
 * is left with no trace of it.
 */
async function insertCounted(trx: Transaction, config: Config, scope: TenantScope, row: MessageRow, type: EventType, message: Schemas['Message']): Promise<void> {
  const { seq: _seq, ...columns } = row;
  const names = Object.keys(columns);
  const event = eventRow(scope, type, message);
  const plans = planMaps(config);
  const result = await trx.raw<{ rows: CountedRow[] }>(
    `with a as (select plan, limit_overrides, billing_period_start, billing_period_end from accounts where id = :accountId),
     lim as (
       select ${PERIOD_START_SQL} as period_start, ${PERIOD_END_SQL} as period_end, a.plan,
              coalesce((a.limit_overrides ->> 'messages_per_period')::bigint, (:caps::jsonb ->> a.plan)::bigint, :fallbackCap) as cap,
              (:metered::jsonb ->> a.plan)::bigint as metered_after
         from a),
     quota as (
       insert into usage_periods as u (account_id, mode, period_start, period_end, messages)
       select :accountId, :mode, period_start, period_end, 1 from lim where cap >= 1
       on conflict (account_id, mode, period_start) do update set messages = u.messages + 1
         where u.messages < (select cap from lim)
       returning messages),
     message as (
       insert into messages (${names.map((name) => `"${name}"`).join(', ')})
       select ${names.map((name) => `"${name}"`).join(', ')} from json_populate_record(null::messages, :message::json)
        where exists (select 1 from quota)),
     event as (
       insert into events (id, account_id, mode, type, data)
       select :eventId, :accountId, :mode, :eventType, :eventData::jsonb where exists (select 1 from quota)),
     entry as (
       insert into usage_entries (account_id, mode, category, quantity, subject_id, billable)
       select :accountId, :mode, :category, 1, :messageId, :mode = 'live' and lim.metered_after is not null and quota.messages > lim.metered_after
         from quota, lim),
     daily as (
       insert into usage_daily as d (account_id, mode, day, category, quantity)
       select :accountId, :mode, ${UTC_DAY}, :category, 1 from quota
       on conflict (account_id, mode, day, category) do update set quantity = d.quantity + 1)
     select (select messages from quota) as used, lim.cap, lim.plan, lim.period_start, lim.period_end,
            (select coalesce(array_agg(percent), '{}') from usage_thresholds where account_id = :accountId and limit_name = 'messages_per_period') as percents
       from lim`,
    {
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
    },
  );
  const counted = result.rows[0];
  if (!counted) throw notFound('account', scope.accountId);
  const value = Number(counted.cap);
  const period = { start: counted.period_start, end: counted.period_end };
  if (counted.used === null) {
    // The statement's snapshot may predate the sends it waited for; the row is locked now, so this is current.
    const current = (await trx('usage_periods').where({ account_id: scope.accountId, mode: scope.mode, period_start: period.start }).first('messages')) as { messages: string } | undefined;
    throw planLimitReached('messages_per_period', { value, used: Number(current?.messages ?? 0), plan: planOf(config, counted), mode: scope.mode, period });
  }
  const used = Number(counted.used);
  await reachThresholds(trx, config, scope, {
    limit: 'messages_per_period',
    before: used - 1,
    after: used,
    value,
    period,
    percents: [...new Set([...DEFAULT_THRESHOLDS, ...counted.percents])],
  });
}

interface CountedRow {
  used: string | null;
  cap: string;
  plan: string;
  period_start: Date;
  period_end: Date;
  percents: number[];
}

/** The catalog as the accept statement reads it: each plan's messages limit, and where metering starts. */
const planMapCache = new WeakMap<Config['plans'], { caps: string; metered: string; fallbackCap: number }>();
function planMaps(config: Config) {
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
