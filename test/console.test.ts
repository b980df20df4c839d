// The web console in a real browser (Debian's Chromium through playwright-core) against a real Parley with its
// own database and a worker, so sandbox connections show QR codes and link. Screenshots of each page go to
// test/.artifacts/console/ (git-ignored) at desktop and phone widths.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONSOLE_CSP } from '../server/console/serve.js';
import { startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, uniqueEmail } from './helpers/factories.js';
import type { TestServer } from './helpers/server.js';
import { tokenIn, type TestSmtpServer } from './helpers/smtp.js';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.js';

const SHOTS = path.resolve(import.meta.dirname, '.artifacts/console');
const PASSWORD = 'a long console passphrase';
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

describe('the web console, in Chromium', () => {
  let smtp: TestSmtpServer;
  let receiver: WebhookReceiver;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let db: Knex;
  const owner = { email: uniqueEmail('owner'), accountName: 'Acme Support' };
  const consoleErrors: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    receiver = await startWebhookReceiver();
    // The webhook receiver is on this machine: allow private addresses, as in development.
    stack = await startConsoleStack({ smtp: true, env: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' } });
    ({ browser, server } = stack);
    smtp = stack.smtp!;
    db = knexFactory({ client: 'pg', connection: stack.database.url });
  });
  after(async () => {
    await db?.destroy();
    await stack?.stop();
    await receiver?.close();
  });

  const url = (p: string) => `${server.url}/console${p}`;

  async function newPage(context?: BrowserContext): Promise<Page> {
    const page = await (context ?? (await browser.newContext({ viewport: DESKTOP }))).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    return page;
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true });
    const size = page.viewportSize();
    await page.setViewportSize(PHONE);
    // Usable on a phone: nothing makes the page wider than the screen (wide tables scroll inside their box).
    const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    assert.ok(width <= PHONE.width, `${name} is ${width} px wide on a ${PHONE.width} px screen`);
    await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
    if (size) await page.setViewportSize(size);
  }

  /** The owner's session as the API sees it, from the browser's cookie. */
  async function ownerSession(context: BrowserContext) {
    const cookie = (await context.cookies()).find((c) => c.name === 'parley_session');
    assert.ok(cookie, 'the browser holds a session cookie');
    const session = await server.client.get('/v1/auth/session', { cookie: `parley_session=${cookie.value}` });
    assert.equal(session.status, 200);
    return { cookie: `parley_session=${cookie.value}`, csrf: session.body.csrf_token as string };
  }

  let ownerContext: BrowserContext;
  let page: Page;

  test('/ and /console serve the app with a strict Content-Security-Policy and cacheable hashed assets', async () => {
    const root = await fetch(server.url, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/console/');
    const html = await fetch(url('/connections'));
    assert.equal(html.status, 200);
    assert.equal(html.headers.get('content-security-policy'), CONSOLE_CSP);
    assert.doesNotMatch(CONSOLE_CSP, /https?:|\*/);
    assert.equal(html.headers.get('cache-control'), 'no-cache');
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(await html.text())?.[1];
    assert.ok(asset);
    const js = await fetch(`${server.url}${asset}`);
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await fetch(`${server.url}/console/assets/nope.js`)).status, 404);
    assert.equal((await fetch(`${server.url}/console/assets/..%2F..%2Fpackage.json`)).status, 404);
  });

  test('sign up: the first key is shown once, with a copy button', async () => {
    ownerContext = await browser.newContext({ viewport: DESKTOP });
    page = await newPage(ownerContext);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shoot(page, '01-login');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Account name').fill(owner.accountName);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await shoot(page, '02-signup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    assert.match(await page.getByTestId('secret').inputValue(), /^parley_test_/);
    await page.getByRole('button', { name: 'Copy' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/console/api-keys');
  });

  test('API keys: create one (secret shown once), then it is listed without its secret', async () => {
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByLabel('Name').fill('Billing service');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('heading', { name: /Your new key “Billing service”/ }).waitFor();
    const secret = await page.getByTestId('secret').inputValue();
    assert.match(secret, /^parley_test_/);
    await page.getByRole('cell', { name: 'Billing service', exact: true }).waitFor();
    await shoot(page, '03-api-keys-created');
    // The key works against the API, and the console never shows it again.
    assert.equal((await server.client.get('/v1/account', { key: secret })).status, 200);
    await page.reload();
    await page.getByRole('cell', { name: 'Billing service', exact: true }).waitFor();
    assert.equal(await page.getByTestId('secret').count(), 0);
    assert.equal(await page.getByText(secret).count(), 0);
  });

  test('an API error is shown with its message and request id, and the form keeps what was typed', async () => {
    await page.getByLabel('Name').fill('   ');
    await page.getByRole('button', { name: 'Create key' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /name/i);
    assert.match(await page.getByTestId('request-id').innerText(), /^req_/);
    assert.equal(await page.getByLabel('Name').inputValue(), '   ');
    await shoot(page, '04-api-error');
  });

  test('revoke a key with confirmation: it disappears from the list', async () => {
    await page.getByRole('button', { name: 'Revoke Billing service' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByRole('cell', { name: 'Billing service', exact: true }).waitFor({ state: 'detached' });
  });

  test('connections: create a sandbox connection, see its QR code live, simulate the scan, see it connected', async () => {
    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
    await page.getByText('No test connections yet').waitFor();
    await shoot(page, '05-connections-empty');
    await page.getByLabel('Name (optional)').fill('Support');
    await page.getByRole('button', { name: 'Create connection' }).click();
    const qr = page.getByTestId('qr');
    await qr.waitFor();
    await page.getByRole('link', { name: 'Support' }).waitFor();
    assert.equal(await page.getByText('No test connections yet').count(), 0);
    // The image decoded: the PNG the API rendered, not a broken link (runs in the page, under its CSP: no string eval).
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('[data-testid=qr]')?.naturalWidth ?? 0) > 0);
    await shoot(page, '06-connection-qr');
    await page.getByRole('button', { name: 'Simulate scan' }).click();
    await page.getByTestId('connection-status').filter({ hasText: 'Connected' }).waitFor();
    assert.equal(await qr.count(), 0);
    // The list beside it follows too: its row shows the state and the number the scan linked.
    await page.locator('ul.cards li.selected', { hasText: 'Connected' }).filter({ hasText: '+' }).waitFor();
    await shoot(page, '07-connection-connected');
  });

  test('overview: connections with their state and messages against the plan', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByText('Connected').first().waitFor();
    await page.getByText(/of 10,000,000 on the Enterprise plan/).waitFor();
    await page.getByText('No failed messages').waitFor();
    await shoot(page, '08-overview');
  });

  test('messages log: filter by status, and a message\'s timeline with its error', async () => {
    const { cookie, csrf } = await ownerSession(ownerContext);
    const connections = await server.client.get('/v1/connections', { cookie });
    const connectionId = connections.body.data[0].id as string;
    const send = (to: string, body: string) =>
      server.client.post('/v1/messages', { connection_id: connectionId, to, type: 'text', text: { body } }, { cookie, csrf });
    const read = await send('+14155550199', 'Your order has shipped');
    const failed = await send('+14155550101', 'Nobody is here'); // a reserved sandbox number: not on WhatsApp
    assert.equal(read.status, 202, JSON.stringify(read.body));
    await eventually(() => server.client.get(`/v1/messages/${read.body.id}`, { cookie }), (r) => r.body.status === 'read');
    await eventually(() => server.client.get(`/v1/messages/${failed.body.id}`, { cookie }), (r) => r.body.status === 'failed');

    await page.getByRole('link', { name: 'Messages' }).click();
    await page.getByRole('cell', { name: 'Your order has shipped' }).waitFor();
    await page.getByRole('cell', { name: 'Nobody is here' }).waitFor();
    await shoot(page, '09-messages');
    await page.getByLabel('Status').selectOption('failed');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('cell', { name: 'Your order has shipped' }).waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('status'), 'failed');
    await page.getByRole('row', { name: /Nobody is here/ }).getByRole('link').click();
    await page.getByTestId('message-status').filter({ hasText: 'failed' }).waitFor();
    await page.locator('.timeline').getByText('Failed').waitFor();
    await page.getByText('recipient_not_on_whatsapp').first().waitFor();
    await shoot(page, '10-message-timeline');

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('cell', { name: /recipient_not_on_whatsapp/ }).waitFor();
    assert.equal(await page.getByTestId('messages-period').innerText(), '2');
  });

  test('contacts: import a CSV and read its per-row report, add one by hand, search by tag', async () => {
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByText('No test contacts yet').waitFor();
    const csv = 'phone_number,name,tags,city\n+14155550123,Ada,vip;news,Paris\n+14155550124,Bo,news,Oslo\nnot a number,Cy,,\n';
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('3 rows read: 2 created, 0 updated, 0 unchanged, 1 not imported.').waitFor();
    await report.getByRole('cell', { name: '4', exact: true }).waitFor();
    await page.getByRole('cell', { name: '+14155550124', exact: true }).waitFor();
    await page.getByLabel('Phone number to add').fill('+1 415 555 0125');
    await page.getByLabel('Name (optional)').fill('Di');
    await page.getByLabel('Tags (optional)').fill('vip');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('cell', { name: '+14155550125', exact: true }).waitFor();
    await shoot(page, '11-contacts');
    await page.getByRole('row', { name: /Ada/ }).getByRole('link', { name: 'vip' }).click();
    await page.getByRole('cell', { name: 'Bo', exact: true }).waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('row').filter({ hasText: '+1415555012' }).count(), 2);
  });

  test('webhooks: add an endpoint with events from the catalog, send a test event, see the delivery and its attempt', async () => {
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No test endpoints yet').waitFor();
    receiver.answer('/hooks', { status: 200, body: 'thanks from the receiver' });
    await page.getByLabel('URL').fill(receiver.url('/hooks'));
    await page.getByLabel('Every event, including types added later').uncheck();
    await page.getByRole('checkbox', { name: /^message\.received/ }).check();
    await page.getByRole('checkbox', { name: /^message\.failed/ }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByRole('heading', { name: receiver.url('/hooks') }).waitFor();
    await page.getByText('message.received, message.failed').waitFor();
    await page.getByRole('button', { name: 'Reveal signing secret' }).click();
    assert.match(await page.getByTestId('webhook-secret').inputValue(), /^whsec_/);
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await receiver.waitFor('/hooks', 1);
    await page.locator('.status.wd-succeeded').waitFor();
    await page.getByTestId('attempts').getByText('thanks from the receiver').waitFor();
    await page.getByTestId('attempts').getByText('200').waitFor();
    await shoot(page, '12-webhooks');
  });

  test('events: the latest events, then new ones live at the top, each once', async () => {
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByText('Live: new events appear at the top.').waitFor();
    await page.getByTestId('event-log').getByText('connection.connected').first().waitFor();
    const { cookie, csrf } = await ownerSession(ownerContext);
    const optOut = await server.client.post('/v1/opt-outs', { phone_number: '+14155550177' }, { cookie, csrf });
    assert.equal(optOut.status, 201, JSON.stringify(optOut.body));
    const first = page.getByTestId('event-log').locator('li').first();
    await first.getByText('opt_out.created').waitFor();
    const id = await first.getAttribute('data-event-id');
    assert.equal(await page.locator(`[data-event-id="${id}"]`).count(), 1);
    await first.getByRole('button').click();
    await first.getByText('+14155550177').waitFor();
    await shoot(page, '13-events');
  });

  test('usage and billing: the messages counted, by day, against the plan, and the plans', async () => {
    await page.getByRole('link', { name: 'Usage and billing' }).click();
    await page.getByRole('heading', { name: 'This period (test mode)' }).waitFor();
    assert.equal(await page.getByTestId('plan-name').innerText(), 'Enterprise');
    const sent = Number(await page.getByTestId('period-sent').innerText());
    assert.ok(sent >= 1, `the messages sent this period are counted: ${sent}`);
    await page.getByText('Billing is off on this Parley').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Upgrade to/ }).count(), 0, 'no checkout while Stripe billing is off');
    await page.getByText('Show the figures as a table').click();
    await page.getByRole('rowheader').first().waitFor();
    await shoot(page, '14-usage-billing');
  });

  test('the mode toggle switches every page to live data, sent as Parley-Mode', async () => {
    const modes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v1/connections')) modes.push(request.headers()['parley-mode'] ?? '');
    });
    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('button', { name: 'Live', pressed: false }).click();
    await page.getByText('No live connections yet').waitFor();
    assert.ok(modes.includes('live'), `modes sent: ${modes.join(',')}`);
    await shoot(page, '15-live-mode');
    await page.getByRole('button', { name: 'Test', pressed: false }).click();
    await page.getByText('Support').first().waitFor();
  });

  test('an expired session goes to the login page, then back to the page it was on', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    // Every request of the page answered, so the expiry is met by the next page's requests, not this one's.
    await page.getByTestId('messages-period').waitFor();
    await page.getByRole('link', { name: 'Support' }).waitFor();
    await page.getByRole('cell', { name: /recipient_not_on_whatsapp/ }).waitFor();
    await db('sessions').update({ expires_at: new Date(Date.now() - 1000) });
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('next'), '/api-keys');
    await page.getByText('Your session ended').waitFor();
    await shoot(page, '16-session-ended');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/console/api-keys');
  });

  test('a viewer, joining through the invitation page, sees no write controls', async () => {
    const { cookie, csrf } = await ownerSession(ownerContext);
    const viewerEmail = uniqueEmail('viewer');
    const invited = await server.client.post('/v1/members/invitations', { email: viewerEmail, role: 'viewer' }, { cookie, csrf });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const token = tokenIn(await smtp.mailTo(viewerEmail));

    const viewer = await newPage();
    await viewer.goto(url(`/accept-invitation?token=${encodeURIComponent(token)}`));
    await viewer.getByRole('heading', { name: 'Join an account' }).waitFor();
    await shoot(viewer, '17-accept-invitation');
    await viewer.getByLabel('Password').fill(PASSWORD);
    await viewer.getByRole('button', { name: 'Join the account' }).click();
    await viewer.getByText(`You joined ${owner.accountName} as viewer.`).waitFor();
    await viewer.getByText('Role: viewer').waitFor();

    await viewer.getByRole('link', { name: 'Connections' }).click();
    await viewer.getByRole('link', { name: 'Support' }).click();
    await viewer.getByTestId('connection-status').filter({ hasText: 'Connected' }).waitFor();
    for (const name of ['Create connection', 'Restart', 'Delete', 'Log out', 'Simulate scan', 'Save pacing']) {
      assert.equal(await viewer.getByRole('button', { name }).count(), 0, `a viewer sees no "${name}"`);
    }
    await shoot(viewer, '18-viewer-connections');
    await viewer.getByRole('link', { name: 'API keys' }).click();
    await viewer.getByRole('heading', { name: 'Keys', exact: true }).waitFor();
    await viewer.getByRole('cell').first().waitFor();
    assert.equal(await viewer.getByRole('button', { name: 'Create key' }).count(), 0);
    assert.equal(await viewer.getByRole('button', { name: /^Revoke/ }).count(), 0);
    await shoot(viewer, '19-viewer-api-keys');
    assert.equal(await viewer.getByRole('link', { name: 'Audit log' }).count(), 0);
    await viewer.goto(url('/audit-log'));
    await viewer.getByText('“Audit log” is only for members with the admin role or above.').waitFor();
    await viewer.getByRole('link', { name: 'Team' }).click();
    await viewer.getByRole('cell', { name: owner.email }).waitFor();
    assert.equal(await viewer.getByRole('button', { name: 'Send invitation' }).count(), 0);
    assert.equal(await viewer.getByRole('button', { name: /^Remove/ }).count(), 0);
    assert.equal(await viewer.getByRole('combobox', { name: /^Role of/ }).count(), 0);
    await viewer.context().close();
  });

  test('team: invite from the form, revoke the invitation, and change a member\'s role', async () => {
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('cell', { name: /^viewer-/ }).waitFor();
    const invitee = uniqueEmail('invitee');
    await page.getByLabel('Email').fill(invitee);
    await page.locator('select[name=role]').selectOption('developer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`An invitation is on its way to ${invitee}.`).waitFor();
    await page.getByRole('cell', { name: invitee, exact: true }).waitFor();
    assert.match((await smtp.mailTo(invitee)).text, /\/console\/accept-invitation\?token=/);
    await shoot(page, '20-team');
    await page.getByRole('button', { name: `Revoke the invitation of ${invitee}` }).click();
    await page.getByRole('button', { name: 'Revoke invitation' }).click();
    await page.getByRole('cell', { name: invitee, exact: true }).waitFor({ state: 'detached' });

    const roleOfViewer = page.getByRole('combobox', { name: /^Role of viewer-/ });
    await roleOfViewer.selectOption('developer');
    await eventually(async () => {
      const { cookie } = await ownerSession(ownerContext);
      return (await server.client.get('/v1/members', { cookie })).body.data.map((m: any) => m.role).sort();
    }, (roles) => JSON.stringify(roles) === JSON.stringify(['developer', 'owner']));
    await page.reload();
    assert.equal(await page.getByRole('combobox', { name: /^Role of viewer-/ }).inputValue(), 'developer');
  });

  test('audit log: the changes made through the console, with who made them and each field before and after', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.locator('td code', { hasText: /^member\.role_changed$/ }).first().waitFor();
    await page.getByLabel('Action').fill('member.role_changed');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('td code', { hasText: /^api_key\.created$/ }).first().waitFor({ state: 'detached' });
    await page.getByText('1 field: role').first().click();
    assert.match(await page.locator('dl.changes dd').first().innerText(), /viewer.*→.*developer/);
    await shoot(page, '21-audit-log');
  });

  test('invited to a second account with the same address: join with the existing password, then switch between the accounts', async () => {
    const bravo = await buildAccount(server.client, { account_name: 'Bravo Ltd' });
    const invited = await server.client.post('/v1/members/invitations', { email: owner.email, role: 'developer' }, { cookie: bravo.cookie, csrf: bravo.csrf });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const token = tokenIn(await smtp.mailTo(owner.email, 2));
    await page.goto(url(`/accept-invitation?token=${encodeURIComponent(token)}`));
    // A wrong password is that call's error: the session in the first account goes on.
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Join the account' }).click();
    await page.getByRole('alert').getByText('invalid_credentials').waitFor();
    assert.equal(new URL(page.url()).pathname, '/console/accept-invitation');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Join the account' }).click();
    await page.getByText('You joined Bravo Ltd as developer.').waitFor();
    const switcher = page.getByRole('combobox', { name: 'Account' });
    await switcher.waitFor();
    assert.deepEqual(await switcher.locator('option').allInnerTexts(), ['Acme Support (owner)', 'Bravo Ltd (developer)']);
    await page.getByText('Role: developer').waitFor();
    await shoot(page, '22-account-switcher');
    await switcher.selectOption({ label: 'Acme Support (owner)' });
    await page.getByText('Switched account.').waitFor();
    await page.getByText('Role: owner').waitFor();
    await page.getByRole('link', { name: 'Support' }).waitFor();
  });

  test('password reset from the emailed link, then sign out and in with the new password', async () => {
    const other = await newPage();
    await other.goto(url('/forgot-password'));
    await other.getByLabel('Email').fill(owner.email);
    await other.getByRole('button', { name: 'Email me a link' }).click();
    await other.getByText(/a link to choose a new password is on its way/).waitFor();
    const mail = await smtp.mailTo(owner.email, 3);
    assert.match(mail.text, /\/console\/reset-password\?token=/);
    await other.goto(url(`/reset-password?token=${encodeURIComponent(tokenIn(mail))}`));
    await other.getByLabel('New password').fill(`${PASSWORD} 2`);
    await shoot(other, '23-reset-password');
    await other.getByRole('button', { name: 'Set new password' }).click();
    await other.getByText(/is changed and every session signed out/).waitFor();
    await other.getByLabel('Email').fill(owner.email);
    await other.getByLabel('Password').fill(`${PASSWORD} 2`);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    const { cookie } = await ownerSession(other.context());
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.getByText('You are signed out.').waitFor();
    assert.equal((await server.client.get('/v1/auth/session', { cookie })).status, 401);
    await other.context().close();
  });

  test('settings: rename the account, turn on two-factor authentication, then sign in with a recovery code', async () => {
    const settings = await newPage();
    await settings.goto(url('/settings'));
    await settings.getByLabel('Email').fill(owner.email);
    await settings.getByLabel('Password').fill(`${PASSWORD} 2`);
    await settings.getByRole('button', { name: 'Sign in' }).click();
    await settings.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await settings.getByLabel('Account name').fill('Acme Sales');
    await settings.getByRole('button', { name: 'Save account' }).click();
    await settings.getByText('Saved.').waitFor();
    // The account switcher (this person is in two accounts) shows the new name.
    await eventually(() => settings.getByRole('combobox', { name: 'Account' }).locator('option:checked').innerText(), (text) => text === 'Acme Sales (owner)');

    await settings.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const secret = (await settings.getByTestId('totp-secret').innerText()).trim();
    const code = new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) }).generate();
    await settings.getByLabel('Code from the app').fill(code);
    await settings.getByRole('button', { name: 'Turn on' }).click();
    const codes = settings.getByTestId('recovery-codes').locator('code');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 10);
    const recovery = await codes.first().innerText();
    await shoot(settings, '24-settings-two-factor');

    await settings.getByRole('button', { name: 'Sign out' }).click();
    await settings.getByLabel('Email').fill(owner.email);
    await settings.getByLabel('Password').fill(`${PASSWORD} 2`);
    await settings.getByRole('button', { name: 'Sign in' }).click();
    await settings.getByLabel('Code from your authenticator app').fill(recovery);
    await settings.getByRole('button', { name: 'Sign in' }).click();
    await settings.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await settings.context().close();
  });

  test('the browser reported no script errors or CSP violations beyond expected API errors', () => {
    const unexpected = consoleErrors.filter((text) => !/status of (400|401|409)/.test(text));
    assert.deepEqual(unexpected, []);
  });
});
