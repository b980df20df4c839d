import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sha256Hex } from '../server/platform/crypto.js';
import { Database, type Transaction } from '../server/platform/db/database.js';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';
import { newId } from '../server/platform/ids.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

/** Thrown at the end of a tenant transaction that only probes, so that nothing it wrote is committed. */
class Rollback extends Error {}

const INSUFFICIENT_PRIVILEGE = { code: '42501' };

describe('tenant isolation', () => {
  let server: TestServer;
  let a: TestAccount;
  let b: TestAccount;
  let bLiveKey: { id: string; secret: string };

  const asTenant = <T>(owner: TestAccount, work: (trx: Transaction) => Promise<T>) =>
    server.services.db.tenant({ accountId: owner.account.id, mode: 'test' }, work);

  before(async () => {
    server = await startTestServer();
    a = await buildAccount(server.client, { account_name: 'Tenant A' });
    b = await buildAccount(server.client, { account_name: 'Tenant B' });
    bLiveKey = await buildApiKey(server.client, b, { name: 'B live', mode: 'live' });
    // One idempotency record per account, and one public (account-less) record from a sign-up.
    for (const owner of [a, b]) {
      const created = await server.client.post(
        '/v1/api-keys',
        { name: 'idempotent key', mode: 'test' },
        { key: owner.key, idempotencyKey: `tenancy-${randomBytes(8).toString('hex')}` },
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
    const publicSignup = await server.client.post(
      '/v1/auth/signup',
      { email: uniqueEmail('public'), password: 'correct horse battery staple', account_name: 'Public Co' },
      { idempotencyKey: `tenancy-public-${randomBytes(8).toString('hex')}` },
    );
    assert.equal(publicSignup.status, 201, JSON.stringify(publicSignup.body));
  });
  after(() => server.stop());

  describe('unfiltered queries in a tenant transaction', () => {
    for (const [label, self, other] of [
      ['A', () => a, () => b],
      ['B', () => b, () => a],
    ] as const) {
      test(`see only account ${label}'s api_keys, accounts, sessions, memberships, users and idempotency_keys`, async () => {
        const me = self();
        const them = other();
        const seen = await asTenant(me, async (trx) => ({
          apiKeys: await trx('api_keys'),
          accounts: await trx('accounts'),
          sessions: await trx('sessions'),
          memberships: await trx('memberships'),
          users: await trx('users'),
          idempotencyKeys: await trx('idempotency_keys'),
        }));

        assert.ok(seen.apiKeys.some((row) => row.id === me.keyId), 'the tenant sees its own key');
        assert.deepEqual([...new Set(seen.apiKeys.map((row) => row.account_id))], [me.account.id]);
        const theirKeys = them === b ? [b.keyId, bLiveKey.id] : [a.keyId];
        assert.ok(!seen.apiKeys.some((row) => theirKeys.includes(row.id)));

        assert.deepEqual(seen.accounts.map((row) => row.id), [me.account.id]);

        assert.ok(seen.sessions.length >= 1, 'the sign-up session is visible to its own account');
        assert.deepEqual([...new Set(seen.sessions.map((row) => row.account_id))], [me.account.id]);

        assert.deepEqual(
          seen.memberships.map((row) => [row.account_id, row.user_id]),
          [[me.account.id, me.user.id]],
        );

        assert.deepEqual(seen.users.map((row) => row.id), [me.user.id], 'only the members of the account');

        assert.ok(seen.idempotencyKeys.length >= 1, 'the idempotent POST left a record');
        assert.deepEqual([...new Set(seen.idempotencyKeys.map((row) => row.account_id))], [me.account.id]);
        assert.ok(
          seen.idempotencyKeys.every((row) => row.scope.startsWith(`${me.account.id}:test:`)),
          'no public (sign-up) or other-tenant idempotency records',
        );
      });
    }

    test("cannot find another account's rows even when asking for them by id", async () => {
      const found = await asTenant(a, async (trx) => ({
        key: await trx('api_keys').where({ id: b.keyId }).first(),
        account: await trx('accounts').where({ id: b.account.id }).first(),
        user: await trx('users').where({ id: b.user.id }).first(),
        sessions: await trx('sessions').where({ account_id: b.account.id }),
        memberships: await trx('memberships').where({ account_id: b.account.id }),
        idempotencyKeys: await trx('idempotency_keys').where({ account_id: b.account.id }),
      }));
      assert.deepEqual(found, {
        key: undefined,
        account: undefined,
        user: undefined,
        sessions: [],
        memberships: [],
        idempotencyKeys: [],
      });
    });

    test('run as parley_app with the account set for the transaction, while system work runs as parley_system', async () => {
      const tenant = await asTenant(a, async (trx) => {
        const result = await trx.raw(`select current_user as who, current_setting('parley.account_id') as account`);
        return result.rows[0];
      });
      assert.deepEqual(tenant, { who: APP_ROLE, account: a.account.id });

      const system = await server.services.db.system(async (trx) => (await trx.raw('select current_user as who')).rows[0]);
      assert.deepEqual(system, { who: SYSTEM_ROLE });
    });

    test('enter the tenant in the same message as BEGIN, and leave nothing of it on the pooled connection', async () => {
      // One connection, so the probe after the transaction runs on the very connection the transaction used.
      const db = new Database(testEnv().databaseUrl, { poolMax: 1 });
      const statements: string[] = [];
      db.knex.on('query', (query: { sql: string }) => statements.push(query.sql));
      try {
        const seen = await db.tenant({ accountId: a.account.id, mode: 'live' }, async (trx) =>
          (await trx.raw(`select current_user as who, current_setting('parley.account_id') as account, current_setting('parley.mode') as mode`)).rows[0]);
        assert.deepEqual(seen, { who: APP_ROLE, account: a.account.id, mode: 'live' });
        assert.match(statements[0] ?? '', /^begin; select set_config\('role', 'parley_app', true\), set_config\('parley\.account_id', 'acct_\w+', true\), set_config\('parley\.mode', 'live', true\)$/);
        assert.equal(statements.length, 3, `BEGIN with the tenant, the probe, COMMIT: ${statements.join(' | ')}`);

        const after = (await db.knex.raw(`select current_user as who, current_setting('parley.account_id', true) as account`)).rows[0];
        assert.notEqual(after.who, APP_ROLE);
        assert.ok(!after.account, `the connection kept the tenant: ${JSON.stringify(after)}`);
      } finally {
        await db.close();
      }
    });

    test('quote the tenant as a literal: an account id with quotes in it is data, not SQL, and sees nothing', async () => {
      const db = new Database(testEnv().databaseUrl, { poolMax: 1 });
      try {
        const hostile = `${a.account.id}', true); reset role; select ('`;
        const seen = await db.tenant({ accountId: hostile, mode: 'test' }, async (trx) => ({
          who: (await trx.raw('select current_user as who')).rows[0].who,
          account: (await trx.raw(`select current_setting('parley.account_id') as account`)).rows[0].account,
          keys: (await trx('api_keys')).length,
        }));
        assert.deepEqual(seen, { who: APP_ROLE, account: hostile, keys: 0 });
      } finally {
        await db.close();
      }
    });

    test('a snapshot tenant transaction is repeatable read and read-only, inside the tenant', async () => {
      const seen = await server.services.db.tenant({ accountId: a.account.id, mode: 'test' }, async (trx) => ({
        isolation: (await trx.raw('show transaction_isolation')).rows[0].transaction_isolation,
        readOnly: (await trx.raw('show transaction_read_only')).rows[0].transaction_read_only,
        accounts: (await trx('accounts')).map((row: { id: string }) => row.id),
      }), { snapshot: true });
      assert.deepEqual(seen, { isolation: 'repeatable read', readOnly: 'on', accounts: [a.account.id] });
    });
  });

  describe('writes in a tenant transaction', () => {
    const keyRow = (accountId: string) => {
      const secret = `parley_test_${randomBytes(20).toString('hex')}`;
      return {
        id: newId('apiKey'),
        account_id: accountId,
        name: 'smuggled',
        mode: 'test',
        prefix: 'parley_test_',
        last4: secret.slice(-4),
        secret_hash: sha256Hex(secret),
      };
    };

    test("inserting an api key for another account is refused by PostgreSQL's WITH CHECK (42501)", async () => {
      await assert.rejects(
        asTenant(a, (trx) => trx('api_keys').insert(keyRow(b.account.id))),
        INSUFFICIENT_PRIVILEGE,
      );
      // The same insert for the tenant's own account passes the check, so the refusal above is the policy.
      await assert.rejects(
        asTenant(a, async (trx) => {
          await trx('api_keys').insert(keyRow(a.account.id));
          throw new Rollback();
        }),
        Rollback,
      );
    });

    test('moving an own row to another account with UPDATE is refused (42501) and changes nothing', async () => {
      await assert.rejects(
        asTenant(a, (trx) => trx('api_keys').where({ id: a.keyId }).update({ account_id: b.account.id })),
        INSUFFICIENT_PRIVILEGE,
      );
      await assert.rejects(
        asTenant(a, (trx) => trx('sessions').where({ account_id: a.account.id }).update({ account_id: b.account.id })),
        INSUFFICIENT_PRIVILEGE,
      );
      const owner = await server.services.db.system((trx) => trx('api_keys').where({ id: a.keyId }).first());
      assert.equal(owner.account_id, a.account.id);
    });

    test('inserting sessions, memberships, accounts, idempotency records or users for another account is refused (42501)', async () => {
      await assert.rejects(
        asTenant(a, (trx) =>
          trx('sessions').insert({
            id: newId('session'),
            account_id: b.account.id,
            user_id: b.user.id,
            token_hash: sha256Hex(randomBytes(16).toString('hex')),
            expires_at: new Date(Date.now() + 3_600_000),
          }),
        ),
        INSUFFICIENT_PRIVILEGE,
      );
      await assert.rejects(
        asTenant(a, (trx) => trx('memberships').insert({ account_id: b.account.id, user_id: a.user.id, role: 'member' })),
        INSUFFICIENT_PRIVILEGE,
      );
      await assert.rejects(
        asTenant(a, (trx) => trx('accounts').insert({ id: newId('account'), name: 'Rogue Co' })),
        INSUFFICIENT_PRIVILEGE,
      );
      for (const accountId of [b.account.id, null]) {
        await assert.rejects(
          asTenant(a, (trx) =>
            trx('idempotency_keys').insert({
              scope: `${b.account.id}:test`,
              key: `smuggled-${randomBytes(6).toString('hex')}`,
              account_id: accountId,
              fingerprint: 'x',
              response_status: 200,
              response_sealed: 'x',
              expires_at: new Date(Date.now() + 3_600_000),
            }),
          ),
          INSUFFICIENT_PRIVILEGE,
          `idempotency record with account_id ${accountId}`,
        );
      }
      await assert.rejects(
        asTenant(a, (trx) => trx('users').insert({ id: newId('user'), email: uniqueEmail('rogue'), password_hash: 'x' })),
        INSUFFICIENT_PRIVILEGE,
        'a tenant may read its members but never create users',
      );
    });

    test("updating or deleting another account's rows touches nothing", async () => {
      const touched = await asTenant(a, async (trx) => ({
        renamed: await trx('api_keys').where({ id: b.keyId }).update({ name: 'hijacked' }),
        revoked: await trx('api_keys').where({ id: bLiveKey.id }).delete(),
        account: await trx('accounts').where({ id: b.account.id }).update({ status: 'suspended' }),
        sessions: await trx('sessions').where({ account_id: b.account.id }).delete(),
      }));
      assert.deepEqual(touched, { renamed: 0, revoked: 0, account: 0, sessions: 0 });

      const intact = await server.services.db.system(async (trx) => ({
        key: await trx('api_keys').where({ id: b.keyId }).first(),
        liveKey: await trx('api_keys').where({ id: bLiveKey.id }).first(),
        account: await trx('accounts').where({ id: b.account.id }).first(),
        sessions: await trx('sessions').where({ account_id: b.account.id }),
      }));
      assert.equal(intact.key.name, 'Default test key');
      assert.ok(intact.liveKey);
      assert.equal(intact.account.status, 'active');
      assert.ok(intact.sessions.length >= 1);
    });
  });

  describe('database structure', () => {
    test('every public table with an account_id column, plus accounts and users, enables and forces row-level security', async () => {
      const { rows } = await server.services.db.knex.raw(`
        select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public'
           and c.relkind in ('r', 'p')
           and (c.relname in ('accounts', 'users')
                or exists (select 1 from pg_attribute a
                            where a.attrelid = c.oid and a.attname = 'account_id' and not a.attisdropped))
         order by c.relname`);
      const tables = rows.map((row: { table: string }) => row.table);
      for (const known of ['accounts', 'api_keys', 'idempotency_keys', 'memberships', 'sessions', 'users']) {
        assert.ok(tables.includes(known), `the catalog query must find ${known}; found ${tables.join(', ')}`);
      }
      for (const row of rows) {
        assert.deepEqual(row, { table: row.table, enabled: true, forced: true }, `${row.table} must enable and force RLS`);
      }

      const { rows: policies } = await server.services.db.knex.raw(
        `select tablename, array_agg(distinct r) as roles
           from pg_policies, unnest(roles) r
          where schemaname = 'public'
          group by tablename`,
      );
      for (const table of tables) {
        const policy = policies.find((p: { tablename: string }) => p.tablename === table);
        assert.ok(policy?.roles.includes(APP_ROLE), `${table} needs a policy for ${APP_ROLE}`);
      }
    });

    test('the roles parley_app and parley_system exist and can neither bypass RLS nor act as superuser', async () => {
      const { rows } = await server.services.db.knex.raw(
        `select rolname, rolbypassrls, rolsuper from pg_roles where rolname in (?, ?) order by rolname`,
        [APP_ROLE, SYSTEM_ROLE],
      );
      assert.deepEqual(rows, [
        { rolname: 'parley_app', rolbypassrls: false, rolsuper: false },
        { rolname: 'parley_system', rolbypassrls: false, rolsuper: false },
      ]);
    });
  });

  describe('over HTTP', () => {
    test("revoking another account's key answers 404 resource_missing and the key keeps working", async () => {
      const withKey = await server.client.delete(`/v1/api-keys/${b.keyId}`, { key: a.key });
      assertConforms('revokeApiKey', withKey);
      assertError(withKey, 404, 'resource_missing');

      const withSession = await server.client.delete(`/v1/api-keys/${bLiveKey.id}`, {
        cookie: a.cookie,
        csrf: a.csrf,
        headers: { 'parley-mode': 'live' },
      });
      assertConforms('revokeApiKey', withSession);
      assertError(withSession, 404, 'resource_missing');

      const stillWorks = await server.client.get('/v1/account', { key: b.key });
      assert.equal(stillWorks.status, 200);
      assert.equal(stillWorks.body.id, b.account.id);
      const liveStillWorks = await server.client.get('/v1/account', { key: bLiveKey.secret });
      assert.equal(liveStillWorks.status, 200);
      assert.equal(liveStillWorks.body.mode, 'live');
    });

    test("listing API keys never shows another account's keys, with a key or a console session", async () => {
      const bKeyIds = new Set([b.keyId, bLiveKey.id]);
      for (const credentials of [{ key: a.key }, { cookie: a.cookie }]) {
        const seen: string[] = [];
        let startingAfter: string | undefined;
        for (;;) {
          const query = startingAfter ? `?limit=1&starting_after=${startingAfter}` : '?limit=1';
          const page = await server.client.get(`/v1/api-keys${query}`, credentials);
          assertConforms('listApiKeys', page);
          assert.equal(page.status, 200);
          seen.push(...page.body.data.map((key: { id: string }) => key.id));
          if (!page.body.has_more) break;
          startingAfter = page.body.data.at(-1).id;
        }
        assert.ok(seen.includes(a.keyId), `A sees its own key (${JSON.stringify(credentials)})`);
        assert.ok(seen.length >= 2, 'A has its sign-up key and the idempotently created one');
        assert.deepEqual(seen.filter((id) => bKeyIds.has(id)), []);
      }
      // And B sees its own keys, so the absence above is not an empty list.
      const bList = await server.client.get('/v1/api-keys?limit=100', { cookie: b.cookie });
      const bSeen = bList.body.data.map((key: { id: string }) => key.id);
      assert.ok(bSeen.includes(b.keyId) && bSeen.includes(bLiveKey.id));
      assert.ok(!bSeen.includes(a.keyId));
    });
  });
});
