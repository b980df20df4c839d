import NodeCache from '@cacheable/node-cache';
import {
  DEFAULT_CONNECTION_CONFIG,
  jidNormalizedUser,
  type CacheStore,
  type Contact,
  type SignalKeyStore,
  type UserFacingSocketConfig,
  type WAVersion,
} from '@whiskeysockets/baileys';
import { conflict, invalidRequest } from '../../platform/http/errors.js';
import type { Logger } from '../../platform/logger.js';
import { LeaseLostError } from '../auth-store.js';
import {
  notConnected,
  type LinkedIdentity,
  type NumberCheck,
  type OutboundMessage,
  type Reason,
  type SentMessageRef,
  type TransportContext,
  type TransportListener,
  type TransportSession,
} from '../transport.js';
import type { PostgresAuthState } from './auth-state.js';
import { classifyDisconnect } from './disconnect.js';
import { sendChange } from './edits.js';
import { BaileysGroups } from './groups.js';
import { postStatus } from './status.js';
import type { StatusPost } from '../status-history.js';
import { checkNumbers } from './number-check.js';
import { BaileysInteractions } from './interactions.js';
import { BaileysProfiles, type ProfileSocket } from './profiles.js';
import { notRunning, QrWaiters } from './qr-waiters.js';
import { ReportedStatuses } from './receipts.js';
import { MessageSender } from './sender.js';
import { reportSocketEvents } from './socket-events.js';
import { formatWebVersion } from './web-version.js';
import { backoffDelay, cappedLevel, phoneNumberOfJid, withTimeout, type Backoff, type BaileysSocket, type MakeSocket } from './socket.js';
import { historyMediaOf } from './history.js';
import { downloadMedia } from './media-download.js';

/** Baileys shows the first QR of a socket for 60 s and each next one for 20 s (lib/Socket/socket.js). */
const FIRST_QR_MS = 60_000;
const NEXT_QR_MS = 20_000;
const SOCKET_CLOSE_TIMEOUT_MS = 5_000;
/** Baileys' own defaults for these caches (DEFAULT_CACHE_TTLS). */
const MSG_RETRY_TTL_MS = 60 * 60_000;
const USER_DEVICES_TTL_MS = 5 * 60_000;

function identityOf(me: Contact): LinkedIdentity {
  return {
    phoneNumber: phoneNumberOfJid(me.id),
    jid: me.id,
    lid: me.lid ? jidNormalizedUser(me.lid) : null,
  };
}

/** Baileys sets `creds.me` as soon as a pairing code is requested, but only a confirmed link sets `account`. */
function pairingUnfinished(auth: PostgresAuthState): boolean {
  return !!auth.state.creds.me && !auth.state.creds.account;
}

export interface SessionOptions {
  makeSocket: MakeSocket;
  backoff: Backoff;
  waWebSocketUrl: string | undefined;
  logLevel: string;
  /** The WhatsApp Web version to present (web-version.ts); undefined: Baileys' pinned one. */
  version?: WAVersion | undefined;
}

/**
 * One running connection. Invariant: at most one socket at a time — a new one is made only after the previous
 * one has emitted its close — because two sockets on the same creds corrupt the ratchets and kick each other
 * off with 440.
 */
export class BaileysSession implements TransportSession {
  readonly #listener: TransportListener;
  readonly #log: Logger;
  readonly #baileysLog: Logger;
  readonly #keys: SignalKeyStore;
  // One per session, shared by every socket of it, so retry counters and device lists survive a reconnect
  // (Baileys' own default caches die with the socket). The same cache library and settings Baileys uses.
  // NodeCache's get is typed `unknown` where CacheStore's is generic; Baileys' own examples cast it alike.
  readonly #msgRetryCounterCache = new NodeCache({ stdTTL: MSG_RETRY_TTL_MS / 1000, useClones: false }) as CacheStore;
  readonly #userDevicesCache = new NodeCache({ stdTTL: USER_DEVICES_TTL_MS / 1000, useClones: false }) as CacheStore;
  // Per session, not per socket: number checks and reported receipts stay known across reconnects.
  readonly #sender: MessageSender;
  readonly #reported = new ReportedStatuses();
  readonly interactions: BaileysInteractions;
  readonly profiles: BaileysProfiles;
  readonly groups: BaileysGroups;

