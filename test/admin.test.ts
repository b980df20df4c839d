import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionCookieFrom } from './helpers/client.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

interface AccountPage {
  object: 'list';
  data: Array<{ id: string; name: string }>;
  has_more: boolean;
}

const ADMIN_PASSWORD = 'platform admin password';

describe('GET /v1/admin/accounts', () => {
  const adminEmail = uniqueEmail('admin');
  let server: TestServer;
  let admin: TestAccount;
  let others: TestAccount[];

  before(async () => {
    server = await startTestServer({ ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD });
    // The admin exists from start, so every other tenant created here is newer than the admin's account.
    admin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
    others = [];
    for (const name of ['Tenant One', 'Tenant Two', 'Tenant Three', 'Tenant Four', 'Tenant Five']) {
      others.push(await buildAccount(server.client, { account_name: name }));
    }
  });
  after(() => server.stop());

  test('sign-up cannot claim ADMIN_EMAIL, in any casing: the admin is created at start', async () => {
    for (const email of [adminEmail, adminEmail.toUpperCase()]) {
      const response = await server.client.post('/v1/auth/signup', { email, password: 'a takeover attempt', account_name: 'Evil' });
      assertConforms('signup', response);
      assertError(response, 409, 'email_taken');
    }
  });

  test('the user created from ADMIN_EMAIL and ADMIN_PASSWORD at start is the platform admin; others are not', async () => {
    assert.equal(admin.user.is_platform_admin, true);
    assert.equal(others[0]?.user.is_platform_admin, false);
    const session = await server.client.get('/v1/auth/session', { cookie: admin.cookie });
    assertConforms('getSession', session);
    assert.equal(session.body.user.is_platform_admin, true);
  });

  test("lists every tenant's accounts to the admin's session", async () => {
    const response = await server.client.get('/v1/admin/accounts?limit=100', { cookie: admin.cookie });
    assertConforms('adminListAccounts', response);
    assert.equal(response.status, 200);
    const page = response.body as AccountPage;
    assert.equal(page.object, 'list');
    const byId = new Map(page.data.map((account) => [account.id, account.name]));
    for (const other of others) assert.equal(byId.get(other.account.id), other.account.name);
    // Newest first: the most recently created tenant precedes the first one.
    const ids = page.data.map((account) => account.id);
    const first = others[0]?.account.id ?? '';
    const last = others.at(-1)?.account.id ?? '';
    assert.ok(ids.indexOf(last) < ids.indexOf(first), 'newest first');
  });

  test('paginates newest first with limit, starting_after and has_more', async () => {
    // Other test files share the database and create accounts concurrently (always newer than a cursor),
    // so the walk checks page mechanics and the order of this file's accounts rather than an exact list.
    const snapshot = await server.client.get('/v1/admin/accounts?limit=100', { cookie: admin.cookie });
    const snapshotIds = (snapshot.body as AccountPage).data.map((account) => account.id);

    const limit = 3;
    const walked: string[] = [];
    let startingAfter: string | undefined;
    for (let pages = 0; ; pages += 1) {
      assert.ok(pages < 10_000, 'the walk must end');
      const query = `?limit=${limit}${startingAfter ? `&starting_after=${startingAfter}` : ''}`;
      const response = await server.client.get(`/v1/admin/accounts${query}`, { cookie: admin.cookie });
      assertConforms('adminListAccounts', response);
      assert.equal(response.status, 200);
      const page = response.body as AccountPage;
      walked.push(...page.data.map((account) => account.id));
      if (!walked.includes(admin.account.id)) {
        // The admin's account is older than every other one created here, so it is still ahead.
        assert.equal(page.has_more, true, 'has_more while older accounts remain');
      }
      if (!page.has_more) {
        assert.ok(page.data.length <= limit);
        break;
      }
      assert.equal(page.data.length, limit, 'a page with more after it is full');
      startingAfter = page.data.at(-1)?.id;
    }

    assert.deepEqual(walked, [...walked].sort().reverse(), 'ids strictly descend across pages');
    assert.equal(new Set(walked).size, walked.length, 'no account appears twice');
    assert.deepEqual(
      walked.filter((id) => snapshotIds.includes(id)),
      snapshotIds,
      'the walk skips none of the accounts that existed before it, and keeps their order',
    );
    const mine = new Set(others.map((other) => other.account.id));
    assert.deepEqual(
      walked.filter((id) => mine.has(id)),
      others.map((other) => other.account.id).reverse(),
      "this file's tenants appear newest first",
    );
    assert.ok(walked.includes(admin.account.id));

    const beyondOldest = await server.client.get(`/v1/admin/accounts?limit=${limit}&starting_after=${walked.at(-1)}`, {
      cookie: admin.cookie,
    });
    assertConforms('adminListAccounts', beyondOldest);
    assert.deepEqual(beyondOldest.body, { object: 'list', data: [], has_more: false });
  });

  test('refuses a session that is not the platform admin with 403 platform_admin_required', async () => {
    const response = await server.client.get('/v1/admin/accounts', { cookie: others[0]?.cookie ?? '' });
    assertConforms('adminListAccounts', response);
    assertError(response, 403, 'platform_admin_required');
  });

  test("refuses any API key, even the admin's own, with 401 session_required", async () => {
    for (const key of [admin.key, others[0]?.key ?? '']) {
      const response = await server.client.get('/v1/admin/accounts', { key });
      assertConforms('adminListAccounts', response);
      assertError(response, 401, 'session_required');
    }
  });

  test('refuses a request without credentials with 401 authentication_required', async () => {
    const response = await server.client.get('/v1/admin/accounts');
    assertConforms('adminListAccounts', response);
    assertError(response, 401, 'authentication_required');
  });
});

describe('ADMIN_EMAIL matching', () => {
  const adminEmail = uniqueEmail('admin-case');
  const upperConfiguredEmail = uniqueEmail('admin-upper');
  let server: TestServer;
  let upperConfigured: TestServer;

  before(async () => {
    server = await startTestServer({ ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD });
    upperConfigured = await startTestServer({ ADMIN_EMAIL: upperConfiguredEmail.toUpperCase(), ADMIN_PASSWORD });
  });
  after(async () => {
    await server.stop();
    await upperConfigured.stop();
  });

  test('an upper-case variant of ADMIN_EMAIL signs in as the platform admin and may list accounts', async () => {
    const admin = await signIn(server.client, adminEmail.toUpperCase(), ADMIN_PASSWORD);
    assert.equal(admin.user.email, adminEmail);
    assert.equal(admin.user.is_platform_admin, true);
    const response = await server.client.get('/v1/admin/accounts?limit=1', { cookie: admin.cookie });
    assertConforms('adminListAccounts', response);
    assert.equal(response.status, 200);

    // Signing in later with yet another casing is the same admin.
    const mixed = adminEmail.replace(/^./, (c) => c.toUpperCase());
    const login = await server.client.post('/v1/auth/login', { email: mixed, password: admin.password });
    assertConforms('login', login);
    assert.equal(login.status, 200);
    assert.equal(login.body.user.is_platform_admin, true);
    const again = await server.client.get('/v1/admin/accounts?limit=1', { cookie: sessionCookieFrom(login) });
    assert.equal(again.status, 200);
  });

  test('an ADMIN_EMAIL configured in upper case matches the stored lower-case email', async () => {
    const admin = await signIn(upperConfigured.client, upperConfiguredEmail, ADMIN_PASSWORD);
    assert.equal(admin.user.is_platform_admin, true);
    const response = await upperConfigured.client.get('/v1/admin/accounts?limit=1', { cookie: admin.cookie });
    assert.equal(response.status, 200);
  });
});
