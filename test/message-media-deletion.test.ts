// A deleted message's file goes with it (sandbox connections, through HTTP): when the message that held a received
// file is deleted (by its sender for everyone, or through Parley for me) and no other message refers to the file,
// GET /v1/media answers 410 media_deleted, a send naming it answers 404, and the bytes leave the media store. An
// upload stays: it is the caller's own, which templates and later sends may name.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { MediaObjectMissing } from '../server/media/storage.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { gradientPng } from './helpers/png.js';
import { hasStatus, linkSandbox, send, waitForMessage, type Message } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const number = () => `+1202557${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('deleting a message deletes its file (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let sender: Schemas['Connection'];
  let receiver: Schemas['Connection'];

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}media-deletion-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
    });
    owner = await buildAccount(server.client, { account_name: 'Media Deletion Co' });
    sender = await linkSandbox(server.client, owner.key, number());
    receiver = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const getMedia = (id: string) => server.client.get(`/v1/media/${id}`, { key: owner.key });
  const storageKeyOf = async (id: string) =>
    (await server.services.db.system((trx) => trx('media').where({ id }).first('storage_key'))).storage_key as string;
  const storeHas = async (key: string) =>
    server.services.media.read(key).then(
      () => true,
      (error: unknown) => {
        if (error instanceof MediaObjectMissing) return false;
        throw error;
      },
    );
  /** The sender sends an uploaded picture; returns its message and the receiving connection's copy. */
  const sendPicture = async (caption: string) => {
    const form = new FormData();
    form.append('file', new Blob([gradientPng(12, 12)], { type: 'image/png' }), 'pic.png');
    const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key: owner.key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    const accepted = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type: 'image', image: { media_id: uploaded.body.id, caption } });
    const sent = await waitForMessage(server.client, owner.key, accepted.id, hasStatus('sent', 'delivered', 'read'));
    const copy = await eventually(
      async () => (await server.client.get<{ data: Message[] }>(`/v1/messages?connection_id=${receiver.id}&direction=inbound`, { key: owner.key })).body.data.find((m) => m.wa_message_id === sent.wa_message_id),
      (found) => found?.image?.media_id !== undefined,
    );
    return { upload: uploaded.body, sent, copy: copy! };
  };

  test('deleted for everyone by its sender: the received file is gone (410), unsendable (404) and purged; the upload stays', async () => {
    const { upload, sent, copy } = await sendPicture('Before');
    const received = copy.image!.media_id;
    assert.notEqual(received, upload.id, 'the receiving side keeps its own copy');
    const key = await storageKeyOf(received);
    assert.equal((await getMedia(received)).status, 200);

    const deleted = await server.client.delete<Message>(`/v1/messages/${sent.id}`, { key: owner.key });
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
    await waitForMessage(server.client, owner.key, copy.id, (m) => m.deleted_at !== null);
    assertError(await eventually(() => getMedia(received), (r) => r.status === 410), 410, 'media_deleted');
    const resend = await server.client.post('/v1/messages', { connection_id: receiver.id, to: sender.phone_number, type: 'image', image: { media_id: received } }, { key: owner.key });
    assertError(resend, 404, 'resource_missing');
    await eventually(() => storeHas(key), (present) => !present, 30_000);

    // The sender's upload is its own: still there, and still sendable.
    assert.equal((await getMedia(upload.id)).status, 200);
    assert.ok(await storeHas(await storageKeyOf(upload.id)));
  });

  test('deleted for me: the received file goes too', async () => {
    const { copy } = await sendPicture('Mine to hide');
    const received = copy.image!.media_id;
    const key = await storageKeyOf(received);
    const hidden = await server.client.delete<Message>(`/v1/messages/${copy.id}?for=me`, { key: owner.key });
    assert.equal(hidden.status, 200, JSON.stringify(hidden.body));
    assertError(await getMedia(received), 410, 'media_deleted');
    await eventually(() => storeHas(key), (present) => !present, 30_000);
  });

  test('a file another message still holds stays until that one is deleted too', async () => {
    const { copy } = await sendPicture('Shared');
    const received = copy.image!.media_id;
    // The receiving connection forwards the picture it got: a second message names the same file.
    const forwarded = await send(server.client, owner.key, { connection_id: receiver.id, to: sender.phone_number, type: 'image', image: { media_id: received } });
    await waitForMessage(server.client, owner.key, forwarded.id, hasStatus('sent', 'delivered', 'read'));
    assert.equal((await server.client.delete(`/v1/messages/${copy.id}?for=me`, { key: owner.key })).status, 200);
    assert.equal((await getMedia(received)).status, 200, 'the forward still holds it');
    assert.equal((await server.client.delete(`/v1/messages/${forwarded.id}?for=me`, { key: owner.key })).status, 200);
    assertError(await getMedia(received), 410, 'media_deleted');
  });
});
