import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('GET /v1/account', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ PARLEY_DEFAULT_PLAN: 'free' });
  });
  after(() => server.stop());

  test('returns the calling account, its plan and the mode of the calling key', async () => {
    const owner = await buildAccount(server.client, { account_name: 'Acme' });
    const response = await server.client.get('/v1/account', { key: owner.key });
    assertConforms('getAccount', response);
    assert.equal(response.status, 200);
    assert.equal(response.body.id, owner.account.id);
    assert.equal(response.body.name, 'Acme');
    assert.equal(response.body.mode, 'test');
    assert.equal(response.body.plan.id, 'free', 'a new account starts on the free plan');
    assert.equal(response.body.plan.price_monthly, 0);
    assert.deepEqual(response.body.limits, response.body.plan.limits);
    assert.deepEqual(response.body.limit_overrides, {});
    // Without a subscription the billing period is the calendar month, in UTC.
    const now = new Date();
    assert.equal(response.body.period.start, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString());
    assert.equal(response.body.period.end, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString());
  });

  test('answers the same account to a console session, in the mode the session picks', async () => {
    const owner = await buildAccount(server.client);
    const live = await server.client.get('/v1/account', { cookie: owner.cookie, headers: { 'parley-mode': 'live' } });
    assert.equal(live.status, 200);
    assert.equal(live.body.id, owner.account.id);
    assert.equal(live.body.mode, 'live');
    const bad = await server.client.get('/v1/account', { cookie: owner.cookie, headers: { 'parley-mode': 'prod' } });
    assertError(bad, 400, 'parameter_invalid');
  });

  test('refuses a request without credentials', async () => {
    const response = await server.client.get('/v1/account');
    assertConforms('getAccount', response);
    assertError(response, 401, 'authentication_required');
  });
});
