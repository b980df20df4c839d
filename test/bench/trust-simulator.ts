// Test-only preload for a Parley process that must reach the local WhatsApp Web simulator
// (test/whatsapp-simulator/) instead of WhatsApp:
//   node --import tsx --import ./test/bench/trust-simulator.ts server/main.ts
// with BENCH_SIMULATOR_ROOT_KEY = the simulator's `rootKey.public`, base64. Baileys checks the server's
// certificate chain against its exported, mutable WA_CERT_DETAILS.PUBLIC_KEY; the simulator signs its chain
// with its own test root. The package has a single entry (`main: lib/index.js`, no `exports` map), so this
// import and Parley's resolve to the same ESM URL, hence the same module instance that Parley's sockets read.
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';

const encoded = process.env.BENCH_SIMULATOR_ROOT_KEY;
if (!encoded) throw new Error('trust-simulator.ts: set BENCH_SIMULATOR_ROOT_KEY to the simulator root public key (base64)');
const rootKey = Buffer.from(encoded, 'base64');
if (rootKey.length !== WA_CERT_DETAILS.PUBLIC_KEY.length) {
  throw new Error(`trust-simulator.ts: the root key must be ${WA_CERT_DETAILS.PUBLIC_KEY.length} bytes, got ${rootKey.length}`);
}
WA_CERT_DETAILS.PUBLIC_KEY = rootKey;