  #socket: BaileysSocket | undefined;
  /** The socket while it is open (logged in), for commands that need WhatsApp to answer. */
  #openSocket: BaileysSocket | undefined;
  #socketClosed: Promise<void> = Promise.resolve();
  #qrShown = false;
  readonly #qrWaiters: QrWaiters;
  #timer: NodeJS.Timeout | undefined;
  #attempt = 0;
  /** Set once the session has stopped for good: no socket is made after it. */
  #ended = false;
  /** The creds are gone (logged out) or no longer ours (lease lost): nothing may write them again. */
  #credsFrozen = false;
  #leaseLost = false;

  constructor(
    private readonly context: TransportContext,
    private readonly auth: PostgresAuthState,
    private readonly options: SessionOptions,
  ) {
    this.#listener = context.listener;
    this.#qrWaiters = new QrWaiters(context.connectionId);
    this.#log = context.logger.child({ transport: 'baileys', connectionId: context.connectionId });
    this.#baileysLog = context.logger.child(
      { component: 'baileys', connectionId: context.connectionId },
      { level: cappedLevel(context.logger, options.logLevel) },
    );
    const keys = auth.state.keys;
    // Baileys retries a failed key write and then carries on without it; a lost lease must end the socket.
    this.#keys = {
      get: (type, ids) => keys.get(type, ids),
      set: async (data) => {
        // Logged out (the keys are being wiped) or no longer ours: a write Baileys makes while it winds down (the
        // app-state keys a phone shares right after linking, say) must not bring keys back after the wipe.
        if (this.#credsFrozen) return;
        try {
          await keys.set(data);
        } catch (error) {
          this.#onStoreError(error, 'keys');
          throw error;
        }
      },
      clear: () => keys.clear?.(),
    };
    this.#sender = new MessageSender({
      openSocket: () => this.#open(),
      identityKey: () => auth.state.creds.signedIdentityKey.private,
      meJid: () => auth.state.creds.me?.id,
      findSent: context.findSent,
      log: this.#log,
      baileysLog: this.#baileysLog,
    });
    this.interactions = new BaileysInteractions(() => this.#open(), () => auth.state.creds.me?.name, this.#log);
    this.profiles = new BaileysProfiles({
      // The real socket (makeWASocket) has every profile method.
      openSocket: () => this.#open() as ProfileSocket,
      me: () => auth.state.creds.me,
      connectionId: context.connectionId,
      log: this.#log,
    });
    const me = () => (auth.state.creds.me ? identityOf(auth.state.creds.me) : { phoneNumber: null, lid: null });
    this.groups = new BaileysGroups(() => this.#open(), me, this.#log);
  }

  async begin(): Promise<void> {
    await this.#connect();
  }

  async stop(): Promise<void> {
    this.#end(new Error(`connection ${this.context.connectionId} was stopped`));
    await this.#closeSocket();
    if (this.#credsFrozen) return;
    // A save doubles as a barrier: it runs after every queued save, so the creds are final when stop resolves.
    await (pairingUnfinished(this.auth) ? this.auth.resetCreds() : this.auth.saveCreds()).catch((error: unknown) =>
      this.#onStoreError(error, 'creds'),
    );
  }

  async logout(): Promise<void> {
    this.#end(new Error(`connection ${this.context.connectionId} was logged out`));
    this.#credsFrozen = true;
    const socket = this.#socket;
    if (socket) {
      // Not connected (closed, or still in backoff) means there is nothing to unlink on WhatsApp's side.
      await withTimeout(socket.logout(), SOCKET_CLOSE_TIMEOUT_MS).catch((error: unknown) =>
        this.#log.info({ err: error }, 'logout could not reach WhatsApp; wiping the credentials anyway'),
      );
      await this.#closeSocket();
    }
    await this.auth.state.keys.clear?.();
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    const digits = phoneNumber.replace(/\D/g, '');
    if (!/^[1-9]\d{6,14}$/.test(digits)) {
      throw invalidRequest(
        'phone_number_invalid',
        `${phoneNumber} is not a phone number in international form; give the country code and number, e.g. +14155550100.`,
        'phone_number',
      );
    }
    if (this.auth.state.creds.account) {
      throw conflict(
        'connection_already_linked',
        `Connection ${this.context.connectionId} is already linked to WhatsApp; log it out first to link another phone.`,
      );
    }
    const socket = await this.#waitForQr();
    return socket.requestPairingCode(digits);
  }

  async checkNumbers(phoneNumbers: string[]): Promise<NumberCheck[]> {
    const checks = await checkNumbers(() => this.#open(), phoneNumbers, this.#log);
    // A send to a number just checked needs no second lookup.
    this.#sender.numbers.remember(checks);
    return checks;
  }

  send(message: OutboundMessage): Promise<void> {
    return this.#sender.send(message);
  }

  editMessage(target: SentMessageRef, text: string): Promise<void> {
    return sendChange(() => this.#open(), (to) => this.#knownJid(to), target, { text });
  }

  /** A synced message's file; an expired link is asked for again through the phone, as for what arrives live. */
  historyMedia(wire: Uint8Array) {
    return historyMediaOf(wire, (message, signal) => downloadMedia(message, { reupload: (expired) => this.#open().updateMediaMessage(expired) }, signal));
  }

  revokeMessage(target: SentMessageRef): Promise<void> {
    return sendChange(() => this.#open(), (to) => this.#knownJid(to), target, { revoke: true });
  }

  /** The chat a number was found at by a number check of this session, if any. */
  #knownJid(phoneNumber: string): string | undefined {
    return this.#sender.numbers.get(phoneNumber)?.jid ?? undefined;
  }

  postStatus(post: StatusPost): Promise<void> {
    return postStatus(this.#open(), post);
  }

  /** The socket while it is logged in, for commands that need WhatsApp to answer. */
  #open(): BaileysSocket {
    if (!this.#openSocket) throw notConnected(this.context.connectionId);
    return this.#openSocket;
  }

  async #connect(): Promise<void> {
    this.#timer = undefined;
    if (this.#ended) return;
    try {
      // A pairing code that was never confirmed binds creds.me to a phone: the next socket would log in
      // instead of registering, so start over with fresh creds.
      if (pairingUnfinished(this.auth)) await this.auth.resetCreds();
    } catch (error) {
      this.#onStoreError(error, 'creds');
      if (!this.#ended) this.#reconnectLater(classifyDisconnect(error, { paired: false }).reason);
      return;
    }
    if (this.#ended) return;
    // Without a current lease another worker may already run this account: a second socket would fight it.
    if (!this.context.holdsLease()) {
      this.#onStoreError(new LeaseLostError(this.context.store.lease), 'creds');
      return;
    }

    let socket: BaileysSocket;
    try {
      socket = this.options.makeSocket(this.#socketConfig());
    } catch (error) {
      this.#log.error({ err: error }, 'could not create a Baileys socket');
      this.#reconnectLater(classifyDisconnect(error, { paired: !!this.auth.state.creds.account }).reason);
      return;
    }
    this.#attach(socket);
  }

  #socketConfig(): UserFacingSocketConfig {
    return {
      auth: { creds: this.auth.state.creds, keys: this.#keys },
      logger: this.#baileysLog,
      // Online presence on connect makes the phone stop showing notifications.
      markOnlineOnConnect: false,
      syncFullHistory: false,
      msgRetryCounterCache: this.#msgRetryCounterCache,
      userDevicesCache: this.#userDevicesCache,
      // A device that could not decrypt a message asks for it again; Baileys answers from its cache of recent
      // sends, then from here.
      getMessage: (key) => this.#sender.rebuild(key),
      cachedGroupMetadata: (jid) => this.groups.cached(jid),
      ...(this.options.waWebSocketUrl ? { waWebSocketUrl: this.options.waWebSocketUrl } : {}),
      ...(this.options.version ? { version: this.options.version } : {}),
    };
  }

  #attach(socket: BaileysSocket): void {
    this.#socket = socket;
    this.#qrShown = false;
    let qrCount = 0;
    let markClosed = () => {};
    this.#socketClosed = new Promise<void>((resolve) => (markClosed = resolve));

    socket.ev.on('connection.update', (update) => {
      const qr = update.qr;
      if (typeof qr === 'string' && qr !== '') {
        qrCount += 1;
        this.#qrShown = true;
        const expiresAt = new Date(Date.now() + (qrCount === 1 ? FIRST_QR_MS : NEXT_QR_MS));
        this.#notify('qr', (l) => l.qr(qr, expiresAt));
        this.#qrWaiters.resolve(socket);
      }
      if (update.connection === 'connecting') this.#notify('connecting', (l) => l.connecting());
      if (update.connection === 'open') this.#onOpen(socket);
      if (update.connection === 'close') {
        markClosed();
        if (this.#openSocket === socket) this.#openSocket = undefined;
        if (this.#socket === socket) this.#socket = undefined;
        void this.#onClose(update.lastDisconnect?.error);
      }
    });

    // Baileys merges each update into state.creds in its own listener, registered before this one.
    socket.ev.on('creds.update', () => {
      if (this.#credsFrozen) return;
      this.auth.saveCreds().catch((error: unknown) => this.#onStoreError(error, 'creds'));
    });

    reportSocketEvents(socket, { notify: (event, call) => this.#notify(event, call), reported: this.#reported, groups: this.groups, log: this.#log });
  }

  #onOpen(socket: BaileysSocket): void {
    this.#attempt = 0;
    this.#openSocket = socket;
    const me = this.auth.state.creds.me ?? socket.user;
    if (!me?.id) {
      this.#log.error('Baileys opened a connection without creds.me; not reporting it as connected');
      return;
    }
    const webVersion = formatWebVersion(this.options.version ?? DEFAULT_CONNECTION_CONFIG.version);
    this.#notify('connected', (l) => l.connected({ ...identityOf(me), webVersion }));
    this.interactions.reapply(socket);
  }

  async #onClose(error: Error | undefined): Promise<void> {
    if (this.#ended) return;
    const outcome = classifyDisconnect(error, { paired: !!this.auth.state.creds.account });
    this.#log.info({ code: outcome.reason.code, err: error }, 'WhatsApp connection closed');
    switch (outcome.action) {
      case 'restart':
        this.#schedule(0);
        return;
      case 'reconnect':
        this.#reconnectLater(outcome.reason);
        return;
      case 'logged_out':
        this.#end(new Error(outcome.reason.message));
        this.#credsFrozen = true;
        try {
          await this.auth.state.keys.clear?.();
        } catch (clearError) {
          this.#onStoreError(clearError, 'wipe');
          if (clearError instanceof LeaseLostError) return;
        }
        this.#notify('loggedOut', (l) => l.loggedOut(outcome.reason));
        return;
      case 'failed':
        this.#end(new Error(outcome.reason.message));
        if (pairingUnfinished(this.auth)) {
          await this.auth.resetCreds().catch((resetError: unknown) => this.#onStoreError(resetError, 'creds'));
        }
        if (this.#credsFrozen) return;
        this.#notify('failed', (l) => l.failed(outcome.reason));
        return;
    }
  }

  #reconnectLater(reason: Reason): void {
    this.#notify('disconnected', (l) => l.disconnected(reason));
    this.#schedule(backoffDelay(this.#attempt, this.options.backoff));
    this.#attempt += 1;
  }

  #schedule(delayMs: number): void {
    if (this.#ended) return;
    clearTimeout(this.#timer);
    // Always through the timer, even for 0 ms: the old socket's end() is still unwinding when its close fires.
    this.#timer = setTimeout(() => void this.#connect(), delayMs);
  }

  /** Stops for good: no reconnect, and anyone waiting for a QR gets `reason`. */
  #end(reason: Error): void {
    this.#ended = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#qrWaiters.reject(reason);
  }

  async #closeSocket(): Promise<void> {
    const socket = this.#socket;
    if (!socket) return;
    const closed = this.#socketClosed;
    await socket.end(undefined).catch((error: unknown) => this.#log.warn({ err: error }, 'ending the socket failed'));
    // end() returns at once when the socket is already closing; its close event is what proves it is gone.
    await withTimeout(closed, SOCKET_CLOSE_TIMEOUT_MS).catch(() =>
      this.#log.warn('the Baileys socket did not report its close in time'),
    );
    if (this.#socket === socket) this.#socket = undefined;
  }

  #onStoreError(error: unknown, what: 'creds' | 'keys' | 'wipe'): void {
    if (error instanceof LeaseLostError) {
      if (this.#leaseLost) return;
      this.#leaseLost = true;
      // Another worker runs this connection now: this socket must go before it corrupts the shared ratchets.
      this.#log.warn({ err: error }, 'lease lost; ending the WhatsApp socket without reconnecting');
      this.#end(error);
      this.#credsFrozen = true;
      const socket = this.#socket;
      if (socket) void socket.end(undefined).catch(() => undefined);
      return;
    }
    this.#log.error({ err: error, what }, 'could not write the WhatsApp credentials');
    // Baileys has already retried the batch: its signal state in memory is now ahead of the database, and
    // a later load would bring back stale ratchets. End the socket; the reconnect reads what was stored.
    if (what === 'keys') void this.#socket?.end(error instanceof Error ? error : new Error(String(error))).catch(() => undefined);
  }

  #waitForQr(): Promise<BaileysSocket> {
    if (this.#ended) return Promise.reject(notRunning(this.context.connectionId));
    if (this.#socket && this.#qrShown) return Promise.resolve(this.#socket);
    return this.#qrWaiters.wait();
  }

  /** A listener that throws must not break Baileys' event loop or this session's bookkeeping. */
  #notify(event: string, call: (listener: TransportListener) => void): void {
    try {
      call(this.#listener);
    } catch (error) {
      this.#log.error({ err: error, event }, 'the transport listener threw');
    }
  }
}
