// Members, roles and invitations, through HTTP as people and apps use them: invitations read from a real local
// SMTP server, every operation tried with every role, the rules about owners under concurrent requests.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { ROLES, roleAllows, type Role } from '../server/auth/roles.js';
import { listOperations, loadDocument } from '../server/platform/http/spec.js';
import { sessionCookieFrom } from './helpers/client.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, signIn, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startSmtpServer, tokenIn, type TestSmtpServer } from './helpers/smtp.js';

type Schemas = components['schemas'];
const PASSWORD = 'a member password';
const ADMIN_PASSWORD = 'admin password for members';

interface Person {
  email: string;
  userId: string;
  cookie: string;
  csrf: string;
}

describe('members, roles and invitations', () => {
  let database: ScratchDatabase;
  let smtp: TestSmtpServer;
  let server: TestServer;
  let platformAdmin: TestAccount;

  before(async () => {
    database = await createScratchDatabase();
    smtp = await startSmtpServer();
    const adminEmail = uniqueEmail('admin');
    server = await startTestServer({ DATABASE_URL: database.url, PARLEY_ROLE: 'all', SMTP_URL: smtp.url, ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD });
    platformAdmin = await signIn(server.client, adminEmail, ADMIN_PASSWORD);
  });
  after(async () => {
    await server?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  const as = (person: { cookie: string; csrf: string }) => ({ cookie: person.cookie, csrf: person.csrf });
  const invite = (by: Person | TestAccount, email: string, role: Role) =>
    server.client.post<Schemas['Invitation']>('/v1/members/invitations', { email, role }, as(by));
  const invitationToken = async (email: string, nth = 1) => tokenIn(await smtp.mailTo(email, nth));
  const accept = (token: string, password = PASSWORD) => server.client.post<Schemas['Session']>('/v1/members/invitations/accept', { token, password });

  /** Invites a new person with `role` and accepts as them: a session in `owner`'s account. */
  async function member(owner: TestAccount, role: Role): Promise<Person> {
    const email = uniqueEmail(role);
    const invited = await invite(owner, email, role);
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const accepted = await accept(await invitationToken(email));
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    return { email, userId: accepted.body.user.id, cookie: sessionCookieFrom(accepted), csrf: accepted.body.csrf_token };
  }

  test('an invitation by email: the new person accepts, gets a user and a session with the role, and shows as a member', async () => {
    const owner = await buildAccount(server.client);
    const email = uniqueEmail('new');
    const invited = await invite(owner, email.toUpperCase(), 'developer');
    assertConforms('createInvitation', invited);
    assert.equal(invited.status, 201);
    assert.equal(invited.body.email, email);
    assert.equal(invited.body.status, 'pending');
    assert.equal(invited.body.invited_by, owner.user.id);
    const mail = await smtp.mailTo(email);
    assert.equal(mail.subject, 'You are invited to Test Co on Parley');
    assert.match(mail.text, new RegExp(`${owner.email} invited you to join Test Co on Parley as a developer`));

    const tooShort = await accept(tokenIn(mail), 'short');
    assert.equal(tooShort.status, 400);
    const accepted = await accept(tokenIn(mail));
    assertConforms('acceptInvitation', accepted);
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.account.id, owner.account.id);
    assert.equal(accepted.body.role, 'developer');
    assert.equal(accepted.body.user.email_verified, true, 'the link reached the address');
    const cookie = sessionCookieFrom(accepted);
    const session = await server.client.get<Schemas['Session']>('/v1/auth/session', { cookie });
    assert.equal(session.body.role, 'developer');

    const members = await server.client.get<Schemas['MemberList']>('/v1/members', { key: owner.key });
    assertConforms('listMembers', members);
    assert.deepEqual(members.body.data.map((m) => [m.email, m.role]).sort(), [[email, 'developer'], [owner.email, 'owner']].sort());
    assert.equal((await server.client.post('/v1/auth/login', { email, password: PASSWORD })).status, 200);

    // The joining is in the account's audit log, by the person who joined.
    const log = await server.client.get<Schemas['AuditLogList']>('/v1/audit-log?action=invitation.accepted', as(owner));
    assertConforms('listAuditLog', log);
    const joined = log.body.data[0];
    assert.deepEqual(joined?.actor, { type: 'user', id: accepted.body.user.id, email });
    assert.deepEqual(joined?.changes, { role: { before: null, after: 'developer' }, invitation: { before: null, after: invited.body.id } });
    assert.equal(joined?.request_id, accepted.headers.get('request-id'));

    assertError(await accept(tokenIn(mail)), 400, 'token_used');
    const pending = await server.client.get<Schemas['InvitationList']>('/v1/members/invitations', as(owner));
    assertConforms('listInvitations', pending);
    assert.equal(pending.body.data.length, 0, 'an accepted invitation is no longer pending');
  });

  test('a person with a user joins with their own password and switches between their accounts', async () => {
    const first = await buildAccount(server.client, { account_name: 'First' });
    const second = await buildAccount(server.client, { account_name: 'Second' });
    await invite(second, first.email, 'viewer');
    const token = await invitationToken(first.email, 2);
    const wrong = await accept(token, 'not their password at all');
    assert.match(assertError(wrong, 401, 'invalid_credentials').message, /already has a Parley user/);
    const joined = await accept(token, first.password);
    assert.equal(joined.status, 200, JSON.stringify(joined.body));
    assert.equal(joined.body.account.id, second.account.id);

    const accounts = await server.client.get<Schemas['MyAccountList']>('/v1/auth/accounts', { cookie: first.cookie });
    assertConforms('listMyAccounts', accounts);
    assert.deepEqual(accounts.body.data.map((a) => [a.account.name, a.role, a.current]), [['First', 'owner', true], ['Second', 'viewer', false]]);

    const switched = await server.client.post<Schemas['Session']>('/v1/auth/session/account', { account_id: second.account.id }, as(first));
    assertConforms('switchAccount', switched);
    assert.equal(switched.status, 200);
    assert.equal(switched.body.account.id, second.account.id);
    assert.equal(switched.body.role, 'viewer');
    const write = await server.client.post('/v1/templates', { name: 'x', body: 'y' }, as(first));
    assert.match(assertError(write, 403, 'insufficient_role').message, /Your role in this account is viewer; createTemplate needs the developer role or above/);
    const elsewhere = await server.client.post('/v1/auth/session/account', { account_id: platformAdmin.account.id }, as(first));
    assertError(elsewhere, 404, 'resource_missing');
    const back = await server.client.post<Schemas['Session']>('/v1/auth/session/account', { account_id: first.account.id }, as(first));
    assert.equal(back.body.role, 'owner');
  });

  test('every operation refuses the roles below the one it names and admits the rest, for sessions and keys', async () => {
    const owner = await buildAccount(server.client);
    const people: Record<Exclude<Role, 'owner'>, Person> = {
      viewer: await member(owner, 'viewer'),
      developer: await member(owner, 'developer'),
      admin: await member(owner, 'admin'),
    };
    const readOnly = await server.client.post<Schemas['ApiKeyWithSecret']>('/v1/api-keys', { name: 'dashboards', mode: 'test', scope: 'read_only' }, { key: owner.key });
    assertConforms('createApiKey', readOnly);
    assert.equal(readOnly.body.scope, 'read_only');
    const credentials: Array<{ label: string; role: Role; key?: string; session?: Person }> = [
      ...(['viewer', 'developer', 'admin'] as const).map((role) => ({ label: `${role} session`, role, session: people[role] })),
      { label: 'full key', role: 'developer', key: owner.key },
      { label: 'read-only key', role: 'viewer', key: readOnly.body.secret },
    ];
    const operations = listOperations(loadDocument()).filter((operation) => operation.role !== undefined);
    assert.ok(operations.length > 80);
    let refused = 0;
    let admitted = 0;
    for (const operation of operations) {
      const path = operation.path.replace('{version}', '1').replace(/\{[a-z_]+\}/g, 'x_0');
      // Streams never end, and signing out ends the session the rest of the test uses: both are tried only
      // where they must be refused.
      const streams = Object.keys((operation.definition.responses['200'] as { content?: object } | undefined)?.content ?? {}).includes('text/event-stream');
      for (const credential of credentials) {
        if (credential.key && !operation.security.includes('ApiKeyAuth')) continue;
        if (credential.session && !operation.security.includes('SessionAuth')) continue;
        const allowed = roleAllows(credential.role, operation.role!);
        if (allowed && (streams || operation.id === 'logout')) continue;
        const response = await server.client.request(
          operation.method.toUpperCase(),
          path,
          operation.body === 'none' ? undefined : {},
          credential.key ? { key: credential.key } : as(credential.session!),
        );
        const code = (response.body as { error?: { code?: string } })?.error?.code;
        if (allowed) {
          assert.notEqual(code, 'insufficient_role', `${credential.label} may call ${operation.id}`);
          admitted += 1;
        } else {
          assert.equal(response.status, 403, `${credential.label} may not call ${operation.id} (needs ${operation.role}): ${JSON.stringify(response.body)}`);
          assert.equal(code, 'insufficient_role', operation.id);
          refused += 1;
        }
      }
    }
    assert.ok(refused > 50 && admitted > 200, `refused ${refused}, admitted ${admitted}`);
    // The roles are ranked as documented.
    assert.deepEqual(ROLES, ['viewer', 'developer', 'admin', 'owner']);
  });

  test('only owners make, unmake or remove owners; the last owner stays; a removed member is signed out at once', async () => {
    const owner = await buildAccount(server.client);
    const admin = await member(owner, 'admin');
    const developer = await member(owner, 'developer');
    assertError(await invite(admin, uniqueEmail(), 'owner'), 403, 'insufficient_role');
    const promote = await server.client.request('PATCH', `/v1/members/${developer.userId}`, { role: 'owner' }, as(admin));
    assertConforms('updateMember', promote);
    assertError(promote, 403, 'insufficient_role');
    assertError(await server.client.delete(`/v1/members/${owner.user.id}`, as(admin)), 403, 'insufficient_role');
    const demoteSelf = await server.client.request('PATCH', `/v1/members/${owner.user.id}`, { role: 'admin' }, as(owner));
    assert.match(assertError(demoteSelf, 409, 'last_owner').message, /at least one owner/);
    assertError(await server.client.delete(`/v1/members/${owner.user.id}`, as(owner)), 409, 'last_owner');

    const raised = await server.client.request<Schemas['Member']>('PATCH', `/v1/members/${developer.userId}`, { role: 'viewer' }, as(admin));
    assert.equal(raised.status, 200);
    assert.equal(raised.body.role, 'viewer');
    assertError(await server.client.post('/v1/templates', { name: 'x', body: 'y' }, as(developer)), 403, 'insufficient_role');

    const removed = await server.client.delete(`/v1/members/${developer.userId}`, as(admin));
    assertConforms('removeMember', removed);
    assert.deepEqual(removed.body, { id: developer.userId, object: 'member', deleted: true });
    assertError(await server.client.get('/v1/auth/session', { cookie: developer.cookie }), 401, 'invalid_session');
    assertError(await server.client.delete(`/v1/members/${developer.userId}`, as(admin)), 404, 'resource_missing');
  });

  test('two owners removing each other at once: one goes, one stays', async () => {
    const owner = await buildAccount(server.client);
    const second = await member(owner, 'owner');
    const [a, b] = await Promise.all([
      server.client.delete(`/v1/members/${second.userId}`, as(owner)),
      server.client.delete(`/v1/members/${owner.user.id}`, as(second)),
    ]);
    const statuses = [a.status, b.status].sort();
    // The second to run finds itself removed (401) or the other the last owner (409).
    assert.equal(statuses[0], 200, JSON.stringify([a.body, b.body]));
    assert.ok(statuses[1] === 401 || statuses[1] === 409, JSON.stringify([a.body, b.body]));
    const owners = await server.services.db.system((trx) => trx('memberships').where({ account_id: owner.account.id, role: 'owner' }));
    assert.equal(owners.length, 1);
  });

  test('invitations: an existing member, a replaced, revoked or expired link, and the plan limit under concurrency', async () => {
    const owner = await buildAccount(server.client);
    const existing = await member(owner, 'viewer');
    const again = await invite(owner, existing.email, 'admin');
    assert.match(assertError(again, 409, 'already_member').message, /PATCH \/v1\/members\//);

    const email = uniqueEmail('twice');
    await invite(owner, email, 'viewer');
    await invite(owner, email, 'developer');
    assertError(await accept(await invitationToken(email, 1)), 400, 'token_revoked');
    const third = uniqueEmail('revoked');
    const revokedInvitation = await invite(owner, third, 'viewer');
    const revoked = await server.client.delete<Schemas['Invitation']>(`/v1/members/invitations/${revokedInvitation.body.id}`, as(owner));
    assertConforms('revokeInvitation', revoked);
    assert.equal(revoked.body.status, 'revoked');
    assertError(await accept(await invitationToken(third)), 400, 'token_revoked');
    const late = uniqueEmail('late');
    await invite(owner, late, 'viewer');
    await server.services.db.system((trx) => trx('invitations').where({ email: late }).update({ expires_at: new Date(Date.now() - 1000) }));
    assertError(await accept(await invitationToken(late)), 400, 'token_expired');
    const joined = await accept(await invitationToken(email, 2));
    assert.equal(joined.body.role, 'developer', 'the newer invitation stands');

    // Members and pending invitations count against team_members: owner, viewer, the developer = 3.
    await server.client.request('PATCH', `/v1/admin/accounts/${owner.account.id}`, { limits: { team_members: 4 } }, as(platformAdmin));
    const racing = await Promise.all([uniqueEmail('a'), uniqueEmail('b'), uniqueEmail('c')].map((address) => invite(owner, address, 'viewer')));
    assert.deepEqual(racing.map((response) => response.status).sort(), [201, 403, 403]);
    for (const refused of racing.filter((response) => response.status === 403)) {
      const error = assertError(refused, 403, 'plan_limit_reached');
      assert.equal(error.param, 'team_members');
      assert.match(error.message, /allows 4 team members in the account, and it has 4 \(members and pending invitations\). Remove a member or revoke a pending invitation/);
    }
  });

  test('an API key cannot manage the team, and a read-only key only reads', async () => {
    const owner = await buildAccount(server.client);
    const invited = await server.client.post('/v1/members/invitations', { email: uniqueEmail(), role: 'viewer' }, { key: owner.key });
    assertError(invited, 401, 'session_required');
    assertError(await server.client.get('/v1/members/invitations', { key: owner.key }), 403, 'insufficient_role');
    const key = await buildApiKey(server.client, owner, { mode: 'test' });
    const readOnly = await server.client.post<Schemas['ApiKeyWithSecret']>('/v1/api-keys', { name: 'ro', mode: 'test', scope: 'read_only' }, { key: key.secret });
    assert.equal((await server.client.get('/v1/templates', { key: readOnly.body.secret })).status, 200);
    const refused = await server.client.post('/v1/api-keys', { name: 'escalate', mode: 'test' }, { key: readOnly.body.secret });
    assert.match(assertError(refused, 403, 'insufficient_role').message, /read-only/);
  });
});
