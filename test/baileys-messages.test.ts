// Live-mode messaging end to end at the transport: BaileysSession (what a worker runs per live connection) drives
// unmodified Baileys against the local WhatsApp Web simulator, with its credentials in the real PostgreSQL store.
// The simulated phones decrypt what Parley sends, answer with receipts, and send text, reactions, edits and
// deletions back. Media goes through the API in live-messages.test.ts; its mapping is in
// baileys-outbound-mapping.test.ts and baileys-inbound-mapping.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { proto, WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import { holdsLease, type AuthStore } from '../server/connections/auth-store.js';
import { usePostgresAuthState } from '../server/connections/baileys/auth-state.js';
import { pollSecret } from '../server/connections/baileys/outbound-content.js';
import { BaileysTransport } from '../server/connections/baileys/transport.js';
import {
  PermanentSendError,
  type InboundEvent,
  type LinkedIdentity,
  type MessageStatusUpdate,
  type OutboundContent,
  type OutboundMessage,
  type TransportListener,
  type TransportSession,
} from '../server/connections/transport.js';
import { newWaMessageId } from '../server/messages/send.js';
import { createLogger } from '../server/platform/logger.js';
import { buildAccount, buildLeasedConnection } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import type { PeerMessage } from './whatsapp-simulator/messaging.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

const STEP_TIMEOUT_MS = 10_000;
const silent = createLogger('silent');

/** The linked number, the people it talks to, and numbers of special kinds. */
const ME = '12025550140';
const ADA = '12025550141';
const GRACE = '12025550142';
const STRANGER = '12025550143';
const NOBODY = '12025550149';
/** A Brazilian number as dialled (with the mobile 9) and the id WhatsApp knows it by (without). */
const BRAZIL_DIALLED = '5511987654321';
const BRAZIL_ID = '551187654321';

