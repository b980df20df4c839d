// Media both ways between unmodified Baileys and simulated phones, through the simulator's media host: Baileys
// uploads over HTTPS to mmg.whatsapp.net (routed to the local host, its test CA trusted for that host only), the
// phone downloads, checks and decrypts; the phone uploads and Baileys' downloadMediaMessage gets the same bytes.
import assert from 'node:assert/strict';
import { randomBytes, X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSecureContext } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import {
  downloadMediaMessage,
  generateMessageIDV2,
  prepareWAMessageMedia,
  WA_CERT_DETAILS,
  type AnyMediaMessageContent,
  type WAMessage,
} from '@whiskeysockets/baileys';
import { getGlobalDispatcher } from 'undici';
import { SimClient } from './baileys-client.js';
import { encryptMedia, sha256, type MediaKind } from './media.js';
import { WhatsAppSimulator } from './server.js';
import { makeTestTls } from './tls.js';
import { until } from './until.js';

const sim = new WhatsAppSimulator();
const originalRoot = WA_CERT_DETAILS.PUBLIC_KEY;
const peer = '15557780001';
const peerJid = `${peer}@s.whatsapp.net`;
let client: SimClient;
let unroute: () => Promise<void>;
let agentBefore: https.Agent;
let dispatcherBefore: ReturnType<typeof getGlobalDispatcher>;

before(async () => {
  await sim.start();
  WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
  agentBefore = https.globalAgent;
  dispatcherBefore = getGlobalDispatcher();
  unroute = sim.installMediaRouting();
  sim.account(peer, 'Media Peer');
  client = new SimClient(sim);
  await client.connect((qr) => void sim.scanQr(qr, '15557780099').catch((error: unknown) => sim.errors.push(error)));
});

after(async () => {
  await client.end();
  await unroute();
  WA_CERT_DETAILS.PUBLIC_KEY = originalRoot;
  await sim.stop();
  assert.deepEqual(sim.errors, []);
});

const me = (): string => client.jid.split(':')[0]!;

async function received(id: string): Promise<WAMessage> {
  return until(() => client.received.find((m) => m.key.id === id));
}

