// Email: the outbox, SMTP delivery to a real local SMTP server, email verification at sign-up, and password
// resets. The suite runs a Parley with a worker in a database of its own: a worker sends every queued email
// in its database, and the other suites' workers (which have no SMTP server) would take ours.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import type { components } from '../server/generated/openapi.js';
import { createMailer, purgeOldEmails, retryDelaySeconds, sendDueEmails } from '../server/email/outbox.js';
import { newId } from '../server/platform/ids.js';
import { APP_ROLE } from '../server/platform/db/roles.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, uniqueEmail } from './helpers/factories.js';
import { eventually } from './helpers/eventually.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startSmtpServer, tokenIn, type TestSmtpServer } from './helpers/smtp.js';

type Schemas = components['schemas'];

describe('email', () => {
  let database: ScratchDatabase;
  let smtp: TestSmtpServer;
  let server: TestServer;

  before(async () => {
    database = await createScratchDatabase();
    smtp = await startSmtpServer();
    server = await startTestServer({
      DATABASE_URL: database.url,
      PARLEY_ROLE: 'all',
      SMTP_URL: smtp.url,
      EMAIL_FROM: 'Parley <no-reply@parley.test>',
      PUBLIC_URL: 'https://parley.example.com/',
      EMAIL_LINKS_PER_ADDRESS_PER_HOUR: '3',
    });
  });
  after(async () => {
    await server?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  const emailsTo = (to: string) => server.services.db.system((trx) => trx('emails').where({ to_address: to }).orderBy('created_at'));
  const session = (cookie: string) => server.client.get<Schemas['Session']>('/v1/auth/session', { cookie });

  test('sign-up emails a verification link over SMTP; the link verifies the address once', async () => {
    const owner = await buildAccount(server.client);
    assert.equal(owner.user.email_verified, false);
    const mail = await smtp.mailTo(owner.email);
    assert.equal(mail.from, '"Parley" <no-reply@parley.test>');
    assert.equal(mail.subject, 'Confirm your email address for Parley');
    assert.match(mail.text, /https:\/\/parley\.example\.com\/console\/verify-email\?token=/, 'the link starts at PUBLIC_URL');
    const token = tokenIn(mail);

    const verified = await server.client.post<Schemas['EmailVerification']>('/v1/auth/email-verification/confirm', { token });
    assertConforms('confirmEmailVerification', verified);
    assert.equal(verified.status, 200);
    assert.equal(verified.body.email, owner.email);
    assert.equal((await session(owner.cookie)).body.user.email_verified, true);

    const again = await server.client.post('/v1/auth/email-verification/confirm', { token });
    assertConforms('confirmEmailVerification', again);
    assert.equal(assertError(again, 400, 'token_used').param, 'token');
    const resend = await server.client.post('/v1/auth/email-verification', undefined, { cookie: owner.cookie, csrf: owner.csrf });
    assertConforms('requestEmailVerification', resend);
    assertError(resend, 409, 'email_already_verified');
  });

  test('a new verification link on request; it voids nothing it should not, and a made-up token is refused', async () => {
    const owner = await buildAccount(server.client);
    const first = tokenIn(await smtp.mailTo(owner.email));
    const resend = await server.client.post<Schemas['EmailVerificationRequested']>('/v1/auth/email-verification', undefined, { cookie: owner.cookie, csrf: owner.csrf });
    assertConforms('requestEmailVerification', resend);
    assert.equal(resend.status, 202);
    assert.equal(resend.body.expires_in_hours, 72);
    const second = tokenIn(await smtp.mailTo(owner.email, 2));
    assert.notEqual(first, second);
    // With an API key: the address belongs to a person, not to a key.
    const withKey = await server.client.post('/v1/auth/email-verification', undefined, { key: owner.key });
    assertConforms('requestEmailVerification', withKey);
    assertError(withKey, 401, 'session_required');

    const madeUp = await server.client.post('/v1/auth/email-verification/confirm', { token: 'x'.repeat(43) });
    assertError(madeUp, 400, 'token_invalid');
    const ok = await server.client.post('/v1/auth/email-verification/confirm', { token: first });
    assert.equal(ok.status, 200, 'the first link still works');
    const stale = await server.client.post('/v1/auth/email-verification/confirm', { token: second });
    assertError(stale, 400, 'token_used');
  });

  test('password reset: the emailed token sets a new password, ends every session and voids older links', async () => {
    const owner = await buildAccount(server.client);
    await smtp.mailTo(owner.email);
    const asked = [];
    for (let i = 0; i < 2; i++) {
      const response = await server.client.post<Schemas['PasswordResetRequested']>('/v1/auth/password-reset', { email: owner.email.toUpperCase() });
      assertConforms('requestPasswordReset', response);
      assert.equal(response.status, 202);
      assert.deepEqual(response.body, { object: 'password_reset_request', email: owner.email, expires_in_minutes: 60 });
      asked.push(tokenIn(await smtp.mailTo(owner.email, 2 + i)));
    }
    const [older, newer] = asked as [string, string];
    const mail = await smtp.mailTo(owner.email, 3);
    assert.equal(mail.subject, 'Reset your Parley password');
    assert.match(mail.text, /https:\/\/parley\.example\.com\/console\/reset-password\?token=/);

    const tooShort = await server.client.post('/v1/auth/password-reset/confirm', { token: newer, password: 'short' });
    assertConforms('confirmPasswordReset', tooShort);
    assert.equal(tooShort.status, 400);
    const reset = await server.client.post<Schemas['PasswordReset']>('/v1/auth/password-reset/confirm', { token: newer, password: 'a brand new passphrase' });
    assertConforms('confirmPasswordReset', reset);
    assert.equal(reset.status, 200, JSON.stringify(reset.body));
    assert.deepEqual(reset.body, { object: 'password_reset', email: owner.email, sessions_ended: 1 });

    assert.equal((await session(owner.cookie)).status, 401, 'the session from sign-up ended');
    const oldLogin = await server.client.post('/v1/auth/login', { email: owner.email, password: owner.password });
    assertError(oldLogin, 401, 'invalid_credentials');
    const newLogin = await server.client.post<Schemas['Session']>('/v1/auth/login', { email: owner.email, password: 'a brand new passphrase' });
    assert.equal(newLogin.status, 200);
    assert.equal(newLogin.body.user.email_verified, true, 'the reset link reached the address, so it is verified');

    assertError(await server.client.post('/v1/auth/password-reset/confirm', { token: newer, password: 'another passphrase' }), 400, 'token_used');
    assertError(await server.client.post('/v1/auth/password-reset/confirm', { token: older, password: 'another passphrase' }), 400, 'token_used');
  });

  test('an unknown address gets the same answer and no email; an expired link is refused and changes nothing', async () => {
    const nobody = uniqueEmail('nobody');
    const response = await server.client.post<Schemas['PasswordResetRequested']>('/v1/auth/password-reset', { email: nobody });
    assert.equal(response.status, 202);
    assert.deepEqual(response.body, { object: 'password_reset_request', email: nobody, expires_in_minutes: 60 });
    assert.equal((await emailsTo(nobody)).length, 0);

    const owner = await buildAccount(server.client);
    await server.client.post('/v1/auth/password-reset', { email: owner.email });
    const token = tokenIn(await smtp.mailTo(owner.email, 2));
    await server.services.db.system((trx) => trx('user_tokens').where({ purpose: 'password_reset' }).whereIn('user_id', [owner.user.id]).update({ expires_at: new Date(Date.now() - 1000) }));
    const expired = await server.client.post('/v1/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    assert.match(assertError(expired, 400, 'token_expired').message, /POST \/v1\/auth\/password-reset/);
    assert.equal((await session(owner.cookie)).status, 200, 'the session goes on');
    const login = await server.client.post('/v1/auth/login', { email: owner.email, password: owner.password });
    assert.equal(login.status, 200, 'the password is unchanged');
  });

  test('emailed links are rate limited per address', async () => {
    const owner = await buildAccount(server.client);
    for (let i = 0; i < 3; i++) assert.equal((await server.client.post('/v1/auth/password-reset', { email: owner.email })).status, 202);
    const refused = await server.client.post('/v1/auth/password-reset', { email: owner.email });
    assertConforms('requestPasswordReset', refused);
    assertError(refused, 429, 'rate_limited');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await emailsTo(owner.email)).filter((row) => row.kind === 'password_reset').length, 3);
  });

  test('the outbox: bodies are sealed at rest and cleared once sent; a 4xx is retried, a 5xx gives up', async () => {
    // Parley's own worker sends within milliseconds; this test drives a sender of its own against rows it
    // writes, so it holds the timing.
    const to = uniqueEmail('outbox');
    const owner = await buildAccount(server.client, { email: to });
    await smtp.mailTo(to);
    // The SMTP server has it a moment before the worker marks it sent.
    const [sent] = await eventually(() => emailsTo(to), (rows) => rows[0]?.status === 'sent');
    assert.equal(sent.body_sealed, null, 'a sent body is not kept');
    assert.equal(sent.attempts, 1);

    smtp.refuse(1, 451);
    await server.client.post('/v1/auth/email-verification', undefined, { cookie: owner.cookie, csrf: owner.csrf });
    const retrying = await eventually(
      () => emailsTo(to),
      (rows) => rows.length === 2 && rows[1].last_error !== null,
    );
    assert.equal(retrying[1].status, 'queued');
    assert.equal(retrying[1].attempts, 1);
    assert.match(retrying[1].last_error, /451|refused/);
    assert.ok(!String(retrying[1].body_sealed).includes('token'), 'the waiting body is sealed');
    const waited = (retrying[1].next_attempt_at.getTime() - Date.now()) / 1000;
    assert.ok(waited > 5 && waited <= retryDelaySeconds(1), `the retry waits up to 30 s (${waited})`);
    await server.services.db.system((trx) => trx('emails').where({ id: retrying[1].id }).update({ next_attempt_at: new Date() }));
    const mail = await smtp.mailTo(to, 2);
    assert.equal(mail.subject, 'Confirm your email address for Parley');
    const [, delivered] = await eventually(() => emailsTo(to), (rows) => rows[1].status === 'sent');
    assert.equal(delivered.attempts, 2);

    smtp.refuse(1, 550);
    await server.client.post('/v1/auth/password-reset', { email: to });
    const [, , refused] = await eventually(() => emailsTo(to), (rows) => rows.length === 3 && rows[2].status !== 'queued');
    assert.equal(refused.status, 'failed', 'a 5xx answer is final');
    assert.equal(refused.body_sealed, null);
    assert.equal(await sendDueEmails(server.services, createMailer({ SMTP_URL: smtp.url }, server.services.logger)), 0, 'nothing is left to send');
  });

  test('an email queued in a transaction that rolls back is never sent', async () => {
    const to = uniqueEmail('rollback');
    const attempt = await server.client.post('/v1/auth/signup', { email: to, password: 'short', account_name: 'X' });
    assert.equal(attempt.status, 400);
    // Sign-up with a taken address rolls back after its checks: no second verification email.
    const owner = await buildAccount(server.client, { email: to });
    await smtp.mailTo(to);
    const taken = await server.client.post('/v1/auth/signup', { email: owner.email, password: 'correct horse battery staple', account_name: 'Y' });
    assertError(taken, 409, 'email_taken');
    assert.equal((await emailsTo(to)).length, 1);
  });

  test('sent and given-up emails are deleted after 30 days; queued ones and recent ones are kept', async () => {
    const to = uniqueEmail('purge');
    const old = new Date(Date.now() - 31 * 86_400_000);
    const rows = (['sent', 'failed', 'queued'] as const).map((status) => ({ id: newId('email'), kind: 'invitation', to_address: to, subject: status, status, created_at: old, next_attempt_at: new Date(Date.now() + 86_400_000) }));
    const recent = { id: newId('email'), kind: 'invitation', to_address: to, subject: 'recent', status: 'sent', created_at: new Date() };
    await server.services.db.system((trx) => trx('emails').insert([...rows, recent]));
    await purgeOldEmails(server.services.db);
    assert.deepEqual((await emailsTo(to)).map((row) => row.subject).sort(), ['queued', 'recent']);
  });

  test('only the system role can read emails and tokens; the tenant role cannot', async () => {
    for (const table of ['user_tokens', 'emails']) {
      await assert.rejects(
        server.services.db.knex.transaction(async (trx) => {
          await trx.raw(`set local role ${APP_ROLE}`);
          await trx(table).select('id').limit(1);
        }),
        /permission denied/,
      );
    }
  });

  test('with no SMTP_URL, an email is written to the log with its text, so a local user can follow the link', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          lines.push(chunk.toString());
          callback();
        },
      }),
    );
    const mailer = createMailer({ SMTP_URL: undefined }, logger);
    await mailer.send({ from: 'a@b.c', to: 'person@example.com', subject: 'Hello', text: 'Open https://x.test/console/verify-email?token=abc' });
    const entry = JSON.parse(lines[0]!);
    assert.deepEqual(entry.email, { to: 'person@example.com', subject: 'Hello' });
    assert.match(entry.msg, /token=abc/);
  });
});
