// `npm run listen`: the command a developer runs to get test events on their own machine. It is run here as a
// process, against a real Parley and a real receiver that verifies every request with svix.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'svix';
import type { components } from '../server/generated/openapi.js';
import { freePort } from '../server/platform/net.js';
import { newWebhookSecret } from '../server/webhook-endpoints/secrets.js';
import { buildAccount, type TestAccount } from './helpers/factories.js';
import { runProcess } from './helpers/sdk-server.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.js';

type Event = components['schemas']['Event'];

const root = path.resolve(import.meta.dirname, '..');
const LISTEN = ['--import', 'tsx', 'server/cli/listen.ts'];

interface Listener {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the output matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<number | null>;
}

function listen(args: string[], env: Record<string, string>): Listener {
  const child = spawn('node', [...LISTEN, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const changed = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of changed) wake();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    waitFor: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (!match) return;
          cleanup();
          resolve(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${pattern} in the listen output within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          changed.delete(check);
        };
        changed.add(check);
        check();
      }),
    stop: async () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}

describe('npm run listen', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  let owner: TestAccount;
  const running: Listener[] = [];
  const start = (args: string[], env: Record<string, string> = {}) => {
    const listener = listen(args, { PARLEY_API_KEY: owner.key, PARLEY_BASE_URL: server.url, ...env });
    running.push(listener);
    return listener;
  };
  let phones = 0;
  const optOut = async () => {
    const response = await server.client.post<components['schemas']['OptOut']>('/v1/opt-outs', { phone_number: `+1415555${String(3000 + ++phones)}` }, { key: owner.key });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  };

  before(async () => {
    server = await startTestServer();
    receiver = await startWebhookReceiver();
    owner = await buildAccount(server.client);
  });
  after(async () => {
    await Promise.all(running.map((listener) => listener.stop()));
    await receiver?.close();
    await server?.stop();
  });

  test('forwards each event as a delivery would be made: same body, Standard Webhooks headers, signed with the given secret', async () => {
    const secret = newWebhookSecret();
    const listener = start(['--forward-to', receiver.url('/signed'), '--secret', secret]);
    await listener.waitFor(/^Ready: forwarding test-mode events \(every type\)/m);
    const created = await optOut();
    const [webhook] = await receiver.waitFor('/signed', 1);
    const event = (await server.client.get<Event>(`/v1/events?type=opt_out.created&limit=1`, { key: owner.key })).body as unknown as { data: Event[] };
    const expected = event.data[0]!;
    assert.equal((expected.data.object as { id: string }).id, created.id);
    assert.deepEqual(new Webhook(secret).verify(webhook!.body, webhook!.headers), expected);
    assert.equal(webhook!.body, JSON.stringify(expected), 'the body is the event as the API serializes it');
    assert.equal(webhook!.headers['webhook-id'], expected.id);
    assert.equal(webhook!.headers['content-type'], 'application/json');
    assert.equal(webhook!.headers['user-agent'], 'Parley-Webhooks/1.0');
    await listener.waitFor(new RegExp(`opt_out\\.created\\s+${expected.id}  → 200 in \\d+ ms`));
    assert.equal(await listener.stop(), 0, 'Ctrl-C ends it cleanly');
  });

  test('without a secret it makes one and prints it; --events keeps only those types; a failing receiver is reported and the next event still goes', async () => {
    const listener = start(['--forward-to', receiver.url('/filtered'), '--events', 'opt_out.deleted']);
    const [, secret] = await listener.waitFor(/^Signing secret: (whsec_\S+)/m);
    receiver.answer('/filtered', { status: 500 });
    const first = await optOut();
    assert.equal((await server.client.request('DELETE', `/v1/opt-outs/${first.id}`, undefined, { key: owner.key })).status, 200);
    const [failed] = await receiver.waitFor('/filtered', 1);
    await listener.waitFor(/opt_out\.deleted\s+evt_\w+ {2}→ 500 \(a delivery would be retried\)/);
    receiver.answer('/filtered', { status: 204 });
    const second = await optOut();
    assert.equal((await server.client.request('DELETE', `/v1/opt-outs/${second.id}`, undefined, { key: owner.key })).status, 200);
    const [, ok] = await receiver.waitFor('/filtered', 2);
    for (const webhook of [failed!, ok!]) {
      const event = new Webhook(secret!).verify(webhook.body, webhook.headers) as Event;
      assert.equal(event.type, 'opt_out.deleted', 'opt_out.created was filtered out');
    }
    await listener.waitFor(/ → 204 in \d+ ms/);
  });

  test('a receiver that is not running is reported as failed, and listening goes on', async () => {
    const listener = start(['--forward-to', 'http://127.0.0.1:9/nothing-here', '--events', 'opt_out.created']);
    await listener.waitFor(/^Ready/m);
    await optOut();
    await listener.waitFor(/opt_out\.created\s+evt_\w+ {2}→ failed: .+ \(a delivery would be retried\)/);
    assert.equal(listener.child.exitCode, null, 'still running');
  });

  test('Ctrl-C while a receiver hangs ends it at once: the request is abandoned, not waited out', async () => {
    receiver.answer('/hang', 'hang');
    const listener = start(['--forward-to', receiver.url('/hang'), '--events', 'opt_out.created']);
    await listener.waitFor(/^Ready/m);
    await optOut();
    await receiver.waitFor('/hang', 1);
    assert.equal(await listener.stop(), 0);
    assert.match(listener.output(), /opt_out\.created\s+evt_\w+ {2}→ not sent: stopping/);
    receiver.release();
  });

  test('bad input: one clear sentence and exit 1, for a missing or bad URL, a bad secret, no key, a refused key or no Parley', async () => {
    const closedPort = await freePort();
    const cases: [string[], Record<string, string>, RegExp][] = [
      [[], {}, /^--forward-to is required: the URL of your local webhook receiver\./],
      [['--forward-to', 'localhost:4000'], {}, /^--forward-to must be an http or https URL, not localhost\./],
      [['--forward-to', 'not a url'], {}, /^--forward-to not a url is not a URL/],
      [['--forward-to', receiver.url('/x'), '--secret', 'hunter2'], {}, /^--secret must be a webhook signing secret/],
      [['--forward-to', receiver.url('/x'), '--secret', 'whsec_c2hvcnQ='], {}, /^--secret must be a webhook signing secret like whsec_<base64 of 16 or more bytes>/],
      [['--forward-to', receiver.url('/x'), '--frobnicate'], {}, /Unknown option '--frobnicate'/],
      [['--forward-to', receiver.url('/x')], { PARLEY_API_KEY: '' }, /^An API key is required: set PARLEY_API_KEY or pass --api-key\./],
      [['--forward-to', receiver.url('/x')], { PARLEY_API_KEY: 'parley_test_nope' }, /^Parley at http:\/\/127\.0\.0\.1:\d+ refused to stream events: .*invalid/i],
      [['--forward-to', receiver.url('/x')], { PARLEY_BASE_URL: `http://127.0.0.1:${closedPort}` }, /^Could not reach Parley at http:\/\/127\.0\.0\.1:\d+.* \(set PARLEY_BASE_URL or --base-url to where Parley runs\)/],
    ];
    await Promise.all(
      cases.map(async ([args, env, expected]) => {
        const result = await runProcess('node', [...LISTEN, ...args], {
          cwd: root,
          env: { ...process.env, PARLEY_API_KEY: owner.key, PARLEY_BASE_URL: server.url, PARLEY_WEBHOOK_SECRET: '', ...env },
        });
        assert.equal(result.code, 1, `${args.join(' ')}: ${result.output}`);
        assert.match(result.output, expected);
        assert.ok(!result.output.includes('    at '), `a stack trace for ${args.join(' ')}:\n${result.output}`);
      }),
    );
    assert.deepEqual(receiver.on('/x'), []);
  });
});
