// Media through HTTP: upload (multipart, streamed into the store), download (the same bytes, safe headers,
// only to the owning account and mode), refused forms and sizes that leave nothing behind, idempotent
// retries; and the store, the per-type limits and the lookup the messages pipeline uses.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { ApiError } from '../server/platform/http/errors.js';
import { LocalDiskMediaStore } from '../server/media/local-store.js';
import { checkMediaForType } from '../server/media/limits.js';
import { findMediaForMessage, loadMediaBytes, storeMedia } from '../server/media/media.js';
import { MediaObjectMissing } from '../server/media/storage.js';
import { normalizeMimeType, safeFilename } from '../server/media/file-info.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Media = components['schemas']['Media'];

const MAX_BYTES = 64 * 1024;

/** Every file under `dir`, temp files included: what a refused upload must not leave. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

const formWith = (...parts: Array<[name: string, value: Blob | string, filename?: string]>) => {
  const form = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, value, filename);
  }
  return form;
};

describe('media over HTTP', () => {
  let server: TestServer;
  let dataDir: string;
  let owner: TestAccount;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-media-'));
    server = await startTestServer({ PARLEY_DATA_DIR: dataDir, MEDIA_MAX_BYTES: String(MAX_BYTES) });
    owner = await buildAccount(server.client, { account_name: 'Media Co' });
  });
  after(async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const upload = (key: string, form: FormData | string, options: { idempotencyKey?: string; headers?: Record<string, string> } = {}) =>
    server.client.request<Media>('POST', '/v1/media', undefined, { key, raw: form, ...options });
  const download = async (key: string, id: string) => {
    const response = await fetch(new URL(`/v1/media/${id}`, server.url), { headers: { authorization: `Bearer ${key}` } });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const mediaCount = (accountId: string) =>
    server.services.db.system(async (trx) => Number((await trx('media').where({ account_id: accountId }).count({ n: '*' }))[0]?.n));

  test('an upload answers 201 with the media object, and downloading it gives back the same bytes with safe headers', async () => {
    const bytes = randomBytes(5000);
    const response = await upload(owner.key, formWith(['file', new Blob([bytes], { type: 'image/png' }), 'Café photo.png']));
    assertConforms('uploadMedia', response);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const { id, created_at: createdAt, ...fields } = response.body;
    assert.match(id, /^med_[0-9A-Za-z]+$/);
    assert.ok(Math.abs(Date.parse(createdAt) - Date.now()) < 60_000);
    assert.deepEqual(fields, {
      object: 'media',
      mime_type: 'image/png',
      size: 5000,
      filename: 'Café photo.png',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      source: 'upload',
    });

    const fetched = await download(owner.key, id);
    assert.equal(fetched.status, 200);
    assert.ok(fetched.bytes.equals(bytes));
    assert.equal(fetched.headers.get('content-type'), 'image/png');
    assert.equal(fetched.headers.get('content-length'), '5000');
    assert.equal(fetched.headers.get('cache-control'), 'private');
    assert.equal(fetched.headers.get('x-content-type-options'), 'nosniff');
    // Non-ASCII names go as RFC 5987 `filename*`, with an ASCII fallback.
    assert.equal(fetched.headers.get('content-disposition'), `attachment; filename="Caf? photo.png"; filename*=UTF-8''Caf%C3%A9%20photo.png`);
    assert.deepEqual(
      (await filesUnder(dataDir)).map((file) => path.relative(dataDir, file)),
      [path.join('media', owner.account.id, 'test', id)],
    );
  });

  test('media of another account, or of the other mode, is 404', async () => {
    const created = await upload(owner.key, formWith(['file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt']));
    assert.equal(created.status, 201);
    const stranger = await buildAccount(server.client);
    const theirs = await server.client.get(`/v1/media/${created.body.id}`, { key: stranger.key });
    assertConforms('downloadMedia', theirs);
    assert.equal(assertError(theirs, 404, 'resource_missing').param, 'id');
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    assertError(await server.client.get(`/v1/media/${created.body.id}`, { key: live.secret }), 404, 'resource_missing');
    assertError(await server.client.get('/v1/media/med_doesnotexist', { key: owner.key }), 404, 'resource_missing');
    const mine = await download(owner.key, created.body.id);
    assert.equal(mine.bytes.toString(), 'hello');
    assert.equal(mine.headers.get('content-type'), 'text/plain', 'exactly the stored type, without a charset added');
  });

  test('a form without a file part, with two files, with other fields, or not a form at all is refused and stores nothing', async () => {
    const account = await buildAccount(server.client);
    const blob = new Blob(['x'], { type: 'image/jpeg' });
    const cases: Array<[FormData | string, number, string, string | undefined]> = [
      [formWith(), 400, 'parameter_missing', 'file'],
      [formWith(['photo', blob, 'a.jpg']), 400, 'parameter_unknown', 'photo'],
      [formWith(['file', blob, 'a.jpg'], ['file', blob, 'b.jpg']), 400, 'parameter_invalid', 'file'],
      [formWith(['file', blob, 'a.jpg'], ['caption', 'hi']), 400, 'parameter_unknown', 'caption'],
      [formWith(['file', 'not a file']), 400, 'parameter_invalid', 'file'],
    ];
    for (const [form, status, code, param] of cases) {
      const response = await upload(account.key, form);
      assertConforms('uploadMedia', response);
      assert.equal(assertError(response, status, code).param, param);
    }
    const json = await server.client.post('/v1/media', { file: 'abc' }, { key: account.key });
    assertConforms('uploadMedia', json);
    assertError(json, 415, 'unsupported_media_type');
    const broken = await upload(account.key, '--x\r\nnonsense', { headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    assertError(broken, 400, 'invalid_multipart');
    assert.equal(await mediaCount(account.account.id), 0);
    assert.deepEqual(await filesUnder(path.join(dataDir, 'media', account.account.id)), []);
  });

  test('a file over MEDIA_MAX_BYTES is 413 and stores nothing, whether its size is declared up front or found while streaming', async () => {
    const account = await buildAccount(server.client);
    // Well over the limit with its Content-Length: refused before reading.
    const declared = await upload(account.key, formWith(['file', new Blob([randomBytes(3 * MAX_BYTES)]), 'big.bin']));
    assertConforms('uploadMedia', declared);
    assert.equal(assertError(declared, 413, 'body_too_large').param, 'file');
    // Just over, and sent chunked (no Content-Length): refused when the limit is reached while streaming.
    const form = new Response(formWith(['file', new Blob([randomBytes(MAX_BYTES + 1)]), 'big.bin']));
    const chunked = await fetch(new URL('/v1/media', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${account.key}`, 'content-type': form.headers.get('content-type')! },
      body: form.body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    assert.equal(((await chunked.json()) as { error: { code: string } }).error.code, 'body_too_large');
    // Exactly the limit is fine.
    assert.equal((await upload(account.key, formWith(['file', new Blob([randomBytes(MAX_BYTES)]), 'max.bin']))).status, 201);
    assert.equal(await mediaCount(account.account.id), 1);
    assert.equal((await filesUnder(path.join(dataDir, 'media', account.account.id))).length, 1);
  });

  test('a retry with the same Idempotency-Key replays the first media object and stores nothing again', async () => {
    const account = await buildAccount(server.client);
    const form = () => formWith(['file', new Blob(['first'], { type: 'text/plain' }), 'a.txt']);
    const first = await upload(account.key, form(), { idempotencyKey: 'upload-1' });
    assert.equal(first.status, 201);
    const retry = await upload(account.key, form(), { idempotencyKey: 'upload-1' });
    assertConforms('uploadMedia', retry);
    assert.equal(retry.status, 201);
    assert.deepEqual(retry.body, first.body);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    // Uploads are matched by key alone (documented): another file under the same key replays the first too.
    const other = await upload(account.key, formWith(['file', new Blob(['second']), 'b.txt']), { idempotencyKey: 'upload-1' });
    assert.equal(other.body.id, first.body.id);
    assert.equal(await mediaCount(account.account.id), 1);
    assert.equal((await filesUnder(path.join(dataDir, 'media', account.account.id))).length, 1);
  });

  test('a file name with quotes is escaped in Content-Disposition', async () => {
    const scope = { accountId: owner.account.id, mode: 'test' as const };
    const row = await storeMedia(server.services, scope, { data: Buffer.from('%PDF'), mimeType: 'application/pdf', filename: 'say "hi".pdf', source: 'inbound' });
    const fetched = await download(owner.key, row.id);
    assert.equal(fetched.headers.get('content-disposition'), 'attachment; filename="say \\"hi\\".pdf"');
    assert.equal(fetched.headers.get('content-type'), 'application/pdf');
  });

  test('findMediaForMessage finds the account\'s media in its tenant transaction and checks it against the message type', async () => {
    const scope = { accountId: owner.account.id, mode: 'test' as const };
    const row = await storeMedia(server.services, scope, { data: Buffer.from('jpeg bytes'), mimeType: 'image/jpeg', filename: 'a.jpg', source: 'inbound' });
    const found = await server.services.db.tenant(scope, (trx) => findMediaForMessage(trx, row.id, 'image', 'image.media_id'));
    assert.equal(found.id, row.id);
    assert.equal(found.size, 10);
    assert.deepEqual(await loadMediaBytes(server.services, found), Buffer.from('jpeg bytes'));
    await assert.rejects(
      server.services.db.tenant(scope, (trx) => findMediaForMessage(trx, row.id, 'video', 'video.media_id')),
      (error: ApiError) => error.code === 'media_type_unsupported' && error.param === 'video.media_id',
    );
    const stranger = await buildAccount(server.client);
    await assert.rejects(
      server.services.db.tenant({ accountId: stranger.account.id, mode: 'test' }, (trx) => findMediaForMessage(trx, row.id, 'image', 'image.media_id')),
      (error: ApiError) => error.status === 404 && error.code === 'resource_missing' && error.param === 'image.media_id',
    );
  });
});

describe('media limits per message type', () => {
  const MB = 1024 * 1024;
  const refusal = (type: Parameters<typeof checkMediaForType>[0], mimeType: string, size: number) => {
    try {
      checkMediaForType(type, { mimeType, size }, `${type}.url`);
      return null;
    } catch (error) {
      assert.ok(error instanceof ApiError);
      assert.equal(error.param, `${type}.url`);
      return error.code;
    }
  };

  test('each type takes its WhatsApp formats up to its size, and names the field when it refuses', () => {
    assert.equal(refusal('image', 'image/jpeg', 5 * MB), null);
    assert.equal(refusal('image', 'IMAGE/PNG', 1), null);
    assert.equal(refusal('image', 'image/webp', 1), null);
    assert.equal(refusal('image', 'image/jpeg', 5 * MB + 1), 'media_too_large');
    assert.equal(refusal('image', 'image/gif', 1), 'media_type_unsupported');
    assert.equal(refusal('video', 'video/mp4', 16 * MB), null);
    assert.equal(refusal('video', 'video/3gpp', 1), null);
    assert.equal(refusal('video', 'video/quicktime', 1), 'media_type_unsupported');
    assert.equal(refusal('video', 'video/mp4', 16 * MB + 1), 'media_too_large');
    for (const audio of ['audio/aac', 'audio/mp4', 'audio/mpeg', 'audio/amr', 'audio/ogg', 'audio/ogg; codecs=opus']) {
      assert.equal(refusal('audio', audio, 1), null, audio);
    }
    assert.equal(refusal('audio', 'audio/wav', 1), 'media_type_unsupported');
    assert.equal(refusal('sticker', 'image/webp', 500 * 1024), null);
    assert.equal(refusal('sticker', 'image/webp', 500 * 1024 + 1), 'media_too_large');
    assert.equal(refusal('sticker', 'image/png', 1), 'media_type_unsupported');
    assert.equal(refusal('document', 'application/zip', 100 * MB), null);
    assert.equal(refusal('document', 'application/octet-stream', 100 * MB + 1), 'media_too_large');
  });

  test('stored types and names are made safe to send back in headers', () => {
    assert.equal(normalizeMimeType('Audio/OGG ; Codecs="opus"'), 'audio/ogg; codecs=opus');
    assert.equal(normalizeMimeType('text/html\r\nSet-Cookie: x=1'), 'application/octet-stream');
    assert.equal(normalizeMimeType(undefined), 'application/octet-stream');
    assert.equal(normalizeMimeType('image'), 'application/octet-stream');
    assert.equal(safeFilename('C:\\fakepath\\photo.jpg'), 'photo.jpg');
    assert.equal(safeFilename('../../etc/passwd'), 'passwd');
    assert.equal(safeFilename('a\r\nb.txt'), 'ab.txt');
    assert.equal(safeFilename('..'), null);
    assert.equal(safeFilename(''), null);
    assert.equal(safeFilename('x'.repeat(300))?.length, 255);
  });
});

describe('local disk media store', () => {
  let root: string;
  let store: LocalDiskMediaStore;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'parley-store-'));
    store = new LocalDiskMediaStore(root);
  });
  after(() => rm(root, { recursive: true, force: true }));

  test('puts, gets, reads and deletes objects by key; a missing object is MediaObjectMissing', async () => {
    await store.put('acct_1/test/med_1', Buffer.from('buffer'));
    await store.put('acct_1/test/med_2', Readable.from([Buffer.from('str'), Buffer.from('eam')]));
    assert.equal((await store.read('acct_1/test/med_1')).toString(), 'buffer');
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get('acct_1/test/med_2')) chunks.push(chunk as Buffer);
    assert.equal(Buffer.concat(chunks).toString(), 'stream');
    await store.delete('acct_1/test/med_1');
    await store.delete('acct_1/test/med_1');
    await assert.rejects(store.read('acct_1/test/med_1'), MediaObjectMissing);
    await assert.rejects(store.get('acct_1/test/med_1'), MediaObjectMissing);
  });

  test('a stream that fails leaves nothing, not even a temp file', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error('the client went away'));
      },
    });
    await assert.rejects(store.put('acct_2/test/med_1', failing), /went away/);
    assert.deepEqual(await filesUnder(path.join(root, 'acct_2')), []);
  });

  test('keys outside the key alphabet are refused, so none can leave the media directory', async () => {
    for (const key of ['../escape', 'a/../../b', '/etc/passwd', 'a//b', '', 'a/.hidden', 'a\\b', 'a/b/']) {
      await assert.rejects(store.put(key, Buffer.from('x')), /invalid media key/, key);
      await assert.rejects(store.read(key), /invalid media key/, key);
    }
  });
});
