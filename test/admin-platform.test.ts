// The platform admin's tools through HTTP (issue 18, part 6): further admins, account search and detail,
// suspension and its effects on keys, sessions, sandbox connections and bulk jobs, feature flags, platform health
// and the platform audit log. A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { listOperations, loadDocument } from '../server/platform/http/spec.js';
import { jobsOf } from './helpers/bulk-jobs.js';
import { waitForStatus } from './helpers/connection-status.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, buildApiKey, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { linkSandbox, send } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type AdminAccount = Schemas['AdminAccount'];
const ADMIN_PASSWORD = 'platform admin password';
let numbers = 0;
const number = () => `+1202558${String(++numbers).padStart(4, '0')}`;
const as = (account: TestAccount) => ({ cookie: account.cookie, csrf: account.csrf });
const prefix = (label: string) => `${testEnv().redisPrefix}${label}-${randomBytes(4).toString('hex')}:`;

describe('platform admin', () => {
  const adminEmail = uniqueEmail('platform-admin');
  let database: ScratchDatabase;
  let server: TestServer;
  let admin: TestAccount;

  before(async () => {
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: prefix('admin'),
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD,
    });
    admin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  const getAccount = async (id: string) => {
    const response = await server.client.get<AdminAccount>(`/v1/admin/accounts/${id}`, as(admin));
    assertConforms('adminGetAccount', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };
  const search = async (query: string) => {
    const response = await server.client.get<Schemas['AdminAccountList']>(`/v1/admin/accounts?limit=100&${query}`, as(admin));
    assertConforms('adminListAccounts', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data.map((account) => account.id);
  };
  const platformLog = async (query: string) => {
    const response = await server.client.get<Schemas['PlatformAuditLogList']>(`/v1/admin/audit-log?${query}`, as(admin));
    assertConforms('adminListAuditLog', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data;
  };
  const accountLog = async (owner: TestAccount, action: string) => {
    const response = await server.client.get<Schemas['AuditLogList']>(`/v1/audit-log?action=${action}`, as(owner));
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data;
  };

  test('every platform-admin operation refuses members of any role (403 platform_admin_required) and API keys (401), and changes nothing', async () => {
    const operations = listOperations(loadDocument()).filter((operation) => operation.platformAdmin);
    assert.ok(operations.length >= 12);
    const owner = await buildAccount(server.client);
    const before = await server.services.db.system(async (trx) => ({
      account: await trx('accounts').where({ id: owner.account.id }).first(),
      log: Number((await trx('platform_audit_log').count({ n: '*' }).first())?.n),
    }));
    for (const operation of operations) {
      const path = operation.path.replace('{id}', operation.path.startsWith('/v1/admin/admins') ? owner.user.id : owner.account.id).replace('{feature}', 'bulk_jobs');
      const body = operation.body === 'none' ? undefined : { reason: 'r', enabled: false, email: owner.email, plan: 'pro' };
      const asMember = await server.client.request(operation.method.toUpperCase(), path, body, as(owner));
      assertConforms(operation.id, asMember);
      assertError(asMember, 403, 'platform_admin_required');
      const asKey = await server.client.request(operation.method.toUpperCase(), path, body, { key: owner.key });
      assertConforms(operation.id, asKey);
      assertError(asKey, 401, 'session_required');
    }
    const afterwards = await server.services.db.system(async (trx) => ({
      account: await trx('accounts').where({ id: owner.account.id }).first(),
      log: Number((await trx('platform_audit_log').count({ n: '*' }).first())?.n),
    }));
    assert.deepEqual(afterwards, before);
  });

  test('the configured admin names further admins and removes them; named admins may use /v1/admin but not name or remove', async () => {
    const named = await buildAccount(server.client);
    const bystander = await buildAccount(server.client);
    assertError(await server.client.get('/v1/admin/accounts', as(named)), 403, 'platform_admin_required');

    const added = await server.client.post<Schemas['PlatformAdmin']>('/v1/admin/admins', { email: named.email.toUpperCase() }, as(admin));
    assertConforms('adminAddAdmin', added);
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.id, named.user.id);
    assert.equal(added.body.bootstrap, false);
    assert.deepEqual(added.body.added_by, { id: admin.user.id, email: adminEmail });

    // The same session, at once: the check reads the user's row on every request.
    const session = await server.client.get<Schemas['Session']>('/v1/auth/session', as(named));
    assert.equal(session.body.user.is_platform_admin, true);
    assert.equal((await server.client.get('/v1/admin/accounts', as(named))).status, 200);

    const list = await server.client.get<Schemas['PlatformAdminList']>('/v1/admin/admins', as(named));
    assertConforms('adminListAdmins', list);
    assert.deepEqual(list.body.data.map((a) => [a.email, a.bootstrap]), [[adminEmail, true], [named.email, false]]);

    // Bad input: typed errors, nothing changed.
    assertError(await server.client.post('/v1/admin/admins', { email: named.email }, as(admin)), 409, 'already_platform_admin');
    assertError(await server.client.post('/v1/admin/admins', { email: adminEmail }, as(admin)), 409, 'already_platform_admin');
    assertError(await server.client.post('/v1/admin/admins', { email: uniqueEmail('nobody') }, as(admin)), 404, 'user_not_found');
    assertError(await server.client.post('/v1/admin/admins', { email: 'not an email' }, as(admin)), 400, 'parameter_invalid');
    assertError(await server.client.post('/v1/admin/admins', { email: bystander.email }, as(named)), 403, 'bootstrap_admin_required');
    assertError(await server.client.delete(`/v1/admin/admins/${named.user.id}`, as(named)), 403, 'bootstrap_admin_required');
    assertError(await server.client.delete(`/v1/admin/admins/${admin.user.id}`, as(admin)), 409, 'bootstrap_admin_protected');
    assertError(await server.client.delete(`/v1/admin/admins/${bystander.user.id}`, as(admin)), 404, 'resource_missing');
    assertError(await server.client.post('/v1/admin/admins', { email: bystander.email }, as(bystander)), 403, 'platform_admin_required');
    assert.equal((await server.client.get<Schemas['PlatformAdminList']>('/v1/admin/admins', as(admin))).body.data.length, 2);

    // The ADMIN_REQUIRE_TWO_FACTOR rule is every admin's, not only the configured one's.
    const strict = await startTestServer({ DATABASE_URL: database.url, REDIS_KEY_PREFIX: prefix('strict'), ADMIN_EMAIL: adminEmail, ADMIN_REQUIRE_TWO_FACTOR: 'true' });
    try {
      assertError(await strict.client.get('/v1/admin/accounts', as(named)), 403, 'two_factor_required');
    } finally {
      await strict.stop();
    }

    const removed = await server.client.delete<Schemas['User']>(`/v1/admin/admins/${named.user.id}`, as(admin));
    assertConforms('adminRemoveAdmin', removed);
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.equal(removed.body.is_platform_admin, false);
    assertError(await server.client.get('/v1/admin/accounts', as(named)), 403, 'platform_admin_required');

    const [addedEntry] = await platformLog(`action=platform_admin.added&actor=${admin.user.id}`);
    assert.equal(addedEntry?.account_id, null);
    assert.deepEqual(addedEntry?.actor, { id: admin.user.id, email: adminEmail });
    assert.deepEqual(addedEntry?.target, { type: 'users', id: named.user.id });
    assert.deepEqual(Object.keys(addedEntry?.changes ?? {}).sort(), ['platform_admin_added_by', 'platform_admin_at'], 'only the admin fields, not the whole user');
    assert.equal(addedEntry?.changes.platform_admin_at?.before, null);
    assert.deepEqual(addedEntry?.changes.platform_admin_added_by, { before: null, after: admin.user.id });
    const [removedEntry] = await platformLog('action=platform_admin.removed');
    assert.deepEqual(removedEntry?.target, { type: 'users', id: named.user.id });
    assert.equal(removedEntry?.changes.platform_admin_at?.after, null);
    assert.deepEqual(removedEntry?.changes.platform_admin_added_by, { before: admin.user.id, after: null });
    assert.equal((await platformLog('action=platform_admin.added')).length, 1, 'refused attempts wrote nothing');
  });

  test('search by name, member email and phone number, ignoring case; filters by plan and status; each with its detail', async () => {
    const tag = randomBytes(4).toString('hex');
    const named = await buildAccount(server.client, { account_name: `Zebra Fisheries ${tag}` });
    const byEmail = await buildAccount(server.client, { email: `Ada.${tag}@Example.com`, account_name: 'Plain Co' });
    const byPhone = await buildAccount(server.client, { account_name: 'Phone Co' });
    const phone = number();
    const connection = await linkSandbox(server.client, byPhone.key, phone);
    await send(server.client, byPhone.key, { connection_id: connection.id, to: number(), type: 'text', text: { body: 'hello' } });

    assert.deepEqual(await search(`query=${encodeURIComponent(`zebra FISHERIES ${tag}`)}`), [named.account.id]);
    assert.deepEqual(await search(`query=${encodeURIComponent(`ada.${tag.toUpperCase()}@EXAMPLE`)}`), [byEmail.account.id]);
    const formatted = `${phone.slice(0, 2)} ${phone.slice(2, 5)}-${phone.slice(5)}`;
    assert.deepEqual(await search(`query=${encodeURIComponent(formatted)}`), [byPhone.account.id]);
    assert.deepEqual(await search(`query=${encodeURIComponent(phone)}`), [byPhone.account.id]);
    assert.deepEqual(await search(`query=${encodeURIComponent(`%${tag}`)}`), [], 'LIKE wildcards are literal');
    assert.deepEqual(await search(`query=${encodeURIComponent(`Zebra ${phone.slice(2)}`)}`), [], 'only a query written like a number matches digits alone');

    const patched = await server.client.request('PATCH', `/v1/admin/accounts/${named.account.id}`, { plan: 'pro' }, as(admin));
    assert.equal(patched.status, 200);
    const pro = await search('plan=pro');
    assert.ok(pro.includes(named.account.id) && !pro.includes(byEmail.account.id));
    assert.deepEqual(await search(`plan=pro&query=${tag}`), [named.account.id]);
    assert.deepEqual(await search(`plan=enterprise&query=${tag}`), [byEmail.account.id]);
    assert.deepEqual(await search(`status=suspended&query=${tag}`), []);
    // Pagination still holds with a query: newest first, one at a time.
    const first = await server.client.get<Schemas['AdminAccountList']>(`/v1/admin/accounts?limit=1&query=${tag}`, as(admin));
    assert.deepEqual([first.body.data.map((a) => a.id), first.body.has_more], [[byEmail.account.id], true]);
    const second = await server.client.get<Schemas['AdminAccountList']>(`/v1/admin/accounts?limit=1&query=${tag}&starting_after=${byEmail.account.id}`, as(admin));
    assert.deepEqual([second.body.data.map((a) => a.id), second.body.has_more], [[named.account.id], false]);

    const detail = await getAccount(byPhone.account.id);
    assert.deepEqual(detail.owner, { id: byPhone.user.id, email: byPhone.email });
    assert.equal(detail.member_count, 1);
    assert.equal(detail.plan.id, 'enterprise');
    assert.deepEqual(detail.usage.messages, { live: 0, test: 1, limit: detail.limits.messages_per_period });
    assert.equal(detail.connections.connected, 1);
    assert.equal(detail.connections.total, 1);
    assert.ok(detail.last_activity_at !== null && Date.parse(detail.last_activity_at) > Date.now() - 60_000);
    assert.equal(detail.status_change, null);
    const listed = await server.client.get<Schemas['AdminAccountList']>(`/v1/admin/accounts?query=${encodeURIComponent(phone)}`, as(admin));
    assert.deepEqual(listed.body.data[0], detail);

    assertError(await server.client.get('/v1/admin/accounts/acct_0000000000000000000000000', as(admin)), 404, 'resource_missing');
    assertError(await server.client.get('/v1/admin/accounts?status=gone', as(admin)), 400, 'parameter_invalid');
    assertError(await server.client.get('/v1/admin/accounts?query=', as(admin)), 400, 'parameter_invalid');
    assertError(await server.client.get('/v1/admin/accounts?query=%20%20', as(admin)), 400, 'parameter_invalid');
    assertError(await server.client.get(`/v1/admin/accounts/${byPhone.account.id}`, as(byPhone)), 403, 'platform_admin_required');
  });

  test('suspension refuses keys and sessions, stops connections and pauses jobs; unsuspension brings back exactly those', async () => {
    const tenant = await buildAccount(server.client);
    const other = await buildAccount(server.client);
    const running = await linkSandbox(server.client, tenant.key, number());
    const loggedOut = await linkSandbox(server.client, tenant.key, number());
    const logout = await server.client.post(`/v1/connections/${loggedOut.id}/logout`, undefined, { key: tenant.key });
    assert.equal(logout.status, 200, JSON.stringify(logout.body));
    await waitForStatus(server.client, tenant.key, loggedOut.id, 'logged_out');

    const jobs = jobsOf(server, tenant.key);
    const recipients = Array.from({ length: 30 }, () => ({ to: number() }));
    const slow = await jobs.create({ connection_ids: [running.id], type: 'text', text: { body: 'slowly' }, recipients, rate: 1 });
    assert.equal(slow.status, 201, JSON.stringify(slow.body));
    await jobs.waitFor(slow.body.id, (job) => job.status === 'running');
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await jobs.create({ connection_ids: [running.id], type: 'text', text: { body: 'tomorrow' }, recipients: [{ to: number() }], send_at: later });
    const userPaused = await jobs.create({ connection_ids: [running.id], type: 'text', text: { body: 'held' }, recipients: [{ to: number() }], send_at: later });
    assert.equal((await jobs.act(userPaused.body.id, 'pause')).status, 200);

    // Refused first: not an admin, no reason, an unknown account, the admin's own account.
    assertError(await server.client.post(`/v1/admin/accounts/${tenant.account.id}/suspend`, { reason: 'x' }, as(other)), 403, 'platform_admin_required');
    assertError(await server.client.post(`/v1/admin/accounts/${tenant.account.id}/suspend`, {}, as(admin)), 400, 'parameter_missing');
    assertError(await server.client.post(`/v1/admin/accounts/${tenant.account.id}/suspend`, { reason: '' }, as(admin)), 400, 'parameter_invalid');
    assertError(await server.client.post('/v1/admin/accounts/acct_0000000000000000000000000/suspend', { reason: 'x' }, as(admin)), 404, 'resource_missing');
    assertError(await server.client.post(`/v1/admin/accounts/${admin.account.id}/suspend`, { reason: 'x' }, as(admin)), 409, 'own_account');
    // An account a platform admin belongs to: suspending it would lock that admin out.
    assert.equal((await server.client.post('/v1/admin/admins', { email: other.email }, as(admin))).status, 201);
    assertError(await server.client.post(`/v1/admin/accounts/${other.account.id}/suspend`, { reason: 'x' }, as(admin)), 409, 'platform_admin_account');
    assertError(await server.client.post(`/v1/admin/accounts/${admin.account.id}/suspend`, { reason: 'x' }, as(other)), 409, 'platform_admin_account');
    assert.equal((await server.client.delete(`/v1/admin/admins/${other.user.id}`, as(admin))).status, 200);
    assertError(await server.client.post(`/v1/admin/accounts/${tenant.account.id}/unsuspend`, {}, as(admin)), 409, 'account_not_suspended');
    assert.equal((await server.client.get('/v1/account', { key: tenant.key })).status, 200, 'nothing was changed');

    const runningBefore = server.connections?.running ?? 0;
    const suspended = await server.client.post<AdminAccount>(`/v1/admin/accounts/${tenant.account.id}/suspend`, { reason: 'Spam complaints' }, as(admin));
    assertConforms('adminSuspendAccount', suspended);
    assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
    assert.equal(suspended.body.status, 'suspended');
    assert.deepEqual({ ...suspended.body.status_change, at: undefined }, { status: 'suspended', reason: 'Spam complaints', at: undefined, by: { id: admin.user.id, email: adminEmail } });
    assert.equal(suspended.body.connections.disconnected, 1);
    assert.equal(suspended.body.connections.logged_out, 1);

    assertError(await server.client.get('/v1/account', { key: tenant.key }), 403, 'account_suspended');
    assertError(await server.client.get('/v1/account', as(tenant)), 403, 'account_suspended');
    assertError(await server.client.post('/v1/auth/login', { email: tenant.email, password: tenant.password }), 403, 'account_suspended');
    assertError(await server.client.post(`/v1/admin/accounts/${tenant.account.id}/suspend`, { reason: 'again' }, as(admin)), 409, 'account_already_suspended');
    assert.equal((await getAccount(tenant.account.id)).status_change?.reason, 'Spam complaints', 'the second suspension changed nothing');

    const rows = () =>
      server.services.db.system(async (trx) => ({
        connections: (await trx('connections').where({ account_id: tenant.account.id }).orderBy('id').select('id', 'status', 'status_reason', 'held_by_suspension', 'lease_owner')) as Array<Record<string, unknown>>,
        jobs: Object.fromEntries(
          ((await trx('bulk_jobs').where({ account_id: tenant.account.id }).select('id', 'status', 'paused_by_suspension')) as Array<{ id: string; status: string; paused_by_suspension: boolean }>).map((j) => [j.id, [j.status, j.paused_by_suspension]]),
        ),
      }));
    const held = await rows();
    assert.deepEqual(
      held.connections.map((c) => [c.id, c.status, c.status_reason, c.held_by_suspension]),
      [
        [running.id, 'disconnected', 'account_suspended', true],
        [loggedOut.id, 'logged_out', 'logged_out_by_user', false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    assert.deepEqual(held.jobs, {
      [slow.body.id]: ['paused', true],
      [scheduled.body.id]: ['paused', true],
      [userPaused.body.id]: ['paused', false],
    });
    // The worker let the connection go (its socket closed) and nobody claims it while the suspension holds it.
    await eventually(() => Promise.resolve(server.connections?.running ?? -1), (n) => n === runningBefore - 1);
    await server.connections?.tick();
    const still = await rows();
    assert.deepEqual(still.connections.find((c) => c.id === running.id)?.lease_owner, null);
    assert.equal(still.connections.find((c) => c.id === running.id)?.status, 'disconnected');

    const unsuspended = await server.client.post<AdminAccount>(`/v1/admin/accounts/${tenant.account.id}/unsuspend`, { reason: 'Resolved with the customer' }, as(admin));
    assertConforms('adminUnsuspendAccount', unsuspended);
    assert.equal(unsuspended.status, 200, JSON.stringify(unsuspended.body));
    assert.equal(unsuspended.body.status, 'active');
    assert.equal(unsuspended.body.status_change?.reason, 'Resolved with the customer');
    assert.equal((await server.client.get('/v1/account', { key: tenant.key })).status, 200);
    assert.equal((await server.client.get('/v1/account', as(tenant))).status, 200);
    await waitForStatus(server.client, tenant.key, running.id, 'connected');
    assert.equal((await server.client.get<Schemas['Connection']>(`/v1/connections/${loggedOut.id}`, { key: tenant.key })).body.status, 'logged_out');
    assert.deepEqual((await rows()).jobs, {
      [slow.body.id]: ['running', false],
      [scheduled.body.id]: ['scheduled', false],
      [userPaused.body.id]: ['paused', false],
    });
    assertError(await server.client.post(`/v1/admin/accounts/${tenant.account.id}/unsuspend`, undefined, as(admin)), 409, 'account_not_suspended');

    // Both are in the account's own log as the platform admin's, and in the platform log.
    const [suspendEntry] = await accountLog(tenant, 'account.suspended');
    assert.deepEqual(suspendEntry?.actor, { type: 'platform_admin', id: admin.user.id, email: adminEmail });
    assert.deepEqual(suspendEntry?.changes.status, { before: 'active', after: 'suspended' });
    assert.deepEqual(suspendEntry?.changes.status_reason, { before: null, after: 'Spam complaints' });
    const [unsuspendEntry] = await accountLog(tenant, 'account.unsuspended');
    assert.deepEqual(unsuspendEntry?.changes.status, { before: 'suspended', after: 'active' });
    const platformEntries = await platformLog(`account_id=${tenant.account.id}`);
    assert.deepEqual(platformEntries.map((e) => e.action), ['account.unsuspended', 'account.suspended']);
    assert.equal((await accountLog(other, 'account.suspended')).length, 0);
  });

  test('feature flags: off refuses the call with 403 feature_disabled, on lets it through; each change audited', async () => {
    const tenant = await buildAccount(server.client);
    const live = await buildApiKey(server.client, tenant, { mode: 'live' });
    const connection = await linkSandbox(server.client, tenant.key, number());
    const features = async () => {
      const response = await server.client.get<Schemas['AccountFeatureList']>(`/v1/admin/accounts/${tenant.account.id}/features`, as(admin));
      assertConforms('adminListAccountFeatures', response);
      return Object.fromEntries(response.body.data.map((f) => [f.feature, f]));
    };
    const set = async (feature: string, enabled: unknown) => {
      const response = await server.client.request<Schemas['AccountFeature']>('PUT', `/v1/admin/accounts/${tenant.account.id}/features/${feature}`, { enabled }, as(admin));
      assertConforms('adminSetAccountFeature', response);
      return response;
    };
    const initial = await features();
    assert.deepEqual([initial.bulk_jobs?.enabled, initial.bulk_jobs?.default, initial.bulk_jobs?.set_by], [true, true, null]);
    assert.equal(initial.live_connections?.enabled, true);

    const job = { connection_ids: [connection.id], type: 'text', text: { body: 'hi' }, recipients: [{ to: number() }] };
    const off = await set('bulk_jobs', false);
    assert.equal(off.status, 200, JSON.stringify(off.body));
    assert.deepEqual([off.body.enabled, off.body.set_by], [false, { id: admin.user.id, email: adminEmail }]);
    const refused = await server.client.post('/v1/bulk-jobs', job, { key: tenant.key });
    assertError(refused, 403, 'feature_disabled');
    assert.match(refused.body.error.message, /bulk_jobs.*platform admin/);
    assert.equal(await server.services.db.system(async (trx) => Number((await trx('bulk_jobs').where({ account_id: tenant.account.id }).count({ n: '*' }).first())?.n)), 0);

    assert.equal((await set('live_connections', false)).status, 200);
    assertError(await server.client.post('/v1/connections', {}, { key: live.secret }), 403, 'feature_disabled');
    const testMode = await server.client.post('/v1/connections', {}, { key: tenant.key });
    assert.equal(testMode.status, 201, 'test mode is not gated');

    // Bad input: typed errors, nothing changed.
    assertError(await set('teleportation', true), 400, 'parameter_invalid');
    assertError(await set('bulk_jobs', 'yes'), 400, 'parameter_invalid');
    assertError(await server.client.request('PUT', '/v1/admin/accounts/acct_0000000000000000000000000/features/bulk_jobs', { enabled: true }, as(admin)), 404, 'resource_missing');
    assertError(await server.client.request('PUT', `/v1/admin/accounts/${tenant.account.id}/features/bulk_jobs`, { enabled: true }, as(tenant)), 403, 'platform_admin_required');
    assert.equal((await features()).bulk_jobs?.enabled, false);

    assert.equal((await set('bulk_jobs', true)).status, 200);
    assert.equal((await server.client.post('/v1/bulk-jobs', job, { key: tenant.key })).status, 201);

    const log = await accountLog(tenant, 'account_feature.set');
    assert.equal(log.length, 3);
    assert.deepEqual(log.map((e) => e.changes.enabled), [
      { before: false, after: true },
      { before: null, after: false },
      { before: null, after: false },
    ]);
    assert.ok(log.every((e) => e.actor.type === 'platform_admin'));
  });
});

describe('platform health', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let admin: TestAccount;

  before(async () => {
    database = await createScratchDatabase();
    const adminEmail = uniqueEmail('health-admin');
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: prefix('health'),
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD,
      STRIPE_SECRET_KEY: 'sk_test_health',
      STRIPE_WEBHOOK_SECRET: 'whsec_health',
    });
    admin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('the figures match the data: accounts, messages, connections, webhooks, backlogs and MRR', async () => {
    const a = await buildAccount(server.client);
    const b = await buildAccount(server.client);
    const c = await buildAccount(server.client);
    assert.equal((await server.client.request('PATCH', `/v1/admin/accounts/${b.account.id}`, { plan: 'pro' }, as(admin))).status, 200);
    assert.equal((await server.client.post(`/v1/admin/accounts/${c.account.id}/suspend`, { reason: 'test' }, as(admin))).status, 200);

    // Sign-ups queue a verification email each, and no worker sends them here: counted before the known rows go in.
    const queuedBefore = await server.services.db.system(async (trx) => Number((await trx('emails').where({ status: 'queued' }).count({ n: '*' }).first())?.n));
    await server.services.db.system(async (trx) => {
      const today = trx.raw(`(now() at time zone 'UTC')::date`);
      const monthStart = trx.raw(`date_trunc('month', now() at time zone 'UTC')::date`);
      const lastMonth = trx.raw(`(date_trunc('month', now() at time zone 'UTC') - interval '1 day')::date`);
      const isFirst = (await trx.raw(`select extract(day from now() at time zone 'UTC') = 1 as first`)).rows[0].first as boolean;
      await trx('usage_daily').insert([
        { account_id: a.account.id, mode: 'live', day: today, category: 'messages_accepted_text', quantity: 5, slot: 0 },
        { account_id: a.account.id, mode: 'live', day: today, category: 'messages_accepted_bulk', quantity: 2, slot: 1 },
        { account_id: b.account.id, mode: 'test', day: today, category: 'messages_accepted_media', quantity: 3, slot: 0 },
        { account_id: b.account.id, mode: 'live', day: today, category: 'messages_inbound', quantity: 4, slot: 0 },
        { account_id: a.account.id, mode: 'live', day: today, category: 'messages_sent_text', quantity: 5, slot: 0 },
        { account_id: a.account.id, mode: 'live', day: lastMonth, category: 'messages_accepted_text', quantity: 100, slot: 0 },
        ...(isFirst ? [] : [{ account_id: b.account.id, mode: 'live', day: monthStart, category: 'messages_accepted_template', quantity: 10, slot: 0 }]),
      ]);
      const connection = (id: string, status: string, owner: string | null) => ({
        id,
        account_id: a.account.id,
        mode: 'test',
        status,
        send_rate: 20,
        lease_owner: owner,
        lease_epoch: 1,
        lease_expires_at: owner ? trx.raw(`now() + interval '1 hour'`) : null,
      });
      await trx('connections').insert([
        connection('conn_health1', 'connected', 'worker-a'),
        connection('conn_health2', 'connected', 'worker-a'),
        connection('conn_health3', 'qr', 'worker-b'),
        connection('conn_health4', 'logged_out', null),
      ]);
      await trx('webhook_endpoints').insert({ id: 'we_health', account_id: a.account.id, mode: 'test', url: 'https://example.com/hook', events: JSON.stringify(['webhook.test']), secret_sealed: 'x' });
      await trx('events').insert({ id: 'evt_health', account_id: a.account.id, mode: 'test', type: 'webhook.test', data: '{}' });
      const delivery = (id: string, status: string) => ({
        id,
        account_id: a.account.id,
        mode: 'test',
        endpoint_id: 'we_health',
        event_id: 'evt_health',
        event_type: 'webhook.test',
        status,
        next_attempt_at: status === 'pending' ? trx.fn.now() : null,
      });
      await trx('webhook_deliveries').insert([delivery('whd_health1', 'pending'), delivery('whd_health2', 'succeeded'), delivery('whd_health3', 'pending')]);
      const attempt = (id: string, code: number | null, hoursAgo: number) => ({
        id,
        account_id: a.account.id,
        mode: 'test',
        delivery_id: 'whd_health2',
        endpoint_id: 'we_health',
        url: 'https://example.com/hook',
        attempted_at: trx.raw(`now() - make_interval(hours => ?)`, [hoursAgo]),
        status_code: code,
        latency_ms: 5,
      });
      await trx('webhook_attempts').insert([attempt('wha_1', 200, 1), attempt('wha_2', 204, 2), attempt('wha_3', 500, 3), attempt('wha_4', null, 4), attempt('wha_5', 500, 30)]);
      await trx('emails').insert([
        { id: 'eml_health1', kind: 'invitation', to_address: 'x@example.com', subject: 's', status: 'queued' },
        { id: 'eml_health2', kind: 'invitation', to_address: 'y@example.com', subject: 's', status: 'sent' },
      ]);
      const subscription = (account: string, status: string, plan: string) => ({
        account_id: account,
        stripe_subscription_id: `sub_${account}`,
        status,
        plan,
        synced_at: trx.fn.now(),
      });
      await trx('billing_subscriptions').insert([subscription(a.account.id, 'active', 'pro'), subscription(b.account.id, 'past_due', 'business'), subscription(c.account.id, 'canceled', 'pro')]);
    });

    // No worker runs here: a message due now waits in the outbox; one scheduled for tomorrow is not due yet.
    await send(server.client, a.key, { connection_id: 'conn_health1', to: number(), type: 'text', text: { body: 'due' } });
    await send(server.client, a.key, { connection_id: 'conn_health1', to: number(), type: 'text', text: { body: 'later' }, send_at: new Date(Date.now() + 86_400_000).toISOString() });

    const response = await server.client.get<Schemas['PlatformHealth']>('/v1/admin/health', as(admin));
    assertConforms('adminGetPlatformHealth', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const health = response.body;
    // The admin's account, a, b and c: on the tests' default plan but b.
    assert.deepEqual(health.accounts, { total: 4, by_plan: { enterprise: 3, pro: 1 }, by_status: { active: 3, suspended: 1 } });
    // Test mode: the 3 in the totals above and the 2 accepted through the API (a scheduled message counts when accepted).
    assert.deepEqual(health.messages.today, { outbound_live: 7, outbound_test: 5, inbound_live: 4, inbound_test: 0 });
    const isFirst = new Date().getUTCDate() === 1;
    assert.deepEqual(health.messages.this_month, { outbound_live: isFirst ? 7 : 17, outbound_test: 5, inbound_live: 4, inbound_test: 0 });
    assert.deepEqual(health.connections.by_status, { pending: 0, qr: 1, connecting: 0, connected: 2, disconnected: 0, logged_out: 1, failed: 0, total: 4 });
    assert.deepEqual(health.connections.by_worker, [{ worker: 'worker-a', connections: 2 }, { worker: 'worker-b', connections: 1 }]);
    assert.deepEqual(health.webhooks, { attempts_24h: 4, succeeded_24h: 2, success_rate_24h: 0.5 });
    assert.deepEqual(health.backlogs, { webhook_deliveries_pending: 2, emails_queued: queuedBefore + 1, messages_due: 1, metered_usage_unreported: 0 });
    assert.deepEqual(health.mrr, { subscriptions: 2, amounts: { usd: 4_900 + 19_900 } });

    assertError(await server.client.get('/v1/admin/health', as(a)), 403, 'platform_admin_required');
    assertError(await server.client.get('/v1/admin/health', { key: admin.key }), 401, 'session_required');
  });

  test('without Stripe billing MRR is null', async () => {
    const adminEmail = uniqueEmail('health-nobilling');
    const plain = await startTestServer({ DATABASE_URL: database.url, REDIS_KEY_PREFIX: prefix('plain'), ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD });
    try {
      const session = await signIn(plain.client, adminEmail, ADMIN_PASSWORD);
      const response = await plain.client.get<Schemas['PlatformHealth']>('/v1/admin/health', as(session));
      assertConforms('adminGetPlatformHealth', response);
      assert.equal(response.body.mrr, null);
    } finally {
      await plain.stop();
    }
  });
});
