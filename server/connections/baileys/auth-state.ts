import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { AuthStore, KeyWrite } from '../auth-store.js';

export interface PostgresAuthState {
  /** Hand this to the socket as `auth`. `state.creds` is mutated in place by Baileys and by `resetCreds`. */
  state: AuthenticationState;
  /** Persists the whole creds. Calls run one at a time, in call order, so an older save never lands last. */
  saveCreds(): Promise<void>;
  /**
   * Forgets an unfinished link: replaces the creds (in place) with fresh ones and persists them. Needed after
   * a pairing code was requested but never confirmed, because Baileys has already set `creds.me` and would
   * otherwise try to log in instead of registering.
   */
  resetCreds(): Promise<void>;
}

export function serializeAuthValue(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

/**
 * BufferJSON.replacer writes every Buffer/Uint8Array as `{type: 'Buffer', data: <base64>}`; this reviver turns
 * exactly that form back. BufferJSON.reviver also turns any object whose keys are all numeric and whose values
 * are all numbers into a Buffer, which would silently corrupt a legitimate map such as `{"0": 1}`: everything
 * we store was written by the replacer, so the tagged form is the only one we need.
 */
export function parseAuthValue(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { type?: unknown }).type === 'Buffer' &&
      typeof (value as { data?: unknown }).data === 'string' &&
      Object.keys(value).length === 2
    ) {
      return Buffer.from((value as { data: string }).data, 'base64');
    }
    return value;
  });
}

/**
 * Baileys' auth state over Parley's fenced, encrypted PostgreSQL store. Each `keys.set` is one transaction
 * (Baileys retries a failed batch whole, and a half-written batch of sessions and identities breaks ratchets).
 */
export async function usePostgresAuthState(store: AuthStore): Promise<PostgresAuthState> {
  const stored = await store.readCreds();
  const creds = stored === undefined ? initAuthCreds() : (parseAuthValue(stored) as AuthenticationCreds);

  // Creds writes (save, reset, wipe) share one queue: a save queued before a wipe must not land after it.
  let credsQueue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>): Promise<void> => {
    const run = credsQueue.then(task);
    credsQueue = run.catch(() => undefined);
    return run;
  };
  // Key writes run concurrently (Baileys queues them per type); a wipe waits for those already started.
  const keyWrites = new Set<Promise<void>>();

  const keys: SignalKeyStore = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found = await store.readKeys(type, ids);
      const result: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const [id, text] of found) {
        const value = parseAuthValue(text);
        result[id] = (
          type === 'app-state-sync-key'
            ? proto.Message.AppStateSyncKeyData.fromObject(value as Record<string, unknown>)
            : value
        ) as SignalDataTypeMap[T];
      }
      return result;
    },

    async set(data: SignalDataSet) {
      const writes: KeyWrite[] = [];
      for (const [type, entries] of Object.entries(data)) {
        for (const [id, value] of Object.entries(entries ?? {})) {
          writes.push({ type, id, value: value === null || value === undefined ? null : serializeAuthValue(value) });
        }
      }
      const write = store.writeKeys(writes);
      keyWrites.add(write);
      try {
        await write;
      } finally {
        keyWrites.delete(write);
      }
    },

    clear: () =>
      enqueue(async () => {
        await Promise.allSettled([...keyWrites]);
        await store.clear();
      }),
  };

  return {
    state: { creds, keys },
    saveCreds: () => enqueue(() => store.writeCreds(serializeAuthValue(creds))),
    resetCreds: () =>
      enqueue(async () => {
        const fresh = initAuthCreds();
        for (const key of Object.keys(creds)) Reflect.deleteProperty(creds, key);
        Object.assign(creds, fresh);
        await store.writeCreds(serializeAuthValue(creds));
      }),
  };
}
