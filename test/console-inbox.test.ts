// The console's inbox in a real browser (Debian's Chromium through playwright-core) against a real Parley with its
// own database and a worker, so a sandbox connection links, sends, and reports delivered and read. Inbound messages
// come through POST /v1/sandbox/inbound. Screenshots go to test/.artifacts/console/ (git-ignored).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { components } from '../server/generated/openapi.js';
import { sessionCookieFrom } from './helpers/client.js';
import { newConsolePage, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { buildAccount, uniqueEmail, type TestAccount } from './helpers/factories.js';
import { linkSandbox } from './helpers/sandbox-messaging.js';
import type { TestServer } from './helpers/server.js';
import { tokenIn, type TestSmtpServer } from './helpers/smtp.js';

type Schemas = components['schemas'];
const PASSWORD = 'a long console passphrase';
const PERSON = '+14155550177';

describe('the console inbox, in Chromium', () => {
  let smtp: TestSmtpServer;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let connection: Schemas['Connection'];
  const consoleErrors: string[] = [];

  before(async () => {
    stack = await startConsoleStack({ smtp: true });
    ({ browser, server } = stack);
    smtp = stack.smtp!;
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery', password: PASSWORD });
    connection = await linkSandbox(server.client, owner.key, '+14155550142', { name: 'Front desk' });
  });
  after(async () => {
    await stack?.stop();
  });

  const url = (p: string) => `${server.url}/console${p}`;
  const newPage = (cookie: string) => newConsolePage(browser, { baseUrl: server.url, errors: consoleErrors, cookie });

  /** A person writes to the sandbox connection, as if on WhatsApp. */
  async function inbound(body: Record<string, unknown>): Promise<Schemas['Message']> {
    const response = await server.client.post<Schemas['Message']>('/v1/sandbox/inbound', { connection_id: connection.id, from: PERSON, name: 'Grace Hopper', ...body }, { key: owner.key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  /** A small PNG drawn by the browser itself. */
  async function drawPng(page: Page): Promise<Buffer> {
    const drawing = await page.context().newPage();
    await drawing.setContent('<div style="width:160px;height:100px;background:linear-gradient(90deg,#0b6b4f,#f6c445)"></div>');
    const png = await drawing.screenshot({ clip: { x: 0, y: 0, width: 160, height: 100 } });
    await drawing.close();
    return png;
  }

  /** A small PNG drawn by the browser, uploaded with POST /v1/media. */
  async function uploadImage(page: Page): Promise<string> {
    const png = await drawPng(page);
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'cake.png');
    const media = await server.client.post<Schemas['Media']>('/v1/media', undefined, { key: owner.key, raw: form });
    assert.equal(media.status, 201, JSON.stringify(media.body));
    return media.body.id;
  }

  test('an owner opens a chat (marked read), replies and sees it read, receives live, and sees an image', async () => {
    const page = await newPage(owner.cookie);
    await page.goto(url('/inbox'));
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await page.getByText('No chats yet').waitFor();
    await page.getByText('Live: new messages appear').waitFor();

    // A message arriving while the page is open adds its chat, with its unread count, without a reload.
    await inbound({ type: 'text', text: { body: 'Do you have gluten-free bread?' } });
    const chatLink = page.getByRole('list', { name: 'Chats' }).getByRole('link', { name: /Grace Hopper/ });
    await chatLink.waitFor();
    await chatLink.getByTestId('unread').filter({ hasText: '1' }).waitFor();

    await chatLink.click();
    await page.getByRole('heading', { name: 'Grace Hopper', level: 2 }).waitFor();
    const log = page.getByRole('log', { name: 'Messages with Grace Hopper' });
    await log.getByText('Do you have gluten-free bread?').waitFor();
    // Opening it marks it read: the count goes.
    await chatLink.getByTestId('unread').waitFor({ state: 'detached' });
    const chats = await server.client.get<Schemas['ChatList']>('/v1/chats', { key: owner.key });
    assert.equal(chats.body.data[0]?.unread_count, 0);

    // The reply box sends to the chat's connection and number; the ticks follow the sandbox to read.
    const reply = page.getByLabel('Reply');
    await reply.fill('Yes, every morning from 8.');
    await page.getByRole('button', { name: 'Send' }).click();
    const sent = log.locator('li.bubble.out', { hasText: 'Yes, every morning from 8.' });
    await sent.getByTestId('ticks').and(page.locator('[data-status="read"]')).waitFor();
    assert.equal(await reply.inputValue(), '', 'the box is empty after sending');
    const messages = await server.client.get<Schemas['MessageList']>(`/v1/messages?direction=outbound`, { key: owner.key });
    assert.equal(messages.body.data.length, 1, 'sent once');
    assert.equal(messages.body.data[0]?.connection_id, connection.id);
    assert.equal(messages.body.data[0]?.to, PERSON);

    // Received live into the open conversation, once, announced to screen readers; a reply quotes its message.
    const question = await inbound({ type: 'text', text: { body: 'Great, and on Sundays?' } });
    await log.getByText('Great, and on Sundays?').waitFor();
    await page.getByTestId('announcement').filter({ hasText: 'Great, and on Sundays?' }).waitFor();
    await inbound({ type: 'poll', poll: { question: 'Which loaf?', options: ['Rye', 'Spelt'] } });
    await inbound({ type: 'location', location: { latitude: 51.5, longitude: -0.12, name: 'Harbour Bakery' } });
    await inbound({ type: 'contact', contact: { contacts: [{ name: 'Ada Lovelace', phone_numbers: ['+14155550188'] }] } });
    await inbound({ type: 'reaction', reaction: { message_id: messages.body.data[0]!.id, emoji: '👍' } });
    await log.getByText('Which loaf?').waitFor();
    await log.getByText('Ada Lovelace').waitFor();
    await log.getByLabel('Reactions').filter({ hasText: '👍' }).waitFor();
    assert.equal(await log.getByText('Great, and on Sundays?').count(), 1, 'no duplicates');

    // An image: its preview is fetched through the SDK and shown from a blob: URL (the CSP allows it).
    const mediaId = await uploadImage(page);
    await inbound({ type: 'image', image: { media_id: mediaId, caption: 'This one?' }, reply_to: question.id });
    const image = log.getByRole('img', { name: 'This one?' });
    await image.waitFor();
    await page.waitForFunction(() => {
      const img = (globalThis as any).document.querySelector('[data-testid="media-preview"]');
      return img && img.complete && img.naturalWidth > 0;
    });
    assert.match((await image.getAttribute('src')) ?? '', /^blob:/);
    await log.getByTestId('quote').filter({ hasText: 'Great, and on Sundays?' }).waitFor();
    // Read as they arrive in the open chat: no unread count comes back.
    await chatLink.filter({ hasText: 'Image' }).waitFor();
    assert.equal(await chatLink.getByTestId('unread').count(), 0);
    assert.equal((await server.client.get<Schemas['Chat']>(`/v1/chats/${question.chat_id}`, { key: owner.key })).body.unread_count, 0);
    await shoot(page, '30-inbox');

    // An error from the API is shown with its request id, and the typed text stays.
    await server.client.post(`/v1/connections/${connection.id}/logout`, undefined, { key: owner.key });
    await reply.fill('Are you still there?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').getByTestId('request-id').waitFor();
    assert.equal(await reply.inputValue(), 'Are you still there?', 'the typed text stays');
    assert.deepEqual(consoleErrors.filter((e) => !e.includes('status of 4')), []);
  });

  test('an owner attaches an image and a document to replies, sees the upload progress, and a file the API refuses stays attached', async () => {
    // A connection of its own: the first test logs its connection out at the end.
    const desk = await linkSandbox(server.client, owner.key, '+14155550143', { name: 'Back office' });
    const asked = await server.client.post('/v1/sandbox/inbound', { connection_id: desk.id, from: '+14155550178', name: 'Alan Turing', type: 'text', text: { body: 'Can you send the menu?' } }, { key: owner.key });
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const page = await newPage(owner.cookie);
    await page.goto(url('/inbox'));
    await page.getByRole('list', { name: 'Chats' }).getByRole('link', { name: /Alan Turing/ }).click();
    const log = page.getByRole('log', { name: 'Messages with Alan Turing' });
    await log.getByText('Can you send the menu?').waitFor();

    // Uploads wait here until released, so their progress can be seen.
    let release: () => void = () => undefined;
    await page.route('**/v1/media', async (route) => {
      await new Promise<void>((resolve) => (release = resolve));
      await route.continue();
    });

    // An image with a caption: named, sized, previewed before it goes; the text box is its caption.
    await page.getByLabel('Attach a file').setInputFiles({ name: 'cake.png', mimeType: 'image/png', buffer: await drawPng(page) });
    const attachment = page.getByTestId('attachment');
    await attachment.getByText('cake.png').waitFor();
    await attachment.getByText(/Image · \d+ KB/).waitFor();
    await page.waitForFunction(() => {
      const img = (globalThis as any).document.querySelector('[data-testid="attachment"] img');
      return img && img.complete && img.naturalWidth > 0;
    });
    await page.getByLabel('Caption (optional)').fill('Our carrot cake, fresh today');
    await shoot(page, '32-inbox-attachment');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('progressbar', { name: 'Uploading cake.png' }).waitFor();
    await page.getByRole('button', { name: 'Uploading…' }).waitFor();
    release();
    const image = log.locator('li.bubble.out', { hasText: 'Our carrot cake, fresh today' });
    await image.getByRole('img', { name: 'Our carrot cake, fresh today' }).waitFor();
    await image.getByTestId('ticks').and(page.locator('[data-status="read"]')).waitFor();
    await attachment.waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Reply').inputValue(), '', 'the caption went with the image');

    // A document keeps its file name.
    await page.getByLabel('Attach a file').setInputFiles({ name: 'menu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% the menu\n%%EOF\n') });
    await attachment.getByText('Document · 26 bytes').waitFor();
    await page.getByLabel('Caption (optional)').fill("Today's menu");
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('progressbar', { name: 'Uploading menu.pdf' }).waitFor();
    release();
    const document = log.locator('li.bubble.out', { hasText: "Today's menu" });
    await document.getByRole('link', { name: /Download menu\.pdf/ }).waitFor();
    await document.getByTestId('ticks').and(page.locator('[data-status="read"]')).waitFor();
    const sent = await server.client.get<Schemas['MessageList']>(`/v1/messages?connection_id=${desk.id}&direction=outbound`, { key: owner.key });
    assert.deepEqual(
      sent.body.data.map((m) => [m.type, m.image?.caption ?? m.document?.caption, m.document?.filename ?? null]),
      [['document', "Today's menu", 'menu.pdf'], ['image', 'Our carrot cake, fresh today', null]],
    );

    // WhatsApp takes no GIF as an image: the API's error with its request id; the file and the caption stay.
    await page.unroute('**/v1/media');
    await page.getByLabel('Attach a file').setInputFiles({ name: 'dance.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') });
    await page.getByLabel('Caption (optional)').fill('Look at this');
    await page.getByRole('button', { name: 'Send' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'image/gif' });
    await refusal.getByTestId('request-id').waitFor();
    await refusal.getByText('media_type_unsupported').waitFor();
    await attachment.getByText('dance.gif').waitFor();
    assert.equal(await page.getByLabel('Caption (optional)').inputValue(), 'Look at this');
    await shoot(page, '33-inbox-attachment-refused');
    await page.getByRole('button', { name: 'Remove the attachment dance.gif' }).click();
    await attachment.waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Reply').inputValue(), 'Look at this', 'the text stays for a reply without the file');
    const after = await server.client.get<Schemas['MessageList']>(`/v1/messages?connection_id=${desk.id}&direction=outbound`, { key: owner.key });
    assert.equal(after.body.data.length, 2, 'the refused file sent nothing');
    assert.deepEqual(consoleErrors.filter((e) => !e.includes('status of 4')), []);
  });

  test('a viewer reads the inbox without a reply box', async () => {
    const email = uniqueEmail('viewer');
    const invited = await server.client.post('/v1/members/invitations', { email, role: 'viewer' }, { cookie: owner.cookie, csrf: owner.csrf });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const accepted = await server.client.post('/v1/members/invitations/accept', { token: tokenIn(await smtp.mailTo(email)), password: PASSWORD });
    const page = await newPage(sessionCookieFrom(accepted));
    await page.goto(url('/inbox'));
    await page.getByRole('list', { name: 'Chats' }).getByRole('link', { name: /Grace Hopper/ }).click();
    await page.getByRole('log', { name: 'Messages with Grace Hopper' }).getByText('Do you have gluten-free bread?').waitFor();
    assert.equal(await page.getByLabel('Reply').count(), 0, 'no reply box');
    assert.equal(await page.getByRole('button', { name: 'Send' }).count(), 0);
    await shoot(page, '31-inbox-viewer');
  });
});