describe('media from Baileys to a phone', () => {
  const image = randomBytes(48_213);
  const voice = randomBytes(9_001);
  const pdf = randomBytes(300_017);
  const sticker = randomBytes(4_096);
  const cases: { name: string; kind: MediaKind; mediatype: string; content: AnyMediaMessageContent; expect: Record<string, unknown> }[] = [
    { name: 'an image with a caption', kind: 'image', mediatype: 'image', content: { image, caption: 'the whiteboard', mimetype: 'image/jpeg' }, expect: { caption: 'the whiteboard', mimetype: 'image/jpeg' } },
    { name: 'a voice note', kind: 'audio', mediatype: 'ptt', content: { audio: voice, ptt: true, seconds: 7, mimetype: 'audio/ogg; codecs=opus' }, expect: { ptt: true, seconds: 7, mimetype: 'audio/ogg; codecs=opus' } },
    { name: 'a document with its file name', kind: 'document', mediatype: 'document', content: { document: pdf, fileName: 'q3-report.pdf', mimetype: 'application/pdf' }, expect: { fileName: 'q3-report.pdf', mimetype: 'application/pdf' } },
    { name: 'a sticker', kind: 'sticker', mediatype: 'sticker', content: { sticker, mimetype: 'image/webp' }, expect: { mimetype: 'image/webp' } },
  ];
  const bytesOf = (content: AnyMediaMessageContent): Buffer => {
    const media = 'image' in content ? content.image : 'audio' in content ? content.audio : 'document' in content ? content.document : 'sticker' in content ? content.sticker : undefined;
    assert.ok(Buffer.isBuffer(media));
    return media;
  };

  for (const { name, kind, mediatype, content, expect } of cases) {
    test(`Baileys sends ${name}: uploaded to the media host, and the phone decrypts exactly the bytes sent`, { timeout: 30_000 }, async () => {
      const since = sim.events.length;
      const sent = await client.sock!.sendMessage(peerJid, content);
      const id = sent!.key.id!;
      const arrived = await sim.waitFor((e) => e.type === 'peer-received' && e.id === id, 10_000, since);
      assert.equal(arrived.mediatype, mediatype, 'the <enc> names the media type');
      const entry = sim.accounts.get(peer)!.inbox.find((m) => m.id === id);
      assert.equal(entry?.mediaError, undefined);
      const media = entry?.media;
      assert.ok(media, 'the phone has the file');
      assert.equal(media.type, kind);
      assert.ok(media.data.equals(bytesOf(content)), 'byte for byte');
      for (const [field, value] of Object.entries(expect)) assert.equal(media[field as keyof typeof media], value, field);
      // the upload came from this device, under the path Baileys uses for the type (stickers go under image)
      const upload = sim.events.slice(since).find((e) => e.type === 'media-uploaded' && e.directPath === media.directPath);
      assert.equal(upload?.by, client.jid);
      assert.equal(upload?.kind, kind === 'sticker' ? 'image' : kind);
      assert.equal(sim.media.find(media.directPath)?.blob.length, upload?.bytes);
    });
  }

  test('one media_conn serves every upload until its ttl runs out', () => {
    assert.equal(sim.events.filter((e) => e.type === 'media-conn' && e.jid === client.jid).length, 1);
  });

  test('a wrong media key or a wrong fileEncSha256: the message arrives, the phone refuses its file', { timeout: 30_000 }, async () => {
    const data = randomBytes(20_000);
    const prepared = await prepareWAMessageMedia({ image: data, mimetype: 'image/jpeg' }, { upload: client.sock!.waUploadToServer });
    const tampered = [
      { reason: 'mac mismatch', change: { mediaKey: randomBytes(32) } },
      { reason: 'fileEncSha256 mismatch', change: { fileEncSha256: randomBytes(32) } },
      { reason: 'fileSha256 mismatch', change: { fileSha256: randomBytes(32) } },
    ];
    for (const { reason, change } of tampered) {
      const id = generateMessageIDV2(client.jid);
      await client.sock!.relayMessage(peerJid, { imageMessage: { ...prepared.imageMessage, ...change } }, { messageId: id });
      await sim.waitFor((e) => e.type === 'peer-received' && e.id === id);
      assert.equal(sim.events.find((e) => e.type === 'media-rejected' && e.id === id)?.reason, reason);
      const entry = sim.accounts.get(peer)!.inbox.find((m) => m.id === id);
      assert.equal(entry?.mediaError, reason);
      assert.equal(entry?.media, undefined);
      // a file that cannot be had does not stop the message itself: it is still delivered
      await sim.waitFor((e) => e.type === 'receipt-sent' && e.id === id && e.status === 'delivered');
    }
  });
});

describe('media from a phone to Baileys', () => {
  test('the phone sends an image and a document: downloadMediaMessage returns the exact bytes', { timeout: 30_000 }, async () => {
    const photo = randomBytes(70_001);
    const sheet = randomBytes(123_456);
    const photoId = await sim.sendMedia(peer, me(), { type: 'image', data: photo, mimetype: 'image/jpeg', caption: 'from the phone' });
    const sheetId = await sim.sendMedia(peer, me(), { type: 'document', data: sheet, mimetype: 'text/csv', fileName: 'numbers.csv' });

    const photoMessage = await received(photoId);
    assert.equal(photoMessage.message?.imageMessage?.caption, 'from the phone');
    assert.equal(photoMessage.message?.imageMessage?.mimetype, 'image/jpeg');
    const since = sim.events.length;
    const photoBytes = await downloadMediaMessage(photoMessage, 'buffer', {});
    assert.ok(photoBytes.equals(photo), 'byte for byte');
    const downloaded = await sim.waitFor((e) => e.type === 'media-downloaded', 5_000, since);
    assert.equal(downloaded.directPath, photoMessage.message?.imageMessage?.directPath);

    const sheetMessage = await received(sheetId);
    assert.equal(sheetMessage.message?.documentMessage?.fileName, 'numbers.csv');
    assert.equal(sheetMessage.message?.documentMessage?.mimetype, 'text/csv');
    assert.ok((await downloadMediaMessage(sheetMessage, 'buffer', {})).equals(sheet));
    await sim.waitFor((e) => e.type === 'client-receipt' && e.id === sheetId);
  });

  test('a byte range of a file: the host answers 206 and Baileys decrypts just that part', { timeout: 30_000 }, async () => {
    const voice = randomBytes(40_000);
    const id = await sim.sendMedia(peer, me(), { type: 'audio', data: voice, mimetype: 'audio/ogg; codecs=opus', ptt: true, seconds: 3 });
    const message = await received(id);
    assert.equal(message.message?.audioMessage?.ptt, true);
    const since = sim.events.length;
    const part = await downloadMediaMessage(message, 'buffer', { startByte: 1_000, endByte: 5_000 });
    assert.ok(part.equals(voice.subarray(1_000, 5_000)));
    const served = await sim.waitFor((e) => e.type === 'media-downloaded', 5_000, since);
    assert.ok(Number(served.start) > 0, 'only a range was fetched');
  });
});

