import { recordEvents } from '../events/record.js';
import type { TenantScope, Transaction } from '../platform/db/database.js';
import type { BatchEntry, BatchOp } from './batches.js';
import { MessageRow } from './models.js';
import { toOutbound, type PreparedMessage } from './outbound.js';
import { presentMessage } from './presenters.js';
import { endMessage, EXPIRED_MESSAGE } from './status.js';
import { blockedPairs } from '../connections/blocked-numbers.js';

// The drain's claims (see MessageDrain in drain.ts): which due messages a worker's connections take next.

/** How long an idle drain sleeps before looking again (a new message or a reconnect wakes it sooner). */
export const IDLE_MS = 5_000;

const PENDING_SQL = `m.status in ('scheduled', 'queued', 'sending')`;

/**
 * A message may go to someone the connection already talks to (their chat has a message either way), or start a
 * conversation while the connection is not cooling down after a 463 and is under its daily new-contact limit.
 * The conversations started in the last 24 hours are counted only up to the limit, so the count stays small
 * however many the connection starts.
 */
const MAY_SEND_TO_PEER = `(ch.last_message_at is not null
  or ((c.new_contacts_paused_until is null or c.new_contacts_paused_until <= now())
      and (c.new_contact_daily_limit is null
           or (select count(*) from (select 1 from messages n
                where n.connection_id = c.id and n.new_contact_at > now() - interval '24 hours'
                limit c.new_contact_daily_limit) started) < c.new_contact_daily_limit)))`;

export interface ClaimRequest {
  limit: number;
  /** Pacing on: the new-contact limits apply. Without pacing (load tests on sandbox connections) they are off too. */
  paced: boolean;
}

export interface Claimed {
  row: MessageRow;
  outbound: PreparedMessage;
  /** Its person had no chat with the connection when it was claimed: it starts a conversation. */
  newContact: boolean;
  /** This claim set its `new_contact_at` (given back if the message goes back to the queue unsent). */
  markedNewContact: boolean;
}

interface Claim {
  /** Marked `sending`, in queue order. */
  claimed: Claimed[];
  /** Ended without a send (expired, opted out, unsendable). */
  handled: number;
  /** The connection's send rate, when a message was found. */
  sendRate?: number;
  /** Nothing found: how long to wait before looking again. */
  idleMs?: number;
}

/** The connection of an entry: every claim and mark is fenced by its lease. */
const connectionOf = (entry: BatchEntry<unknown>) => entry.lease!.connectionId;

/**
 * Claims the due messages of several connections of one tenant, each up to its limit, in one statement: rows are
 * taken with FOR UPDATE SKIP LOCKED, in acceptance order, and a message waits while an earlier one to the same
 * person is queued or sending (so one claim has at most one message per person). Each is then ended (expired,
 * opted out, unsendable) or marked `sending` with its attempt counted, all in one statement, and the first
 * attempts' `message.sending` events are written in one more.
 */
export const claimOp: BatchOp<ClaimRequest, Claim> = {
  lane: 'claims',
  order: 1,
  async run(trx, scope, entries) {
    const claims: Claim[] = entries.map(() => ({ claimed: [], handled: 0 }));
    for (const paced of [true, false]) {
      const mine = entries.flatMap((entry, i) => (entry.item.paced === paced ? [i] : []));
      if (mine.length > 0) await claimFor(trx, scope, paced, mine.map((i) => entries[i]!), mine.map((i) => claims[i]!));
    }
    return claims;
  },
};

type ClaimedRaw = Record<string, unknown> & { connection_id: string; send_rate: number; known_contact: boolean };

