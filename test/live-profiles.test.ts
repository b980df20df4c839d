// Profiles, the blocklist, LID look-ups and the WhatsApp Web version in live mode, end to end: an in-process Parley
// (API and worker) runs unmodified Baileys against the WhatsApp Web simulator, which answers the stanzas WhatsApp
// Web uses (w:profile:picture, USync status, the status iq, w:biz, blocklist). The version Parley presents comes
// from a local stand-in for WhatsApp's published page.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, buildApiKey } from './helpers/factories.js';
import { gradientPng } from './helpers/png.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';
import { postLoginQueriesAnswered } from './whatsapp-simulator/baileys-client.js';
import { DEFAULT_ABOUT } from './whatsapp-simulator/profiles.js';
import { WhatsAppSimulator } from './whatsapp-simulator/server.js';

type Schemas = components['schemas'];

const STEP_TIMEOUT_MS = 30_000;
const LINE = '+12025550170';
const PERSON = '+12025550171';
const BUSINESS = '+12025550172';
const PRIVATE = '+12025550173';
/** A valid number nobody registered on the simulator: not on WhatsApp. */
const NOBODY = '+12025550179';
const digits = (e164: string) => e164.replace(/\D/g, '');

describe('live mode profiles: Baileys against the simulator, through the API', () => {
  const sim = new WhatsAppSimulator();
  const originalRootKey = WA_CERT_DETAILS.PUBLIC_KEY;
  let database: ScratchDatabase;
  let server: TestServer;
  let versionPage: Server;
  let key: string;
  let connection: Schemas['Connection'];
  let dataDir: string;

  const call = <T = any>(method: string, suffix: string, body?: unknown) =>
    server.client.request<T>(method, `/v1/connections/${connection.id}${suffix}`, body, { key });

  before(async () => {
    await sim.start();
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
    versionPage = createServer((_req, res) => res.end('self.__swData={"client_revision":1023223821}'));
    await new Promise<void>((resolve) => versionPage.listen(0, '127.0.0.1', resolve));
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-live-profiles-'));
    sim.account(digits(PERSON), 'Ada');
    sim.profiles.setPicture(digits(PERSON), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    Object.assign(sim.profiles.of(digits(PERSON)), { about: 'Out hiking', aboutSetAt: 1_700_000_000 });
    sim.account(digits(BUSINESS), 'Flowers');
    sim.profiles.of(digits(BUSINESS)).business = { description: 'Fresh flowers', category: 'Florist', email: 'hi@flowers.example', website: 'https://flowers.example' };
    sim.account(digits(PRIVATE), 'Quiet');
    sim.profiles.setPicture(digits(PRIVATE), Buffer.from([0xff, 0xd8, 9]));
    sim.profiles.of(digits(PRIVATE)).hidden = true;

    database = await createScratchDatabase();
    server = await startTestServer({
      PARLEY_ROLE: 'all',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}live-profiles-${randomBytes(4).toString('hex')}:`,
      WHATSAPP_WS_URL: sim.url,
      WHATSAPP_WEB_VERSION_REFRESH: 'true',
      WHATSAPP_WEB_VERSION_URL: `http://127.0.0.1:${(versionPage.address() as AddressInfo).port}/sw.js`,
      PARLEY_DATA_DIR: dataDir,
      MEDIA_ALLOW_PRIVATE_NETWORKS: 'true',
    });
    const owner = await buildAccount(server.client, { account_name: 'Live Profiles Co' });
    key = (await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' })).secret;

    const since = sim.events.length;
    const created = await server.client.post<Schemas['Connection']>('/v1/connections', { name: 'profiles line' }, { key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const qr = await eventually(
      () => server.client.get<{ qr: string }>(`/v1/connections/${created.body.id}/qr`, { key }),
      (response) => response.status === 200,
      STEP_TIMEOUT_MS,
    );
    await sim.scanQr(qr.body.qr, digits(LINE));
    const linked = await eventually(
      () => server.client.get<Schemas['Connection']>(`/v1/connections/${created.body.id}`, { key }),
      (response) => response.body.status === 'connected',
      STEP_TIMEOUT_MS,
    );
    connection = linked.body;
    await postLoginQueriesAnswered(sim, connection.wa_jid!, since);
  });

  after(async () => {
    await server?.stop();
    await sim.stop();
    WA_CERT_DETAILS.PUBLIC_KEY = originalRootKey;
    versionPage?.closeAllConnections();
    await new Promise<void>((resolve) => (versionPage ? versionPage.close(() => resolve()) : resolve()));
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test("the connection presents WhatsApp's current web version, read from the published page, and shows it", () => {
    assert.equal(connection.whatsapp_web_version, '2.3000.1023223821');
  });

  test("a number's profile: its picture (full and preview) and about from WhatsApp; business details; hidden ones are null", async () => {
    const profile = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(PERSON)}`);
    assertConforms('getWhatsAppProfile', profile);
    assert.equal(profile.status, 200, JSON.stringify(profile.body));
    assert.equal(profile.body.wa_jid, `${digits(PERSON)}@s.whatsapp.net`);
    assert.equal(profile.body.wa_lid, `${sim.accounts.get(digits(PERSON))!.lid}@lid`);
    assert.equal(profile.body.about, 'Out hiking');
    assert.equal(profile.body.about_set_at, new Date(1_700_000_000_000).toISOString());
    assert.match(profile.body.picture_url ?? '', /^https:\/\/pps\.whatsapp\.net\/.*_o\.jpg/);
    assert.match(profile.body.picture_preview_url ?? '', /^https:\/\/pps\.whatsapp\.net\/.*_n\.jpg/);
    assert.equal(profile.body.business, null);

    const business = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(BUSINESS)}`);
    assert.deepEqual(business.body.business, { description: 'Fresh flowers', category: 'Florist', email: 'hi@flowers.example', website: ['https://flowers.example'], address: null });
    assert.equal(business.body.picture_url, null, 'no picture: null, not an error');
    assert.equal(business.body.about, DEFAULT_ABOUT);

    const hidden = await call<Schemas['WhatsAppProfile']>('GET', `/profiles/${encodeURIComponent(PRIVATE)}`);
    assert.equal(hidden.status, 200, JSON.stringify(hidden.body));
    assert.equal(hidden.body.picture_url, null);
    assert.equal(hidden.body.about, null);

    assertError(await call('GET', `/profiles/${encodeURIComponent(NOBODY)}`), 400, 'phone_number_not_on_whatsapp');
    assert.deepEqual(sim.errors, []);
  });

  test('the own profile: about set through the status iq, a picture uploaded as a JPEG and removed', async () => {
    const initial = await call<Schemas['ConnectionProfile']>('GET', '/profile');
    assertConforms('getConnectionProfile', initial);
    assert.equal(initial.status, 200, JSON.stringify(initial.body));
    assert.equal(initial.body.phone_number, LINE);
    assert.equal(initial.body.about, DEFAULT_ABOUT);
    assert.equal(initial.body.picture_url, null);

    // The phone shares its app-state key after linking; the name is a patch encrypted with it.
    await sim.waitFor((event) => event.type === 'iq-answered' && event.xmlns === 'w:sync:app:state' && event.jid === connection.wa_jid);
    const changed = await call<Schemas['ConnectionProfile']>('PATCH', '/profile', { about: 'Open 9 to 5 🌷', name: 'Flower Shop' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.about, 'Open 9 to 5 🌷');
    assert.equal(changed.body.name, 'Flower Shop');
    assert.equal(sim.profiles.of(digits(LINE)).about, 'Open 9 to 5 🌷');
    assert.equal(sim.accounts.get(digits(LINE))!.name, 'Flower Shop', 'WhatsApp decrypted the push-name patch');

    const form = new FormData();
    form.append('file', new Blob([gradientPng(320, 200)], { type: 'image/png' }), 'logo.png');
    const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    const withPicture = await call<Schemas['ConnectionProfile']>('PUT', '/profile/picture', { media_id: uploaded.body.id });
    assert.equal(withPicture.status, 200, JSON.stringify(withPicture.body));
    const stored = sim.profiles.of(digits(LINE)).picture;
    assert.ok(stored, 'WhatsApp has the picture');
    assert.deepEqual([...stored.data.subarray(0, 2)], [0xff, 0xd8], 'as a JPEG');
    assert.equal(withPicture.body.picture_url, sim.profiles.pictureUrl(digits(LINE), 'image'));

    const removed = await call<Schemas['ConnectionProfile']>('DELETE', '/profile/picture');
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.equal(removed.body.picture_url, null);
    assert.equal(sim.profiles.of(digits(LINE)).picture, null);
    assert.deepEqual(sim.errors, []);
  });

  test('block and unblock through the blocklist iq; the list names the number through its LID', async () => {
    assert.deepEqual((await call<Schemas['Blocklist']>('GET', '/blocklist')).body.data, []);
    const blocked = await call<Schemas['BlockedNumber']>('POST', '/blocklist', { phone_number: PERSON });
    assert.equal(blocked.status, 200, JSON.stringify(blocked.body));
    const lid = `${sim.accounts.get(digits(PERSON))!.lid}@lid`;
    assert.deepEqual({ ...blocked.body }, { object: 'blocked_number', connection_id: connection.id, phone_number: PERSON, wa_lid: lid, blocked: true });
    assert.deepEqual([...sim.profiles.of(digits(LINE)).blocked.values()], [digits(PERSON)]);

    const listed = await call<Schemas['Blocklist']>('GET', '/blocklist');
    assertConforms('listBlockedNumbers', listed);
    assert.deepEqual(listed.body.data.map((entry) => [entry.phone_number, entry.wa_lid]), [[PERSON, lid]]);

    assertError(await call('POST', '/blocklist', { phone_number: NOBODY }), 400, 'phone_number_not_on_whatsapp');
    const unblocked = await call<Schemas['BlockedNumber']>('DELETE', `/blocklist/${encodeURIComponent(PERSON)}`);
    assert.equal(unblocked.body.blocked, false);
    assert.equal(sim.profiles.of(digits(LINE)).blocked.size, 0);
    assert.deepEqual((await call<Schemas['Blocklist']>('GET', '/blocklist')).body.data, []);
    assert.deepEqual(sim.errors, []);
  });

  test("LIDs: a number's LID from WhatsApp (USync), the number back from Baileys' LID store; unknown ones are 404s", async () => {
    const business = sim.accounts.get(digits(BUSINESS))!;
    const lid = await call<Schemas['LidMapping']>('GET', `/phone-numbers/${encodeURIComponent(BUSINESS)}/lid`);
    assertConforms('getPhoneNumberLid', lid);
    assert.equal(lid.status, 200, JSON.stringify(lid.body));
    assert.equal(lid.body.lid, `${business.lid}@lid`);
    const back = await call<Schemas['LidMapping']>('GET', `/lids/${business.lid}`);
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.phone_number, BUSINESS);

    const own = await call<Schemas['LidMapping']>('GET', `/lids/${encodeURIComponent(connection.wa_lid!)}`);
    assert.equal(own.body.phone_number, LINE);

    // A registered number this connection never looked up: WhatsApp gives no number for its LID.
    const stranger = sim.account('12025550178');
    assertError(await call('GET', `/lids/${stranger.lid}@lid`), 404, 'lid_not_found');
    assertError(await call('GET', `/phone-numbers/${encodeURIComponent(NOBODY)}/lid`), 404, 'lid_not_found');
    assert.deepEqual(sim.errors, []);
  });
});
