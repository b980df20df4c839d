// The TypeScript SDK (sdks/typescript/src) against a real Parley (API and worker in one process, on a database of
// its own, real Redis): the quickstart from sign-up to a verified webhook, auto-pagination, uploads and downloads,
// the QR code in each format, a bulk job's results, and live streams that resume after a drop.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Download, Parley, WebhookVerificationError, toFile, type Event, type Fetch } from '../sdks/typescript/src/index.js';
import { eventually, followConnection, linkSandboxWithSdk, signUpWithSdk } from './helpers/sdk-typescript.js';
import { newIdempotencyKey } from '../sdks/typescript/src/internal/idempotency-key.js';
import { startSdkTestServer, type SdkTestServer } from './helpers/sdk-server.js';
import type { TestServer } from './helpers/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.js';

let phones = 0;
const phone = () => `+1415555${String(3000 + ++phones)}`;

describe('TypeScript SDK against a running Parley', () => {
  let parleyUnderTest: SdkTestServer;
  let server: TestServer;
  let receiver: WebhookReceiver;

  before(async () => {
    receiver = await startWebhookReceiver();
    parleyUnderTest = await startSdkTestServer();
    server = parleyUnderTest.server;
  });
  after(async () => {
    await parleyUnderTest?.stop();
    await receiver?.close();
  });

  test('the quickstart: sign up, connect a sandbox number, send, receive, and verify the webhook with unwrap', async () => {
    const { parley, signup } = await signUpWithSdk(server.url);
    assert.match(signup.api_key.secret, /^parley_test_/);
    const endpoint = await parley.webhookEndpoints.create({ url: receiver.url('/quickstart'), events: ['message.received'] });
    assert.ok(endpoint.secret?.startsWith('whsec_'));

    const connection = await linkSandboxWithSdk(parley, phone());
    assert.equal(connection.status, 'connected');
    const sent = await parley.messages.create({ connection_id: connection.id, to: '+14155550199', type: 'text', text: { body: 'Hello from the SDK' } });
    assert.equal(sent.object, 'message');
    assert.equal((await parley.messages.retrieve(sent.id)).text?.body, 'Hello from the SDK');

    await parley.sandbox.inbound({ connection_id: connection.id, from: '+14155550199', type: 'text', text: { body: 'Hi back' } });
    const [webhook] = await receiver.waitFor('/quickstart', 1);
    const event = await parley.webhooks.unwrap(webhook!.body, webhook!.headers, endpoint.secret!);
    assert.equal(event.type, 'message.received');
    if (event.type !== 'message.received') return;
    assert.equal(event.data.object.text?.body, 'Hi back', 'narrowed by type: data.object is a Message');
    assert.deepEqual(event, await parley.events.retrieve(event.id));

    const headers = new Headers(webhook!.headers);
    await assert.rejects(parley.webhooks.unwrap(webhook!.body.replace('Hi back', 'Hi hack'), headers, endpoint.secret!), WebhookVerificationError);
    const later = new Date(Number(webhook!.headers['webhook-timestamp']) * 1000 + 6 * 60_000);
    await assert.rejects(parley.webhooks.unwrap(webhook!.body, headers, endpoint.secret!, { now: later }), /signed 360 s ago, more than the 300 s allowed/);
    const { ['webhook-signature']: _signature, ...unsigned } = webhook!.headers;
    await assert.rejects(parley.webhooks.unwrap(webhook!.body, unsigned, endpoint.secret!), /no webhook-signature header/);
  });

  test('a webhook signed with the old and the new secret during a rotation verifies with either', async () => {
    const { parley } = await signUpWithSdk(server.url);
    const endpoint = await parley.webhookEndpoints.create({ url: receiver.url('/rotation'), events: ['opt_out.created'] });
    const rotated = await parley.webhookEndpoints.rotateSecret(endpoint.id);
    await parley.optOuts.create({ phone_number: phone() });
    const [webhook] = await receiver.waitFor('/rotation', 1);
    assert.equal(webhook!.headers['webhook-signature']!.split(' ').length, 2);
    for (const secret of [endpoint.secret!, rotated.secret]) {
      assert.equal((await parley.webhooks.unwrap(webhook!.body, webhook!.headers, secret)).type, 'opt_out.created');
    }
  });

  test('for await walks every item across pages (25 contacts, 10 a page); a page knows its next page', async () => {
    const requested: string[] = [];
    const recording: Fetch = (url, init) => {
      requested.push(`${init.method} ${new URL(url).pathname}${new URL(url).search}`);
      return fetch(url, init);
    };
    const { parley } = await signUpWithSdk(server.url, { fetch: recording });
    const numbers = Array.from({ length: 25 }, phone);
    for (const phone_number of numbers) await parley.contacts.create({ phone_number });

    requested.length = 0;
    const seen: string[] = [];
    for await (const contact of parley.contacts.list({ limit: 10 })) seen.push(contact.phone_number);
    assert.deepEqual([...seen].sort(), [...numbers].sort());
    assert.equal(requested.length, 3, requested.join('\n'));
    assert.match(requested[1]!, /starting_after=ct_/);

    const first = await parley.contacts.list({ limit: 10 });
    assert.equal(first.data.length, 10);
    assert.ok(first.hasNextPage());
    const second = await first.getNextPage();
    const third = await second.getNextPage();
    assert.deepEqual([second.data.length, third.data.length, third.hasMore, third.hasNextPage()], [10, 5, false, false]);
    const backwards = await parley.contacts.list({ limit: 10, ending_before: third.data[0]!.id });
    assert.deepEqual(backwards.data.map((c) => c.id), second.data.map((c) => c.id));
    // Walked backwards, the items come in exactly the reverse order of the forward walk, page after page.
    const walkedBack: string[] = [];
    for await (const contact of backwards) walkedBack.push(contact.id);
    assert.deepEqual(walkedBack, [...first.data, ...second.data].map((c) => c.id).reverse());
  });

  test('media goes up from bytes, a Blob or toFile and comes down byte for byte, with its type and name', async () => {
    const { parley } = await signUpWithSdk(server.url);
    const bytes = new Uint8Array(4096).map((_, index) => (index * 31) % 256);
    const fromBytes = await parley.media.upload(bytes, { filename: 'pattern.bin', contentType: 'application/octet-stream' });
    const fromFile = await parley.media.upload(await toFile(new Blob(['a,b\n1,2\n']), 'table.csv', { type: 'text/csv' }));
    const fromStream = await parley.media.upload(new Blob([bytes]).stream(), { filename: 'streamed.bin' });

    const download = await parley.media.download(fromBytes.id);
    assert.ok(download instanceof Download);
    assert.deepEqual(await download.bytes(), bytes);
    assert.equal(download.contentType, 'application/octet-stream');
    const csv = await parley.media.download(fromFile.id);
    assert.match(csv.contentType ?? '', /^text\/csv/);
    assert.equal(await csv.text(), 'a,b\n1,2\n');
    assert.equal(csv.filename, 'table.csv');
    assert.deepEqual(await (await parley.media.download(fromStream.id)).bytes(), bytes);

    // Bytes with only a name get the type of its extension, so the media can be sent as what it is.
    const photo = await parley.media.upload(bytes, { filename: 'Photo.JPG' });
    assert.equal(photo.mime_type, 'image/jpeg');
    const unknown = await parley.media.upload(bytes, { filename: 'data.unknownext' });
    assert.equal(unknown.mime_type, 'application/octet-stream');
  });

  test('the QR code comes as JSON by default, as a PNG and as an SVG', async () => {
    const { parley } = await signUpWithSdk(server.url);
    const created = await parley.connections.create({ name: 'QR' });
    await followConnection(parley, created.id, (connection) => connection.status === 'qr');
    const json = await parley.connections.qr(created.id);
    assert.equal(typeof json.qr, 'string');
    const png = await parley.connections.qr(created.id, { format: 'png' });
    assert.equal(png.contentType, 'image/png');
    assert.deepEqual([...(await png.bytes()).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = await parley.connections.qr(created.id, { format: 'svg' });
    assert.match(svg, /^(<\?xml[^>]*>\s*)?<svg/);
  });

  test('a bulk job from an uploaded CSV of recipients, and its results as CSV text', async () => {
    const { parley } = await signUpWithSdk(server.url);
    const connection = await linkSandboxWithSdk(parley, phone());
    const [ada, bo, cy] = [phone(), phone(), phone()];
    const recipients = await parley.media.upload(new Blob([`phone_number,name\n${ada},Ada\n${bo},Bo\n${cy},Cy\n`], { type: 'text/csv' }), { filename: 'recipients.csv' });
    const job = await parley.bulkJobs.create({ connection_ids: [connection.id], type: 'text', text: { body: 'Hello' }, recipients_csv: { media_id: recipients.id } });
    await eventually(() => parley.bulkJobs.retrieve(job.id), (j) => j.status === 'completed');
    const results = await parley.bulkJobs.results(job.id);
    const lines = results.trim().split(/\r?\n/);
    assert.equal(lines.length, 4, results);
    assert.ok(lines.some((line) => line.includes(ada)) && lines.some((line) => line.includes(bo)), results);
    const walked: Array<string | null> = [];
    for await (const recipient of parley.bulkJobs.listRecipients(job.id, { limit: 1 })) walked.push(recipient.phone_number);
    assert.deepEqual(walked, [ada, bo, cy], 'recipients auto-page, in the order given');
    // A walk begun with the deprecated `after` goes on with ids (Parley refuses two cursors at once).
    const fromAfter: Array<string | null> = [];
    for await (const recipient of parley.bulkJobs.listRecipients(job.id, { limit: 1, after: 0 })) fromAfter.push(recipient.phone_number);
    assert.deepEqual(fromAfter, [bo, cy]);
  });

  test('contacts.import takes JSON rows or a CSV file', async () => {
    const { parley } = await signUpWithSdk(server.url);
    const json = await parley.contacts.import({ contacts: [{ phone_number: phone(), name: 'Ada' }] });
    assert.deepEqual([json.format, json.created], ['json', 1]);
    const csv = await parley.contacts.import(new File([`phone_number,name\n${phone()},Bo\n${phone()},Cy\n`], 'contacts.csv', { type: 'text/csv' }));
    assert.deepEqual([csv.format, csv.created], ['csv', 2]);
  });

  test('events.stream delivers events as they happen and, after a dropped connection, resumes with Last-Event-ID', async () => {
    const opened: Array<{ lastEventId: string | null; cut: AbortController; signal: AbortSignal }> = [];
    const cuttable: Fetch = (url, init) => {
      const cut = new AbortController();
      if (new Headers(init.headers).get('accept') === 'text/event-stream') opened.push({ lastEventId: new Headers(init.headers).get('last-event-id'), cut, signal: init.signal! });
      return fetch(url, { ...init, signal: AbortSignal.any([init.signal!, cut.signal]) });
    };
    const { parley } = await signUpWithSdk(server.url, { fetch: cuttable });
    const stream = await parley.events.stream();
    const events = stream[Symbol.asyncIterator]();
    const nextOptOut = async (): Promise<Event> => {
      for (;;) {
        const { value, done } = await events.next();
        assert.ok(!done, 'the stream ended');
        if (value.type === 'opt_out.created') return value;
      }
    };

    const first = await parley.optOuts.create({ phone_number: phone() });
    const got = await nextOptOut();
    assert.equal((got.data.object as { id: string }).id, first.id);

    opened.at(-1)!.cut.abort(); // the connection drops
    const missed = await parley.optOuts.create({ phone_number: phone() });
    const resumed = await nextOptOut();
    assert.equal((resumed.data.object as { id: string }).id, missed.id, 'the event sent while away arrives after the reconnection');
    assert.equal(opened.length, 2);
    assert.equal(opened[1]!.lastEventId, got.id);
    assert.equal(stream.reconnections, 1);

    assert.equal(stream.lastEventId, resumed.id);
    await events.return?.(undefined); // what `break` does
    assert.ok(opened[1]!.signal.aborted, 'leaving the loop closes the connection');
  });

  test('a stream ends when its AbortSignal fires', async () => {
    const { parley } = await signUpWithSdk(server.url);
    const controller = new AbortController();
    const stream = await parley.events.stream({ signal: controller.signal });
    const reading = (async () => {
      const types: string[] = [];
      for await (const event of stream) types.push(event.type);
      return types;
    })();
    controller.abort();
    assert.deepEqual(await reading, []);
  });

  test("a connection's stream ends, without an error, once the connection is deleted", async () => {
    const { parley } = await signUpWithSdk(server.url);
    const connection = await linkSandboxWithSdk(parley, phone());
    const stream = await parley.connections.events(connection.id);
    const types: string[] = [];
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'connection.state') await parley.connections.delete(connection.id);
    }
    // A linked number is logged out on the way.
    assert.deepEqual(types, ['connection.state', 'connection.logged_out', 'connection.deleted']);
  });
});

test('Parley reads PARLEY_API_KEY and PARLEY_BASE_URL from the environment in Node', () => {
  const saved = { key: process.env.PARLEY_API_KEY, url: process.env.PARLEY_BASE_URL };
  process.env.PARLEY_API_KEY = 'sk_test_from_env';
  process.env.PARLEY_BASE_URL = 'http://127.0.0.1:9999/';
  try {
    assert.equal(new Parley().baseUrl, 'http://127.0.0.1:9999');
  } finally {
    if (saved.key === undefined) delete process.env.PARLEY_API_KEY;
    else process.env.PARLEY_API_KEY = saved.key;
    if (saved.url === undefined) delete process.env.PARLEY_BASE_URL;
    else process.env.PARLEY_BASE_URL = saved.url;
  }
});

test('without crypto.randomUUID (a browser page outside a secure context) Idempotency-Keys are still random UUID v4s', () => {
  const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID');
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    const keys = Array.from({ length: 200 }, () => newIdempotencyKey());
    for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(keys).size, keys.length);
  } finally {
    delete (crypto as { randomUUID?: unknown }).randomUUID;
  }
  assert.equal(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID')?.value, randomUUID?.value);
  assert.equal(typeof crypto.randomUUID(), 'string');
});
