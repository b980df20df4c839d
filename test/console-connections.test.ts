// The console's Connections page in a real browser (Debian's Chromium through playwright-core) against a real
// Parley with its own database and a worker, so sandbox connections link, restart and log out for real: linking by
// pairing code, pacing, restart, log out, delete, the live view riding out a lost event stream, and what a viewer
// sees. Screenshots go to test/.artifacts/console/ (git-ignored) at desktop and phone widths.
import assert from 'node:assert/strict';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import knexFactory from 'knex';
import type { Browser, Page } from 'playwright-core';
import { sessionCookieFrom } from './helpers/client.js';
import { newConsolePage, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import type { ScratchDatabase } from './helpers/connections-database.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import type { TestServer } from './helpers/server.js';
import { tokenIn, type TestSmtpServer } from './helpers/smtp.js';

const PASSWORD = 'a long console passphrase';
const PHONE_NUMBER = '+14155550123';

describe('the console’s connections page, in Chromium', () => {
  let database: ScratchDatabase;
  let smtp: TestSmtpServer;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let page: Page;
  let connectionId: string;
  const consoleErrors: string[] = [];

  before(async () => {
    stack = await startConsoleStack({ smtp: true });
    ({ browser, server, database } = stack);
    smtp = stack.smtp!;
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
    page = await newConsolePage(browser, { baseUrl: server.url, cookie: owner.cookie, errors: consoleErrors });
  });
  after(async () => {
    await stack?.stop();
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

  test('pacing: saved values are there after a reload; a value the API refuses shows its message and stays typed', async () => {
    const rate = page.getByLabel('Messages a minute');
    const daily = page.getByLabel('New conversations a day');
    await rate.fill('12');
    await daily.fill('40');
    await page.getByRole('button', { name: 'Save pacing' }).click();
    await page.getByText('Pacing saved.').waitFor();
    await page.reload();
    await page.getByTestId('connection-pace').filter({ hasText: '12 messages a minute; 40 new conversations a day' }).waitFor();
    assert.equal(await rate.inputValue(), '12');
    assert.equal(await daily.inputValue(), '40');
    const saved = await server.client.get(connectionApi(), { key: owner.key });
    assert.equal(saved.body.send_rate, 12);
    assert.equal(saved.body.new_contact_daily_limit, 40);

    // Empty is "no limit".
    await daily.fill('');
    await page.getByRole('button', { name: 'Save pacing' }).click();
    await page.getByTestId('connection-pace').filter({ hasText: 'no limit on new conversations' }).waitFor();

    await rate.fill('500');
    await page.getByRole('button', { name: 'Save pacing' }).click();
    const refusal = page.locator('.pace [role=alert]');
    await refusal.getByTestId('request-id').waitFor();
    assert.match(await refusal.innerText(), /send_rate|60/);
    assert.equal(await rate.inputValue(), '500', 'the form keeps what was typed');
    assert.equal(await rate.getAttribute('aria-invalid'), 'true', 'the field the API named is marked');
    assert.equal(await page.getByText('Pacing saved.').count(), 0);
    assert.equal((await server.client.get(connectionApi(), { key: owner.key })).body.send_rate, 12);
    await shoot(page, '34-connection-pacing-refused');
    await rate.fill('12');
    await page.getByRole('button', { name: 'Save pacing' }).click();
    await page.getByText('Pacing saved.').waitFor();
  });

  test('a pause on new conversations (after WhatsApp refused one) is shown and can be ended now', async () => {
    const db = knexFactory({ client: 'pg', connection: database.url });
    try {
      await db('connections').where({ id: connectionId }).update({ new_contacts_paused_until: db.raw("now() + interval '1 day'") });
    } finally {
      await db.destroy();
    }
    await page.reload();
    await page.getByText(/Paused until .*WhatsApp refused a new chat/).waitFor();
    await page.getByRole('button', { name: 'Resume new conversations now' }).click();
    await page.getByText(/Paused until/).waitFor({ state: 'detached' });
    assert.equal((await server.client.get(connectionApi(), { key: owner.key })).body.new_contacts_paused_until, null);
  });

  test('restart: the connection reconnects and comes back connected', async () => {
    // A running connection reconnects: the worker stops it and starts it again (connecting, then connected).
    const connectings = async () => {
      const events = await server.client.get('/v1/events?type=connection.connecting&limit=100', { key: owner.key });
      return (events.body.data as Array<{ data: { object: { id: string } } }>).filter((event) => event.data.object.id === connectionId).length;
    };
    const before = await connectings();
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByText('Restarted: the status above follows it as it reconnects.').waitFor();
    assert.equal(await page.locator('.actions-block [role=alert]').count(), 0);
    await eventually(connectings, (now) => now > before);
    await status().filter({ hasText: 'Connected' }).waitFor();
    await eventually(
      async () => (await server.client.get(connectionApi(), { key: owner.key })).body.status as string,
      (now) => now === 'connected',
    );
  });

  test('the live view rides out a lost event stream: it says so, reconnects by itself and shows what changed once', async () => {
    // The page talks to Parley through a relay whose connections the test cuts, as a network drop does; while
    // "down", the browser's new attempts at the stream fail too.
    const relay = await startRelay(server.url);
    const live = await newConsolePage(browser, { baseUrl: relay.url, cookie: owner.cookie, errors: consoleErrors });
    let down = false;
    let refused = 0;
    await live.route('**/v1/connections/*/events', async (route) => {
      if (!down) return route.continue();
      refused++;
      return route.abort('connectionfailed');
    });
    await live.goto(`${relay.url}/console/connections?id=${connectionId}`);
    await status(live).filter({ hasText: 'Connected' }).waitFor();
    await banner(live).filter({ hasText: 'Live:' }).waitFor();

    down = true;
    relay.cut();
    await banner(live).filter({ hasText: 'Live updates paused' }).waitFor();
    await live.getByRole('button', { name: 'Try now' }).waitFor();
    await shoot(live, '32-connection-stream-lost');
    // Meanwhile the connection is logged out elsewhere (through the API): the paused view cannot know yet.
    const loggedOut = await server.client.post(connectionApi('/logout'), {}, { key: owner.key });
    assert.equal(loggedOut.status, 200, JSON.stringify(loggedOut.body));
    // It keeps trying by itself, waiting longer each time.
    await eventually(
      async () => refused,
      (n) => n >= 2,
    );
    assert.equal(await status(live).innerText(), 'Connected', 'nothing new reached the page while the stream was down');

    down = false;
    await banner(live).filter({ hasText: 'Live:' }).waitFor({ timeout: 30_000 });
    await status(live).filter({ hasText: 'Logged out' }).waitFor();
    await live.getByTestId('connection-reason').filter({ hasText: 'logged_out_by_user' }).waitFor();
    // Caught up once: one status, one row in the list (fetched again), showing the new state.
    assert.equal(await status(live).count(), 1);
    await live.locator('ul.cards li', { hasText: 'Front desk' }).filter({ hasText: 'Logged out' }).waitFor();
    assert.equal(await live.locator('ul.cards li', { hasText: 'Front desk' }).count(), 1);
    await shoot(live, '33-connection-stream-back');
    await live.context().close();
    await relay.close();
  });

  test('a logged-out connection restarts with a new QR code; log out asks first and shows the reason', async () => {
    await page.reload();
    await status().filter({ hasText: 'Logged out' }).waitFor();
    await page.getByText('It is stopped: restart it to link it again').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Log out' }).count(), 0, 'nothing to log out of');
    await page.getByRole('button', { name: 'Restart' }).click();
    await status().filter({ hasText: 'Waiting for a scan' }).waitFor();
    await page.getByTestId('qr').waitFor();
    await page.getByRole('button', { name: 'Simulate scan' }).click();
    await status().filter({ hasText: 'Connected' }).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    // Cancel leaves it linked.
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    assert.equal((await server.client.get(connectionApi(), { key: owner.key })).body.status, 'connected');
    await page.getByRole('button', { name: 'Log out' }).click();
    await shoot(page, '35-connection-log-out-confirm');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Log out' }).click();
    await status().filter({ hasText: 'Logged out' }).waitFor();
    await page.getByTestId('connection-reason').filter({ hasText: 'It was logged out from Parley.' }).filter({ hasText: 'logged_out_by_user' }).waitFor();
    await page.locator('ul.cards li.selected', { hasText: 'Logged out' }).waitFor();
    await shoot(page, '36-connection-logged-out');
  });

  test('delete asks first, then the connection is gone from the list', async () => {
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Delete connection' }).click();
    await page.getByText('Front desk was deleted.').waitFor();
    await page.getByText('No test connections yet').waitFor();
    assert.equal(await page.locator('ul.cards li', { hasText: 'Front desk' }).count(), 0);
    assert.equal((await server.client.get(connectionApi(), { key: owner.key })).status, 404);
    await shoot(page, '37-connection-deleted');
  });

  test('a viewer sees the connection and its state, and no control that changes it', async () => {
    const linked = await linkSandbox(server.client, owner.key, '+14155550177', { name: 'Shop floor' });
    const viewerEmail = uniqueEmail('viewer');
    const invited = await server.client.post('/v1/members/invitations', { email: viewerEmail, role: 'viewer' }, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const accepted = await server.client.post('/v1/members/invitations/accept', { token: tokenIn(await smtp.mailTo(viewerEmail)), password: PASSWORD });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const viewer = await newConsolePage(browser, { baseUrl: server.url, cookie: sessionCookieFrom(accepted), errors: consoleErrors });
    await viewer.goto(url(`/connections?id=${linked.id}`));
    await viewer.getByRole('heading', { name: 'Shop floor', level: 2 }).waitFor();
    await status(viewer).filter({ hasText: 'Connected' }).waitFor();
    await viewer.getByText('+14155550177').first().waitFor();
    for (const name of ['Create connection', 'Restart', 'Log out', 'Delete', 'Save pacing', 'Simulate scan', 'Get a pairing code']) {
      assert.equal(await viewer.getByRole('button', { name }).count(), 0, `a viewer sees no "${name}"`);
    }
    assert.equal(await viewer.getByRole('textbox').count(), 0, 'no form to fill');
    assert.equal(await banner(viewer).count(), 0, 'no live stream (the API asks for a developer)');
    await shoot(viewer, '38-viewer-connection');
    await viewer.context().close();
  });

  test('the browser logged no script errors, only the refusals and the cut stream the tests caused', () => {
    assert.deepEqual(consoleErrors.filter((message) => !/status of (400|404|409|422)|net::ERR_(FAILED|CONNECTION|INCOMPLETE_CHUNKED|EMPTY_RESPONSE)/.test(message)), []);
  });
});

/** A TCP relay in front of Parley whose connections `cut()` breaks at once, as a network drop does. */
async function startRelay(targetUrl: string) {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const cut = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    url: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    cut,
    close: async () => {
      cut();
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}
