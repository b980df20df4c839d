// The console's templates, bulk jobs and opt-outs pages in a real browser (Debian's Chromium through
// playwright-core) against a real Parley with its own database and a worker. Screenshots go to
// test/.artifacts/console/ (git-ignored) at desktop and phone widths, beside those of the other console tests.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sessionCookieFrom } from './helpers/client.js';
import { newConsolePage, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import type { TestServer } from './helpers/server.js';
import { tokenIn, type TestSmtpServer } from './helpers/smtp.js';

const PASSWORD = 'a long console passphrase';

describe('the console for templates, bulk jobs and opt-outs, in Chromium', () => {
  let smtp: TestSmtpServer;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    stack = await startConsoleStack({ smtp: true });
    ({ browser, server } = stack);
    smtp = stack.smtp!;
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
    page = await newPage(owner.cookie);
    page.setDefaultTimeout(10_000);
  });
  after(async () => {
    await stack?.stop();
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

  test('a developer starts a bulk job from a CSV file, sees its counters and per-row report, and downloads its results', async () => {
    await linkSandbox(server.client, owner.key, '+12025557001', { name: 'Front desk' });
    await page.goto(url('/'));
    await open(page, 'Bulk jobs', 'Bulk jobs');
    await page.getByText('No test bulk jobs yet').waitFor();
    await page.getByRole('checkbox', { name: /Front desk/ }).check();
    await page.getByLabel('Recipients file').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('phone_number,first_name\n+12025557101,Ana\n+12025557102,Bo\n+12025557103,Cy,extra\n'),
    });
    await page.getByLabel('Message text').fill('Fresh bread today');
    await page.getByRole('button', { name: 'Start the job' }).click();
    const detail = page.getByTestId('job-detail');
    await detail.getByTestId('job-status').filter({ hasText: 'completed' }).waitFor({ timeout: 20_000 });
    const counters = (await detail.getByTestId('job-counters').textContent()) ?? '';
    assert.match(counters, /total 3/);
    assert.match(counters, /skipped 1/);
    await detail.getByRole('cell', { name: /row_invalid/ }).waitFor();
    await shoot(page, '42-bulk-jobs');

    const [download] = await Promise.all([page.waitForEvent('download'), detail.getByRole('button', { name: 'Download results (CSV)' }).click()]);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    assert.match(csv, /\+12025557101/);
    assert.match(download.suggestedFilename(), /results\.csv$/);
  });

  test('a developer starts a template job to contacts by tag, and it completes', async () => {
    const contact = await server.client.post('/v1/contacts', { phone_number: '+12025557401', tags: ['regulars'], attributes: { first_name: 'Dee', order: '#7' } }, { key: owner.key });
    assert.equal(contact.status, 201, JSON.stringify(contact.body));
    await page.goto(url('/bulk-jobs'));
    await page.getByRole('checkbox', { name: /Front desk/ }).check();
    await page.getByRole('radio', { name: 'Contacts with tags' }).check();
    await page.getByRole('textbox', { name: /^Contact tags/ }).fill('regulars');
    await page.getByRole('radio', { name: 'A template' }).check();
    await page.getByRole('combobox', { name: /^Template/ }).selectOption({ label: 'order_ready (en)' });
    await page.getByRole('button', { name: 'Start the job' }).click();
    const detail = page.getByTestId('job-detail');
    await detail.getByTestId('job-status').filter({ hasText: 'completed' }).waitFor({ timeout: 20_000 });
    assert.match((await detail.getByTestId('job-counters').textContent()) ?? '', /total 1pending.*read 1failed 0skipped 0/);
    await detail.getByRole('cell', { name: '+12025557401' }).waitFor();
  });

  test('a developer pauses, resumes and (after confirming) cancels a slow job', async () => {
    const connections = await server.client.get<{ data: Array<{ id: string }> }>('/v1/connections', { key: owner.key });
    const created = await server.client.post<{ id: string }>(
      '/v1/bulk-jobs',
      { connection_ids: [connections.body.data[0]?.id], type: 'text', text: { body: 'Slowly' }, rate: 1, recipients: [{ to: '+12025557201' }, { to: '+12025557202' }, { to: '+12025557203' }] },
      { key: owner.key },
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await page.goto(url('/bulk-jobs'));
    await page.getByRole('button', { name: `Open job ${created.body.id}` }).click();
    const detail = page.getByTestId('job-detail');
    await detail.getByTestId('job-status').filter({ hasText: /running|scheduled/ }).waitFor();
    await detail.getByRole('button', { name: 'Pause' }).click();
    await detail.getByTestId('job-status').filter({ hasText: 'paused' }).waitFor();
    await detail.getByRole('button', { name: 'Resume' }).click();
    await detail.getByTestId('job-status').filter({ hasText: /running|scheduled/ }).waitFor();
    await detail.getByRole('button', { name: 'Cancel job' }).click();
    await detail.getByRole('alertdialog').getByRole('button', { name: 'Cancel the job' }).click();
    await detail.getByTestId('job-status').filter({ hasText: 'canceled' }).waitFor();
    assert.match((await detail.getByTestId('job-counters').textContent()) ?? '', /canceled [12]/);
  });

  test('a developer adds an opt-out, finds it by number and removes it after confirming', async () => {
    await page.goto(url('/'));
    await open(page, 'Opt-outs', 'Opt-outs');
    await page.getByText('No test opt-outs yet').waitFor();
    await page.getByLabel('Number to opt out').fill('not a number');
    await page.getByRole('button', { name: 'Add opt-out' }).click();
    await page.getByTestId('request-id').waitFor();
    assert.equal(await page.getByLabel('Number to opt out').inputValue(), 'not a number');
    await page.getByLabel('Number to opt out').fill('+1 202 555 7301');
    await page.getByRole('button', { name: 'Add opt-out' }).click();
    await page.getByRole('cell', { name: '+12025557301', exact: true }).waitFor();
    await server.client.post('/v1/opt-outs', { phone_number: '+12025557302' }, { key: owner.key });
    await page.getByLabel('Phone number', { exact: false }).first().fill('+12025557302');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('cell', { name: '+12025557302', exact: true }).waitFor();
    await page.getByRole('cell', { name: '+12025557301', exact: true }).waitFor({ state: 'detached' });
    await shoot(page, '43-opt-outs');
    await page.getByRole('button', { name: 'Remove +12025557302' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove opt-out' }).click();
    await page.getByText('No opt-out for that number').waitFor();
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
    await viewer.goto(url('/bulk-jobs'));
    await viewer.getByRole('heading', { name: 'Bulk jobs', level: 1 }).waitFor();
    await viewer.getByRole('button', { name: /^Open job/ }).first().click();
    await viewer.getByTestId('job-status').waitFor();
    assert.equal(await viewer.getByRole('button', { name: /Start the job|Pause|Resume|Cancel job/ }).count(), 0);
    await viewer.goto(url('/opt-outs'));
    await viewer.getByRole('cell', { name: '+12025557301', exact: true }).waitFor();
    assert.equal(await viewer.getByRole('button', { name: /Add opt-out|Remove/ }).count(), 0);
    await shoot(viewer, '44-opt-outs-viewer');
  });

  test('the browser logged no script errors', () => {
    assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });
});
