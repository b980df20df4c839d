// `npm run bench:console`: the web console's weight and speed. Builds it (if its sources changed), prints the
// JavaScript and CSS of console/dist gzipped, then, against a Parley started for the run, times how long headless
// Chromium (Debian's) takes from navigation to a page a person can use: the login form (signed out) and the
// overview with its data (signed in), with a cold cache and a warm one. Prints figures; fails only when the
// first load's JavaScript passes the 200 KB budget.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { Parley } from '../../sdks/typescript/src/index.js';
import { CONSOLE_DIST, ensureConsoleBuilt } from '../../server/console/build.js';
import { launchChromium } from '../helpers/browser.js';
import { createBenchStore, serve, shutDown, type ServerChild } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET_JS_GZIP = 200 * 1024;
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function sizes(): { js: { raw: number; gzip: number }; css: { raw: number; gzip: number } } {
  const total = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  const assets = path.join(CONSOLE_DIST, 'assets');
  for (const name of readdirSync(assets)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    const bytes = readFileSync(path.join(assets, name));
    total[kind].raw += bytes.length;
    total[kind].gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return total;
}

/** In-page milliseconds from navigation start to the first frame where `ready` holds (run in the page). */
async function timeToInteractive(browser: Browser, url: string, ready: () => number | false, cookie?: { name: string; value: string; url: string }): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext();
  if (cookie) await context.addCookies([cookie]);
  const page = await context.newPage();
  const measure = async () => {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  };
  const cold = await measure();
  const warm = await measure();
  await context.close();
  return { cold, warm };
}

const built = await ensureConsoleBuilt({ log: (message) => console.log(message) });
console.log(`console build: ${built.built ? `built in ${built.ms} ms` : 'up to date'}`);
const size = sizes();
console.log(`JavaScript: ${kib(size.js.raw)} minified, ${kib(size.js.gzip)} gzipped (budget ${kib(BUDGET_JS_GZIP)} gzipped)`);
console.log(`CSS:        ${kib(size.css.raw)} minified, ${kib(size.css.gzip)} gzipped`);

const store = await createBenchStore(postgresUrl, redisUrl);
let parley: ServerChild | undefined;
let browser: Browser | undefined;
try {
  parley = await serve('parley', 'parley', { ...store.parleyEnv, PARLEY_ROLE: 'api' });
  const { response } = await new Parley({ apiKey: null, baseUrl: parley.url })
    .auth.signup({ email: 'console-bench@example.com', password: 'benchmark password', account_name: 'Bench' })
    .withResponse();
  const value = /parley_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!value) throw new Error('sign-up set no session cookie');
  const cookie = { name: 'parley_session', value, url: parley.url };

  browser = await launchChromium();
  // These run in the page (serialized, so self-contained), and answer the page's clock once it is usable.
  const loginReady = () => {
    const document = (globalThis as any).document;
    const ready = [...document.querySelectorAll('button')].some((b: any) => b.textContent === 'Sign in' && !b.disabled);
    return ready ? performance.now() : false;
  };
  const overviewReady = () => {
    const document = (globalThis as any).document;
    const ready = Boolean(document.querySelector('[data-testid=messages-period]')) && !document.querySelector('.loading');
    return ready ? performance.now() : false;
  };
  const results = { login: { cold: [] as number[], warm: [] as number[] }, overview: { cold: [] as number[], warm: [] as number[] } };
  for (let run = 0; run < RUNS; run++) {
    const login = await timeToInteractive(browser, `${parley.url}/console/login`, loginReady);
    const overview = await timeToInteractive(browser, `${parley.url}/console/`, overviewReady, cookie);
    results.login.cold.push(login.cold);
    results.login.warm.push(login.warm);
    results.overview.cold.push(overview.cold);
    results.overview.warm.push(overview.warm);
  }
  console.log(`time to an interactive page in headless Chromium, median of ${RUNS} (navigation start → first frame usable):`);
  console.log(`  login form (signed out):        cold cache ${median(results.login.cold).toFixed(0)} ms, warm ${median(results.login.warm).toFixed(0)} ms`);
  console.log(`  overview with its data (signed in): cold cache ${median(results.overview.cold).toFixed(0)} ms, warm ${median(results.overview.warm).toFixed(0)} ms`);
} finally {
  await browser?.close();
  if (parley) await shutDown(parley);
  await store.remove();
}
if (size.js.gzip > BUDGET_JS_GZIP) {
  console.error(`the console's JavaScript (${kib(size.js.gzip)} gzipped) is over its ${kib(BUDGET_JS_GZIP)} budget`);
  process.exit(1);
}