const jidOf = (digits: string) => `${digits}@s.whatsapp.net`;

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = STEP_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('BaileysSession sends and receives messages through the WhatsApp Web simulator', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  let server: TestServer;
  let store: AuthStore;
  let session: TransportSession;
  let identity: LinkedIdentity;
  const statuses: MessageStatusUpdate[] = [];
  const inbound: InboundEvent[] = [];

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    sim.account(ADA, 'Ada');
    sim.account(GRACE, 'Grace');
    sim.account(STRANGER, 'Stranger');
    sim.account(BRAZIL_ID, 'Bia');
    sim.aliases.set(BRAZIL_DIALLED, BRAZIL_ID);
    server = await startTestServer();
    const { account } = await buildAccount(server.client);
    store = await buildLeasedConnection(server, account.id);

    let scanned = false;
    let connected: (identity: LinkedIdentity) => void = () => {};
    const linked = new Promise<LinkedIdentity>((resolve) => (connected = resolve));
    const since = sim.events.length;
    const listener: TransportListener = {
      qr: (qr) => {
        if (scanned) return;
        scanned = true;
        sim.scanQr(qr, ME).catch((error: unknown) => sim.errors.push(error));
      },
      connecting: () => {},
      connected: (linkedAs) => connected(linkedAs),
      disconnected: () => {},
      loggedOut: () => {},
      failed: (reason) => sim.errors.push(new Error(`the session failed: ${reason.code}`)),
      messageStatus: (update) => statuses.push(update),
      inbound: (event) => inbound.push(event),
    };
    session = await new BaileysTransport({ waWebSocketUrl: sim.url, backoff: { initialMs: 50, maxMs: 200 } }).start({
      connectionId: store.lease.connectionId,
      store,
      holdsLease: () => holdsLease(store.lease),
      listener,
      logger: silent,
    });
    identity = await Promise.race([linked, sleep(STEP_TIMEOUT_MS).then(() => assert.fail('the session did not connect'))]);
    // Baileys' init queries must be answered before the socket is closed, or it waits them out for 60 s.
    await postLoginQueriesAnswered(sim, identity.jid, since);
  });

  after(async () => {
    await session?.stop();
    await sim.stop();
    WA_CERT_DETAILS.PUBLIC_KEY = originalRootKey;
    await server?.stop();
    assert.deepEqual(sim.errors, []);
  });

  let sequence = 0;
  function outbound(to: string, content: OutboundContent, extra: Partial<OutboundMessage> = {}): OutboundMessage {
    return { id: `msg_test${++sequence}`, waMessageId: newWaMessageId(), to: `+${to}`, content, replyTo: null, mentions: [], ...extra };
  }

  const inboxOf = (phone: string) => sim.accounts.get(phone)!.inbox;
  /** What `phone` received under `waMessageId`, once it has. */
  const received = (phone: string, waMessageId: string): Promise<PeerMessage> =>
    until(`${phone} to receive ${waMessageId}`, () => inboxOf(phone).find((message) => message.id === waMessageId));
  const statusesOf = (waMessageId: string) => statuses.filter((update) => update.waMessageId === waMessageId);
  const numberChecks = (phone: string) => sim.events.filter((event) => event.type === 'number-checked' && event.phone === phone).length;

  test('the session reports the linked number, and a phone\'s text arrives with the sender\'s phone number, LID and name', async () => {
    assert.equal(identity.phoneNumber, `+${ME}`);
    const id = await sim.sendText(ADA, ME, 'hello Parley');
    const event = await until('the inbound text', () => inbound.find((e) => e.kind === 'message' && e.waMessageId === id));
    assert.ok(event.kind === 'message');
    assert.deepEqual(event.from, { phoneNumber: `+${ADA}`, lid: `${sim.accounts.get(ADA)!.lid}@lid`, name: 'Ada' });
    assert.deepEqual(event.content, { type: 'text', body: 'hello Parley' });
    assert.equal(event.replyTo, null);
    assert.deepEqual(event.mentions, []);
    assert.ok(Math.abs(event.at.getTime() - Date.now()) < 5_000);
  });

  test('a text replying to the phone\'s message and mentioning a person reaches the phone under its WhatsApp id; delivered then read are reported once each', async () => {
    const question = await sim.sendText(ADA, ME, 'what time tomorrow?');
    await until('the question', () => inbound.find((e) => e.kind === 'message' && e.waMessageId === question));
    const checksBefore = numberChecks(ADA);
    const message = outbound(ADA, { type: 'text', body: 'at ten, with @12025550142' }, {
      replyTo: { waMessageId: question, fromMe: false, text: 'what time tomorrow?' },
      mentions: [`+${GRACE}`],
    });
    await session.send(message);

    const got = await received(ADA, message.waMessageId);
    assert.equal(got.text, 'at ten, with @12025550142');
    assert.equal(got.fromDevice, identity.jid);
    const context = got.message.extendedTextMessage?.contextInfo;
    assert.equal(context?.stanzaId, question);
    assert.equal(context?.participant, jidOf(ADA), 'the quoted message is the phone\'s own');
    assert.equal(context?.quotedMessage?.conversation, 'what time tomorrow?');
    assert.deepEqual(context?.mentionedJid, [jidOf(GRACE)]);

    const reported = await until('read', () => statusesOf(message.waMessageId).some((s) => s.status === 'read') && statusesOf(message.waMessageId));
    assert.deepEqual(reported.map((s) => s.status), ['delivered', 'read']);
    assert.ok(reported.every((s) => Math.abs(s.at.getTime() - Date.now()) < 5_000));
    await sleep(300);
    assert.equal(statusesOf(message.waMessageId).length, 2, 'no status reported twice');
    assert.equal(numberChecks(ADA), checksBefore + 1, 'one number check before the first send to a number');

    // The next send to the same number asks WhatsApp nothing: the session remembers the answer.
    const again = outbound(ADA, { type: 'text', body: 'see you' });
    const checks = numberChecks(ADA);
    await session.send(again);
    await received(ADA, again.waMessageId);
    assert.equal(numberChecks(ADA), checks);
  });

  test('a location reaches the phone with its coordinates, name and address', async () => {
    const message = outbound(ADA, { type: 'location', latitude: 52.520008, longitude: 13.404954, name: 'Fernsehturm', address: 'Panoramastraße 1A, Berlin' });
    await session.send(message);
    const location = (await received(ADA, message.waMessageId)).message.locationMessage;
    assert.equal(location?.degreesLatitude, 52.520008);
    assert.equal(location?.degreesLongitude, 13.404954);
    assert.equal(location?.name, 'Fernsehturm');
    assert.equal(location?.address, 'Panoramastraße 1A, Berlin');
  });

  test('a contact card reaches the phone with its name and vCard', async () => {
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nTEL;type=CELL;waid=12025550142:+1 202-555-0142\r\nEND:VCARD\r\n';
    const message = outbound(ADA, { type: 'contact', contacts: [{ name: 'Grace Hopper', vcard }] });
    await session.send(message);
    const card = (await received(ADA, message.waMessageId)).message.contactMessage;
    assert.equal(card?.displayName, 'Grace Hopper');
    assert.equal(card?.vcard, vcard);
  });

  test('a poll reaches the phone with its question, options, selectable count and the secret its votes are encrypted with', async () => {
    const message = outbound(ADA, { type: 'poll', question: 'Lunch?', options: ['Pizza', 'Sushi', 'Salad'], selectableCount: 1 });
    await session.send(message);
    const got = (await received(ADA, message.waMessageId)).message;
    // WhatsApp's single-choice polls are version 3.
    const poll = got.pollCreationMessageV3;
    assert.equal(poll?.name, 'Lunch?');
    assert.deepEqual(poll?.options?.map((option) => option.optionName), ['Pizza', 'Sushi', 'Salad']);
    assert.equal(poll?.selectableOptionsCount, 1);
    const { state } = await usePostgresAuthState(store);
    const secret = pollSecret(state.creds.signedIdentityKey.private, message.waMessageId);
    assert.deepEqual(Buffer.from(got.messageContextInfo?.messageSecret ?? []), Buffer.from(secret));

    const multi = outbound(ADA, { type: 'poll', question: 'Which days?', options: ['Mon', 'Tue', 'Wed'], selectableCount: 2 });
    await session.send(multi);
    assert.equal((await received(ADA, multi.waMessageId)).message.pollCreationMessage?.selectableOptionsCount, 2);
  });

  test('a reaction reaches the phone naming the message it reacts to; an empty emoji takes it back', async () => {
    const theirs = await sim.sendText(ADA, ME, 'I passed the exam');
    await until('their message', () => inbound.find((e) => e.kind === 'message' && e.waMessageId === theirs));
    const reaction = outbound(ADA, { type: 'reaction', emoji: '🎉', target: { waMessageId: theirs, fromMe: false, text: 'I passed the exam' } });
    await session.send(reaction);
    const got = (await received(ADA, reaction.waMessageId)).message.reactionMessage;
    assert.equal(got?.text, '🎉');
    assert.equal(got?.key?.id, theirs);
    assert.equal(got?.key?.fromMe, false);
    assert.equal(got?.key?.remoteJid, jidOf(ADA));

    const removal = outbound(ADA, { type: 'reaction', emoji: '', target: { waMessageId: theirs, fromMe: false, text: null } });
    await session.send(removal);
    assert.equal((await received(ADA, removal.waMessageId)).message.reactionMessage?.text, '');
  });

  test('a number WhatsApp knows under another id gets the message under that id', async () => {
    const message = outbound(BRAZIL_DIALLED, { type: 'text', body: 'olá' });
    await session.send(message);
    assert.equal((await received(BRAZIL_ID, message.waMessageId)).text, 'olá');
  });

  test('a number that is not on WhatsApp fails recipient_not_on_whatsapp and nothing is sent; the answer is remembered', async () => {
    const since = sim.events.length;
    const message = outbound(NOBODY, { type: 'text', body: 'anyone there?' });
    await assert.rejects(session.send(message), (error: unknown) => {
      assert.ok(error instanceof PermanentSendError, String(error));
      assert.equal(error.code, 'recipient_not_on_whatsapp');
      assert.match(error.message, /\+12025550149 is not on WhatsApp/);
      return true;
    });
    const seen = sim.events.slice(since);
    assert.deepEqual(seen.filter((e) => e.type === 'number-checked').map((e) => [e.phone, e.onWhatsApp]), [[NOBODY, false]]);
    assert.equal(seen.filter((e) => e.type === 'recv' && e.tag === 'message').length, 0, 'no message stanza left the device');

    const second = sim.events.length;
    await assert.rejects(session.send(outbound(NOBODY, { type: 'text', body: 'hello?' })), { code: 'recipient_not_on_whatsapp' });
    assert.equal(sim.events.slice(second).filter((e) => e.type === 'number-checked').length, 0, 'not asked again');
  });

  test('a new chat refused with error 463 (reach-out timelock) is reported failed as whatsapp_rate_limited', async () => {
    sim.account(ME).reachOutTimelocked = true;
    try {
      const message = outbound(STRANGER, { type: 'text', body: 'hello stranger' });
      await session.send(message);
      await sim.waitFor((e) => e.type === 'reach-out-refused' && e.id === message.waMessageId);
      const [failed] = await until('the failure', () => statusesOf(message.waMessageId).length > 0 && statusesOf(message.waMessageId));
      assert.equal(failed?.status, 'failed');
      assert.equal(failed?.error?.code, 'whatsapp_rate_limited');
      assert.match(failed?.error?.message ?? '', /463/);
      assert.deepEqual(inboxOf(STRANGER), []);
    } finally {
      sim.account(ME).reachOutTimelocked = false;
    }
  });

  test('a retry under the same WhatsApp id goes out under that id again (the simulator keeps both copies; a phone keeps one)', async () => {
    const message = outbound(GRACE, { type: 'text', body: 'only once, please' });
    await session.send(message);
    await received(GRACE, message.waMessageId);
    await session.send(message);
    const copies = await until('the second copy', () => {
      const found = inboxOf(GRACE).filter((m) => m.id === message.waMessageId);
      return found.length === 2 && found;
    });
    assert.deepEqual(copies.map((copy) => copy.text), ['only once, please', 'only once, please']);
  });

  test('a reaction, an edit and a deletion from the phone arrive as inbound events naming their message and sender', async () => {
    const mine = outbound(GRACE, { type: 'text', body: 'shall we meet at 5?' });
    await session.send(mine);
    await received(GRACE, mine.waMessageId);
    const meJid = jidOf(ME);
    const grace = { phoneNumber: `+${GRACE}`, lid: `${sim.accounts.get(GRACE)!.lid}@lid`, name: 'Grace' };

    const reactionId = await sim.sendMessage(GRACE, ME, {
      reactionMessage: { key: { remoteJid: meJid, fromMe: false, id: mine.waMessageId }, text: '👍', senderTimestampMs: Date.now() },
    });
    const reaction = await until('the reaction', () => inbound.find((e) => e.kind === 'reaction' && e.waMessageId === reactionId));
    assert.deepEqual({ ...reaction, at: undefined }, { kind: 'reaction', waMessageId: reactionId, from: grace, at: undefined, targetWaMessageId: mine.waMessageId, emoji: '👍' });

    const original = await sim.sendText(GRACE, ME, 'see you at 6');
    await until('the original', () => inbound.find((e) => e.kind === 'message' && e.waMessageId === original));
    const { MESSAGE_EDIT, REVOKE } = proto.Message.ProtocolMessage.Type;
    await sim.sendMessage(GRACE, ME, {
      protocolMessage: { type: MESSAGE_EDIT, key: { remoteJid: meJid, fromMe: true, id: original }, editedMessage: { conversation: 'see you at 5' }, timestampMs: Date.now() },
    });
    const edit = await until('the edit', () => inbound.find((e) => e.kind === 'edit' && e.targetWaMessageId === original));
    assert.deepEqual({ ...edit, at: undefined }, { kind: 'edit', from: grace, at: undefined, targetWaMessageId: original, content: { type: 'text', body: 'see you at 5' } });

    await sim.sendMessage(GRACE, ME, { protocolMessage: { type: REVOKE, key: { remoteJid: meJid, fromMe: true, id: original } } });
    const deletion = await until('the deletion', () => inbound.find((e) => e.kind === 'delete' && e.targetWaMessageId === original));
    assert.deepEqual({ ...deletion, at: undefined }, { kind: 'delete', from: grace, at: undefined, targetWaMessageId: original });
    // Each arrived once, and nothing else about them (the protocol messages are not messages of their own).
    assert.equal(inbound.filter((e) => e.kind !== 'message' && 'targetWaMessageId' in e && e.targetWaMessageId === original).length, 2);
    assert.equal(inbound.filter((e) => e.kind === 'message' && e.from.phoneNumber === `+${GRACE}`).length, 1);
  });
});
