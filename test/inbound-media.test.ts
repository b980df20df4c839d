// Files people send, in two parts. Live mode's download from WhatsApp's media host: the simulator's host, which
// stands in for mmg.whatsapp.net in this process (no device is linked and no Baileys socket runs; the messages
// are built as a phone builds them). Then the limits Parley keeps any received file within, against the real
// PostgreSQL and a media store in a temporary directory; there the downloads are stand-in streams that count
// what is read from them, since what matters is how much Parley reads, not where the bytes come from.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { WAMessage } from '@whiskeysockets/baileys';
import type { Config } from '../server/config.js';
import { downloadMedia, mediaUrlOf, type MediaDownloadDeps } from '../server/connections/baileys/media-download.js';
import { loadMediaBytes } from '../server/media/media.js';
import { keepInboundMedia, type InboundMedia } from '../server/messages/media-access.js';
import type { Services } from '../server/platform/services.js';
import { buildAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { encryptMedia, mediaMessage, type MediaKind } from './whatsapp-simulator/media.js';
import { routeMediaHosts } from './whatsapp-simulator/media-routing.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';
import { makeTestTls } from './whatsapp-simulator/tls.js';

const KB = 1024;
const PHONE = '15557790001';

/** Requests this process makes through fetch, as undici reports them: created, and ended in an error. */
const requests = { created: [] as string[], failed: [] as string[] };
const origin = (request: { origin?: unknown; path?: unknown }) => `${String(request.origin)}${String(request.path)}`;
dc.subscribe('undici:request:create', (message) => requests.created.push(origin((message as { request: { origin?: unknown; path?: unknown } }).request)));
dc.subscribe('undici:request:error', (message) => requests.failed.push(origin((message as { request: { origin?: unknown; path?: unknown } }).request)));

const read = async (stream: Readable): Promise<Buffer> => Buffer.concat(await stream.toArray());
const never: MediaDownloadDeps = { reupload: async () => assert.fail('no re-upload was expected') };
const open = () => new AbortController().signal;

describe('live mode downloads a received file from WhatsApp\'s media host', () => {
  const sim = new WhatsAppSimulator();

  before(async () => {
    await sim.start();
    sim.installMediaRouting();
  });
  after(async () => {
    await sim.stop();
    assert.deepEqual(sim.errors, []);
  });

  /** A message as the phone sends it, for `data` encrypted and stored on the host (`blob` may change what is stored). */
  async function sent(kind: MediaKind, data: Buffer, blob: (stored: Buffer) => Buffer = (stored) => stored): Promise<WAMessage & { directPath: string }> {
    const encrypted = await encryptMedia(data, kind);
    const location = sim.media.store(kind === 'sticker' ? 'image' : kind, blob(encrypted.blob), PHONE);
    const message = mediaMessage({ type: kind, data, mimetype: 'application/octet-stream' }, encrypted, location);
    return { key: { remoteJid: `${PHONE}@s.whatsapp.net`, fromMe: false, id: randomBytes(8).toString('hex') }, message, directPath: location.directPath };
  }

  test('every media type comes back byte for byte, decrypted as it streams, whatever its length against the cipher\'s blocks', async () => {
    const cases: Array<[MediaKind, number]> = [['image', 70_001], ['video', 16], ['audio', 15], ['document', 300_017], ['sticker', 0]];
    for (const [kind, size] of cases) {
      const data = randomBytes(size);
      assert.ok((await read(await downloadMedia(await sent(kind, data), never, open()))).equals(data), `${kind} of ${size} bytes`);
    }
  });

  test('a file that does not match its mac fails at its end: one byte changed, or cut short', async () => {
    const flipped = await sent('document', randomBytes(50_000), (blob) => {
      const copy = Buffer.from(blob);
      copy[20_000]! ^= 1;
      return copy;
    });
    await assert.rejects(async () => read(await downloadMedia(flipped, never, open())), /does not match its mac/);
    const cut = await sent('image', randomBytes(50_000), (blob) => blob.subarray(0, blob.length - 16));
    await assert.rejects(async () => read(await downloadMedia(cut, never, open())), /does not match its mac/);
  });

  test('a link the host answers 404 is asked for again through the sender\'s phone, once; still missing, the download fails', async () => {
    const data = randomBytes(40_000);
    const expired = await sent('audio', data);
    sim.media.blobs.delete(new URL(expired.directPath, 'https://x').pathname);
    const renewed = await sent('audio', data);
    const asked: WAMessage[] = [];
    const reupload = async (message: WAMessage) => {
      asked.push(message);
      return { ...message, message: renewed.message };
    };
    assert.ok((await read(await downloadMedia(expired, { reupload }, open()))).equals(data));
    assert.equal(asked.length, 1);
    assert.equal(asked[0], expired, 'with the message whose link expired');

    const gone = async (message: WAMessage) => {
      asked.push(message);
      return message;
    };
    await assert.rejects(downloadMedia(expired, { reupload: gone }, open()), /media host answered 404/);
    assert.equal(asked.length, 2, 'asked once more, not again and again');
  });

  test('only https on WhatsApp\'s hosts: a file placed anywhere else is refused before any request', async () => {
    const at = (directPath: string | null, url: string | null) => mediaUrlOf({ directPath, url }).href;
    assert.equal(at('/v/t62.7118-24/1.enc?ccb=11-4', 'https://media.fmex1-2.fna.whatsapp.net/v/t62/x.enc'), 'https://media.fmex1-2.fna.whatsapp.net/v/t62.7118-24/1.enc?ccb=11-4');
    assert.equal(at('/v/t62/1.enc', 'https://169.254.169.254/latest'), 'https://mmg.whatsapp.net/v/t62/1.enc', 'a path is looked for on WhatsApp\'s host');
    assert.equal(at('/v/t62/1.enc', null), 'https://mmg.whatsapp.net/v/t62/1.enc');
    for (const [directPath, url] of [
      [null, 'https://127.0.0.1/file.enc'],
      [null, 'http://mmg.whatsapp.net/file.enc'],
      [null, 'https://mmg.whatsapp.net:8443/file.enc'],
      [null, 'https://whatsapp.net.example.com/file.enc'],
      ['@127.0.0.1/file.enc', null],
      [null, null],
    ] as const) {
      assert.throws(() => at(directPath, url), /does not place its file on a WhatsApp media host/, `${directPath} ${url}`);
    }
    const elsewhere = await sent('image', randomBytes(1_000));
    const image = elsewhere.message!.imageMessage!;
    const before = requests.created.length;
    await assert.rejects(downloadMedia({ ...elsewhere, message: { imageMessage: { ...image, directPath: null, url: 'https://127.0.0.1/x.enc' } } }, never, open()), /WhatsApp media host/);
    assert.equal(requests.created.length, before, 'no request was made');
  });

  describe('through another of WhatsApp\'s hosts (a CDN edge that redirects, or breaks off)', () => {
    const cdn = 'media-cdn.whatsapp.net';
    const tls = makeTestTls([cdn]);
    const edge = https.createServer({ cert: tls.cert, key: tls.key }, (request, response) => {
      const url = new URL(request.url ?? '/', `https://${cdn}`);
      const to = url.searchParams.get('to');
      if (to === 'cut') {
        // Half the file, then the connection drops.
        const blob = sim.media.blobs.get(url.pathname)!.blob;
        response.writeHead(200, { 'content-length': String(blob.length) });
        response.write(blob.subarray(0, blob.length / 2), () => setTimeout(() => response.socket?.destroy(), 20));
        return;
      }
      response.writeHead(302, { location: to === 'loop' ? url.pathname + url.search : to === 'elsewhere' ? 'https://127.0.0.1/x.enc' : `https://mmg.whatsapp.net${url.pathname}?ccb=11-4` });
      response.end();
    });
    let unroute: () => Promise<void>;

    before(async () => {
      await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
      unroute = routeMediaHosts({ hostnames: [cdn], address: '127.0.0.1', port: (edge.address() as AddressInfo).port, ca: tls.ca });
    });
    after(async () => {
      await unroute();
      edge.closeAllConnections();
      await new Promise((resolve) => edge.close(resolve));
    });

    /** The message with its file's URL on the edge, and no direct path. */
    const via = (message: WAMessage & { directPath: string }, to: string): WAMessage => {
      const document = { ...message.message!.documentMessage!, directPath: null, url: `https://${cdn}${new URL(message.directPath, 'https://x').pathname}?to=${to}` };
      return { ...message, message: { documentMessage: document } };
    };

    test('redirects are followed only to WhatsApp\'s hosts, and only so far', async () => {
      const data = randomBytes(30_000);
      const message = await sent('document', data);
      assert.ok((await read(await downloadMedia(via(message, 'mmg'), never, open()))).equals(data));
      await assert.rejects(downloadMedia(via(message, 'elsewhere'), never, open()), /redirected to 127\.0\.0\.1/);
      await assert.rejects(downloadMedia(via(message, 'loop'), never, open()), /redirected to media-cdn\.whatsapp\.net/);
    });

    test('a connection that breaks off mid-file fails the download stream, not the process', async () => {
      const message = await sent('document', randomBytes(400_000));
      const uncaught: unknown[] = [];
      const onUncaught = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', onUncaught);
      try {
        await assert.rejects(async () => read(await downloadMedia(via(message, 'cut'), never, open())), /terminated|aborted|closed/i);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        process.off('uncaughtException', onUncaught);
      }
      assert.deepEqual(uncaught, [], 'the error reached the stream, and only the stream');
    });
  });

  test('destroying the stream mid-file, or aborting its signal, ends the request instead of reading the rest', async () => {
    const large = await sent('video', randomBytes(8 * 1024 * KB));
    const url = mediaUrlOf({ directPath: large.directPath, url: null }).href;
    const file = await downloadMedia(large, never, open());
    for await (const _chunk of file) break; // leaving the loop destroys the stream
    await waitFor(() => requests.failed.includes(url), 'the request to end in an error');

    requests.failed.length = 0;
    const stop = new AbortController();
    const aborted = await downloadMedia(large, never, stop.signal);
    const chunks = aborted[Symbol.asyncIterator]();
    await chunks.next();
    stop.abort();
    await assert.rejects(async () => {
      for (;;) if ((await chunks.next()).done) break;
    }, { name: 'AbortError' });
    await waitFor(() => requests.failed.includes(url), 'the aborted request to end in an error');
  });
});

async function waitFor(probe: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 5_000; !probe(); await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
  }
}

