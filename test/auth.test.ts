import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionCookieFrom } from './helpers/client.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, uniqueEmail } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('sign-up, login and console sessions', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  test('sign-up creates the user, the account, a first test-mode key shown once, and a session cookie', async () => {
    const email = uniqueEmail('Founder').toUpperCase();
    const response = await server.client.post('/v1/auth/signup', {
      email,
      password: 'a long enough password',
      account_name: 'Acme Ltd',
    });
    assertConforms('signup', response);
    assert.equal(response.status, 201);
    const { user, account, api_key: key, session } = response.body;
    assert.equal(user.email, email.toLowerCase());
    assert.equal(account.name, 'Acme Ltd');
    assert.equal(key.mode, 'test');
    assert.match(key.secret, /^parley_test_[0-9A-Za-z]{40}$/);
    assert.equal(key.last4, key.secret.slice(-4));
    assert.equal(session.account.id, account.id);

    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('parley_session='));
    assert.ok(cookie);
    assert.match(cookie, /httponly/i);
    assert.match(cookie, /samesite=lax/i);
    assert.doesNotMatch(cookie, /secure/i, 'plain http must not get a Secure cookie');

    const account2 = await server.client.get('/v1/account', { key: key.secret });
    assert.equal(account2.body.id, account.id);
    const stored = await server.services.db.system((trx) => trx('users').where({ id: user.id }).first());
    assert.match(stored.password_hash, /^\$argon2id\$/);
  });

  test('sign-up with an email already in use answers 409 email_taken and creates nothing', async () => {
    const owner = await buildAccount(server.client);
    const name = `Copycat ${owner.email}`;
    const response = await server.client.post('/v1/auth/signup', {
      email: owner.email.toUpperCase(),
      password: 'another long password',
      account_name: name,
    });
    assertConforms('signup', response);
    assert.equal(assertError(response, 409, 'email_taken').param, 'email');
    const created = await server.services.db.system((trx) => trx('accounts').where({ name }).first());
    assert.equal(created, undefined);
  });

  test('sign-up refuses a short password, a bad email and unknown fields, naming the field', async () => {
    const base = { email: uniqueEmail(), password: 'a long enough password', account_name: 'X' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, password: 'short' }, 'parameter_invalid', 'password'],
      [{ ...base, email: 'not-an-email' }, 'parameter_invalid', 'email'],
      [{ ...base, plan: 'enterprise' }, 'parameter_unknown', 'plan'],
      [{ email: base.email, password: base.password }, 'parameter_missing', 'account_name'],
      [{ ...base, account_name: 42 }, 'parameter_invalid', 'account_name'],
    ];
    for (const [body, code, param] of cases) {
      const response = await server.client.post('/v1/auth/signup', body);
      assert.equal(assertError(response, 400, code).param, param);
    }
    const exists = await server.services.db.system((trx) => trx('users').where({ email: base.email }).first());
    assert.equal(exists, undefined);
  });

  test('login opens a session; the session reads itself and authenticates /v1 calls', async () => {
    const owner = await buildAccount(server.client);
    const login = await server.client.post('/v1/auth/login', { email: owner.email, password: owner.password });
    assertConforms('login', login);
    assert.equal(login.status, 200);
    const cookie = sessionCookieFrom(login);
    assert.notEqual(cookie, owner.cookie);

    const session = await server.client.get('/v1/auth/session', { cookie });
    assertConforms('getSession', session);
    assert.equal(session.body.id, login.body.id);
    assert.equal(session.body.user.email, owner.email);
    assert.equal(session.body.account.id, owner.account.id);
    assert.equal(session.body.csrf_token, login.body.csrf_token);

    const account = await server.client.get('/v1/account', { cookie });
    assert.equal(account.body.id, owner.account.id);
  });

  test('a wrong password and an unknown email get the same 401 invalid_credentials', async () => {
    const owner = await buildAccount(server.client);
    const wrong = await server.client.post('/v1/auth/login', { email: owner.email, password: 'not the password' });
    assertConforms('login', wrong);
    const unknown = await server.client.post('/v1/auth/login', { email: uniqueEmail(), password: 'whatever it is' });
    assert.equal(assertError(wrong, 401, 'invalid_credentials').message, assertError(unknown, 401, 'invalid_credentials').message);
    assert.equal(wrong.headers.getSetCookie().length, 0);
  });

  test('logout revokes the session at once and clears the cookie', async () => {
    const owner = await buildAccount(server.client);
    const logout = await server.client.post('/v1/auth/logout', undefined, { cookie: owner.cookie, csrf: owner.csrf });
    assertConforms('logout', logout);
    assert.equal(logout.status, 204);
    assert.match(logout.headers.getSetCookie().join(), /parley_session=;.*expires=Thu, 01 Jan 1970/i);
    assertError(await server.client.get('/v1/auth/session', { cookie: owner.cookie }), 401, 'invalid_session');
    assertError(await server.client.get('/v1/account', { cookie: owner.cookie }), 401, 'invalid_session');
    // The API key is not a session: it keeps working.
    assert.equal((await server.client.get('/v1/account', { key: owner.key })).status, 200);
  });

  test('an expired session is refused with session_expired', async () => {
    const owner = await buildAccount(server.client);
    const sessionId = (await server.client.get('/v1/auth/session', { cookie: owner.cookie })).body.id;
    await server.services.db.system((trx) =>
      trx('sessions').where({ id: sessionId }).update({ expires_at: trx.raw(`now() - interval '1 second'`) }),
    );
    assertError(await server.client.get('/v1/account', { cookie: owner.cookie }), 401, 'session_expired');
  });

  test('cookie-authenticated writes need the CSRF token; API-key writes do not', async () => {
    const owner = await buildAccount(server.client);
    const body = { name: 'from console', mode: 'test' };
    const countKeys = () =>
      server.services.db.system(async (trx) => Number((await trx('api_keys').where({ account_id: owner.account.id }).count({ n: '*' }))[0]?.n));
    const before = await countKeys();
    assertError(await server.client.post('/v1/api-keys', body, { cookie: owner.cookie }), 403, 'csrf_token_invalid');
    assertError(await server.client.post('/v1/api-keys', body, { cookie: owner.cookie, csrf: 'forged' }), 403, 'csrf_token_invalid');
    assert.equal(await countKeys(), before, 'a refused write changes nothing');
    assert.equal((await server.client.post('/v1/api-keys', body, { cookie: owner.cookie, csrf: owner.csrf })).status, 201);
    assert.equal((await server.client.post('/v1/api-keys', body, { key: owner.key })).status, 201);
    // Reads need no token.
    assert.equal((await server.client.get('/v1/api-keys', { cookie: owner.cookie })).status, 200);
  });

  test('session endpoints refuse API keys, and a malformed Authorization header is named', async () => {
    const owner = await buildAccount(server.client);
    assertError(await server.client.get('/v1/auth/session', { key: owner.key }), 401, 'session_required');
    assertError(await server.client.get('/v1/account', { headers: { authorization: 'Basic abc' } }), 401, 'invalid_authorization_header');
    assertError(await server.client.get('/v1/auth/session'), 401, 'authentication_required');
  });

  test('the session cookie is Secure when Parley is served over https behind a trusted proxy', async () => {
    const proxied = await startTestServer({ TRUST_PROXY: 'true' });
    try {
      const response = await proxied.client.post(
        '/v1/auth/signup',
        { email: uniqueEmail(), password: 'a long enough password', account_name: 'TLS' },
        { headers: { 'x-forwarded-proto': 'https' } },
      );
      assert.equal(response.status, 201);
      assert.match(response.headers.getSetCookie().join(), /;\s*secure/i);
    } finally {
      await proxied.stop();
    }
  });
});

describe('login rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ LOGIN_ATTEMPTS_PER_EMAIL: '3', LOGIN_ATTEMPTS_PER_IP: '8' });
  });
  after(() => server.stop());

  test('attempts per email are limited; the 429 says when to retry and the right password is refused too', async () => {
    const owner = await buildAccount(server.client);
    for (let i = 0; i < 3; i++) {
      assertError(await server.client.post('/v1/auth/login', { email: owner.email, password: 'wrong guess' }), 401, 'invalid_credentials');
    }
    const limited = await server.client.post('/v1/auth/login', { email: owner.email, password: owner.password });
    assertConforms('login', limited);
    assertError(limited, 429, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  test('attempts per client address are limited across emails', async () => {
    let last;
    for (let i = 0; i < 6; i++) {
      last = await server.client.post('/v1/auth/login', { email: uniqueEmail(), password: 'wrong guess' });
    }
    assert.ok(last);
    assertError(last, 429, 'rate_limited');
  });
});
