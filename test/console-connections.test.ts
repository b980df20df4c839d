// The console's Connections page in a real browser (Debian's Chromium through playwright-core) against a real
// Parley with its own database and a worker, so sandbox connections link, restart and log out for real: linking by
// pairing code, pacing, restart, log out, delete, the live view riding out a lost event stream, and what a viewer
// sees. Screenshots go to test/.artifacts/console/ (git-ignored) at desktop and phone widths.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../server/console/build.js';
import { launchChromium } from './helpers/browser.js';
import { sessionCookieFrom } from './helpers/client.js';
import { newConsolePage, shoot } from './helpers/console-browser.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startSmtpServer, tokenIn, type TestSmtpServer } from './helpers/smtp.js';

const PASSWORD = 'a long console passphrase';
const PHONE_NUMBER = '+14155550123';

describe('the console’s connections page, in Chromium', () => {
  let database: ScratchDatabase;
  let smtp: TestSmtpServer;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let page: Page;
  let connectionId: string;
  const consoleErrors: string[] = [];

  before(async () => {
    browser = await launchChromium();
    await ensureConsoleBuilt();
    database = await createScratchDatabase();
    smtp = await startSmtpServer();
    server = await startTestServer({ DATABASE_URL: database.url, PARLEY_ROLE: 'all', SMTP_URL: smtp.url });
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
    page = await newConsolePage(browser, { baseUrl: server.url, cookie: owner.cookie, errors: consoleErrors });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  const url = (p: string) => `${server.url}/console${p}`;
  const status = (p: Page = page) => p.getByTestId('connection-status');
  const banner = (p: Page = page) => p.getByTestId('stream-status');
  const connectionApi = (action = '') => `/v1/connections/${connectionId}${action}`;

  test('links a sandbox connection by pairing code: a number not on WhatsApp is refused, the code typed links it', async () => {
    await page.goto(url('/connections'));
    await page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
    await page.getByLabel('Name (optional)').fill('Front desk');
    await page.getByRole('button', { name: 'Create connection' }).click();
    await status().filter({ hasText: 'Waiting for a scan' }).waitFor();
    connectionId = new URL(page.url()).searchParams.get('id') ?? '';
    assert.match(connectionId, /^conn_/);
    await banner().filter({ hasText: 'Live: this view follows the connection' }).waitFor();

    // The sandbox's number that is not on WhatsApp: the API's refusal, with its request id; the number stays typed.
    const phone = page.getByLabel("Or link with a code: the phone's number");
    await phone.fill('+14155550101');
    await page.getByRole('button', { name: 'Get a pairing code' }).click();
    await page.locator('.pairing').getByTestId('request-id').waitFor();
    assert.equal(await phone.inputValue(), '+14155550101');

    await phone.fill(PHONE_NUMBER);
    await page.getByRole('button', { name: 'Get a pairing code' }).click();
    const code = page.getByTestId('pairing-code');
    await code.waitFor();
    assert.match(await code.innerText(), /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    assert.equal(await page.locator('.pairing [role=alert]').count(), 0, 'the earlier refusal is gone');
    await shoot(page, '30-connection-pairing-code');
    await page.getByRole('button', { name: 'Simulate typing the code' }).click();
    await status().filter({ hasText: 'Connected' }).waitFor();
    await page.locator('dl.facts').getByText(PHONE_NUMBER).waitFor();
    // The list beside it follows: its row shows the state and the number.
    await page.locator('ul.cards li.selected', { hasText: 'Connected' }).filter({ hasText: PHONE_NUMBER }).waitFor();
    const linked = await server.client.get(connectionApi(), { key: owner.key });
    assert.equal(linked.body.status, 'connected');
    assert.equal(linked.body.phone_number, PHONE_NUMBER);
    await shoot(page, '31-connection-linked-by-code');
  });

  test('the live view rides out a lost event stream: it says so, reconnects by itself and shows what changed once', async () => {
    let blocked = false;
    let refused = 0;
    await page.route('**/v1/connections/*/events', async (route) => {
      if (!blocked) return route.continue();
      refused++;
      return route.abort('connectionfailed');
    });
    await page.reload();
    await status().filter({ hasText: 'Connected' }).waitFor();
    await banner().filter({ hasText: 'Live:' }).waitFor();

    // The network goes: the open stream breaks and new attempts fail.
    blocked = true;
    await page.context().setOffline(true);
    await banner().filter({ hasText: 'Live updates paused' }).waitFor();
    await page.getByRole('button', { name: 'Try now' }).waitFor();
    await shoot(page, '32-connection-stream-lost');
    // Meanwhile the connection is logged out elsewhere (through the API): the paused view cannot know yet.
    const loggedOut = await server.client.post(connectionApi('/logout'), {}, { key: owner.key });
    assert.equal(loggedOut.status, 200, JSON.stringify(loggedOut.body));
    await page.context().setOffline(false);
    await eventually(
      async () => refused,
      (n) => n >= 1,
    );
    assert.equal(await status().innerText(), 'Connected', 'nothing new reached the page while the stream was down');

    blocked = false;
    await banner().filter({ hasText: 'Live:' }).waitFor({ timeout: 30_000 });
    await status().filter({ hasText: 'Logged out' }).waitFor();
    await page.getByTestId('connection-reason').filter({ hasText: 'logged_out_by_user' }).waitFor();
    // Caught up once: one status, one row in the list (fetched again), showing the new state.
    assert.equal(await status().count(), 1);
    await page.locator('ul.cards li', { hasText: 'Front desk' }).filter({ hasText: 'Logged out' }).waitFor();
    assert.equal(await page.locator('ul.cards li', { hasText: 'Front desk' }).count(), 1);
    await page.unroute('**/v1/connections/*/events');
    await shoot(page, '33-connection-stream-back');
  });
});
