// The console's platform admin, team, audit log, settings and usage pages in a real browser (Debian's Chromium
// through playwright-core) against a real Parley with its own database, a worker (exports are built by one) and a
// local SMTP server (invitations). The billing page with Stripe billing on is in console-billing.test.ts.
// Screenshots go to test/.artifacts/console/ (git-ignored) at desktop and phone widths, beside those of
// test/console.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sessionCookieFrom } from './helpers/client.js';
import { newConsolePage, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { linkSandbox, send } from './helpers/sandbox-messaging.js';
import type { TestServer } from './helpers/server.js';
import { tokenIn, type TestSmtpServer } from './helpers/smtp.js';

const PASSWORD = 'a long console passphrase';
const ADMIN_PASSWORD = 'the platform admin passphrase';

describe('the console for admins, teams, settings and usage, in Chromium', () => {
  const adminEmail = uniqueEmail('platform-admin');
  let smtp: TestSmtpServer;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let ownerPage: Page;
  const viewerEmail = uniqueEmail('viewer');
  const consoleErrors: string[] = [];

  before(async () => {
    stack = await startConsoleStack({ smtp: true, env: { ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD } });
    ({ browser, server } = stack);
    smtp = stack.smtp!;
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
  });
  after(async () => {
    await stack?.stop();
  });

  const url = (p: string) => `${server.url}/console${p}`;
  const newPage = (cookie?: string) => newConsolePage(browser, { baseUrl: server.url, errors: consoleErrors, ...(cookie ? { cookie } : {}) });

  /** The page's session as the API sees it, from the browser's cookie. */
  async function sessionOf(context: BrowserContext) {
    const cookie = (await context.cookies()).find((c) => c.name === 'parley_session');
    assert.ok(cookie, 'the browser holds a session cookie');
    return `parley_session=${cookie.value}`;
  }

  /** Through the login page, as the platform admin, to `next`. */
  async function signInAsAdmin(page: Page, next: string) {
    await page.goto(url(`/login?next=${encodeURIComponent(next)}`));
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function open(page: Page, link: string, heading: string) {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  test('a platform admin finds an account, suspends it (its key is refused) and lifts the suspension', async () => {
    const page = await newPage();
    await signInAsAdmin(page, '/');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await open(page, 'Platform admin', 'Platform admin');
    await page.getByRole('link', { name: 'Harbour Bakery' }).waitFor();
    await shoot(page, '20-admin-accounts');

    await page.getByLabel('Search').fill('no such account anywhere');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No account matches').waitFor();
    await page.getByLabel('Search').fill(owner.email.slice(0, 14));
    await page.getByLabel('Status').selectOption('active');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Harbour Bakery' }).click();
    await page.getByRole('heading', { name: 'Harbour Bakery', level: 2 }).waitFor();
    await page.getByTestId('account-status').filter({ hasText: 'Active' }).waitFor();

    await page.getByLabel('Reason').fill('Chargeback under review');
    await page.getByRole('button', { name: 'Suspend…' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Suspend the account' }).click();
    await page.getByTestId('account-status').filter({ hasText: 'Suspended' }).waitFor();
    await page.getByText('“Chargeback under review”').waitFor();
    await shoot(page, '21-admin-account-suspended');
    const refused = await server.client.get('/v1/account', { key: owner.key });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'account_suspended');

    await page.getByRole('button', { name: 'Unsuspend…' }).click();
    await page.getByRole('button', { name: 'Unsuspend the account' }).click();
    await page.getByTestId('account-status').filter({ hasText: 'Active' }).waitFor();
    assert.equal((await server.client.get('/v1/account', { key: owner.key })).status, 200);

    // A feature flag, through the same view.
    await page.getByRole('checkbox', { name: 'bulk_jobs' }).uncheck();
    await page.getByText(`Set by ${adminEmail}`).waitFor();
    await page.getByRole('checkbox', { name: 'bulk_jobs' }).check();

    await page.getByRole('link', { name: 'Health' }).click();
    await page.getByRole('heading', { name: 'Platform health', level: 1 }).waitFor();
    await page.getByTestId('accounts-total').waitFor();
    await shoot(page, '22-admin-health');
    await page.getByRole('link', { name: 'Admins' }).click();
    await page.getByRole('heading', { name: 'Platform admins', level: 1 }).waitFor();
    await page.getByRole('cell', { name: new RegExp(adminEmail) }).waitFor();
    // The configured admin names others: an unknown address is refused with the API's message and request id.
    await page.getByLabel('Email of an existing Parley user').fill('nobody-here@example.com');
    await page.getByRole('button', { name: 'Add admin' }).click();
    await page.getByTestId('request-id').waitFor();
    assert.equal(await page.getByLabel('Email of an existing Parley user').inputValue(), 'nobody-here@example.com');
    await shoot(page, '23-admin-admins');
    await page.context().close();
  });

  test('the accounts list pages through its results, and a new search starts again at the first page', async () => {
    for (let i = 1; i <= 21; i++) await buildAccount(server.client, { account_name: `Paging Co ${String(i).padStart(2, '0')}` });
    const page = await newPage();
    await signInAsAdmin(page, '/admin');
    await page.getByRole('heading', { name: 'Platform admin', level: 1 }).waitFor();
    await page.getByLabel('Search').fill('Paging Co');
    await page.getByRole('button', { name: 'Search' }).click();
    // Newest first, twenty a page.
    await page.getByRole('link', { name: 'Paging Co 21' }).waitFor();
    await page.getByRole('link', { name: 'Paging Co 01' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByText('Page 2').waitFor();
    await page.getByRole('link', { name: 'Paging Co 01' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /^Paging Co/ }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Next →' }).isDisabled(), true);
    await page.getByLabel('Search').fill('Paging Co 0');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Paging Co 09' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /^Paging Co/ }).count(), 9);
    assert.equal(await page.getByRole('navigation', { name: 'Accounts pages' }).count(), 0);
    await page.context().close();
  });

  test('the platform audit log shows who suspended an account, from where, and filters and pages its entries', async () => {
    // More suspensions than a page holds, through the API as the admin: the Paging Co accounts of the test above.
    const login = await server.client.post('/v1/auth/login', { email: adminEmail, password: ADMIN_PASSWORD });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    const cookie = sessionCookieFrom(login);
    const csrf = (await server.client.get('/v1/auth/session', { cookie })).body.csrf_token as string;
    const paging = await server.client.get('/v1/admin/accounts?query=Paging%20Co&limit=100', { cookie });
    assert.equal(paging.body.data.length, 21);
    for (const account of paging.body.data as Array<{ id: string }>) {
      const suspended = await server.client.post(`/v1/admin/accounts/${account.id}/suspend`, { reason: 'Paging through the log' }, { cookie, csrf });
      assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
    }

    const page = await newPage(cookie);
    await page.goto(url('/admin/audit-log'));
    await page.getByRole('heading', { name: 'Platform audit log', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Platform admin' }).getByRole('link', { name: 'Audit log' }).and(page.locator('[aria-current=page]')).waitFor();
    const rows = page.getByTestId('audit-entries').locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20, 'twenty entries a page');

    // Only suspensions: twenty-two of them, over two pages; the oldest is the one made in the browser.
    await page.getByLabel('Action').fill('account.suspended');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/admin\/audit-log\?action=account\.suspended$/);
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByText('Page 2').waitFor();
    await eventually(() => rows.count(), (count) => count === 2);
    const harbour = rows.filter({ hasText: owner.account.id });
    await harbour.getByText(adminEmail).waitFor();
    await harbour.getByText('account.suspended', { exact: true }).waitFor();
    assert.match(await harbour.innerText(), /127\.0\.0\.1/, 'from where: the address');
    assert.match((await harbour.locator('[title]').first().getAttribute('title')) ?? '', /Chrome/, 'and the browser');
    await shoot(page, '35-admin-audit-log');
    await page.getByRole('button', { name: '← Previous' }).click();
    await page.getByText('Page 2').waitFor({ state: 'detached' });
    await eventually(() => rows.count(), (count) => count === 20);

    // One account's history, from its page: the suspension and its lifting, and the feature flags set.
    await page.goto(url(`/admin?id=${owner.account.id}`));
    await page.getByRole('link', { name: 'What platform admins changed here' }).click();
    await page.waitForURL(new RegExp(`account_id=${owner.account.id}`));
    await rows.filter({ hasText: 'account.unsuspended' }).waitFor();
    const actions = await rows.locator('td[data-label=Action] > code').allInnerTexts();
    assert.deepEqual(actions, ['account_feature.set', 'account_feature.set', 'account.unsuspended', 'account.suspended']);
    assert.equal(await page.locator('input[name=account_id]').inputValue(), owner.account.id);

    // Nothing matches: says so; an id the API refuses: its message and request id.
    await page.getByLabel('Action').fill('account.erased');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No entry matches').waitFor();
    await page.locator('input[name=account_id]').fill('not-an-account');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('alert').getByTestId('request-id').waitFor();
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForURL(/\/admin\/audit-log$/);
    await rows.nth(19).waitFor();
    await page.context().close();
  });

  test('a member who is not a platform admin neither sees the admin pages nor can open them', async () => {
    ownerPage = await newPage(owner.cookie);
    await ownerPage.goto(url('/'));
    await ownerPage.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    assert.equal(await ownerPage.getByRole('link', { name: 'Platform admin' }).count(), 0);
    for (const p of ['/admin', '/admin/health', '/admin/admins', '/admin/audit-log']) {
      await ownerPage.goto(url(p));
      await ownerPage.getByText('The platform admin pages are only for platform admins.').waitFor();
      await ownerPage.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
      assert.equal(new URL(ownerPage.url()).pathname, '/console/');
    }
    await shoot(ownerPage, '24-admin-refused');
  });

  test('an owner invites a member and sees the invitation pending', async () => {
    await open(ownerPage, 'Team', 'Team');
    await ownerPage.getByRole('cell', { name: `${owner.email} (you)` }).waitFor();
    await ownerPage.getByText('No pending invitations').waitFor();
    const invitee = uniqueEmail('developer');
    await ownerPage.getByLabel('Email').fill(invitee);
    await ownerPage.getByRole('combobox', { name: /^Role(?! of)/ }).selectOption('developer');
    await ownerPage.getByRole('button', { name: 'Send invitation' }).click();
    await ownerPage.getByText(`An invitation is on its way to ${invitee}.`).waitFor();
    await ownerPage.getByRole('cell', { name: invitee, exact: true }).waitFor();
    await ownerPage.getByRole('button', { name: `Revoke the invitation of ${invitee}` }).waitFor();
    await shoot(ownerPage, '25-team');
    await smtp.mailTo(invitee);
  });

  test('the audit log shows the invitation, and filters by action', async () => {
    await open(ownerPage, 'Audit log', 'Audit log');
    await ownerPage.getByRole('cell', { name: /invitation\.created/ }).first().waitFor();
    await ownerPage.getByLabel('Action').fill('api_key.created');
    await ownerPage.getByRole('button', { name: 'Apply filters' }).click();
    await ownerPage.getByText('No entry matches').waitFor();
    await ownerPage.getByLabel('Action').fill('invitation.created');
    await ownerPage.getByRole('button', { name: 'Apply filters' }).click();
    await ownerPage.getByRole('cell', { name: /invitation\.created/ }).first().waitFor();
    await ownerPage.getByText(/1 field|fields:/).first().click();
    await shoot(ownerPage, '26-audit-log');
  });

  test('a viewer sees no write controls on the team and settings pages, and no audit log', async () => {
    const invited = await server.client.post('/v1/members/invitations', { email: viewerEmail, role: 'viewer' }, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const accepted = await server.client.post('/v1/members/invitations/accept', { token: tokenIn(await smtp.mailTo(viewerEmail)), password: PASSWORD });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const viewer = await newPage(sessionCookieFrom(accepted));
    await viewer.goto(url('/team'));
    await viewer.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await viewer.getByRole('cell', { name: `${viewerEmail} (you)` }).waitFor();
    for (const name of ['Send invitation', /^Remove/, /^Revoke/]) {
      assert.equal(await viewer.getByRole('button', { name }).count(), 0, `a viewer sees no "${String(name)}"`);
    }
    assert.equal(await viewer.getByRole('combobox').count(), 0, 'no role pickers');
    assert.equal(await viewer.getByRole('link', { name: 'Audit log' }).count(), 0);
    await shoot(viewer, '27-viewer-team');

    await open(viewer, 'Settings', 'Settings');
    await viewer.getByText("Only the account's owners change these.").waitFor();
    await viewer.getByText(`Signed in as ${viewerEmail}`).waitFor();
    for (const name of ['Save account', /Export/, /Erase/]) {
      assert.equal(await viewer.getByRole('button', { name }).count(), 0, `a viewer sees no "${String(name)}"`);
    }
    // Their own two-factor authentication is theirs to set up, whatever their role.
    await viewer.getByRole('button', { name: 'Set up two-factor authentication' }).waitFor();
    await shoot(viewer, '28-viewer-settings');

    await viewer.goto(url('/audit-log'));
    await viewer.getByText('is only for members with the admin role or above').waitFor();
    await viewer.context().close();
  });

  test('the owner changes a member\'s role and removes them after confirming; the audit log shows both', async () => {
    await open(ownerPage, 'Team', 'Team');
    const role = ownerPage.getByRole('combobox', { name: `Role of ${viewerEmail}` });
    await role.selectOption('developer');
    await ownerPage.getByText('Saving…').waitFor({ state: 'detached' });
    const members = await server.client.get('/v1/members', { key: owner.key });
    assert.equal(members.body.data.find((m: { email: string }) => m.email === viewerEmail)?.role, 'developer');
    await ownerPage.getByRole('button', { name: `Remove ${viewerEmail}` }).click();
    await ownerPage.getByRole('alertdialog').waitFor();
    await shoot(ownerPage, '28b-team-remove-confirm');
    await ownerPage.getByRole('button', { name: 'Remove member' }).click();
    await ownerPage.getByRole('cell', { name: viewerEmail, exact: true }).waitFor({ state: 'detached' });
    await open(ownerPage, 'Audit log', 'Audit log');
    await ownerPage.getByRole('cell', { name: /member\.removed/ }).waitFor();
    await ownerPage.getByRole('cell', { name: /member\.role_changed/ }).waitFor();
  });

  test('settings: an export is requested and its download link appears when the worker has built it', async () => {
    await open(ownerPage, 'Settings', 'Settings');
    await ownerPage.getByText('No exports yet').waitFor();
    await ownerPage.getByRole('button', { name: 'Export the account’s data' }).click();
    await ownerPage.getByTestId('export-status').first().waitFor();
    const link = ownerPage.getByRole('link', { name: /^Download/ });
    await link.waitFor({ timeout: 60_000 });
    await ownerPage.getByTestId('export-status').filter({ hasText: 'Ready' }).waitFor();
    await shoot(ownerPage, '29-settings-export');
    const href = await link.getAttribute('href');
    assert.ok(href?.startsWith(`${server.url}/v1/account/exports/`), href ?? '');
    const download = await fetch(href!, { headers: { cookie: await sessionOf(ownerPage.context()) } });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/gzip');
  });

  test('settings: two-factor set up with a QR code drawn in the page, recovery codes shown once, and the account renamed', async () => {
    await ownerPage.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const secret = await ownerPage.getByTestId('totp-secret').innerText();
    await ownerPage.waitForFunction(() => ((globalThis as any).document.querySelector('[data-testid=totp-qr]')?.naturalWidth ?? 0) > 0);
    assert.match((await ownerPage.getByTestId('totp-qr').getAttribute('src')) ?? '', /^data:image\/svg\+xml/);
    await shoot(ownerPage, '30-settings-two-factor-setup');
    await ownerPage.getByLabel('Code from the app').fill('000000');
    await ownerPage.getByRole('button', { name: 'Turn on' }).click();
    await ownerPage.getByTestId('request-id').waitFor();
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    await ownerPage.getByLabel('Code from the app').fill(totp.generate());
    await ownerPage.getByRole('button', { name: 'Turn on' }).click();
    await ownerPage.getByTestId('recovery-codes').waitFor();
    assert.equal(await ownerPage.getByTestId('recovery-codes').getByRole('listitem').count(), 10);
    await shoot(ownerPage, '31-settings-recovery-codes');
    await ownerPage.getByRole('button', { name: 'I have stored them' }).click();
    await ownerPage.getByRole('button', { name: 'Turn off two-factor authentication' }).waitFor();
    assert.equal(await ownerPage.getByTestId('recovery-codes').count(), 0);

    await ownerPage.getByLabel('Account name').fill('Harbour Bakery Ltd');
    await ownerPage.getByRole('button', { name: 'Save account' }).click();
    await ownerPage.getByText('Saved.').waitFor();
    await ownerPage.getByRole('banner').getByText('Harbour Bakery Ltd').waitFor();
    const account = await server.client.get('/v1/account', { key: owner.key });
    assert.equal(account.body.name, 'Harbour Bakery Ltd');
  });

  test('usage and billing: the plan, a chart of the period by day, the plans, and billing off said plainly', async () => {
    const connection = await linkSandbox(server.client, owner.key, '+12025550181');
    for (const to of ['+12025550182', '+12025550183', '+12025550184']) {
      await send(server.client, owner.key, { connection_id: connection.id, to, type: 'text', text: { body: 'fresh bread at 7' } });
    }
    await open(ownerPage, 'Usage and billing', 'Usage and billing');
    await ownerPage.getByTestId('period-sent').filter({ hasText: '3' }).waitFor();
    await ownerPage.getByTestId('plan-name').filter({ hasText: 'Enterprise' }).waitFor();
    const chart = ownerPage.getByTestId('usage-chart');
    await chart.waitFor();
    assert.ok((await chart.locator('rect').count()) >= 2);
    assert.match((await chart.getAttribute('aria-labelledby')) ?? '', /chart-title/);
    await ownerPage.getByText('Billing is off on this Parley').waitFor();
    assert.equal(await ownerPage.getByRole('button', { name: /Upgrade|Manage billing/ }).count(), 0);
    await ownerPage.getByRole('heading', { name: /^Free/, level: 3 }).waitFor();
    await shoot(ownerPage, '32-usage-billing');
  });

  test('erasing an account needs its name typed and the password, then goes to the login page', async () => {
    const doomed = await buildAccount(server.client, { account_name: 'Short Lived', password: PASSWORD });
    const page = await newPage(doomed.cookie);
    await page.goto(url('/settings'));
    await page.getByRole('button', { name: 'Erase this account…' }).click();
    const erase = page.getByRole('button', { name: 'Erase Short Lived for good' });
    assert.equal(await erase.isDisabled(), true);
    await page.getByLabel(/Type the account's name/).fill('Short Lived');
    await page.getByLabel('Your password').fill('not the password');
    await erase.click();
    await page.getByTestId('request-id').waitFor();
    await shoot(page, '33-settings-erase');
    await page.getByLabel('Your password').fill(PASSWORD);
    await erase.click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('Short Lived is being erased.').waitFor();
    assert.equal((await server.client.get('/v1/account', { key: doomed.key })).status, 401);
    await page.context().close();
  });

  test('the browser reported no script errors beyond the API errors the tests caused', () => {
    const unexpected = consoleErrors.filter((text) => !/status of (400|401|403|404|409)/.test(text));
    assert.deepEqual(unexpected, []);
  });
});
