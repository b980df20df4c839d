// Media URLs: fetched and stored within their limits, or refused with a typed error and nothing stored.
// The SSRF guard refuses private, loopback, link-local and reserved addresses before any connection is made:
// a diagnostics channel sees every TCP socket this process opens, and the test's own server every request.
// Outbound HTTP goes only to servers this test starts on the loopback interface.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Config } from '../server/config.js';
import { isPublicAddress } from '../server/media/address-policy.js';
import { fetchMediaFromUrl, loadMediaBytes } from '../server/media/media.js';
import { fetchMediaUrl, MAX_REDIRECTS } from '../server/media/url-fetch.js';
import type { ApiError } from '../server/platform/http/errors.js';
import type { Services } from '../server/platform/services.js';
import { buildAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const PHOTO = randomBytes(2048);

/** A file host on 127.0.0.1 (or another loopback address) that counts the requests it gets. */
async function startFileHost(host = '127.0.0.1') {
  const requests: string[] = [];
  let base = '';
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const [route] = url.split('?');
    switch (route) {
      case '/photo.jpg':
        response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': PHOTO.length });
        response.end(PHOTO);
        return;
      case '/download':
        response.writeHead(200, { 'content-type': 'Application/PDF', 'content-disposition': `attachment; filename="report.pdf"` });
        response.end('%PDF-1.7');
        return;
      case '/declared-large':
        response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': 6 * 1024 * 1024 });
        response.end();
        return;
      case '/streamed-large': {
        // No Content-Length (chunked): only counting while reading can find it too large.
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        const chunk = Buffer.alloc(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 8 * 1024 * 1024 && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        pump();
        return;
      }
      case '/video.mp4':
        response.writeHead(200, { 'content-type': 'video/mp4' });
        response.end('not really a video');
        return;
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('no such file');
        return;
      case '/stalls':
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        response.write(Buffer.alloc(100)); // ... and never more
        return;
      case '/hangs':
        return; // never answers
      case '/redirect':
        response.writeHead(302, { location: '/photo.jpg' });
        response.end();
        return;
      case '/redirect-ftp':
        response.writeHead(302, { location: 'ftp://127.0.0.1/photo.jpg' });
        response.end();
        return;
      case '/redirect-loop':
        response.writeHead(301, { location: '/redirect-loop' });
        response.end();
        return;
      default: {
        const target = new URL(url, base).searchParams.get('to');
        response.writeHead(target ? 307 : 404, target ? { location: target } : {});
        response.end();
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  base = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe('media URLs', () => {
  let server: TestServer;
  let dataDir: string;
  let host: Awaited<ReturnType<typeof startFileHost>>;
  let scope: { accountId: string; mode: 'test' };

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-media-urls-'));
    server = await startTestServer({ PARLEY_DATA_DIR: dataDir });
    host = await startFileHost();
    scope = { accountId: (await buildAccount(server.client)).account.id, mode: 'test' };
  });
  after(async () => {
    await host.stop();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The server's services with other media settings (the file host is on loopback, so tests usually allow it). */
  const services = (config: Partial<Config> = {}): Services => ({
    ...server.services,
    config: { ...server.services.config, MEDIA_ALLOW_PRIVATE_NETWORKS: true, ...config },
  });
  const storedFiles = async () => (await readdir(dataDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  const mediaRows = () =>
    server.services.db.system(async (trx) => Number((await trx('media').where({ account_id: scope.accountId }).count({ n: '*' }))[0]?.n));

  /** Asserts the typed refusal, and that nothing was stored for it. */
  async function assertRefused(work: () => Promise<unknown>, code: string, param = 'image.url', message?: RegExp) {
    const [rows, files] = [await mediaRows(), await storedFiles()];
    await assert.rejects(work(), (error: ApiError) => {
      assert.equal(error.code, code, error.message);
      assert.equal(error.status, 400);
      assert.equal(error.type, 'invalid_request_error');
      assert.equal(error.param, param);
      if (message) assert.match(error.message, message);
      return true;
    });
    assert.equal(await mediaRows(), rows, 'no row');
    assert.equal(await storedFiles(), files, 'no bytes, no temp file');
  }

  test('a media URL is fetched and stored with its type, size, hash and the file name from its path', async () => {
    const row = await fetchMediaFromUrl(services(), scope, `${host.base}/photo.jpg?size=large`, 'image', 'image.url');
    assert.equal(row.source, 'url');
    assert.equal(row.mime_type, 'image/jpeg');
    assert.equal(row.size, PHOTO.length);
    assert.equal(row.filename, 'photo.jpg');
    assert.equal(row.sha256, createHash('sha256').update(PHOTO).digest('hex'));
    assert.ok((await loadMediaBytes(server.services, row)).equals(PHOTO));
  });

  test('the file name comes from Content-Disposition when there is one, and redirects are followed', async () => {
    const document = await fetchMediaFromUrl(services(), scope, `${host.base}/download`, 'document', 'document.url');
    assert.equal(document.filename, 'report.pdf');
    assert.equal(document.mime_type, 'application/pdf');
    const redirected = await fetchMediaFromUrl(services(), scope, `${host.base}/redirect`, 'image', 'image.url');
    assert.equal(redirected.size, PHOTO.length);
  });

  test('too large is refused: by its Content-Length before reading, or while streaming when it has none', async () => {
    const before = host.requests.length;
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/declared-large`, 'image', 'image.url'), 'media_too_large', 'image.url', /5 MB/);
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/streamed-large`, 'image', 'image.url'), 'media_too_large');
    // MEDIA_MAX_BYTES caps every type, a document too.
    await assertRefused(() => fetchMediaFromUrl(services({ MEDIA_MAX_BYTES: 1024 }), scope, `${host.base}/photo.jpg`, 'document', 'document.url'),
      'media_too_large',
      'document.url',
    );
    assert.equal(host.requests.length, before + 3);
  });

  test('a failed fetch says what happened: an error status, a timeout, a refused connection, too many redirects', async () => {
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/missing`, 'image', 'image.url'), 'media_fetch_failed', 'image.url', /404/);
    const quick = services({ MEDIA_FETCH_TIMEOUT_MS: 300 });
    await assertRefused(() => fetchMediaFromUrl(quick, scope, `${host.base}/hangs`, 'image', 'image.url'), 'media_fetch_failed', 'image.url', /longer than 0.3 s/);
    await assertRefused(() => fetchMediaFromUrl(quick, scope, `${host.base}/stalls`, 'image', 'image.url'), 'media_fetch_failed', 'image.url', /longer than 0.3 s/);
    const closed = await startFileHost();
    await closed.stop();
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${closed.base}/photo.jpg`, 'image', 'image.url'), 'media_fetch_failed', 'image.url', /refused/);
    const before = host.requests.length;
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/redirect-loop`, 'image', 'image.url'), 'media_fetch_failed', 'image.url', /redirected more than 3/);
    assert.equal(host.requests.length, before + 1 + MAX_REDIRECTS);
  });

  test('a file of the wrong type for the message type is refused from its headers', async () => {
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/video.mp4`, 'image', 'image.url'), 'media_type_unsupported', 'image.url', /video\/mp4/);
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/photo.jpg`, 'sticker', 'sticker.url'), 'media_type_unsupported', 'sticker.url');
  });

  test('only http and https URLs are fetched', async () => {
    await assertRefused(() => fetchMediaFromUrl(services(), scope, 'ftp://127.0.0.1/photo.jpg', 'image', 'image.url'), 'media_url_invalid', 'image.url', /scheme ftp/);
    await assertRefused(() => fetchMediaFromUrl(services(), scope, 'file:///etc/passwd', 'document', 'document.url'), 'media_url_invalid', 'document.url');
    await assertRefused(() => fetchMediaFromUrl(services(), scope, 'not a url', 'image', 'image.url'), 'media_url_invalid');
    await assertRefused(() => fetchMediaFromUrl(services(), scope, `${host.base}/redirect-ftp`, 'image', 'image.url'), 'media_url_invalid', 'image.url', /redirected to a URL with scheme ftp/);
  });

  describe('without MEDIA_ALLOW_PRIVATE_NETWORKS', () => {
    const sockets: unknown[] = [];
    const onSocket = (message: unknown) => sockets.push(message);
    before(() => dc.subscribe('net.client.socket', onSocket));
    after(() => dc.unsubscribe('net.client.socket', onSocket));

    test('private, loopback, link-local and mapped addresses are refused before any connection is made', async () => {
      const guarded = services({ MEDIA_ALLOW_PRIVATE_NETWORKS: false });
      const port = new URL(host.base).port;
      const before = host.requests.length;
      for (const url of [
        `http://127.0.0.1:${port}/photo.jpg`,
        `http://localhost:${port}/photo.jpg`,
        `http://2130706433:${port}/photo.jpg`, // 127.0.0.1 written as one number
        `http://10.0.0.1/photo.jpg`,
        `http://169.254.169.254/latest/meta-data/`,
        `http://[::1]:${port}/photo.jpg`,
        `http://[::ffff:127.0.0.1]:${port}/photo.jpg`,
        `https://[fd00::1]/photo.jpg`,
      ]) {
        let opened = -1;
        const attempt = async () => {
          sockets.length = 0;
          try {
            return await fetchMediaFromUrl(guarded, scope, url, 'image', 'image.url');
          } finally {
            opened = sockets.length;
          }
        };
        await assertRefused(attempt, 'media_url_forbidden', 'image.url', /public addresses only/);
        assert.equal(opened, 0, `${url}: no socket was opened`);
      }
      assert.equal(host.requests.length, before, 'the file host saw no request');
    });

    test('a redirect to a private address is refused before it is followed', async () => {
      // The test can only run servers on loopback, so here 127.0.0.1 plays the public origin; the redirect
      // target, 127.0.0.2, gets the same check as any hop and is refused, as a private address would be.
      const target = await startFileHost('127.0.0.2');
      try {
        const options = {
          param: 'image.url',
          maxBytes: 1024 * 1024,
          timeoutMs: 5000,
          isAllowed: (address: string) => address === '127.0.0.1' || isPublicAddress(address),
        };
        const url = `${host.base}/bounce?to=${encodeURIComponent(`${target.base}/photo.jpg`)}`;
        await assert.rejects(
          fetchMediaUrl(url, options, async () => assert.fail('nothing to consume')),
          (error: ApiError) => error.code === 'media_url_forbidden' && error.param === 'image.url',
        );
        assert.deepEqual(target.requests, [], 'the private address saw no request');
        assert.ok(host.requests.includes(`/bounce?to=${encodeURIComponent(`${target.base}/photo.jpg`)}`));
      } finally {
        await target.stop();
      }
    });
  });
});

describe('the public-address policy', () => {
  test('refuses every special range, IPv4 and IPv6, and judges mapped IPv6 as the IPv4 it holds', () => {
    for (const address of [
      '0.0.0.0', '0.1.2.3', '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1',
      '169.254.169.254', '100.64.0.1', '100.127.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255',
      '192.0.2.1', '198.18.0.1', '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1',
      '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::7f00:1', '64:ff9b::a00:1', '2002:a00:1::1', '2001:db8::1', 'not an address',
    ]) {
      assert.equal(isPublicAddress(address), false, address);
    }
    for (const address of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPublicAddress(address), true, address);
    }
  });
});
