// Data export and erasure, through HTTP as an owner uses them: the archive downloaded and unpacked, every file
// read against the schema the spec names for it; an erasure that leaves no row of the account in any tenant
// table, no file in the store and no user who belonged to nothing else. The suite runs a Parley with a worker
// in a database of its own, so that its worker builds and erases only this suite's accounts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as OTPAuth from 'otpauth';
import { extract } from 'tar';
import { requestExport as requestAccountExport } from '../server/account-data/exports.js';
import { purgeExpiredExports } from '../server/account-data/worker.js';
import type { components } from '../server/generated/openapi.js';
import { loadDocument } from '../server/platform/http/spec.js';
import { componentSchema } from '../server/platform/http/validation.js';
import { newId } from '../server/platform/ids.js';
import { hashPassword } from '../server/auth/passwords.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, buildApiKey, signIn, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

/** The files AccountExport documents, each with the schema its lines follow (none: a plain object). */
const ACCOUNT_FILES: Record<string, string | undefined> = {
  'account.jsonl': 'Account',
  'members.jsonl': 'Member',
  'invitations.jsonl': 'Invitation',
  'api_keys.jsonl': 'ApiKey',
  'usage_thresholds.jsonl': 'UsageThreshold',
  'audit_log.jsonl': 'AuditLogEntry',
};
const MODE_FILES: Record<string, string | undefined> = {
  'connections.jsonl': 'Connection',
  'contacts.jsonl': 'Contact',
  'opt_outs.jsonl': 'OptOut',
  'chats.jsonl': 'Chat',
  'messages.jsonl': 'Message',
  'message_revisions.jsonl': 'MessageRevision',
  'message_receipts.jsonl': 'MessageReceipt',
  'media.jsonl': 'Media',
  'templates.jsonl': 'Template',
  'bulk_jobs.jsonl': 'BulkJob',
  'bulk_job_recipients.jsonl': 'BulkJobRecipient',
  'webhook_endpoints.jsonl': 'WebhookEndpoint',
  'webhook_deliveries.jsonl': 'WebhookDelivery',
  'events.jsonl': 'Event',
  'usage.jsonl': undefined,
};
const DOCUMENTED = [
  ...Object.entries(ACCOUNT_FILES),
  ...(['live', 'test'] as const).flatMap((mode) => Object.entries(MODE_FILES).map(([name, schema]): [string, string | undefined] => [`${mode}/${name}`, schema])),
];

const document = loadDocument();

