// Unmodified Baileys against the local WhatsApp Web simulator: linking by QR and by pairing code, 1:1 messages
// both ways with acks and receipts, number checks, and every injected fault with the status Baileys reports.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeWASocket, proto, WA_CERT_DETAILS, initAuthCreds } from '@whiskeysockets/baileys';
import type { Boom } from '@hapi/boom';
import { pino } from 'pino';
import { SimClient } from './baileys-client.js';
import { memoryKeyStore } from './memory-keys.js';
import { WhatsAppSimulator, type Fault } from './server.js';
import { until } from './until.js';

const sim = new WhatsAppSimulator();
const originalRoot = WA_CERT_DETAILS.PUBLIC_KEY;
const clients: SimClient[] = [];
let nextPhone = 15550001000;

before(async () => {
  await sim.start();
  WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
});

after(async () => {
  for (const client of clients) await client.end();
  WA_CERT_DETAILS.PUBLIC_KEY = originalRoot;
  await sim.stop();
  assert.deepEqual(sim.errors, []);
});

async function linkByQr(phone = String(nextPhone++), overrides: ConstructorParameters<typeof SimClient>[1] = {}): Promise<SimClient> {
  const client = new SimClient(sim, overrides);
  clients.push(client);
  await client.connect((qr) => void sim.scanQr(qr, phone).catch((error: unknown) => sim.errors.push(error)));
  return client;
}

const { DELIVERY_ACK, ERROR, READ } = proto.WebMessageInfo.Status;

/**
 * Every status Baileys reported for a sent message. A status that arrives within ~100 ms of the send is folded
 * into the sent message's own upsert instead of a messages.update, so both are read.
 */
function statusesOf(client: SimClient, id: string): { status: number | null | undefined; stub: string[] | null | undefined }[] {
  return [
    ...client.received.filter((m) => m.key.id === id && m.status != null).map((m) => ({ status: m.status, stub: m.messageStubParameters })),
    ...client.updates.filter((u) => u.key.id === id).map((u) => ({ status: u.update.status, stub: u.update.messageStubParameters })),
  ];
}