describe('the media host and its routing', () => {
  test('a test CA and certificate whose random serials begin with zero bytes are still valid DER that TLS accepts', () => {
    // OpenSSL refuses a non-minimal INTEGER ("illegal padding"): a serial drawn as 00 12 … once made a test CA in 256
    // unusable, and every download through it failed with "unable to verify the first certificate".
    for (const first of [[0x00, 0x12], [0x00, 0x00], [0x80, 0x01], [0xff, 0xff]]) {
      const tls = makeTestTls(['mmg.whatsapp.net'], () => Buffer.from([...first, ...randomBytes(14)]));
      const ca = new X509Certificate(tls.ca);
      const cert = new X509Certificate(tls.cert);
      assert.ok(cert.checkIssued(ca) && cert.verify(ca.publicKey), `serial starting ${first.join(' ')}: the certificate is issued and signed by the CA`);
      assert.equal(cert.checkHost('mmg.whatsapp.net'), 'mmg.whatsapp.net');
      assert.doesNotThrow(() => createSecureContext({ ca: tls.ca, cert: tls.cert, key: tls.key }));
    }
  });

  test('an upload whose hash does not match its body is refused by Baileys\' upload, and nothing is stored', { timeout: 30_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sim-media-'));
    try {
      const { blob } = await encryptMedia(randomBytes(5_000), 'image');
      const file = path.join(dir, 'blob.enc');
      await writeFile(file, blob);
      const stored = sim.media.blobs.size;
      const since = sim.events.length;
      const wrongHash = sha256(randomBytes(64)).toString('base64');
      await assert.rejects(client.sock!.waUploadToServer(file, { fileEncSha256B64: wrongHash, mediaType: 'image' }), /Media upload failed on all hosts/);
      const refused = await sim.waitFor((e) => e.type === 'upload-refused', 5_000, since);
      assert.equal(refused.reason, 'hash mismatch');
      assert.equal(refused.jid, client.jid);
      assert.equal(sim.media.blobs.size, stored);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('an upload without a token from media_conn is refused with 401', async () => {
    const { blob, fileEncSha256 } = await encryptMedia(randomBytes(1_000), 'document');
    const hash = fileEncSha256.toString('base64url');
    const response = await fetch(`https://${sim.media.hostname}/mms/document/${hash}?auth=not-a-token&token=${hash}`, { method: 'POST', body: blob });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: 'bad or expired auth token' });
  });

  test('the test CA is trusted only for the routed media host, not for other hosts', async () => {
    // the same certificate served on another local address is not trusted by fetch or by https
    const other = https.createServer({ cert: sim.media.tls.cert, key: sim.media.tls.key }, (_req, res) => res.end('no'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const port = (other.address() as AddressInfo).port;
      await assert.rejects(fetch(`https://127.0.0.1:${port}/`), (error: Error & { cause?: { code?: string } }) => {
        assert.match(String(error.cause?.code), /UNABLE_TO_VERIFY_LEAF_SIGNATURE|ERR_TLS_CERT_ALTNAME_INVALID/);
        return true;
      });
      await assert.rejects(
        new Promise((resolve, reject) => https.get(`https://127.0.0.1:${port}/`, resolve).on('error', reject)),
        /unable to verify the first certificate|altnames/,
      );
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  test('the undo restores the previous https.globalAgent and fetch dispatcher', async () => {
    const routedAgent = https.globalAgent;
    const routedDispatcher = getGlobalDispatcher();
    assert.notEqual(routedAgent, agentBefore);
    assert.notEqual(routedDispatcher, dispatcherBefore);
    await unroute();
    assert.equal(https.globalAgent, agentBefore);
    assert.equal(getGlobalDispatcher(), dispatcherBefore);
    // routing again for what follows (and for the after hook's undo)
    unroute = sim.installMediaRouting();
    assert.throws(() => sim.installMediaRouting(), /already installed/);
  });
});
