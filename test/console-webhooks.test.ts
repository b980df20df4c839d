// The console's webhooks page in a real browser (Debian's Chromium through playwright-core) against a real Parley
// with its own database and a worker (the dispatcher delivers), sending to an HTTP receiver the test starts on this
// machine. Every delivery the receiver gets is checked with svix's Webhook.verify and the secret the page showed.
// Screenshots go to test/.artifacts/console/ (git-ignored) at desktop and phone widths.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'svix';
import { newConsolePage, PHONE, shoot, startConsoleStack, type ConsoleStack } from './helpers/console-browser.js';
import { eventually } from './helpers/eventually.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import type { TestServer } from './helpers/server.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './helpers/webhook-receiver.js';

const PATH = '/shop/parley';

describe('the webhooks page, in Chromium, against a receiver the test runs', () => {
  let receiver: WebhookReceiver;
  let stack: ConsoleStack;
  let server: TestServer;
  let browser: Browser;
  let owner: TestAccount;
  let page: Page;
  let secret: string;
  const errors: string[] = [];

  before(async () => {
    receiver = await startWebhookReceiver();
    // The receiver is on this machine: allow private addresses, as in development.
    stack = await startConsoleStack({ env: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' } });
    ({ browser, server } = stack);
    owner = await buildAccount(server.client, { account_name: 'Harbour Bakery' });
    page = await newConsolePage(browser, { baseUrl: server.url, cookie: owner.cookie, errors });
  });
  after(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  const verify = (key: string, webhook: ReceivedWebhook) => new Webhook(key).verify(webhook.body, webhook.headers) as { id: string; type: string };
  const optOut = async (phone: string): Promise<string> => {
    const created = await server.client.post('/v1/opt-outs', { phone_number: phone }, { key: owner.key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id as string;
  };
  /** The endpoint's deliveries as the API lists them, once `done` holds of them. */
  const deliveriesWhen = (endpointId: string, done: (list: Array<{ status: string }>) => boolean) =>
    eventually(async () => (await server.client.get(`/v1/webhook-endpoints/${endpointId}/deliveries`, { key: owner.key })).body.data as Array<{ status: string }>, done);
  let endpointId: string;
  const deliveryRow = (eventType: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: eventType, exact: true }) });
  /** Screenshots, and nothing on the page wider than a phone's screen (wide tables scroll inside their box). */
  async function shootAndFit(name: string) {
    await shoot(page, name);
    const size = page.viewportSize()!;
    await page.setViewportSize(PHONE);
    const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    await page.setViewportSize(size);
    assert.ok(width <= PHONE.width, `${name} is ${width} px wide on a ${PHONE.width} px screen`);
  }
  const refresh = () => page.getByRole('button', { name: 'Refresh' }).click();

  test('an endpoint gets only the events picked from the catalog, signed with the secret the page reveals', async () => {
    receiver.answer(PATH, { status: 200, body: 'thanks from the bakery' });
    await page.goto(`${server.url}/console/webhooks`);
    await page.getByText('No test endpoints yet').waitFor();
    await page.getByLabel('URL').fill(receiver.url(PATH));
    await page.getByLabel('Every event, including types added later').uncheck();
    await page.getByRole('checkbox', { name: /^opt_out\.created/ }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByRole('heading', { name: receiver.url(PATH), level: 2 }).waitFor();
    await page.getByRole('definition').filter({ hasText: /^opt_out\.created$/ }).waitFor();
    await page.getByRole('button', { name: 'Reveal signing secret' }).click();
    secret = await page.getByTestId('webhook-secret').inputValue();
    assert.match(secret, /^whsec_/);

    // One event it asked for, and one it did not (removing the opt-out), then another it asked for.
    endpointId = new URL(page.url()).searchParams.get('id')!;
    assert.match(endpointId, /^we_/);
    const first = await optOut('+14155550101');
    const [received] = await receiver.waitFor(PATH, 1);
    assert.equal(verify(secret, received!).type, 'opt_out.created');
    const removed = await server.client.delete(`/v1/opt-outs/${first}`, { key: owner.key });
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    await optOut('+14155550102');
    const got = await receiver.waitFor(PATH, 2);
    assert.deepEqual(got.map((webhook) => verify(secret, webhook).type), ['opt_out.created', 'opt_out.created']);

    await deliveriesWhen(endpointId, (list) => list.length === 2 && list.every((delivery) => delivery.status === 'succeeded'));
    await refresh();
    await deliveryRow('opt_out.created').nth(1).waitFor();
    assert.equal(await deliveryRow('opt_out.created').count(), 2);
    await deliveryRow('opt_out.created').first().getByText('succeeded').waitFor();
    await shootAndFit('40-webhooks-endpoint');
  });

  test('rotating the secret shows a new one, and the next delivery verifies with it', async () => {
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Rotate the secret' }).click();
    await page.getByTestId('previous-secret-expiry').waitFor();
    const rotated = await page.getByTestId('webhook-secret').inputValue();
    assert.match(rotated, /^whsec_/);
    assert.notEqual(rotated, secret);

    // A test event from the page: its delivery and attempt show in the log with what the receiver answered.
    const before = receiver.on(PATH).length;
    await page.getByRole('button', { name: 'Send a test event' }).click();
    const [webhook] = (await receiver.waitFor(PATH, before + 1)).slice(before);
    assert.equal(verify(rotated, webhook!).type, 'webhook.test');
    // During the overlap each delivery carries a signature by each secret.
    assert.equal(webhook!.headers['webhook-signature']!.split(' ').length, 2);
    assert.ok(verify(secret, webhook!));
    secret = rotated;
    const row = deliveryRow('webhook.test');
    await row.getByText('succeeded').waitFor();
    const attempts = page.getByTestId('attempts');
    await attempts.getByText('thanks from the bakery').waitFor();
    await attempts.getByText('200', { exact: true }).waitFor();
    await shootAndFit('41-webhooks-rotated-and-tested');
  });

  test('a receiver answering 410 Gone gets the endpoint disabled; the page says why and shows the API refusing a test event', async () => {
    receiver.answer(PATH, { status: 410, body: 'gone for maintenance' });
    const before = receiver.on(PATH).length;
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await receiver.waitFor(PATH, before + 1);
    // The page follows the pending delivery, and reads the endpoint again once it failed.
    await page.getByTestId('endpoint-disabled').getByText('it answered 410 Gone').waitFor();
    await page.getByRole('definition').filter({ hasText: /^Disabled \(endpoint_gone\)/ }).waitFor();
    await page.getByRole('listitem').filter({ hasText: receiver.url(PATH) }).getByText('Disabled', { exact: true }).waitFor();
    const failed = deliveryRow('webhook.test').filter({ hasText: 'failed' });
    await failed.getByRole('cell', { name: '410', exact: true }).waitFor();
    await page.getByTestId('attempts').getByText('gone for maintenance').waitFor();

    await page.getByRole('button', { name: 'Send a test event' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'is disabled' });
    await refusal.getByText('webhook_endpoint_disabled').waitFor();
    assert.match(await refusal.getByTestId('request-id').innerText(), /^req_/);
    await shootAndFit('42-webhooks-disabled');
  });

  test('a failed delivery is delivered again from the log once the endpoint is enabled', async () => {
    receiver.answer(PATH, { status: 200, body: 'back again' });
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    await page.getByRole('definition').filter({ hasText: /^Enabled$/ }).waitFor();
    assert.equal(await page.getByTestId('endpoint-disabled').count(), 0);

    const failed = deliveryRow('webhook.test').filter({ hasText: 'failed' });
    const eventId = verify(secret, receiver.on(PATH).at(-1)!).id;
    const before = receiver.on(PATH).length;
    await page.getByRole('button', { name: 'Deliver again' }).click();
    await page.getByText(/had failed; it is queued again with a fresh retry schedule/).waitFor();
    const [again] = (await receiver.waitFor(PATH, before + 1)).slice(before);
    assert.equal(verify(secret, again!).id, eventId, 'the same event, under the same webhook-id');
    await failed.waitFor({ state: 'detached' });
    const attempts = page.getByTestId('attempts');
    await attempts.getByText('back again').waitFor();
    assert.equal(await attempts.getByRole('listitem').count(), 2, 'the 410 and the 200');
  });

  test('after an outage that disabled the endpoint, enabling it and recovering from the page redelivers what failed, and deliveries resume', async () => {
    receiver.answer(PATH, { status: 410, body: 'down for the night' });
    const before = receiver.on(PATH).length;
    await optOut('+14155550103');
    await receiver.waitFor(PATH, before + 1);
    await eventually(async () => (await server.client.get(`/v1/webhook-endpoints/${endpointId}`, { key: owner.key })).body.enabled as boolean, (enabled) => !enabled);
    await refresh();
    await page.getByTestId('endpoint-disabled').waitFor();
    const lost = verify(secret, receiver.on(PATH).at(-1)!).id;
    // While disabled, new events are not sent to it at all.
    await optOut('+14155550104');

    // Recovering a disabled endpoint is refused, with the API's words and its request id.
    await page.getByRole('button', { name: 'Recover' }).click();
    await page.getByRole('alert').filter({ hasText: 'webhook_endpoint_disabled' }).getByTestId('request-id').waitFor();

    receiver.answer(PATH, { status: 200, body: 'open again' });
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    await page.getByRole('definition').filter({ hasText: /^Enabled$/ }).waitFor();
    // The form offers a time shortly before the endpoint began failing.
    assert.notEqual(await page.getByLabel('Redeliver failed deliveries since').inputValue(), '');
    await page.getByRole('button', { name: 'Recover' }).click();
    await page.getByText('1 failed delivery was queued again.').waitFor();
    const [redelivered] = (await receiver.waitFor(PATH, before + 2)).slice(before + 1);
    assert.equal(verify(secret, redelivered!).id, lost);
    await deliveriesWhen(endpointId, (list) => list.every((delivery) => delivery.status === 'succeeded'));
    await refresh();
    await page.locator('.status.wd-failed').first().waitFor({ state: 'detached' });
    await shootAndFit('43-webhooks-recovered');

    // Deliveries resume: the next event arrives.
    await optOut('+14155550105');
    const [next] = (await receiver.waitFor(PATH, before + 3)).slice(before + 2);
    assert.equal(verify(secret, next!).type, 'opt_out.created');
    assert.equal(receiver.on(PATH).length, before + 3, 'the event from while it was disabled was never sent');
  });

  test('the browser reported no script errors beyond the API errors the tests caused', () => {
    assert.deepEqual(errors.filter((text) => !/status of (409)/.test(text)), []);
  });
});