describe('linking', () => {
  test('a simulated phone scans the QR: pair-success, 515, login, open', { timeout: 30_000 }, async () => {
    const phone = String(nextPhone++);
    const client = await linkByQr(phone);
    assert.deepEqual(client.closes, [515]);
    assert.equal(client.jid, `${phone}:1@s.whatsapp.net`);
    assert.match(client.creds.me?.lid ?? '', /^\d+(:1)?@lid$/);
    assert.ok(client.creds.account?.accountSignatureKey);
    assert.ok(client.creds.account?.deviceSignature);
    const device = sim.devices.get(client.jid);
    assert.equal(device?.preKeyCount, 812);
    // one went to the phone's session for the history sync it sends every new device
    await sim.waitFor((e) => e.type === 'history-sent' && e.jid === client.jid);
    assert.equal(device?.keys?.preKeys.size, 811);
  });

  test('the phone types the pairing code the companion shows: linked without a QR scan', { timeout: 60_000 }, async () => {
    const phone = String(nextPhone++);
    const client = new SimClient(sim);
    clients.push(client);
    let requested = false;
    await client.connect((_qr, sock) => {
      if (requested) return;
      requested = true;
      sock.requestPairingCode(phone).then(
        (code) => sim.enterPairingCode(phone, code),
        (error: unknown) => sim.errors.push(error),
      ).catch((error: unknown) => sim.errors.push(error));
    });
    assert.equal(client.jid, `${phone}:1@s.whatsapp.net`);
    assert.ok(client.creds.registered);
    assert.ok(sim.devices.has(client.jid));
    assert.ok(sim.events.some((e) => e.type === 'pairing-code-requested' && e.phone === phone));
  });

  test('a wrong pairing code is refused by the phone and links nothing', { timeout: 60_000 }, async () => {
    const phone = String(nextPhone++);
    const sock = makeWASocket({
      auth: { creds: initAuthCreds(), keys: memoryKeyStore() },
      waWebSocketUrl: sim.url,
      logger: pino({ level: 'silent' }),
      markOnlineOnConnect: false,
    });
    const refused = await new Promise<Error>((resolve) => {
      sock.ev.on('connection.update', (update) => {
        if (!update.qr) return;
        sock
          .requestPairingCode(phone)
          .then((code) => sim.enterPairingCode(phone, code === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH'))
          .then(() => resolve(new Error('linked with a wrong code')), resolve);
      });
    });
    assert.match(refused.message, /pairing code was wrong/);
    assert.equal([...sim.devices.values()].some((d) => d.phone === phone), false);
    // the companion's companion_finish query is answered with an error; let Baileys read it before closing
    await sim.waitFor((e) => e.type === 'iq-answered' && e.xmlns === 'md' && e.result === 'error');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sock.end(undefined);
  });

  test('keep-alive pings are answered and the connection stays open past Baileys\' silence limit', { timeout: 30_000 }, async () => {
    // Baileys closes a socket that received nothing for keepAliveIntervalMs + 5 s; the answers keep it open.
    const client = await linkByQr(undefined, { keepAliveIntervalMs: 200 });
    const since = sim.events.length;
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const pings = sim.events.slice(since).filter((e) => e.type === 'iq-answered' && e.xmlns === 'w:p' && e.jid === client.jid);
    assert.ok(pings.length >= 10, `${pings.length} pings answered`);
    assert.ok(sim.connectionOf(client.jid));
    assert.deepEqual(client.closes, [515]);
  });

  test('a login as a linked device with another noise key is refused with 401', { timeout: 30_000 }, async () => {
    const linked = await linkByQr();
    const creds = initAuthCreds();
    creds.me = { id: linked.jid, name: '~' };
    const sock = makeWASocket({
      auth: { creds, keys: memoryKeyStore() },
      waWebSocketUrl: sim.url,
      logger: pino({ level: 'silent' }),
      markOnlineOnConnect: false,
    });
    const code = await new Promise<number>((resolve) => {
      sock.ev.on('connection.update', (update) => {
        if (update.connection === 'close') resolve((update.lastDisconnect?.error as Boom | undefined)?.output?.statusCode ?? 0);
      });
    });
    assert.equal(code, 401);
    await sim.waitFor((e) => e.type === 'login-rejected' && e.jid === linked.jid);
    assert.ok(sim.connectionOf(linked.jid), 'the real device stays connected');
  });
});

describe('messages with simulated phones', () => {
  let client: SimClient;
  const peer = '15557770001';

  before(async () => {
    sim.account(peer, 'Peer One');
    client = await linkByQr();
  });

  test('a text from Baileys is decrypted by the phone and answered with ack, delivered and read', { timeout: 30_000 }, async () => {
    const sent = await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'hello from the companion' });
    const id = sent!.key.id!;
    await sim.waitFor((e) => e.type === 'peer-received' && e.id === id);
    const inbox = sim.accounts.get(peer)!.inbox;
    assert.equal(inbox.at(-1)?.text, 'hello from the companion');
    assert.equal(inbox.at(-1)?.fromDevice, client.jid);
    // the sender's own phone got its copy as a device-sent message
    await sim.waitFor((e) => e.type === 'phone-copy' && e.id === id && e.dsm === true);
    // Baileys may fold the two receipts into one event, or into the sent message's own upsert: read both paths
    const statuses = await until(() => {
      const mine = statusesOf(client, id).map((s) => s.status ?? 0);
      return mine.includes(READ) ? mine : undefined;
    });
    assert.deepEqual(statuses.filter((s) => s >= DELIVERY_ACK), [...statuses.filter((s) => s >= DELIVERY_ACK)].sort(), `never backwards: ${statuses.join(', ')}`);
    assert.equal(statuses.at(-1), READ);
    assert.deepEqual(
      sim.events.filter((e) => e.type === 'receipt-sent' && e.id === id).map((e) => e.status),
      ['delivered', 'read'],
    );
  });

  test('later messages reuse the Signal session: no new bundle, and plain msg once the phone has answered', { timeout: 30_000 }, async () => {
    const since = sim.events.length;
    const second = await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'second' });
    await sim.waitFor((e) => e.type === 'peer-received' && e.id === second!.key.id, 10_000, since);
    assert.equal(sim.accounts.get(peer)!.inbox.at(-1)?.text, 'second');
    assert.equal(sim.events.slice(since).some((e) => e.type === 'bundle-fetched'), false);
    // Signal keeps sending pre-key messages until the other side has answered on the session
    const reply = await sim.sendText(peer, client.jid.split(':')[0]!, 'answer');
    await until(() => client.received.find((m) => m.key.id === reply));
    const third = await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'third' });
    const received = await sim.waitFor((e) => e.type === 'peer-received' && e.id === third!.key.id, 10_000, since);
    assert.equal(received.enc, 'msg');
  });

  test('a phone sends text to the companion: Baileys decrypts it and answers with a receipt', { timeout: 30_000 }, async () => {
    const other = '15557770002';
    sim.account(other, 'Peer Two');
    for (const [from, text] of [[peer, 'reply on an existing session'], [other, 'first contact, pre-key message']] as const) {
      const id = await sim.sendText(from, client.creds.me!.id.split(':')[0]!, text);
      const message = await until(() => client.received.find((m) => m.key.id === id));
      assert.equal(message.message?.conversation, text);
      assert.equal(message.key.fromMe, false);
      assert.equal(message.pushName, from === peer ? 'Peer One' : 'Peer Two');
      await sim.waitFor((e) => e.type === 'client-receipt' && e.id === id);
    }
  });

  test('a phone reacts to, edits and deletes messages: Baileys receives each as WhatsApp sends it', { timeout: 30_000 }, async () => {
    const me = client.jid.split(':')[0]!;
    const meJid = `${me}@s.whatsapp.net`;
    const sent = await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'react to this' });
    await sim.waitFor((e) => e.type === 'peer-received' && e.id === sent!.key.id);
    const reaction = await sim.sendMessage(peer, me, {
      reactionMessage: { key: { remoteJid: meJid, fromMe: false, id: sent!.key.id! }, text: '👍', senderTimestampMs: Date.now() },
    });
    const reacted = await until(() => client.received.find((m) => m.key.id === reaction));
    assert.equal(reacted.message?.reactionMessage?.text, '👍');
    assert.equal(reacted.message?.reactionMessage?.key?.id, sent!.key.id);

    const original = await sim.sendText(peer, me, 'typo');
    await until(() => client.received.find((m) => m.key.id === original));
    const { MESSAGE_EDIT, REVOKE } = proto.Message.ProtocolMessage.Type;
    await sim.sendMessage(peer, me, {
      protocolMessage: { type: MESSAGE_EDIT, key: { remoteJid: meJid, fromMe: true, id: original }, editedMessage: { conversation: 'fixed' }, timestampMs: Date.now() },
    });
    const edit = await until(() => client.updates.find((u) => u.key.id === original && u.update.message?.editedMessage));
    assert.equal(edit.update.message?.editedMessage?.message?.conversation, 'fixed');
    await sim.sendMessage(peer, me, { protocolMessage: { type: REVOKE, key: { remoteJid: meJid, fromMe: true, id: original } } });
    const revoke = await until(() => client.updates.find((u) => u.key.id === original && u.update.messageStubType === proto.WebMessageInfo.StubType.REVOKE));
    assert.equal(revoke.update.message, null);
  });

  test('the companion edits, then deletes for everyone, its message: the phone shows the new text, then no message', { timeout: 30_000 }, async () => {
    const sent = await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'See you at 5' });
    const key = sent!.key;
    await sim.waitFor((e) => e.type === 'peer-received' && e.id === key.id);
    const inbox = sim.accounts.get(peer)!.inbox;
    const since = sim.events.length;
    await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'See you at 6', edit: key });
    const edited = await sim.waitFor((e) => e.type === 'peer-edited' && e.id === key.id, 10_000, since);
    assert.equal(edited.text, 'See you at 6');
    const entry = inbox.find((m) => m.id === key.id);
    assert.equal(entry?.text, 'See you at 6');
    assert.ok(entry?.editedAt);
    // WhatsApp marks the stanza of an edit with edit="1" and of a revoke with edit="7".
    assert.ok(sim.events.slice(since).some((e) => e.type === 'recv' && e.tag === 'message' && (e.attrs as Record<string, string>).edit === '1'));
    await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { delete: key });
    await sim.waitFor((e) => e.type === 'peer-revoked' && e.id === key.id, 10_000, since);
    assert.equal(inbox.some((m) => m.id === key.id), false);
    assert.ok(sim.events.slice(since).some((e) => e.type === 'recv' && e.tag === 'message' && (e.attrs as Record<string, string>).edit === '7'));
  });

  test('a message to a linked device that is offline arrives at its next login, before the offline marker', { timeout: 30_000 }, async () => {
    const away = await linkByQr();
    await away.end();
    const me = away.jid.split(':')[0]!;
    const id = await sim.sendText(peer, me, 'while you were away');
    await sim.waitFor((e) => e.type === 'queued-offline' && e.id === id);
    const since = sim.events.length;
    await away.connect();
    const message = await until(() => away.received.find((m) => m.key.id === id));
    assert.equal(message.message?.conversation, 'while you were away');
    const sent = sim.events.slice(since).filter((e) => e.type === 'send');
    const delivered = sent.findIndex((e) => e.tag === 'message' && (e.attrs as { id?: string }).id === id);
    const marker = sent.findIndex((e) => e.tag === 'ib');
    assert.ok(delivered >= 0 && delivered < marker, `queued message at ${delivered}, offline marker at ${marker}`);
  });

  test('a reach-out-timelocked number gets error 463 for a new chat; an existing chat still delivers', { timeout: 30_000 }, async () => {
    const stranger = '15557770003';
    sim.account(stranger);
    const me = client.jid.split(':')[0]!;
    sim.account(me).reachOutTimelocked = true;
    try {
      const cold = await client.sock!.sendMessage(`${stranger}@s.whatsapp.net`, { text: 'hello stranger' });
      await sim.waitFor((e) => e.type === 'reach-out-refused' && e.id === cold!.key.id);
      const refused = await until(() => statusesOf(client, cold!.key.id!).find((s) => s.status === ERROR));
      assert.deepEqual(refused.stub?.[0], '463');
      assert.equal(sim.accounts.get(stranger)!.inbox.length, 0);

      const warm = await client.sock!.sendMessage(`${peer}@s.whatsapp.net`, { text: 'we talked before' });
      await sim.waitFor((e) => e.type === 'peer-received' && e.id === warm!.key.id);
    } finally {
      sim.account(me).reachOutTimelocked = false;
    }
  });

  test('number checks answer registered and not registered', { timeout: 30_000 }, async () => {
    const results = await client.sock!.onWhatsApp(`+${peer}`, '+15559990000');
    assert.deepEqual(results, [{ jid: `${peer}@s.whatsapp.net`, exists: true }]);
    await sim.waitFor((e) => e.type === 'number-checked' && e.phone === '15559990000' && e.onWhatsApp === false);
  });
});

