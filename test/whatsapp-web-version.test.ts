// The WhatsApp Web version live connections present: WHATSAPP_WEB_VERSION checked at start, and the refresh from
// WhatsApp's published page against a local HTTP server standing in for it (no internet in tests): a good answer,
// an error, a page without a version, a server that never answers, and one that is not there all fall back safely,
// each with one log line saying which version is used and why.
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_CONNECTION_CONFIG } from '@whiskeysockets/baileys';
import { pino } from 'pino';
import { loadConfig } from '../server/config.js';
import { revisionInPage, WEB_VERSION_REFRESH_INTERVAL_MS, WEB_VERSION_RETRY_MS, WebVersionSource } from '../server/connections/baileys/web-version.js';
import { configError } from './helpers/config.js';

const PINNED = DEFAULT_CONNECTION_CONFIG.version.join('.');

describe('WHATSAPP_WEB_VERSION and its refresh', () => {
  test('config: a version is three whole numbers; refresh is on by default, off when a version is pinned, and explicit wins', () => {
    assert.equal(loadConfig({}).WHATSAPP_WEB_VERSION, undefined);
    assert.equal(loadConfig({}).whatsappWebVersionRefresh, true);
    assert.equal(loadConfig({}).WHATSAPP_WEB_VERSION_URL, 'https://web.whatsapp.com/sw.js');
    const pinned = loadConfig({ WHATSAPP_WEB_VERSION: '2.3000.1023223821' });
    assert.equal(pinned.WHATSAPP_WEB_VERSION, '2.3000.1023223821');
    assert.equal(pinned.whatsappWebVersionRefresh, false);
    assert.equal(loadConfig({ WHATSAPP_WEB_VERSION: '2.3000.1023223821', WHATSAPP_WEB_VERSION_REFRESH: 'true' }).whatsappWebVersionRefresh, true);
    assert.equal(loadConfig({ WHATSAPP_WEB_VERSION_REFRESH: 'false' }).whatsappWebVersionRefresh, false);
    for (const bad of ['2.3000', 'v2.3000.1', '2.3000.1.4', '2.3000.abc', '2.3000.99999999999']) {
      const error = configError({ WHATSAPP_WEB_VERSION: bad });
      assert.match(error.message, /WHATSAPP_WEB_VERSION: must be three whole numbers/, bad);
      assert.ok(error.message.includes(`(got "${bad}")`), error.message);
    }
    assert.match(configError({ WHATSAPP_WEB_VERSION_REFRESH: 'yes' }).message, /WHATSAPP_WEB_VERSION_REFRESH/);
    assert.match(configError({ WHATSAPP_WEB_VERSION_URL: 'ftp://x' }).message, /WHATSAPP_WEB_VERSION_URL: must be an http/);
  });

  test("the revision is read from the service worker's JSON, escaped or not", () => {
    assert.equal(revisionInPage('self.x={"client_revision":1023223821,"y":1}'), 1023223821);
    assert.equal(revisionInPage('e("{\\"client_revision\\": 1029999999}")'), 1029999999);
    assert.equal(revisionInPage('no version here'), undefined);
    assert.equal(revisionInPage('"client_revision":0'), undefined);
  });

  describe('against a stand-in for WhatsApp', () => {
    let server: Server;
    let base: string;
    let requests = 0;
    /** What the stand-in does for each path. */
    const routes: Record<string, (res: ServerResponse) => void> = {
      '/sw.js': (res) => res.end('self.__swData=JSON.parse(/*BTDS*/"{\\"dynamic_data\\":{\\"SiteData\\":{\\"client_revision\\":1023223821}}}");'),
      '/error': (res) => res.writeHead(500).end('oops'),
      '/empty': (res) => res.end('nothing to see'),
      '/hang': () => undefined,
    };

    before(async () => {
      server = createServer((req, res) => {
        requests += 1;
        const route = routes[req.url ?? ''];
        if (route) route(res);
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    function source(path: string, options: { configured?: string; refresh?: boolean; timeoutMs?: number } = {}) {
      const lines: Array<{ level: number; msg: string; whatsapp_web_version?: string; reason?: string }> = [];
      // pino writes one JSON line per call to any object with `write`.
      const sink = { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) };
      const versions = new WebVersionSource({
        configured: options.configured,
        refresh: options.refresh ?? true,
        url: `${base}${path}`,
        timeoutMs: options.timeoutMs ?? 2_000,
        logger: pino({ level: 'info' }, sink),
      });
      return { versions, lines };
    }

    test("WhatsApp's current version is used when the page names it; overlapping starts share one request, later ones reuse it for a day", async () => {
      const { versions, lines } = source('/sw.js');
      const before = requests;
      const now = Date.now();
      const [a, b] = await Promise.all([versions.current(now), versions.current(now)]);
      assert.deepEqual(a, [2, 3000, 1023223821]);
      assert.deepEqual(b, a);
      assert.equal(requests - before, 1);
      assert.deepEqual(await versions.current(now + WEB_VERSION_REFRESH_INTERVAL_MS - 1), a);
      assert.equal(requests - before, 1);
      await versions.current(now + WEB_VERSION_REFRESH_INTERVAL_MS);
      assert.equal(requests - before, 2, 'asked again after a day');
      assert.equal(lines[0]?.whatsapp_web_version, '2.3000.1023223821');
      assert.match(lines[0]!.msg, /using WhatsApp Web version 2\.3000\.1023223821 \(WhatsApp's current, from http/);
    });

    for (const [path, reason] of [
      ['/error', /HTTP 500/],
      ['/empty', /names no client_revision/],
      ['/hang', /no answer within 300 ms/],
    ] as const) {
      test(`${path}: falls back to WHATSAPP_WEB_VERSION, or to the pinned version, with a warning; asks again an hour later`, async () => {
        const pinned = source(path, { configured: '2.3000.1000000001', timeoutMs: 300 });
        const now = Date.now();
        const started = Date.now();
        assert.deepEqual(await pinned.versions.current(now), [2, 3000, 1000000001]);
        assert.ok(Date.now() - started < 2_000, 'the fallback comes within the timeout');
        assert.equal(pinned.lines.length, 1);
        assert.equal(pinned.lines[0]!.level, 40);
        assert.match(pinned.lines[0]!.msg, reason);
        assert.match(pinned.lines[0]!.msg, /using 2\.3000\.1000000001 \(WHATSAPP_WEB_VERSION\)/);
        const before = requests;
        await pinned.versions.current(now + WEB_VERSION_RETRY_MS - 60_000);
        assert.equal(requests, before, 'not asked again within the hour');

        const unpinned = source(path, { timeoutMs: 300 });
        assert.equal((await unpinned.versions.current()).join('.'), PINNED);
        assert.match(unpinned.lines[0]!.msg, new RegExp(`using ${PINNED.replaceAll('.', '\\.')} \\(the version pinned by Parley's Baileys release\\)`));
      });
    }

    test('a server that is not there: the fallback at once', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const versions = new WebVersionSource({ configured: undefined, refresh: true, url: `http://127.0.0.1:${port}/sw.js`, timeoutMs: 2_000, logger: pino({ level: 'silent' }) });
      assert.equal((await versions.current()).join('.'), PINNED);
    });

    test('refresh off: the configured version, without asking anyone', async () => {
      const { versions, lines } = source('/sw.js', { configured: '2.3000.1023223821', refresh: false });
      const before = requests;
      assert.deepEqual(await versions.current(), [2, 3000, 1023223821]);
      assert.equal(requests, before);
      assert.match(lines[0]!.msg, /using WhatsApp Web version 2\.3000\.1023223821 \(WHATSAPP_WEB_VERSION\)/);
    });
  });
});
