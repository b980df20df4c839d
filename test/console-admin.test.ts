// The console's platform admin, team, audit log, settings and usage pages in a real browser (Debian's Chromium
// through playwright-core) against a real Parley with its own database, a worker (exports are built by one) and a
// local SMTP server (invitations). Screenshots go to test/.artifacts/console/ (git-ignored) at desktop and phone
// widths, beside those of test/console.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../server/console/build.js';
import { launchChromium } from './helpers/browser.js';
import { newConsolePage, shoot } from './helpers/console-browser.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp.js';

const PASSWORD = 'a long console passphrase';
const ADMIN_PASSWORD = 'the platform admin passphrase';

describe('the console for admins, teams, settings and usage, in Chromium', () => {
  const adminEmail = uniqueEmail('platform-admin');
  let database: ScratchDatabase;
  let smtp: TestSmtpServer;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let ownerPage: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    browser = await launchChromium();
    await ensureConsoleBuilt();
    database = await createScratchDatabase();
    smtp = await startSmtpServer();
    server = await startTestServer({ DATABASE_URL: database.url, PARLEY_ROLE: 'all', SMTP_URL: smtp.url, ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD });
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  const url = (p: string) => `${server.url}/console${p}`;
  const newPage = (cookie?: string) => newConsolePage(browser, { baseUrl: server.url, errors: consoleErrors, ...(cookie ? { cookie } : {}) });

  async function open(page: Page, link: string, heading: string) {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  test('a platform admin finds an account, suspends it (its key is refused) and lifts the suspension', async () => {
    const page = await newPage();
    await page.goto(url('/login'));
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
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

  test('a member who is not a platform admin neither sees the admin pages nor can open them', async () => {
    ownerPage = await newPage(owner.cookie);
    await ownerPage.goto(url('/'));
    await ownerPage.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    assert.equal(await ownerPage.getByRole('link', { name: 'Platform admin' }).count(), 0);
    for (const p of ['/admin', '/admin/health', '/admin/admins']) {
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

  test('the browser reported no script errors beyond the API errors the tests caused', () => {
    const unexpected = consoleErrors.filter((text) => !/status of (400|401|403|404|409)/.test(text));
    assert.deepEqual(unexpected, []);
  });
});
