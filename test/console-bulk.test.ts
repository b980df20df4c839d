// The console's templates, bulk jobs and opt-outs pages in a real browser (Debian's Chromium through
// playwright-core) against a real Parley with its own database and a worker. Screenshots go to
// test/.artifacts/console/ (git-ignored) at desktop and phone widths, beside those of the other console tests.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../server/console/build.js';
import { launchChromium } from './helpers/browser.js';
import { sessionCookieFrom } from './helpers/client.js';
import { newConsolePage, shoot } from './helpers/console-browser.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startSmtpServer, tokenIn, type TestSmtpServer } from './helpers/smtp.js';

const PASSWORD = 'a long console passphrase';

describe('the console for templates, bulk jobs and opt-outs, in Chromium', () => {
  let database: ScratchDatabase;
  let smtp: TestSmtpServer;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    browser = await launchChromium();
    await ensureConsoleBuilt();
    database = await createScratchDatabase();
    smtp = await startSmtpServer();
    server = await startTestServer({ DATABASE_URL: database.url, PARLEY_ROLE: 'all', SMTP_URL: smtp.url });
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
    page = await newPage(owner.cookie);
    page.setDefaultTimeout(10_000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  const url = (p: string) => `${server.url}/console${p}`;
  const newPage = (cookie?: string) => newConsolePage(browser, { baseUrl: server.url, errors: consoleErrors, ...(cookie ? { cookie } : {}) });

  async function open(p: Page, link: string, heading: string) {
    await p.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: link }).click();
    await p.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  test('a developer creates a template, previews it with values through the API and deletes it', async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await open(page, 'Templates', 'Templates');
    await page.getByText('No test templates yet').waitFor();
    await shoot(page, '40-templates-empty');

    // A refused template keeps what was typed and shows the API's error with its request id.
    await page.getByLabel('Template name').fill('order_ready');
    await page.getByLabel('Body').fill('Hi {{first_name, your order {{order}} is ready.');
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.getByRole('alert').filter({ hasText: /request/i }).waitFor();
    assert.equal(await page.getByLabel('Template name').inputValue(), 'order_ready');

    await page.getByLabel('Body').fill('Hi {{first_name}}, your order {{order}} is ready.');
    await page.getByLabel('Header type').selectOption('text');
    await page.getByLabel('Header text').fill('Harbour Bakery');
    await page.getByLabel('Footer (optional)').fill('Reply STOP to opt out');
    await page.getByRole('button', { name: 'Add a button' }).click();
    await page.getByLabel('Button 1 label').fill('Thanks');
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.getByRole('cell', { name: 'order_ready', exact: true }).waitFor();
    const preview = page.getByTestId('template-preview');
    await preview.filter({ hasText: 'Hi {{first_name}}, your order {{order}} is ready.' }).waitFor();
    await page.getByLabel('first_name', { exact: true }).fill('Ana');
    await page.getByLabel('order', { exact: true }).fill('#42');
    await preview.filter({ hasText: 'Hi Ana, your order #42 is ready.' }).waitFor();
    assert.match((await preview.textContent()) ?? '', /\*Harbour Bakery\*[\s\S]*• Thanks[\s\S]*_Reply STOP to opt out_/);
    await shoot(page, '41-templates');

    // A second template, deleted after a confirmation.
    await server.client.post('/v1/templates', { name: 'spare', language: 'en', category: 'marketing', body: 'Spare' }, { key: owner.key });
    await page.reload();
    await page.getByRole('button', { name: 'Delete spare (en)' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete template' }).click();
    await page.getByRole('cell', { name: 'order_ready', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'spare', exact: true }).waitFor({ state: 'detached' });
  });

  test('a viewer reads templates, bulk jobs and opt-outs but sees no write controls', async () => {
    const invited = await server.client.post('/v1/members/invitations', { email: uniqueEmail('viewer'), role: 'viewer' }, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const email = (invited.body as { email: string }).email;
    const accepted = await server.client.post('/v1/members/invitations/accept', { token: tokenIn(await smtp.mailTo(email)), password: PASSWORD });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const viewer = await newPage(sessionCookieFrom(accepted));
    await viewer.goto(url('/templates'));
    await viewer.getByRole('heading', { name: 'Templates', level: 1 }).waitFor();
    await viewer.getByRole('cell', { name: 'order_ready', exact: true }).waitFor();
    assert.equal(await viewer.getByRole('button', { name: /Create template|Delete/ }).count(), 0);
  });

  test('the browser logged no script errors', () => {
    assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });
});
