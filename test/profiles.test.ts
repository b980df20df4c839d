// Profiles, the blocklist and LID look-ups through HTTP in test mode: the sandbox answers as WhatsApp would (reserved
// numbers for a business profile, a hidden profile and a number without WhatsApp), keeps the connection's own
// profile and blocklist with its credentials (so they survive a restart), and every bad input is a typed error
// that changes nothing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { SANDBOX_DEFAULT_ABOUT } from '../server/connections/sandbox/profiles.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { waitForStatus } from './helpers/connection-status.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { gradientPng } from './helpers/png.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

const NOT_ON_WHATSAPP = '+14155550101';
const BUSINESS = '+14155550107';
const PRIVATE = '+14155550108';
const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

describe('profiles, blocklist and LIDs (sandbox)', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let line: Schemas['Connection'];
  let dataDir: string;
  /** Serves a picture (and a page that is not one) for pictures given by URL. */
  let files: Server;

  const api = (suffix: string) => `/v1/connections/${line.id}${suffix}`;
  const call = <T = any>(method: string, suffix: string, body?: unknown, idempotencyKey?: string) =>
    server.client.request<T>(method, api(suffix), body, { key: owner.key, ...(idempotencyKey ? { idempotencyKey } : {}) });

  async function upload(bytes: Buffer, type: string, filename: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), filename);
    const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key: owner.key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    return uploaded.body.id;
  }

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-profiles-'));
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}profiles-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      PARLEY_DATA_DIR: dataDir,
      MEDIA_ALLOW_PRIVATE_NETWORKS: 'true',
    });
    files = createServer((req, res) => {
      if (req.url === '/logo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(gradientPng(32, 32));
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    owner = await buildAccount(server.client, { account_name: 'Profiles Co' });
    line = await linkSandbox(server.client, owner.key, number());
  });
  after(async () => {
    files?.closeAllConnections();
    files?.close();
    await server?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test("a test-mode connection presents no WhatsApp Web version", () => {
    assert.equal(line.whatsapp_web_version, null);
  });

  test("the own profile: read, name and about changed, a picture set from an upload and removed; bad input changes nothing; it all survives a restart", async () => {
    const initial = await call<Schemas['ConnectionProfile']>('GET', '/profile');
    assertConforms('getConnectionProfile', initial);
    assert.deepEqual(initial.body, {
      object: 'connection_profile',
      connection_id: line.id,
      phone_number: line.phone_number,
      name: null,
      about: SANDBOX_DEFAULT_ABOUT,
      picture_url: null,
    });

    const changed = await call<Schemas['ConnectionProfile']>('PATCH', '/profile', { name: '  Flower Shop  ', about: 'Open 9 to 5' });
    assertConforms('updateConnectionProfile', changed);
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.name, 'Flower Shop');
    assert.equal(changed.body.about, 'Open 9 to 5');

    assertError(await call('PATCH', '/profile', { name: 'x'.repeat(26) }), 400, 'profile_name_invalid');
    assertError(await call('PATCH', '/profile', { name: '   ', about: 'never stored' }), 400, 'profile_name_invalid');
    assertError(await call('PATCH', '/profile', { about: 'y'.repeat(140) }), 400, 'profile_about_too_long');
    assertError(await call('PATCH', '/profile', {}), 400, 'parameter_invalid');
    assert.deepEqual((await call('GET', '/profile')).body, changed.body, 'nothing changed');

    const png = await upload(gradientPng(64, 64), 'image/png', 'logo.png');
    const withPicture = await call<Schemas['ConnectionProfile']>('PUT', '/profile/picture', { media_id: png });
    assertConforms('setConnectionProfilePicture', withPicture);
    assert.equal(withPicture.status, 200, JSON.stringify(withPicture.body));
    assert.match(withPicture.body.picture_url ?? '', /^https:\/\//);

    const pdf = await upload(randomBytes(512), 'application/pdf', 'menu.pdf');
    const wrongType = assertError(await call('PUT', '/profile/picture', { media_id: pdf }), 400, 'media_type_unsupported');
    assert.equal(wrongType.param, 'media_id');
    assertError(await call('PUT', '/profile/picture', {}), 400, 'parameter_missing');
    assertError(await call('PUT', '/profile/picture', { media_id: png, url: 'https://example.com/a.png' }), 400, 'parameter_conflict');
    assertError(await call('PUT', '/profile/picture', { media_id: 'med_00000000000000000000000000' }), 404, 'resource_missing');
    assert.equal((await call<Schemas['ConnectionProfile']>('GET', '/profile')).body.picture_url, withPicture.body.picture_url, 'nothing changed');

    const base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    const fromUrl = await call<Schemas['ConnectionProfile']>('PUT', '/profile/picture', { url: `${base}/logo.png` });
    assert.equal(fromUrl.status, 200, JSON.stringify(fromUrl.body));
    assert.match(fromUrl.body.picture_url ?? '', /^https:\/\//);
    const page = assertError(await call('PUT', '/profile/picture', { url: `${base}/page.html` }), 400, 'media_type_unsupported');
    assert.equal(page.param, 'url');
    const again = await call<Schemas['ConnectionProfile']>('PUT', '/profile/picture', { media_id: png });
    assert.deepEqual(again.body, withPicture.body, 'the same picture, the same profile');

    const restarted = await server.client.post(`/v1/connections/${line.id}/restart`, undefined, { key: owner.key });
    assert.equal(restarted.status, 202, JSON.stringify(restarted.body));
    await waitForStatus(server.client, owner.key, line.id, 'connected');
    assert.deepEqual((await call('GET', '/profile')).body, withPicture.body, 'kept across a restart');

    const removed = await call<Schemas['ConnectionProfile']>('DELETE', '/profile/picture');
    assertConforms('deleteConnectionProfilePicture', removed);
    assert.equal(removed.body.picture_url, null);
    assert.equal(removed.body.name, 'Flower Shop');
  });

  test("a number's WhatsApp profile: picture and about; business details; hidden ones are null, not errors", async () => {
    const person = number();
    const profile = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(person)}`);
    assertConforms('getWhatsAppProfile', profile);
    assert.equal(profile.status, 200, JSON.stringify(profile.body));
    assert.equal(profile.body.object, 'whatsapp_profile');
    assert.equal(profile.body.phone_number, person);
    assert.equal(profile.body.wa_jid, `${person.slice(1)}@s.whatsapp.net`);
    assert.match(profile.body.wa_lid ?? '', /^\d+@lid$/);
    assert.equal(profile.body.about, SANDBOX_DEFAULT_ABOUT);
    assert.match(profile.body.picture_url ?? '', /^https:\/\//);
    assert.match(profile.body.picture_preview_url ?? '', /^https:\/\//);
    assert.equal(profile.body.business, null);

    // Any common spelling of the number.
    const spelled = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(`00${person.slice(1)}`)}`);
    assert.equal(spelled.body.phone_number, person);

    const business = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(BUSINESS)}`);
    assert.equal(business.body.business?.category, 'Florist');
    assert.deepEqual(business.body.business?.website, ['https://flowers.example']);

    const hidden = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(PRIVATE)}`);
    assert.equal(hidden.status, 200);
    assert.equal(hidden.body.about, null);
    assert.equal(hidden.body.picture_url, null);
    assert.equal(hidden.body.picture_preview_url, null);

    const absent = assertError(await call('GET', `/profiles/${encodeURIComponent(NOT_ON_WHATSAPP)}`), 400, 'phone_number_not_on_whatsapp');
    assert.equal(absent.param, 'phone_number');
    assertError(await call('GET', '/profiles/12345'), 400, 'phone_number_invalid');
    assertError(await server.client.get('/v1/connections/conn_0000000000000000000000000/profiles/%2B14155550100', { key: owner.key }), 404, 'resource_missing');
  });

  test('block and unblock: the blocklist follows; repeats change nothing; a number without WhatsApp cannot be blocked', async () => {
    const empty = await call<Schemas['Blocklist']>('GET', '/blocklist');
    assertConforms('listBlockedNumbers', empty);
    assert.deepEqual(empty.body, { object: 'blocklist', connection_id: line.id, data: [] });

    const pest = number();
    const blocked = await call<Schemas['BlockedNumber']>('POST', '/blocklist', { phone_number: pest.replace('+1', '+1 ') }, 'block-1');
    assertConforms('blockNumber', blocked);
    assert.equal(blocked.status, 200, JSON.stringify(blocked.body));
    assert.equal(blocked.body.phone_number, pest);
    assert.equal(blocked.body.blocked, true);
    assert.match(blocked.body.wa_lid ?? '', /^\d+@lid$/);
    assert.equal((await call('POST', '/blocklist', { phone_number: pest })).status, 200, 'blocking again changes nothing');
    const listed = await call<Schemas['Blocklist']>('GET', '/blocklist');
    assert.deepEqual(listed.body.data.map((entry) => entry.phone_number), [pest]);

    assertError(await call('POST', '/blocklist', { phone_number: NOT_ON_WHATSAPP }), 400, 'phone_number_not_on_whatsapp');
    assertError(await call('POST', '/blocklist', { phone_number: 'not a number' }), 400, 'phone_number_invalid');
    assert.equal((await call<Schemas['Blocklist']>('GET', '/blocklist')).body.data.length, 1, 'nothing changed');

    const unblocked = await call<Schemas['BlockedNumber']>('DELETE', `/blocklist/${encodeURIComponent(pest)}`);
    assertConforms('unblockNumber', unblocked);
    assert.equal(unblocked.body.blocked, false);
    assert.equal((await call('DELETE', `/blocklist/${encodeURIComponent(pest)}`)).status, 200, 'unblocking again changes nothing');
    assert.deepEqual((await call<Schemas['Blocklist']>('GET', '/blocklist')).body.data, []);
  });

  test("LID ↔ phone number: a number's LID, then back; the connection's own; from Parley's chats; unknown ones are typed 404s", async () => {
    const person = number();
    const lid = await call<Schemas['LidMapping']>('GET', `/phone-numbers/${encodeURIComponent(person)}/lid`);
    assertConforms('getPhoneNumberLid', lid);
    assert.equal(lid.status, 200, JSON.stringify(lid.body));
    assert.match(lid.body.lid, /^\d+@lid$/);
    assert.equal(lid.body.phone_number, person);

    const back = await call<Schemas['LidMapping']>('GET', `/lids/${encodeURIComponent(lid.body.lid)}`);
    assertConforms('getLidMapping', back);
    assert.deepEqual(back.body, lid.body);
    // The digits alone, or with a device, name the same LID.
    assert.equal((await call<Schemas['LidMapping']>('GET', `/lids/${lid.body.lid.replace('@lid', ':3')}`)).body.phone_number, person);

    const own = await call<Schemas['LidMapping']>('GET', `/lids/${encodeURIComponent(line.wa_lid!)}`);
    assert.equal(own.body.phone_number, line.phone_number);

    assertError(await call('GET', '/lids/999999999999999@lid'), 404, 'lid_not_found');
    const invalid = assertError(await call('GET', '/lids/abc@lid'), 400, 'lid_invalid');
    assert.equal(invalid.param, 'lid');
    assertError(await call('GET', `/phone-numbers/${encodeURIComponent(NOT_ON_WHATSAPP)}/lid`), 404, 'lid_not_found');

    // A message from another sandbox number carries its LID: Parley's chat of it answers the look-up.
    const other = await linkSandbox(server.client, owner.key, number());
    const message = await send(server.client, owner.key, { connection_id: other.id, to: line.phone_number, type: 'text', text: { body: 'hi' } });
    await waitForMessage(server.client, owner.key, message.id, hasStatus('read'));
    const fromChat = await call<Schemas['LidMapping']>('GET', `/lids/${encodeURIComponent(other.wa_lid!)}`);
    assert.equal(fromChat.status, 200, JSON.stringify(fromChat.body));
    assert.equal(fromChat.body.phone_number, other.phone_number);
  });

  test('a connection that is not connected: 409 connection_not_connected, and nothing is asked', async () => {
    const created = await server.client.post<Schemas['Connection']>('/v1/connections', {}, { key: owner.key });
    await waitForStatus(server.client, owner.key, created.body.id, 'qr');
    const at = (suffix: string) => `/v1/connections/${created.body.id}${suffix}`;
    const requests: Array<[string, string, unknown?]> = [
      ['GET', '/profile'],
      ['PATCH', '/profile', { about: 'x' }],
      ['DELETE', '/profile/picture'],
      ['GET', `/profiles/${encodeURIComponent(number())}`],
      ['GET', '/blocklist'],
      ['POST', '/blocklist', { phone_number: number() }],
      ['DELETE', `/blocklist/${encodeURIComponent(number())}`],
      ['GET', '/lids/123456789@lid'],
      ['GET', `/phone-numbers/${encodeURIComponent(number())}/lid`],
    ];
    for (const [method, suffix, body] of requests) {
      assertError(await server.client.request(method, at(suffix), body, { key: owner.key }), 409, 'connection_not_connected');
    }
  });
});
