// The templates page's live preview of a template being written, in a real browser (Debian's Chromium through
// playwright-core) against a real Parley: the API renders the unsaved definition (POST /v1/templates/preview) as the
// person types, and nothing is saved until Create. Screenshots go to test/.artifacts/console/ (git-ignored).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { components } from '../server/generated/openapi.js';
import { newConsolePage, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import type { TestServer } from './helpers/server.js';

type Schemas = components['schemas'];

describe('the console template preview while writing, in Chromium', () => {
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  const consoleErrors: string[] = [];

  before(async () => {
    // No worker: nothing here is sent.
    stack = await startConsoleStack({ env: { PARLEY_ROLE: 'api' } });
    ({ browser, server } = stack);
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery' });
  });
  after(async () => {
    await stack?.stop();
  });

  const saved = async () => (await server.client.get<Schemas['TemplateList']>('/v1/templates', { key: owner.key })).body.data;

  test('a developer sees the API render the template as it is typed, its syntax error inline, and nothing saved until Create', async () => {
    const page = await newConsolePage(browser, { baseUrl: server.url, errors: consoleErrors, cookie: owner.cookie });
    await page.goto(`${server.url}/console/templates`);
    await page.getByRole('heading', { name: 'Templates', level: 1 }).waitFor();
    await page.getByText('Write a body to see the message').waitFor();

    await page.getByLabel('Template name').fill('table_ready');
    const body = page.getByLabel('Body');
    await body.fill('Welcome back, {{first_name}}! Your table for {{ guests }} is ready.');
    const preview = page.getByTestId('draft-preview');
    // Until a value is given, each variable shows as itself.
    await preview.filter({ hasText: 'Welcome back, {{first_name}}! Your table for {{guests}} is ready.' }).waitFor();
    await page.getByLabel('Sample value for first_name').fill('Ana');
    await page.getByLabel('Sample value for guests').fill('4');
    await preview.filter({ hasText: 'Welcome back, Ana! Your table for 4 is ready.' }).waitFor();
    await page.getByLabel('Header type').selectOption('text');
    await page.getByLabel('Header text').fill('Harbour Bakery');
    await page.getByLabel('Footer (optional)').fill('Reply STOP to opt out');
    await preview.filter({ hasText: '_Reply STOP to opt out_' }).waitFor();
    assert.equal(await preview.textContent(), '*Harbour Bakery*\n\nWelcome back, Ana! Your table for 4 is ready.\n\n_Reply STOP to opt out_');
    await shoot(page, '43-templates-draft-preview');

    // Broken braces: the API's error, with the position and request id, inline while typing; the values stay.
    await body.fill('Welcome back, {{first_name! Your table is ready.');
    const problem = page.getByTestId('draft-error');
    await problem.filter({ hasText: "body: '{{' at position 15 is not closed with '}}'." }).waitFor();
    await problem.getByText('template_syntax_invalid').waitFor();
    await problem.getByTestId('request-id').waitFor();
    await shoot(page, '44-templates-draft-error');
    await body.fill('Welcome back, {{first_name}}!');
    await problem.waitFor({ state: 'detached' });
    await preview.filter({ hasText: 'Welcome back, Ana!' }).waitFor();
    assert.equal(await page.getByLabel('Sample value for guests').count(), 0, 'a variable no longer used has no input');
    assert.equal(await page.getByLabel('Sample value for first_name').inputValue(), 'Ana');

    // A media header from a URL is not fetched for the preview: it shows where the file goes, with the caption.
    await page.getByLabel('Header type').selectOption('image');
    await page.getByLabel('Header file URL').fill('https://files.invalid/table.png');
    await page.getByText('Image header').waitFor();
    await preview.filter({ hasText: /^Image header\s*Welcome back, Ana!/ }).waitFor();
    await page.getByLabel('Header type').selectOption('none');
    await page.getByText('Image header').waitFor({ state: 'detached' });

    assert.deepEqual(await saved(), [], 'previews save nothing');
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.getByRole('cell', { name: 'table_ready', exact: true }).waitFor();
    const [template] = await saved();
    assert.equal(template?.body, 'Welcome back, {{first_name}}!');
    assert.equal(template?.footer, 'Reply STOP to opt out');
    // The form is empty again, and so is its preview.
    await page.getByText('Write a body to see the message').waitFor();
    assert.deepEqual(consoleErrors.filter((e) => !e.includes('status of 4')), []);
  });
});
