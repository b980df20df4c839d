// A server for the benchmark, in its own process so the load generator does not share its event loop.
//   serve.ts bare    → a bare Koa handler (the baseline)
//   serve.ts parley  → Parley, configured from the environment
// Prints one JSON line {"url": ...} once listening; stops on SIGTERM.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { loadConfig } from '../../server/config.js';
import { startParley } from '../../server/runtime.js';

const mode = process.argv[2];
if (mode === 'bare') {
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = { object: 'account', id: 'acct_bare' };
  });
  const server = http.createServer(app.callback()).listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
} else if (mode === 'parley') {
  const parley = await startParley(loadConfig());
  console.log(JSON.stringify({ url: parley.url }));
  process.once('SIGTERM', () => void parley.stop().then(() => process.exit(0)));
} else {
  console.error('usage: serve.ts bare|parley');
  process.exit(2);
}
