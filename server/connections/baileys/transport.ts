import { makeWASocket } from '@whiskeysockets/baileys';
import type { Transport, TransportContext, TransportSession } from '../transport.js';
import { usePostgresAuthState } from './auth-state.js';
import { BaileysSession } from './session.js';
import { DEFAULT_BACKOFF, type Backoff, type MakeSocket } from './socket.js';
import type { WebVersionSource } from './web-version.js';

export { backoffDelay, DEFAULT_BACKOFF, phoneNumberOfJid, type Backoff, type BaileysSocket, type MakeSocket } from './socket.js';

export interface BaileysTransportOptions {
  /** Defaults to Baileys' makeWASocket. */
  makeSocket?: MakeSocket;
  /** Defaults to WhatsApp's own (wss://web.whatsapp.com/ws/chat); a local simulator can stand in. */
  waWebSocketUrl?: string;
  backoff?: Backoff;
  /** The most Baileys may log; Parley's own level still wins when it is stricter. Baileys is chatty below warn. */
  logLevel?: string;
  /** The WhatsApp Web version to present; undefined: the one Baileys pins. */
  webVersion?: WebVersionSource;
}

/** Live mode: one WhatsApp account per connection through Baileys, with its keys in PostgreSQL. */
export class BaileysTransport implements Transport {
  readonly #makeSocket: MakeSocket;
  readonly #backoff: Backoff;

  constructor(private readonly options: BaileysTransportOptions = {}) {
    this.#makeSocket = options.makeSocket ?? makeWASocket;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  async start(context: TransportContext): Promise<TransportSession> {
    const version = await this.options.webVersion?.current();
    const auth = await usePostgresAuthState(context.store);
    const session = new BaileysSession(context, auth, {
      makeSocket: this.#makeSocket,
      backoff: this.#backoff,
      waWebSocketUrl: this.options.waWebSocketUrl,
      logLevel: this.options.logLevel ?? 'warn',
      version,
    });
    await session.begin();
    return session;
  }
}