describe('data export and erasure', () => {
  let database: ScratchDatabase;
  let server: TestServer;

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({ DATABASE_URL: database.url, PARLEY_ROLE: 'all', PUBLIC_URL: 'https://parley.example.com' });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const as = (owner: TestAccount) => ({ cookie: owner.cookie, csrf: owner.csrf });
  const requestExport = (owner: TestAccount) => server.client.post<Schemas['AccountExport']>('/v1/account/exports', undefined, as(owner));
  const getExport = (owner: TestAccount, id: string) => server.client.get<Schemas['AccountExport']>(`/v1/account/exports/${id}`, as(owner));
  const download = (owner: TestAccount, id: string) => fetch(new URL(`/v1/account/exports/${id}/download`, server.url), { headers: { cookie: owner.cookie } });

  /** Some of everything: a linked sandbox connection with messages, a contact in each mode, a template, media, an opt-out. */
  async function accountWithData() {
    const owner = await buildAccount(server.client, { account_name: 'Exported Co' });
    const connection = await linkSandbox(server.client, owner.key, '+14155550100');
    const sent: Schemas['Message'][] = [];
    for (const body of ['one', 'two', 'three']) {
      sent.push(await send(server.client, owner.key, { connection_id: connection.id, to: '+14155550199', type: 'text', text: { body } }));
    }
    for (const message of sent) await waitForMessage(server.client, owner.key, message.id, hasStatus('sent', 'delivered', 'read'));
    assert.equal((await server.client.post('/v1/contacts', { phone_number: '+14155550199', name: 'Ada', tags: ['vip'] }, { key: owner.key })).status, 201);
    const live = await buildApiKey(server.client, owner, { mode: 'live' });
    assert.equal((await server.client.post('/v1/contacts', { phone_number: '+14155550142', name: 'Live Lin' }, { key: live.secret })).status, 201);
    assert.equal((await server.client.post('/v1/templates', { name: 'greeting', language: 'en', category: 'utility', body: 'Hi {{name}}' }, { key: owner.key })).status, 201);
    assert.equal((await server.client.post('/v1/opt-outs', { phone_number: '+14155550111' }, { key: owner.key })).status, 201);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4 menu')], { type: 'application/pdf' }), 'menu.pdf');
    const media = await server.client.post<Schemas['Media']>('/v1/media', undefined, { key: owner.key, raw: form });
    assert.equal(media.status, 201, JSON.stringify(media.body));
    return { owner, connection, sent, media: media.body };
  }

  const readyExport = (owner: TestAccount, id: string) =>
    eventually(
      () => getExport(owner, id),
      (response) => response.body.status !== 'pending',
      30_000,
    );

  test('an export: built in the background into a tar.gz of every documented JSON Lines file, in the shapes the API returns, with account.export_ready', async () => {
    const { owner, connection, sent, media } = await accountWithData();
    const requested = await requestExport(owner);
    assertConforms('createAccountExport', requested);
    assert.equal(requested.status, 202);
    assert.equal(requested.body.download_url, null);

    const ready = await readyExport(owner, requested.body.id);
    assertConforms('getAccountExport', ready);
    assert.equal(ready.body.status, 'ready', JSON.stringify(ready.body));
    assert.equal(ready.body.download_url, `https://parley.example.com/v1/account/exports/${requested.body.id}/download`);
    const hoursLeft = (Date.parse(ready.body.expires_at ?? '') - Date.now()) / 3600_000;
    assert.ok(hoursLeft > 71 && hoursLeft <= 72, `expires in about 72 hours: ${hoursLeft}`);

    const response = await download(owner, requested.body.id);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/gzip');
    assert.match(response.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="parley-export-${owner.account.id}-${requested.body.id}.tar.gz"`));
    const archive = Buffer.from(await response.arrayBuffer());
    assert.equal(archive.length, ready.body.size);
    assert.equal(createHash('sha256').update(archive).digest('hex'), ready.body.sha256);

    const dir = await mkdtemp(path.join(tmpdir(), 'parley-export-test-'));
    try {
      await writeFile(path.join(dir, 'archive.tar.gz'), archive);
      await extract({ file: path.join(dir, 'archive.tar.gz'), cwd: dir });
      const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
      assert.equal(manifest.object, 'account_export_manifest');
      assert.equal(manifest.format_version, 1);
      assert.equal(manifest.account_id, owner.account.id);
      assert.deepEqual(manifest.files, ready.body.files);
      assert.deepEqual(ready.body.files.map((file) => file.name).sort(), DOCUMENTED.map(([name]) => name).sort(), 'every documented file, and no other');

      const lines: Record<string, Array<Record<string, unknown>>> = {};
      for (const [name, schema] of DOCUMENTED) {
        const text = await readFile(path.join(dir, name), 'utf8');
        lines[name] = text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line));
        assert.equal(lines[name]!.length, ready.body.files.find((file) => file.name === name)?.records, `${name}: record count`);
        if (schema) {
          const validate = componentSchema(schema, document);
          for (const line of lines[name]!) assert.ok(validate(line), `${name}: ${JSON.stringify(line)} is not a ${schema}: ${JSON.stringify(validate.errors)}`);
        }
      }
      assert.equal(lines['account.jsonl']![0]!.name, 'Exported Co');
      assert.deepEqual(lines['members.jsonl']!.map((m) => [m.email, m.role]), [[owner.email, 'owner']]);
      assert.deepEqual(lines['test/connections.jsonl']!.map((c) => c.id), [connection.id]);
      const exported = new Map(lines['test/messages.jsonl']!.map((m) => [m.id, m]));
      for (const message of sent) assert.equal((exported.get(message.id)?.text as { body: string }).body, (message.text as { body: string }).body);
      assert.deepEqual(lines['test/contacts.jsonl']!.map((c) => c.name), ['Ada']);
      assert.deepEqual(lines['live/contacts.jsonl']!.map((c) => c.name), ['Live Lin'], 'live data only under live/');
      assert.deepEqual(lines['test/media.jsonl']!.map((m) => m.id), [media.id]);
      assert.deepEqual(lines['test/templates.jsonl']!.map((t) => t.name), ['greeting']);
      assert.deepEqual(lines['test/opt_outs.jsonl']!.map((o) => o.phone_number), ['+14155550111']);
      assert.equal(lines['api_keys.jsonl']!.length, 2);
      assert.ok(!JSON.stringify(lines['api_keys.jsonl']).includes(owner.key), 'never a key secret');
      assert.ok(lines['audit_log.jsonl']!.some((entry) => entry.action === 'account.export_requested' && (entry.target as { id: string }).id === requested.body.id));
      assert.ok(lines['test/usage.jsonl']!.some((day) => day.object === 'usage_day' && Number(day.quantity) >= 3));
      assert.ok(lines['test/events.jsonl']!.some((event) => event.type === 'message.sent'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const events = await server.client.get<Schemas['EventList']>('/v1/events?type=account.export_ready', { key: owner.key });
    assertConforms('listEvents', events);
    const event = events.body.data[0] as Schemas['AccountExportReadyEvent'] | undefined;
    assert.equal(event?.data.object.id, requested.body.id);
    assert.equal(event?.data.object.status, 'ready');

    const listed = await server.client.get<Schemas['AccountExportList']>('/v1/account/exports', as(owner));
    assertConforms('listAccountExports', listed);
    assert.deepEqual(listed.body.data.map((item) => item.id), [requested.body.id]);
  });

  test('one export at a time: a second request while one is pending is 409 export_in_progress, and its download 409 export_not_ready', async () => {
    const owner = await buildAccount(server.client);
    // A pending export no worker will take yet: its next attempt is far off.
    const id = newId('accountExport');
    await server.services.db.system((trx) =>
      trx('account_exports').insert({ id, account_id: owner.account.id, mode: 'test', requested_by_type: 'user', requested_by_id: owner.user.id, next_attempt_at: new Date(Date.now() + 3600_000) }),
    );
    const second = await requestExport(owner);
    assertConforms('createAccountExport', second);
    assert.match(assertError(second, 409, 'export_in_progress').message, new RegExp(id));
    const early = await server.client.get(`/v1/account/exports/${id}/download`, as(owner));
    assertConforms('downloadAccountExport', early);
    assertError(early, 409, 'export_not_ready');
    const rows = await server.services.db.system((trx) => trx('account_exports').where({ account_id: owner.account.id }));
    assert.equal(rows.length, 1, 'nothing else was queued');
  });

  test('two export requests at once: the database lets one in, the other is 409 export_in_progress', async () => {
    const owner = await buildAccount(server.client);
    const scope = { accountId: owner.account.id, mode: 'test' as const };
    const actor = { kind: 'session' as const, userId: owner.user.id, sessionId: 'sess_x', ...scope, role: 'owner' as const, isPlatformAdmin: false, twoFactor: false, twoFactorMissing: false };
    let commitFirst!: () => void;
    let firstInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
    // The first request's transaction has inserted its export and not yet committed when the second one runs.
    const first = server.services.db.tenant(scope, async (trx) => {
      const created = await requestAccountExport(trx, server.services, actor);
      firstInserted();
      await new Promise<void>((resolve) => (commitFirst = resolve));
      return created;
    });
    await inserted;
    const second = server.services.db.tenant(scope, (trx) => requestAccountExport(trx, server.services, actor)).then(
      () => undefined,
      (error: { status?: number; code?: string }) => error,
    );
    // The second waits on the first's row in the unique index; give it time to get there, then commit the first.
    await eventually(
      () => server.services.db.knex.raw(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into "account_exports"%'`),
      (result) => result.rows[0].n >= 1,
    );
    commitFirst();
    assert.equal((await first).status, 'pending');
    const refused = await second;
    assert.equal(refused?.status, 409);
    assert.equal(refused?.code, 'export_in_progress');
  });

  test('an expired export is deleted from the store and its download is 410 export_expired', async () => {
    const owner = await buildAccount(server.client);
    const requested = await requestExport(owner);
    const ready = await readyExport(owner, requested.body.id);
    assert.equal(ready.body.status, 'ready');
    const key = `${owner.account.id}/exports/${requested.body.id}`;
    await server.services.media.read(key);
    await server.services.db.system((trx) => trx('account_exports').where({ id: requested.body.id }).update({ expires_at: new Date(Date.now() - 1000) }));
    await purgeExpiredExports(server.services);
    await assert.rejects(server.services.media.read(key), /no media object/);
    const gone = await server.client.get(`/v1/account/exports/${requested.body.id}/download`, as(owner));
    assertConforms('downloadAccountExport', gone);
    assertError(gone, 410, 'export_expired');
    assert.equal((await getExport(owner, requested.body.id)).body.status, 'expired');
  });

  test('exports are for owners and admins in a console session: an API key is refused', async () => {
    const owner = await buildAccount(server.client);
    const byKey = await server.client.post('/v1/account/exports', undefined, { key: owner.key });
    assert.equal(byKey.status, 401, JSON.stringify(byKey.body));
  });

  test('erasure needs the password again: a wrong one, or none, erases nothing', async () => {
    const owner = await buildAccount(server.client);
    const wrong = await server.client.request('DELETE', '/v1/account', { password: 'not it' }, as(owner));
    assertConforms('deleteAccount', wrong);
    assertError(wrong, 401, 'invalid_credentials');
    const bad = await server.client.request('DELETE', '/v1/account', {}, as(owner));
    assertConforms('deleteAccount', bad);
    assertError(bad, 400, 'parameter_missing');
    // Nothing changed: the key and the session work.
    assert.equal((await server.client.get('/v1/account', { key: owner.key })).status, 200);
    assert.equal((await server.client.get('/v1/account', { cookie: owner.cookie })).status, 200);
    const rows = await server.services.db.system((trx) => trx('account_erasures').where({ account_id: owner.account.id }));
    assert.equal(rows.length, 0);
  });

  test('with two-factor authentication on, erasure needs a code as well: a recovery code does', async () => {
    const owner = await buildAccount(server.client);
    const setup = await server.client.post<Schemas['TwoFactorSetup']>('/v1/auth/2fa/setup', undefined, as(owner));
    const code = new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(setup.body.secret) }).generate();
    const enabled = await server.client.post<Schemas['TwoFactorEnabled']>('/v1/auth/2fa/enable', { otp: code }, as(owner));
    assert.equal(enabled.status, 200, JSON.stringify(enabled.body));
    assertError(await server.client.request('DELETE', '/v1/account', { password: owner.password }, as(owner)), 401, 'otp_required');
    assertError(await server.client.request('DELETE', '/v1/account', { password: owner.password, otp: '000000' }, as(owner)), 401, 'otp_invalid');
    assert.equal((await server.client.get('/v1/account', { key: owner.key })).status, 200, 'nothing was erased');
    const erased = await server.client.request('DELETE', '/v1/account', { password: owner.password, otp: enabled.body.recovery_codes[0] }, as(owner));
    assert.equal(erased.status, 202, JSON.stringify(erased.body));
    assertError(await server.client.get('/v1/account', { key: owner.key }), 401, 'api_key_revoked');
  });

  test('erasure: access ends at once; then no row of the account is left in any tenant table, no file in the store, no user who belonged to nothing else', async () => {
    const { owner, media } = await accountWithData();
    const exported = await requestExport(owner);
    assert.equal((await readyExport(owner, exported.body.id)).body.status, 'ready');
    // A member who is also in another account keeps their user; one who is only here goes with it.
    const other = await buildAccount(server.client, { account_name: 'Other Co' });
    const onlyHere = { id: newId('user'), email: `only-here-${Date.now()}@example.com` };
    await server.services.db.system(async (trx) => {
      await trx('users').insert({ ...onlyHere, password_hash: await hashPassword('only here password') });
      await trx('memberships').insert([
        { account_id: owner.account.id, user_id: other.user.id, role: 'developer' },
        { account_id: owner.account.id, user_id: onlyHere.id, role: 'viewer' },
      ]);
    });
    const otherSession = await signIn(server.client, other.email, other.password);
    const mediaKey = (await server.services.db.system((trx) => trx('media').where({ id: media.id }).first('storage_key'))).storage_key as string;
    await server.services.media.read(mediaKey);

    const erased = await server.client.request<Schemas['AccountErasure']>('DELETE', '/v1/account', { password: owner.password }, as(owner));
    assertConforms('deleteAccount', erased);
    assert.equal(erased.status, 202, JSON.stringify(erased.body));
    assert.equal(erased.body.account_id, owner.account.id);
    assert.match(erased.headers.getSetCookie().join(), /parley_session=;/, 'the session cookie is cleared');

    // At once: no key, session or member reaches the account.
    assertError(await server.client.get('/v1/account', { key: owner.key }), 401, 'api_key_revoked');
    assert.equal((await server.client.get('/v1/account', { cookie: owner.cookie })).status, 401);
    assertError(await server.client.post('/v1/auth/login', { email: owner.email, password: owner.password }), 401, 'invalid_credentials');
    // The other member's own account is untouched.
    assert.equal((await server.client.get<Schemas['CurrentAccount']>('/v1/account', { key: otherSession.key })).body.id, other.account.id);

    const done = await eventually(
      () => server.services.db.system((trx) => trx('account_erasures').where({ account_id: owner.account.id }).first()),
      (row) => row?.status === 'erased',
      60_000,
    );
    assert.ok(done.erased_at);
    assert.equal(done.requested_by, owner.user.id);
    assert.equal(done.plan, owner.account.plan.id);
    assert.ok(done.erased.messages >= 3 && done.erased.connections === 1 && done.erased.media === 1, JSON.stringify(done.erased));

    const { rows: tables } = await server.services.db.knex.raw(`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p')
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'account_id' and not a.attisdropped)`);
    assert.ok(tables.length > 25);
    for (const { table } of tables as Array<{ table: string }>) {
      const left = await server.services.db.system((trx) => trx(table).where({ account_id: owner.account.id }).count({ n: '*' }).first());
      assert.equal(Number(left?.n), table === 'account_erasures' ? 1 : 0, `${table} keeps no row of the erased account`);
    }
    assert.equal((await server.services.db.system((trx) => trx('accounts').where({ id: owner.account.id }))).length, 0);
    const users = await server.services.db.system((trx) => trx('users').whereIn('id', [owner.user.id, other.user.id, onlyHere.id]).pluck('id'));
    assert.deepEqual(users, [other.user.id], 'only the user with another account is kept');
    await assert.rejects(server.services.media.read(`${owner.account.id}/exports/${exported.body.id}`), /no media object/);
    await assert.rejects(server.services.media.read(mediaKey), /no media object/);
    // The other member goes on in their account.
    assert.equal((await server.client.get('/v1/account', { cookie: otherSession.cookie })).status, 200);
  });
});