async function claimFor(trx: Transaction, scope: TenantScope, paced: boolean, entries: Array<BatchEntry<ClaimRequest>>, claims: Claim[]): Promise<void> {
  const gate = paced ? MAY_SEND_TO_PEER : 'true';
  const wanted = JSON.stringify(entries.map((entry) => ({ id: connectionOf(entry), n: entry.item.limit })));
  const result = await trx.raw<{ rows: ClaimedRaw[] }>(
    `select x.* from jsonb_to_recordset(?::jsonb) as r(id text, n integer)
       cross join lateral (
         select m.*, c.send_rate, ch.last_message_at is not null as known_contact
           from messages m join connections c on c.id = m.connection_id left join chats ch on ch.id = m.chat_id
          where m.connection_id = r.id and m.direction = 'outbound' and ${PENDING_SQL}
            and coalesce(m.send_at, m.created_at) <= now()
            and (m.next_attempt_at is null or m.next_attempt_at <= now())
            -- A subquery per row (not an anti-join over the whole queue): one probe of messages_peer_queue each.
            and (select 1 from messages p
                  where p.connection_id = m.connection_id and p.peer_phone = m.peer_phone and p.seq < m.seq
                    and p.status in ('queued', 'sending')
                  limit 1) is null
            and ${gate}
          order by m.seq limit r.n
          for update of m skip locked) x`,
    [wanted],
  );
  const claimOf = new Map(entries.map((entry, i) => [connectionOf(entry), claims[i]!]));
  // One message per person and claim: a scheduled message that fell due does not hold back a later one in the
  // query (only queued and sending ones do), so two to one person may come back; the later one stays for the
  // next claim, when the earlier one is sent (or waits to retry). Its lock ends with this transaction.
  const perPerson = new Set<string>();
  const found = result.rows
    .map((raw) => ({ raw, row: MessageRow.fromDatabaseJson(raw), claim: claimOf.get(raw.connection_id)! }))
    .sort((a, b) => Number(BigInt(a.row.seq) - BigInt(b.row.seq)))
    .filter(({ row }) => {
      if (row.peer_phone === null) return true;
      const key = `${row.connection_id}\u0000${row.peer_phone}`;
      if (perPerson.has(key)) return false;
      perPerson.add(key);
      return true;
    });
  const optedOut = await optedOutOf(trx, found.map(({ row }) => row));
  const blocked = await blockedPairs(trx, found.flatMap(({ row }) => (row.peer_phone === null ? [] : [{ connectionId: row.connection_id, phoneNumber: row.peer_phone }])));
  const now = new Date();
  const toSend: Array<{ row: MessageRow; outbound: PreparedMessage; claim: Claim; knownContact: boolean; newContact: boolean }> = [];
  for (const { raw, row, claim } of found) {
    claim.sendRate = raw.send_rate;
    if (row.expires_at && row.expires_at <= now) {
      await endMessage(trx, scope, row.id, { status: 'expired', code: 'expired', message: EXPIRED_MESSAGE });
      claim.handled += 1;
      continue;
    }
    if (optedOut.has(row.id)) {
      await endMessage(trx, scope, row.id, {
        status: 'failed',
        code: 'recipient_opted_out',
        message: `${row.peer_phone} is on the account's suppression list (opt-outs); only replies to their own messages reach them.`,
      });
      claim.handled += 1;
      continue;
    }
    if (row.peer_phone !== null && blocked.has(`${row.connection_id} ${row.peer_phone}`)) {
      await endMessage(trx, scope, row.id, {
        status: 'failed',
        code: 'recipient_blocked',
        message: `This connection's number has blocked ${row.peer_phone}; unblock them (DELETE /v1/connections/{id}/blocklist/{phone_number}) to write to them.`,
      });
      claim.handled += 1;
      continue;
    }
    try {
      toSend.push({ row, outbound: await toOutbound(trx, row), claim, knownContact: raw.known_contact, newContact: !raw.known_contact && row.new_contact_at === null });
    } catch (error) {
      await endMessage(trx, scope, row.id, { status: 'failed', code: 'send_failed', message: error instanceof Error ? error.message : String(error) });
      claim.handled += 1;
    }
  }
  if (toSend.length > 0) {
    const marked = await trx.raw<{ rows: Array<Record<string, unknown>> }>(
      `update messages m set status = 'sending', attempts = m.attempts + 1, updated_at = ?,
              new_contact_at = case when v.new_contact then ? else m.new_contact_at end
         from (select * from jsonb_to_recordset(?::jsonb) as v(id text, new_contact boolean)) v
        where m.id = v.id
        returning m.*`,
      [now, now, JSON.stringify(toSend.map(({ row, newContact }) => ({ id: row.id, new_contact: newContact })))],
    );
    const sendingById = new Map(marked.rows.map((raw) => [raw.id as string, MessageRow.fromDatabaseJson(raw)]));
    const events: Array<{ type: 'message.sending'; object: unknown }> = [];
    for (const { row, outbound, claim, knownContact, newContact } of toSend) {
      const sending = sendingById.get(row.id);
      if (!sending) throw new Error(`message ${row.id} does not exist`);
      claim.claimed.push({ row: sending, outbound, newContact: !knownContact, markedNewContact: newContact });
      if (row.status !== 'sending' && row.attempts === 0) events.push({ type: 'message.sending', object: presentMessage(sending) });
    }
    await recordEvents(trx, scope, events);
  }
  const idle = entries.filter((_, i) => claims[i]!.claimed.length === 0 && claims[i]!.handled === 0);
  if (idle.length === 0) return;
  // Messages held back from new contacts do not count: the drain looks again when idle, as always.
  const next = await trx.raw<{ rows: Array<{ connection_id: string; at: Date | null }> }>(
    `select m.connection_id, min(greatest(coalesce(m.send_at, m.created_at), coalesce(m.next_attempt_at, m.created_at))) as at
       from messages m join connections c on c.id = m.connection_id left join chats ch on ch.id = m.chat_id
      where m.connection_id in (select jsonb_array_elements_text(?::jsonb)) and m.direction = 'outbound' and ${PENDING_SQL} and ${gate}
      group by m.connection_id`,
    [JSON.stringify(idle.map(connectionOf))],
  );
  const nextAt = new Map(next.rows.map((row) => [row.connection_id, row.at ? new Date(row.at).getTime() : Infinity]));
  for (const entry of idle) {
    const at = nextAt.get(connectionOf(entry)) ?? Infinity;
    claimOf.get(connectionOf(entry))!.idleMs = Math.max(10, Math.min(IDLE_MS, at - Date.now()));
  }
}

/** The messages whose recipient opted out, unless the message answers one the person sent. */
async function optedOutOf(trx: Transaction, rows: MessageRow[]): Promise<Set<string>> {
  const phones = [...new Set(rows.map((row) => row.peer_phone).filter((phone): phone is string => phone !== null))];
  if (phones.length === 0) return new Set();
  const listed = new Set((await trx('opt_outs').whereIn('phone_number', phones).select('phone_number')).map((row: { phone_number: string }) => row.phone_number));
  const optedOut = new Set<string>();
  for (const row of rows) {
    if (row.peer_phone === null || !listed.has(row.peer_phone)) continue;
    if (row.reply_to !== null) {
      const original = await trx('messages').where({ id: row.reply_to }).first('direction');
      if (original?.direction === 'inbound') continue;
    }
    optedOut.add(row.id);
  }
  return optedOut;
}
