// The audit log through HTTP: who changed what in an account's setup, with the fields before and after and no
// secret, written in the change's own transaction, readable by owners and admins, and append-only in PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
const ADMIN_PASSWORD = 'admin password for audit';

describe('audit log', () => {
  let server: TestServer;
  let platformAdmin: TestAccount;

  before(async () => {
    const adminEmail = uniqueEmail('admin');
    server = await startTestServer({ ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD });
    platformAdmin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await server?.stop();
  });

  const session = (account: TestAccount) => ({ cookie: account.cookie, csrf: account.csrf });
  const log = async (account: TestAccount, query = '') => {
    const response = await server.client.get<Schemas['AuditLogList']>(`/v1/audit-log${query}`, session(account));
    assertConforms('listAuditLog', response);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data;
  };

  test('a key made in the console: the person, address, user agent, request id and the new fields, no secret', async () => {
    const owner = await buildAccount(server.client);
    const created = await server.client.post<Schemas['ApiKeyWithSecret']>('/v1/api-keys', { name: 'CI', mode: 'live', scope: 'read_only' }, {
      ...session(owner),
      headers: { 'user-agent': 'audit-test/1.0' },
    });
    assert.equal(created.status, 201);
    const [entry] = await log(owner, '?action=api_key.created');
    assert.ok(entry);
    assert.equal(entry.action, 'api_key.created');
    assert.deepEqual(entry.actor, { type: 'user', id: owner.user.id, email: owner.email });
    assert.deepEqual(entry.target, { type: 'api_keys', id: created.body.id });
    assert.equal(entry.user_agent, 'audit-test/1.0');
    assert.match(entry.ip ?? '', /127\.0\.0\.1/);
    assert.equal(entry.request_id, created.headers.get('request-id'));
    assert.deepEqual(entry.changes.name, { before: null, after: 'CI' });
    assert.deepEqual(entry.changes.scope, { before: null, after: 'read_only' });
    const text = JSON.stringify(entry);
    assert.ok(!text.includes(created.body.secret) && !text.includes('secret_hash'), 'no secret in the log');

    await server.client.delete(`/v1/api-keys/${created.body.id}`, session(owner));
    const [revoked] = await log(owner, '?action=api_key.revoked');
    assert.equal(revoked!.changes.revoked_at!.before, null);
    assert.ok(revoked!.changes.revoked_at!.after);
    assert.deepEqual(Object.keys(revoked!.changes), ['revoked_at'], 'only the changed field');
  });

  test('webhook secrets: reading and rotating one are recorded, the secret itself never is; a key is the actor', async () => {
    const owner = await buildAccount(server.client);
    const endpoint = await server.client.post<Schemas['WebhookEndpoint']>('/v1/webhook-endpoints', { url: 'https://1.0.0.1/hook', events: ['*'] }, { key: owner.key });
    assert.equal(endpoint.status, 201, JSON.stringify(endpoint.body));
    const secret = await server.client.get<{ secret: string }>(`/v1/webhook-endpoints/${endpoint.body.id}/secret`, { key: owner.key });
    await server.client.post(`/v1/webhook-endpoints/${endpoint.body.id}/rotate-secret`, {}, { key: owner.key });
    await server.client.request('PATCH', `/v1/webhook-endpoints/${endpoint.body.id}`, { description: 'CRM' }, { key: owner.key });
    const entries = await log(owner);
    assert.deepEqual(entries.map((entry) => entry.action).slice(0, 4), [
      'webhook_endpoint.updated',
      'webhook_endpoint.secret_rotated',
      'webhook_endpoint.secret_viewed',
      'webhook_endpoint.created',
    ]);
    for (const entry of entries.slice(0, 4)) assert.deepEqual(entry.actor, { type: 'api_key', id: owner.keyId, email: null });
    assert.deepEqual(entries[0]!.changes.description, { before: null, after: 'CRM' });
    assert.deepEqual(entries[2]!.changes, {}, 'reading changes nothing');
    assert.ok(!JSON.stringify(entries).includes(secret.body.secret));
    assert.ok(!JSON.stringify(entries).includes('sealed'));
  });

  test('a refused change writes no entry; filters by actor and time; reversed times are refused', async () => {
    const owner = await buildAccount(server.client);
    const before = (await log(owner)).length;
    assertError(await server.client.post('/v1/api-keys', { name: 'x', mode: 'sideways' }, session(owner)), 400, 'parameter_invalid');
    assertError(await server.client.delete('/v1/api-keys/key_00000000000000000000000000', session(owner)), 404, 'resource_missing');
    assert.equal((await log(owner)).length, before);

    await server.client.post('/v1/api-keys', { name: 'one', mode: 'test' }, { key: owner.key });
    await server.client.post('/v1/api-keys', { name: 'two', mode: 'test' }, session(owner));
    assert.deepEqual((await log(owner, `?actor=${owner.keyId}`)).map((entry) => entry.changes.name?.after), ['one']);
    const now = new Date().toISOString();
    assert.equal((await log(owner, `?since=${encodeURIComponent(now)}`)).length, 0);
    assert.ok((await log(owner, `?until=${encodeURIComponent(now)}&limit=1`)).length === 1);
    const reversed = await server.client.get(`/v1/audit-log?since=${encodeURIComponent(now)}&until=2020-01-01T00:00:00Z`, session(owner));
    assert.equal(assertError(reversed, 400, 'parameter_invalid').param, 'until');
  });

  test("the platform admin's change is in the account's log as theirs; another account sees none of it", async () => {
    const owner = await buildAccount(server.client);
    const other = await buildAccount(server.client);
    const changed = await server.client.request('PATCH', `/v1/admin/accounts/${owner.account.id}`, { plan: 'pro' }, session(platformAdmin));
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const [entry] = await log(owner, '?action=account.updated_by_platform_admin');
    assert.equal(entry!.actor.type, 'platform_admin');
    assert.equal(entry!.actor.email, platformAdmin.email);
    assert.deepEqual(entry!.changes.plan, { before: 'enterprise', after: 'pro' });
    assert.equal((await log(other, '?action=account.updated_by_platform_admin')).length, 0);
  });

  test('append-only in PostgreSQL: neither of Parley\'s roles may change, delete or empty the log', async () => {
    const owner = await buildAccount(server.client);
    await server.client.post('/v1/api-keys', { name: 'kept', mode: 'test' }, { key: owner.key });
    const [entry] = await log(owner);
    for (const role of [APP_ROLE, SYSTEM_ROLE]) {
      for (const statement of [
        `update audit_log set action = 'forged' where id = '${entry!.id}'`,
        `delete from audit_log where id = '${entry!.id}'`,
        'truncate audit_log',
      ]) {
        await assert.rejects(
          server.services.db.knex.transaction(async (trx) => {
            await trx.raw(`set local role ${role}`);
            await trx.raw(`select set_config('parley.account_id', ?, true)`, [owner.account.id]);
            await trx.raw(statement);
          }),
          /permission denied|append-only/,
          `${role}: ${statement}`,
        );
      }
    }
    // Not even the tables' owner may rewrite an entry.
    await assert.rejects(server.services.db.knex.raw(`update audit_log set action = 'forged' where id = ?`, [entry!.id]), /append-only/);
    assert.equal((await log(owner))[0]!.action, 'api_key.created');
  });
});
