// Unmodified Baileys with an in-memory auth state, driven against the simulator: what the simulator's own tests
// (and any test that needs a linked WhatsApp client without Parley) use.
import {
  initAuthCreds,
  makeWASocket,
  type AuthenticationCreds,
  type SignalKeyStore,
  type SocketConfig,
  type WAMessage,
  type WAMessageUpdate,
  type WASocket,
} from '@whiskeysockets/baileys';
import type { Boom } from '@hapi/boom';
import { pino } from 'pino';
import { memoryKeyStore } from './memory-keys.js';
import type { WhatsAppSimulator } from './server.js';

const logger = pino({ level: process.env.SIM_LOG ?? 'silent' });

export class SimClient {
  readonly creds: AuthenticationCreds = initAuthCreds();
  readonly keys: SignalKeyStore = memoryKeyStore();
  /** Status codes of every close, in order (515 after pairing, then whatever ended the session). */
  readonly closes: number[] = [];
  readonly received: WAMessage[] = [];
  readonly updates: WAMessageUpdate[] = [];
  sock: WASocket | undefined;
  #closeWaiters: ((code: number) => void)[] = [];
  #socketOpen = false;
  /** Settles once the latest open socket's post-login queries were answered. */
  #ready: Promise<void> = Promise.resolve();
  #openWaiters: (() => void)[] = [];
  #loginIndex = 0;

  constructor(
    private readonly sim: WhatsAppSimulator,
    /** Socket options on top of the defaults below (e.g. a short `keepAliveIntervalMs`). */
    private readonly overrides: Partial<SocketConfig> = {},
  ) {}

  get jid(): string {
    return this.creds.me?.id ?? '';
  }

  /**
   * Connects and resolves once the connection is open, reconnecting on the 515 that follows pairing.
   * `onQr` sees every QR (and the socket, e.g. to request a pairing code). Rejects on any other close.
   */
  connect(onQr?: (qr: string, sock: WASocket) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const attempt = (): void => {
        this.#loginIndex = this.sim.events.length;
        const sock = makeWASocket({
          auth: { creds: this.creds, keys: this.keys },
          waWebSocketUrl: this.sim.url,
          logger,
          markOnlineOnConnect: false,
          syncFullHistory: false,
          connectTimeoutMs: 10_000,
          ...this.overrides,
        });
        this.sock = sock;
        this.#socketOpen = true;
        sock.ev.on('creds.update', (update) => Object.assign(this.creds, update));
        sock.ev.on('messages.upsert', ({ messages }) => this.received.push(...messages));
        sock.ev.on('messages.update', (updates) => this.updates.push(...updates));
        sock.ev.on('connection.update', (update) => {
          if (update.qr && onQr) onQr(update.qr, sock);
          if (update.connection === 'open') {
            this.#ready = this.#initAnswered();
            this.#ready.then(resolve, reject);
            void this.#ready.then(() => {
              for (const waiter of this.#openWaiters.splice(0)) waiter();
            });
          }
          if (update.connection !== 'close') return;
          const code = (update.lastDisconnect?.error as Boom | undefined)?.output?.statusCode ?? 0;
          this.#socketOpen = false;
          this.closes.push(code);
          for (const waiter of this.#closeWaiters.splice(0)) waiter(code);
          if (code === 515) attempt();
          else reject(new Error(`closed with ${code}`));
        });
      };
      attempt();
    });
  }

  /** The status code of the next close. */
  nextClose(): Promise<number> {
    return new Promise((resolve) => this.#closeWaiters.push(resolve));
  }

  /** Resolves when the next socket is open and its post-login queries were answered (e.g. after a 515). */
  nextOpen(): Promise<void> {
    return new Promise((resolve) => this.#openWaiters.push(resolve));
  }

  /** Ends the socket (waiting first for the post-login queries, which Baileys would otherwise wait 60 s for). */
  async end(): Promise<void> {
    const sock = this.sock;
    if (!sock || !this.#socketOpen) return;
    await this.#ready.catch(() => undefined);
    const closed = this.nextClose();
    await sock.end(undefined);
    await closed;
  }

  #initAnswered(): Promise<void> {
    return postLoginQueriesAnswered(this.sim, this.jid, this.#loginIndex);
  }
}

/**
 * Resolves once the simulator has answered the init queries (props, blocklist, privacy) that Baileys sends right
 * after 'open' for `jid`, looking at events from index `since`. Baileys waits the full 60 s query timeout for an
 * unanswered one even after its socket closed, so disturb a socket only after this.
 */
export async function postLoginQueriesAnswered(sim: WhatsAppSimulator, jid: string, since: number): Promise<void> {
  const answered = (xmlns: string) => sim.waitFor((e) => e.type === 'iq-answered' && e.xmlns === xmlns && e.jid === jid, 10_000, since);
  await Promise.all([answered('abt'), answered('blocklist'), answered('privacy')]);
  // the answers are written; let Baileys read them
  await new Promise((resolve) => setTimeout(resolve, 100));
}