describe('a received file is kept within the type\'s limit and MEDIA_MAX_BYTES', () => {
  let server: TestServer;
  let dataDir: string;
  let scope: { accountId: string; mode: 'live' };

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-inbound-media-'));
    server = await startTestServer({ PARLEY_DATA_DIR: dataDir });
    scope = { accountId: (await buildAccount(server.client)).account.id, mode: 'live' };
  });
  after(async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const services = (config: Partial<Config> = {}): Services => ({ ...server.services, config: { ...server.services.config, ...config } });
  const stored = async () => ({
    rows: await server.services.db.system(async (trx) => Number((await trx('media').where({ account_id: scope.accountId }).count({ n: '*' }))[0]?.n)),
    files: (await readdir(dataDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length,
  });

  /** A download that makes `total` bytes as they are read (or breaks, or stalls, after `failAfter`), counting them. */
  function standIn(total: number, failAfter?: { bytes: number; how: 'break' | 'stall' }) {
    const seen = { opened: 0, read: 0, destroyed: false, signal: undefined as AbortSignal | undefined };
    const download = async (signal: AbortSignal) => {
      seen.opened++;
      seen.signal = signal;
      const stream = new Readable({
        read() {
          if (failAfter && seen.read >= failAfter.bytes) {
            if (failAfter.how === 'break') this.destroy(new Error('connection reset by peer'));
            return;
          }
          if (seen.read >= total) return void this.push(null);
          const chunk = randomBytes(Math.min(16 * KB, total - seen.read));
          seen.read += chunk.length;
          this.push(chunk);
        },
        destroy(error, callback) {
          seen.destroyed = true;
          callback(error);
        },
      });
      // As fetch does: an aborted signal fails the body.
      signal.addEventListener('abort', () => stream.destroy(signal.reason as Error), { once: true });
      return stream;
    };
    return { seen, download };
  }

  const content = (type: InboundMedia['type'], size: number | null, download: InboundMedia['download']): InboundMedia =>
    ({ type, mimeType: 'application/zip', fileName: 'photos.zip', caption: null, voiceNote: false, size, download });

  test('a file within the limits is stored as received media, byte for byte, with its type and name', async () => {
    const data = randomBytes(100 * KB);
    const kept = await keepInboundMedia(services(), scope, content('document', data.length, async () => Readable.from([data.subarray(0, 1_000), data.subarray(1_000)])));
    assert.ok('media' in kept, JSON.stringify(kept));
    assert.deepEqual([kept.media.source, kept.media.size, kept.media.mime_type, kept.media.filename], ['inbound', data.length, 'application/zip', 'photos.zip']);
    assert.ok((await loadMediaBytes(server.services, kept.media)).equals(data));
  });

  test('a file its sender declares larger than MEDIA_MAX_BYTES is not downloaded at all', async () => {
    const before = await stored();
    const { seen, download } = standIn(200 * KB);
    const kept = await keepInboundMedia(services({ MEDIA_MAX_BYTES: 64 * KB }), scope, content('document', 200 * KB, download));
    assert.deepEqual(kept, {
      mediaNotKept: { code: 'media_too_large', message: 'A document of 200 KB arrived; Parley keeps received document files of at most 64 KB, so its file was not downloaded.' },
    });
    assert.equal(seen.opened, 0);
    assert.deepEqual(await stored(), before);
  });

  test('only MEDIA_MAX_BYTES limits what people send: a 20 MB video, over the 16 MB Parley may send, is kept', async () => {
    const { seen, download } = standIn(20 * 1024 * KB);
    const kept = await keepInboundMedia(services(), scope, content('video', 20 * 1024 * KB, download));
    assert.ok('media' in kept, JSON.stringify(kept));
    assert.equal(kept.media.size, 20 * 1024 * KB);
    assert.equal(seen.read, 20 * 1024 * KB);
  });

  test('a file that runs past the limit, whatever its sender declared, stops being read there and leaves nothing behind', async () => {
    const before = await stored();
    for (const declared of [null, 1_000]) {
      const { seen, download } = standIn(10 * 1024 * KB);
      const kept = await keepInboundMedia(services({ MEDIA_MAX_BYTES: 64 * KB }), scope, content('document', declared, download));
      assert.deepEqual(kept, {
        mediaNotKept: { code: 'media_too_large', message: 'A document of more than 64 KB arrived; Parley keeps received document files of at most 64 KB, so its file was not downloaded.' },
      });
      // The limit, and what the streams in between buffer (a few 16 KB chunks), of a 10 MB file.
      assert.ok(seen.read <= 64 * KB + 4 * 16 * KB, `read ${seen.read} bytes`);
      assert.ok(seen.destroyed, 'the download was closed');
      assert.equal(seen.signal?.aborted, true, 'and its signal aborted');
    }
    assert.deepEqual(await stored(), before);
  });

  test('a download that breaks off, or stalls past MEDIA_FETCH_TIMEOUT_MS, keeps no partial file and says why', async () => {
    const before = await stored();
    const broken = standIn(100 * KB, { bytes: 32 * KB, how: 'break' });
    assert.deepEqual(await keepInboundMedia(services(), scope, content('document', 100 * KB, broken.download)), {
      mediaNotKept: { code: 'media_download_failed', message: 'Parley could not download the document file from WhatsApp: the download failed.' },
    });
    const stalled = standIn(100 * KB, { bytes: 32 * KB, how: 'stall' });
    const started = Date.now();
    assert.deepEqual(await keepInboundMedia(services({ MEDIA_FETCH_TIMEOUT_MS: 1_000 }), scope, content('image', 100 * KB, stalled.download)), {
      mediaNotKept: { code: 'media_download_failed', message: 'Parley could not download the image file from WhatsApp: it took longer than 1 s.' },
    });
    assert.ok(Date.now() - started < 3_000, 'given up at the deadline');
    assert.ok(stalled.seen.destroyed);
    assert.deepEqual(await stored(), before);
  });
});
