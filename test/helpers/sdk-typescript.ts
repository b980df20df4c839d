// The TypeScript SDK suites' shared steps, done through the SDK as its users would do them.
import assert from 'node:assert/strict';
import { Parley, type Connection, type SignupResult } from '../../sdks/typescript/src/index.js';
import { uniqueEmail } from './factories.js';

export { eventually } from './eventually.js';

export interface SdkAccount {
  parley: Parley;
  signup: SignupResult;
}

/** Signs up with a key-less client and returns a client holding the new account's test key. */
export async function signUpWithSdk(baseUrl: string, options: ConstructorParameters<typeof Parley>[0] = {}): Promise<SdkAccount> {
  const signup = await new Parley({ apiKey: null, baseUrl }).auth.signup({
    email: uniqueEmail('sdk'),
    password: 'correct horse battery staple',
    account_name: 'SDK Co',
  });
  return { signup, parley: new Parley({ baseUrl, apiKey: signup.api_key.secret, ...options }) };
}

/** Follows a new sandbox connection's stream until `until` says so (the QR code, or linked once scanned). */
export async function followConnection(parley: Parley, id: string, until: (connection: Connection) => boolean): Promise<Connection> {
  const stream = await parley.connections.events(id, { timeout: 10_000 });
  const deadline = setTimeout(() => stream.close(), 15_000);
  try {
    for await (const event of stream) if (until(event.connection)) return event.connection;
  } finally {
    clearTimeout(deadline);
  }
  assert.fail(`connection ${id} never reached the awaited state`);
}

/** Creates a sandbox connection, waits for its QR code, scans it as `phoneNumber` and waits until it is connected. */
export async function linkSandboxWithSdk(parley: Parley, phoneNumber: string): Promise<Connection> {
  const created = await parley.connections.create({});
  await followConnection(parley, created.id, (connection) => connection.status === 'qr');
  await parley.sandbox.scan(created.id, { phone_number: phoneNumber });
  return followConnection(parley, created.id, (connection) => connection.status === 'connected');
}

