// Two-factor authentication (TOTP) through HTTP: turning it on with a code from an authenticator (computed here
// with the same RFC 6238 parameters at chosen times), signing in with codes and recovery codes (each once),
// turning it off, and the platform admin's requirement.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as OTPAuth from 'otpauth';
import type { components } from '../server/generated/openapi.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
const ADMIN_PASSWORD = 'admin password for two-factor';

/** What an authenticator app shows for `secret` at `at` (ms). */
const codeAt = (secret: string, at = Date.now()) =>
  new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: at });

describe('two-factor authentication', () => {
  let server: TestServer;
  let admin: TestAccount;

  before(async () => {
    const adminEmail = uniqueEmail('admin');
    server = await startTestServer({ ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD, ADMIN_REQUIRE_TWO_FACTOR: 'true', LOGIN_ATTEMPTS_PER_EMAIL: '6' });
    admin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await server?.stop();
  });

  const as = (who: TestAccount) => ({ cookie: who.cookie, csrf: who.csrf });
  const login = (who: TestAccount, otp?: string) => server.client.post<Schemas['Session']>('/v1/auth/login', { email: who.email, password: who.password, ...(otp === undefined ? {} : { otp }) });

  async function turnOn(who: TestAccount): Promise<{ secret: string; recovery: string[] }> {
    const setup = await server.client.post<Schemas['TwoFactorSetup']>('/v1/auth/2fa/setup', undefined, as(who));
    assertConforms('setupTwoFactor', setup);
    assert.equal(setup.status, 200);
    assert.match(setup.body.otpauth_url, new RegExp(`^otpauth://totp/Parley:${encodeURIComponent(who.email).replace(/[.]/g, '\\.')}\\?`));
    const enabled = await server.client.post<Schemas['TwoFactorEnabled']>('/v1/auth/2fa/enable', { otp: codeAt(setup.body.secret) }, as(who));
    assertConforms('enableTwoFactor', enabled);
    assert.equal(enabled.status, 200, JSON.stringify(enabled.body));
    return { secret: setup.body.secret, recovery: enabled.body.recovery_codes };
  }

  test('turning it on needs a code from the secret; then signing in needs a code, each working once', async () => {
    const person = await buildAccount(server.client);
    assertError(await server.client.post('/v1/auth/2fa/enable', { otp: '123456' }, as(person)), 409, 'two_factor_setup_missing');
    const setup = await server.client.post<Schemas['TwoFactorSetup']>('/v1/auth/2fa/setup', undefined, as(person));
    const wrong = await server.client.post('/v1/auth/2fa/enable', { otp: codeAt(setup.body.secret, Date.now() - 5 * 60_000) }, as(person));
    assertConforms('enableTwoFactor', wrong);
    assert.equal(assertError(wrong, 400, 'otp_invalid').param, 'otp');
    const enabled = await server.client.post<Schemas['TwoFactorEnabled']>('/v1/auth/2fa/enable', { otp: codeAt(setup.body.secret) }, as(person));
    assert.equal(enabled.body.recovery_codes.length, 10);
    assert.equal(new Set(enabled.body.recovery_codes).size, 10);
    assert.equal((await server.client.get<Schemas['Session']>('/v1/auth/session', { cookie: person.cookie })).body.user.two_factor_enabled, true);
    assertError(await server.client.post('/v1/auth/2fa/setup', undefined, as(person)), 409, 'two_factor_enabled');
    const stored = await server.services.db.system((trx) => trx('users').where({ id: person.user.id }).first());
    assert.ok(!JSON.stringify(stored).includes(setup.body.secret), 'the secret is stored sealed');

    assertError(await login(person), 401, 'otp_required');
    assertError(await login(person, '000000'), 401, 'otp_invalid');
    // The step enable used is spent; the next one (the app's next code, within the drift allowed) signs in once.
    const next = codeAt(setup.body.secret, Date.now() + 30_000);
    const signedIn = await login(person, next);
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    assertError(await login(person, next), 401, 'otp_invalid');
    assertError(await login(person, codeAt(setup.body.secret, Date.now() - 120_000)), 401, 'otp_invalid');

    const recovery = enabled.body.recovery_codes[0]!;
    assert.equal((await login(person, recovery.toLowerCase())).status, 200, 'a recovery code, in any case');
    assertError(await login(person, recovery), 401, 'otp_invalid');
  });

  test('wrong codes count like wrong passwords; turning it off needs a code, and then a password is enough again', async () => {
    const person = await buildAccount(server.client);
    const { recovery } = await turnOn(person);
    assertError(await server.client.post('/v1/auth/2fa/disable', { otp: '999999' }, as(person)), 401, 'otp_invalid');
    const off = await server.client.post<Schemas['TwoFactorStatus']>('/v1/auth/2fa/disable', { otp: recovery[3] }, as(person));
    assertConforms('disableTwoFactor', off);
    assert.deepEqual(off.body, { object: 'two_factor', enabled: false });
    assert.equal((await login(person)).status, 200);

    const guessed = await buildAccount(server.client);
    const { secret } = await turnOn(guessed);
    for (let i = 0; i < 6; i++) assert.equal((await login(guessed, String(100000 + i))).status, 401);
    assertError(await login(guessed, codeAt(secret, Date.now() + 30_000)), 429, 'rate_limited');
  });

  test('the platform admin needs two-factor authentication on for /v1/admin', async () => {
    const refused = await server.client.get('/v1/admin/accounts', { cookie: admin.cookie });
    assert.match(assertError(refused, 403, 'two_factor_required').message, /POST \/v1\/auth\/2fa\/setup/);
    const { secret } = await turnOn(admin);
    assert.equal((await server.client.get('/v1/admin/accounts', { cookie: admin.cookie })).status, 200, 'the same session, now with it on');
    const again = await server.client.post('/v1/auth/login', { email: admin.email, password: ADMIN_PASSWORD, otp: codeAt(secret, Date.now() + 30_000) });
    assert.equal(again.status, 200);
  });

  test('an account may require it of its owners: an owner without it can only turn it on; others are not held', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Strict' });
    const early = await server.client.request('PATCH', '/v1/account', { require_owner_two_factor: true }, as(owner));
    assertConforms('updateAccount', early);
    assert.equal(assertError(early, 409, 'two_factor_required').param, 'require_owner_two_factor');
    await turnOn(owner);
    const strict = await server.client.request<Schemas['CurrentAccount']>('PATCH', '/v1/account', { require_owner_two_factor: true, name: 'Strict Co' }, as(owner));
    assert.equal(strict.status, 200, JSON.stringify(strict.body));
    assert.equal(strict.body.require_owner_two_factor, true);
    assert.equal(strict.body.name, 'Strict Co');

    // Two more people join: an owner and an admin, neither with two-factor authentication.
    const [coOwner, admin] = [await buildAccount(server.client), await buildAccount(server.client)];
    await server.services.db.system((trx) =>
      trx('memberships').insert([
        { account_id: owner.account.id, user_id: coOwner.user.id, role: 'owner' },
        { account_id: owner.account.id, user_id: admin.user.id, role: 'admin' },
      ]),
    );
    for (const person of [coOwner, admin]) {
      const switched = await server.client.post('/v1/auth/session/account', { account_id: owner.account.id }, as(person));
      assert.equal(switched.status, 200, 'moving into the account is allowed');
    }
    const held = await server.client.get('/v1/templates', { cookie: coOwner.cookie });
    assert.match(assertError(held, 403, 'two_factor_required').message, /requires its owners/);
    assert.equal((await server.client.get('/v1/templates', { cookie: admin.cookie })).status, 200, 'an admin is not an owner');
    assert.equal((await server.client.get('/v1/templates', { key: owner.key })).status, 200, 'API keys are not people');
    await turnOn(coOwner);
    assert.equal((await server.client.get('/v1/templates', { cookie: coOwner.cookie })).status, 200, 'once on, the owner goes on');
  });
});