describe('fault injection', () => {
  const cases: { fault: Fault; code: number; relogin: number | 'open' }[] = [
    { fault: 'drop', code: 428, relogin: 'open' },
    { fault: 'unavailable', code: 503, relogin: 'open' },
    { fault: 'conflict', code: 440, relogin: 'open' },
    { fault: 'logout', code: 401, relogin: 401 },
    { fault: 'ban', code: 403, relogin: 403 },
  ];
  for (const { fault, code, relogin } of cases) {
    test(`'${fault}' closes Baileys with ${code}; logging in again gives ${relogin}`, { timeout: 30_000 }, async () => {
      const client = await linkByQr();
      const closed = client.nextClose();
      sim.inject(client.jid, fault);
      assert.equal(await closed, code);
      if (relogin === 'open') {
        await client.connect();
        assert.ok(sim.connectionOf(client.jid));
      } else {
        await assert.rejects(client.connect(), new RegExp(`closed with ${relogin}`));
      }
    });
  }

  test("'restart' (515) makes Baileys reconnect at once with the same creds", { timeout: 30_000 }, async () => {
    const client = await linkByQr();
    const since = sim.events.length;
    const closed = client.nextClose();
    const reopened = client.nextOpen();
    sim.inject(client.jid, 'restart');
    assert.equal(await closed, 515);
    await reopened;
    await sim.waitFor((e) => e.type === 'login' && e.jid === client.jid, 10_000, since);
    assert.equal(sim.events.slice(since).some((e) => e.type === 'handshake' && e.registration === true), false);
  });
});
