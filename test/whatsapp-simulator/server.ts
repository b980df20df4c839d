// A local WhatsApp Web server for tests: unmodified Baileys connects to it through `waWebSocketUrl`.
// See README.md in this folder for what is simulated and what is not yet.
import { createRequire } from 'node:module';
import { randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import {
  Curve,
  decodeBinaryNode,
  encodeBinaryNode,
  getBinaryNodeChild,
  getBinaryNodeChildren,
  jidDecode,
  proto,
  S_WHATSAPP_NET,
  type BinaryNode,
} from '@whiskeysockets/baileys';
import { SimGroups } from './groups.js';
import { readGroupMessage, relayedCiphertextOf, sendGroupMessage } from './group-messages.js';
import { encryptMedia, mediaMessage, type OutgoingMedia } from './media.js';
import { MediaHost, type MediaHostOptions } from './media-host.js';
import { routeMediaHosts, type MediaRoute } from './media-routing.js';
import { Messaging, now, type PeerMessage, type ReceiptMode } from './messaging.js';
import { generateKeyPair, ServerNoise, type KeyPair } from './noise.js';
import { Pairing } from './pairing.js';
import { SimPresence } from './presence.js';
import { Profiles } from './profiles.js';
import { SimPhone, type DeviceKeys } from './phone.js';

// `ws` is installed as a Baileys dependency without type declarations; this is the small surface used here.
interface WsSocket {
  readyState: number;
  send(data: Buffer): void;
  close(): void;
  terminate(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'close', listener: () => void): void;
  on(event: 'error', listener: (err: Error) => void): void;
}
interface WsServer {
  on(event: 'connection', listener: (socket: WsSocket) => void): void;
  on(event: 'listening', listener: () => void): void;
  on(event: 'error', listener: (err: Error) => void): void;
  address(): AddressInfo | string;
  clients: Set<WsSocket>;
  close(cb?: (err?: Error) => void): void;
}
interface WsModule {
  WebSocketServer: new (opts: { host?: string; port?: number; server?: HttpServer }) => WsServer;
}
const require = createRequire(import.meta.url);
const { WebSocketServer } = require('ws') as WsModule;

/** A phone number registered on the simulated WhatsApp: its phone (device 0, a Signal party) and account key. */
export interface SimAccount {
  phone: string;
  lid: string;
  name: string;
  /** The ADV account key; also the phone's Signal identity, as on WhatsApp. */
  accountKey: KeyPair;
  signal: SimPhone;
  nextDeviceId: number;
  banned: boolean;
  /** Refused new chats (WhatsApp's reach-out timelock): messages to numbers it never talked to get error 463. */
  reachOutTimelocked: boolean;
  /** Messages the phone received and decrypted, oldest first. */
  inbox: PeerMessage[];
  /** The past chats the phone syncs to a newly linked device, in its history bootstrap (none by default). */
  history?: proto.IConversation[];
  receipts: ReceiptMode;
}

/** A companion device linked by the simulated phone (what Baileys becomes after pairing). */
export interface SimDevice {
  phone: string;
  deviceId: number;
  jid: string;
  lid: string;
  noiseKey: Buffer;
  identityKey: Buffer;
  registrationId: number;
  preKeyCount: number;
  /** What the device uploaded after login: lets phones start Signal sessions with it. */
  keys?: DeviceKeys;
  /** Whether its phone has sent it the (empty) history sync that follows a first login. */
  historySent?: boolean;
}

export interface SimEvent {
  type: string;
  [key: string]: unknown;
}

/** Builds a certificate chain: root (test key) → intermediate (issuerSerial 0) → leaf (server static key). */
function makeCertChain(root: KeyPair, serverStatic: KeyPair): Uint8Array {
  const intermediate = generateKeyPair();
  const now = Math.floor(Date.now() / 1000);
  const intermediateDetails = proto.CertChain.NoiseCertificate.Details.encode({
    serial: 1,
    issuerSerial: 0,
    key: intermediate.public,
    notBefore: now - 3600,
    notAfter: now + 365 * 86400,
  }).finish();
  const leafDetails = proto.CertChain.NoiseCertificate.Details.encode({
    serial: 2,
    issuerSerial: 1,
    key: serverStatic.public,
    notBefore: now - 3600,
    notAfter: now + 30 * 86400,
  }).finish();
  return proto.CertChain.encode({
    intermediate: { details: intermediateDetails, signature: Curve.sign(root.private, intermediateDetails) },
    leaf: { details: leafDetails, signature: Curve.sign(intermediate.private, leafDetails) },
  }).finish();
}

/** One client WebSocket: framing, the handshake, then binary nodes. */
export class SimConnection {
  readonly noise = new ServerNoise();
  private inBytes = Buffer.alloc(0);
  private sawIntro = false;
  private ephemeral: KeyPair = generateKeyPair();
  private stage: 'hello' | 'finish' | 'transport' = 'hello';
  clientNoiseKey: Buffer | null = null;
  payload: proto.ClientPayload | null = null;
  device: SimDevice | null = null;
  private waiting = new Map<string, { answer(node: BinaryNode): void; abandon(): void }>();
  closed = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly sim: WhatsAppSimulator,
    readonly socket: WsSocket,
  ) {
    // frames are handled strictly in order; handlers never wait for a later frame
    socket.on('message', (data) => {
      this.chain = this.chain
        .then(() => this.onData(Buffer.from(data)))
        .catch((err: unknown) => this.sim.fail(this, err));
    });
    socket.on('close', () => {
      this.closed = true;
      for (const pending of this.waiting.values()) pending.abandon();
      this.waiting.clear();
      this.sim.onClosed(this);
    });
    socket.on('error', () => undefined);
  }

  private async onData(data: Buffer): Promise<void> {
    this.inBytes = Buffer.concat([this.inBytes, data]);
    if (!this.sawIntro) {
      if (this.inBytes.length < 4) return;
      if (this.inBytes.subarray(0, 2).toString() === 'ED') {
        // edge routing prefix: 'ED', 0, 1, 3-byte length, routing info, then the WA header
        if (this.inBytes.length < 7) return;
        const len = (this.inBytes[4]! << 16) | this.inBytes.readUInt16BE(5);
        if (this.inBytes.length < 7 + len + 4) return;
        this.inBytes = this.inBytes.subarray(7 + len);
      }
      if (this.inBytes.subarray(0, 2).toString() !== 'WA') throw new Error('missing WA intro header');
      this.inBytes = this.inBytes.subarray(4);
      this.sawIntro = true;
    }
    while (this.inBytes.length >= 3) {
      const size = (this.inBytes[0]! << 16) | (this.inBytes[1]! << 8) | this.inBytes[2]!;
      if (this.inBytes.length < size + 3) return;
      const frame = this.inBytes.subarray(3, size + 3);
      this.inBytes = this.inBytes.subarray(size + 3);
      await this.onFrame(frame);
    }
  }

  private async onFrame(frame: Buffer): Promise<void> {
    if (this.stage === 'hello') {
      const hello = proto.HandshakeMessage.decode(frame);
      const clientEphemeral = hello.clientHello?.ephemeral;
      if (!clientEphemeral || clientEphemeral.length !== 32) throw new Error('bad client hello');
      const n = this.noise;
      n.authenticate(clientEphemeral);
      n.authenticate(this.ephemeral.public);
      n.mixIntoKey(ServerNoise.sharedKey(this.ephemeral.private, clientEphemeral));
      const staticEnc = n.encrypt(this.sim.staticKey.public);
      n.mixIntoKey(ServerNoise.sharedKey(this.sim.staticKey.private, clientEphemeral));
      const payloadEnc = n.encrypt(this.sim.certChain);
      this.stage = 'finish';
      this.writeRaw(
        proto.HandshakeMessage.encode({
          serverHello: { ephemeral: this.ephemeral.public, static: staticEnc, payload: payloadEnc },
        }).finish(),
      );
      return;
    }
    if (this.stage === 'finish') {
      const finish = proto.HandshakeMessage.decode(frame).clientFinish;
      if (!finish?.static || !finish.payload) throw new Error('bad client finish');
      const n = this.noise;
      this.clientNoiseKey = n.decrypt(finish.static);
      n.mixIntoKey(ServerNoise.sharedKey(this.ephemeral.private, this.clientNoiseKey));
      this.payload = proto.ClientPayload.decode(n.decrypt(finish.payload));
      n.finish();
      this.stage = 'transport';
      this.sim.record({ type: 'handshake', registration: !!this.payload.devicePairingData });
      await this.sim.onClientPayload(this);
      return;
    }
    const node = await decodeBinaryNode(this.noise.decrypt(frame));
    this.sim.record({ type: 'recv', tag: node.tag, attrs: node.attrs });
    if (node.tag === 'iq' && (node.attrs.type === 'result' || node.attrs.type === 'error')) {
      const id = node.attrs.id ?? '';
      const pending = this.waiting.get(id);
      if (pending) {
        this.waiting.delete(id);
        pending.answer(node);
        return;
      }
    }
    await this.sim.onNode(this, node);
  }

  private writeRaw(data: Uint8Array): void {
    if (this.closed) return;
    const frame = Buffer.alloc(3 + data.length);
    frame.writeUIntBE(data.length, 0, 3);
    frame.set(data, 3);
    this.socket.send(frame);
  }

  send(node: BinaryNode): void {
    if (this.stage !== 'transport') throw new Error('handshake not finished');
    this.sim.record({ type: 'send', tag: node.tag, attrs: node.attrs });
    this.writeRaw(this.noise.encrypt(encodeBinaryNode(node)));
  }

  /** Sends an iq and resolves with the client's answer (matched by id); rejects if the socket closes first. */
  query(node: BinaryNode, timeoutMs = 10_000): Promise<BinaryNode> {
    const id = node.attrs.id ?? this.sim.nextTag();
    node.attrs.id = id;
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error(`simulator: the socket closed before iq ${id} was sent`));
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`client did not answer iq ${id}`));
      }, timeoutMs);
      timer.unref();
      this.waiting.set(id, {
        answer: (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
        abandon: () => {
          clearTimeout(timer);
          reject(new Error(`simulator: the socket closed before the client answered iq ${id}`));
        },
      });
      this.send(node);
    });
  }

  /** Closes after a moment, so the stanza just sent is read first. */
  closeSoon(): void {
    setTimeout(() => this.close(), 50);
  }

  close(): void {
    if (!this.closed) this.socket.close();
  }
}

export interface SimulatorOptions {
  host?: string;
  port?: number;
  /** Number of QR refs sent in pair-device (each lives 60 s, then 20 s in Baileys). */
  qrRefs?: number;
  media?: MediaHostOptions;
}

/** The faults a test can inject into a logged-in device's socket, and what Baileys makes of them. */
export type Fault =
  /** The TCP connection just goes away (Baileys: 428). */
  | 'drop'
  /** `<stream:error><conflict type="replaced"/>`: another session took over (440). */
  | 'conflict'
  /** `<failure reason="401">`: the phone removed the device under Linked devices; it stays unlinked. */
  | 'logout'
  /** `<stream:error code="503"/>`: service unavailable (503). */
  | 'unavailable'
  /** `<stream:error code="515"/>`: restart required (515). */
  | 'restart'
  /** `<failure reason="403">`: the number is banned; every later login is refused alike. */
  | 'ban';

export class WhatsAppSimulator {
  /** The test root key: set Baileys' `WA_CERT_DETAILS.PUBLIC_KEY` to `rootKey.public`. */
  readonly rootKey: KeyPair = generateKeyPair();
  readonly staticKey: KeyPair = generateKeyPair();
  readonly certChain: Uint8Array;
  /** Registered phone numbers (digits only). */
  readonly accounts = new Map<string, SimAccount>();
  /** Linked companion devices by device JID. */
  readonly devices = new Map<string, SimDevice>();
  readonly connections = new Set<SimConnection>();
  /**
   * Numbers WhatsApp knows under another id (asked digits → the account's number), as with Brazilian accounts
   * whose ids predate the mobile 9: a number check for the alias answers with the account's id.
   */
  readonly aliases = new Map<string, string>();
  readonly events: SimEvent[] = [];
  readonly errors: unknown[] = [];
  /** The media host (mmg.whatsapp.net over local HTTPS): blobs by direct path, its test CA, its port. */
  readonly media: MediaHost;
  /** Profile pictures, about texts, business profiles and blocklists, by phone number (profiles.ts). */
  readonly profiles = new Profiles(this);
  readonly #pairing = new Pairing(this);
  readonly #messaging = new Messaging(this);
  /** Presence and calls: `sim.presence.set(phone, state)`, `sim.presence.placeCall(from, to, { video })`. */
  readonly presence = new SimPresence(this);
  /** Simulated groups: `w:g2` iqs, `w:gp2` notifications (groups.ts) and sender-key group messages (group-messages.ts). */
  readonly groups = new SimGroups(this);
  readonly #accountsByLid = new Map<string, SimAccount>();
  #server: WsServer | null = null;
  #unrouteMedia: (() => Promise<void>) | null = null;
  #listeners = new Set<(event: SimEvent) => void>();
  #tags = 0;
  url = '';

  constructor(private readonly options: SimulatorOptions = {}) {
    this.certChain = makeCertChain(this.rootKey, this.staticKey);
    this.media = new MediaHost(
      (event) => this.record(event),
      (error) => {
        this.errors.push(error);
        this.record({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      },
      options.media,
    );
  }

  async start(): Promise<string> {
    const server = new WebSocketServer({ host: this.options.host ?? '127.0.0.1', port: this.options.port ?? 0 });
    this.#server = server;
    server.on('connection', (socket) => {
      this.connections.add(new SimConnection(this, socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.on('listening', () => resolve());
      server.on('error', reject);
    });
    const address = server.address() as AddressInfo;
    this.url = `ws://${address.address}:${address.port}/ws/chat`;
    await this.media.start(address.address);
    return this.url;
  }

  async stop(): Promise<void> {
    for (const conn of this.connections) conn.socket.terminate();
    const server = this.#server;
    this.#server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await this.#unrouteMedia?.();
    await this.media.stop();
  }

  /**
   * Where the media host listens and the CA to trust for it: what `routeMediaHosts` (media-routing.ts) needs in a
   * process other than this one (plain data, so it can be handed over as JSON).
   */
  get mediaRoute(): MediaRoute {
    return { hostnames: [this.media.hostname], address: this.media.address, port: this.media.port, ca: this.media.tls.ca };
  }

  /**
   * Makes this process reach the media host at `https://mmg.whatsapp.net` (uploads through `https.globalAgent`,
   * downloads through global fetch) and trust its test CA for that host only. Call it after `start()` in the process
   * that runs Baileys; the returned undo (also run by `stop()`) restores the previous agent and dispatcher.
   */
  installMediaRouting(): () => Promise<void> {
    if (!this.media.port) throw new Error('simulator: start() before installMediaRouting()');
    if (this.#unrouteMedia) throw new Error('simulator: media routing is already installed');
    const undo = routeMediaHosts(this.mediaRoute);
    const unroute = async (): Promise<void> => {
      if (this.#unrouteMedia === unroute) this.#unrouteMedia = null;
      await undo();
    };
    this.#unrouteMedia = unroute;
    return unroute;
  }

  nextTag(): string {
    return `sim-${(++this.#tags).toString(36)}`;
  }

  record(event: SimEvent): void {
    this.events.push(event);
    for (const listener of this.#listeners) listener(event);
  }

  /**
   * Resolves with the first event matching `predicate`, already recorded (from index `since` on) or future.
   * `since = sim.events.length` waits only for events after now.
   */
  waitFor(predicate: (event: SimEvent) => boolean, timeoutMs = 10_000, since = 0): Promise<SimEvent> {
    const found = this.events.slice(since).find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error('simulator: timed out waiting for event'));
      }, timeoutMs);
      const listener = (event: SimEvent): void => {
        if (!predicate(event)) return;
        clearTimeout(timer);
        this.#listeners.delete(listener);
        resolve(event);
      };
      this.#listeners.add(listener);
    });
  }

  fail(conn: SimConnection, err: unknown): void {
    this.errors.push(err);
    this.record({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    conn.socket.terminate();
  }

  onClosed(conn: SimConnection): void {
    this.connections.delete(conn);
    this.#pairing.forget(conn);
    this.record({ type: 'closed', jid: conn.device?.jid });
  }

  /** Registers (or returns) a phone number on WhatsApp: a phone that can scan QRs, type codes and chat. */
  account(phone: string, name = `Phone ${phone.slice(-4)}`): SimAccount {
    const existing = this.accounts.get(phone);
    if (existing) return existing;
    const accountKey = generateKeyPair();
    const account: SimAccount = {
      phone,
      lid: String(100_000_000_000_000 + randomInt(0, 2 ** 40)),
      name,
      accountKey,
      signal: new SimPhone(accountKey),
      nextDeviceId: 1,
      banned: false,
      reachOutTimelocked: false,
      inbox: [],
      receipts: 'read',
    };
    this.accounts.set(phone, account);
    this.#accountsByLid.set(account.lid, account);
    return account;
  }

  /** The account behind a phone-number or LID JID (any device of it). */
  accountOfJid(jid: string | undefined): SimAccount | undefined {
    const decoded = jidDecode(jid);
    if (!decoded) return undefined;
    return decoded.server === 'lid' ? this.#accountsByLid.get(decoded.user) : this.accounts.get(decoded.user);
  }

  /** The open socket of a logged-in device. */
  connectionOf(deviceJid: string): SimConnection | undefined {
    return [...this.connections].find((c) => !c.closed && c.device?.jid === deviceJid);
  }

  async onClientPayload(conn: SimConnection): Promise<void> {
    const payload = conn.payload!;
    const noiseKey = conn.clientNoiseKey!;
    if (payload.devicePairingData) {
      this.#pairing.offer(conn, payload.devicePairingData, noiseKey, this.options.qrRefs ?? 6);
      return;
    }
    // Login: only a device that this simulator paired, with the noise key it registered.
    const username = payload.username != null ? String(payload.username) : '';
    const jid = `${username}:${payload.device ?? 0}@s.whatsapp.net`;
    const device = this.devices.get(jid);
    if (!device || !device.noiseKey.equals(noiseKey)) {
      this.record({ type: 'login-rejected', jid });
      this.#refuse(conn, '401');
      return;
    }
    if (this.accounts.get(device.phone)?.banned) {
      this.record({ type: 'login-rejected', jid, banned: true });
      this.#refuse(conn, '403');
      return;
    }
    conn.device = device;
    this.record({ type: 'login', jid });
    const t = now();
    conn.send({
      tag: 'success',
      attrs: { t, lid: `${device.lid.split(':')[0]}@lid`, props: '1', abprops: '1', location: 'sim', creation: t },
    });
    this.#messaging.deliverOffline(conn, device);
  }

  #refuse(conn: SimConnection, reason: string): void {
    conn.send({ tag: 'failure', attrs: { reason, location: 'sim' } });
    conn.closeSoon();
  }

  /** The simulated phone of `phone` scans a QR string shown by Baileys and links the device. */
  scanQr(qr: string, phone: string): Promise<void> {
    return this.#pairing.scanQr(qr, phone);
  }

  /** The phone of `phone` types the pairing code its companion shows. Resolves once the device is linked. */
  enterPairingCode(phone: string, code: string): Promise<void> {
    return this.#pairing.enterPairingCode(phone, code);
  }

  /** The phone of `from` (registered if new) sends `message` to the linked devices of `to`. Returns its id. */
  sendMessage(from: string, to: string, message: proto.IMessage): Promise<string> {
    return this.#messaging.sendMessage(from, to, message);
  }

  /** The phone of `from` sends `message` to a group it is in (group-messages.ts). */
  sendGroupMessage(from: string, groupId: string, message: proto.IMessage, options: { withLid?: boolean } = {}): Promise<string> {
    return sendGroupMessage(this, from, groupId, message, options);
  }

  /** A companion's group message as it went over the wire (its `skmsg`), by id (group-messages.ts). */
  relayedGroupCiphertext(id: string): { group: string; senderJid: string; ciphertext: Uint8Array } | undefined {
    return relayedCiphertextOf(this, id);
  }

  /** The phone of `phone` reads a group message it received: its read receipt goes to the sender (group-messages.ts). */
  readGroupMessage(phone: string, groupId: string, id: string): void {
    readGroupMessage(this, phone, groupId, id);
  }

  sendText(from: string, to: string, text: string): Promise<string> {
    return this.sendMessage(from, to, { conversation: text });
  }

  /**
   * The phone of `from` sends a file: encrypted with a fresh media key, stored on the media host as its upload, and
   * sent as the matching media message (url, directPath, mediaKey, hashes, length) to the linked devices of `to`.
   */
  async sendMedia(from: string, to: string, media: OutgoingMedia): Promise<string> {
    const encrypted = await encryptMedia(media.data, media.type);
    // stickers are uploaded under the image path (Baileys' MEDIA_PATH_MAP)
    const stored = this.media.store(media.type === 'sticker' ? 'image' : media.type, encrypted.blob, from);
    return this.sendMessage(from, to, mediaMessage(media, encrypted, stored));
  }

  /** Injects `fault` into the open socket of a logged-in device. */
  inject(deviceJid: string, fault: Fault): void {
    const device = this.devices.get(deviceJid);
    const conn = this.connectionOf(deviceJid);
    if (fault === 'logout' && device) this.devices.delete(deviceJid);
    if (fault === 'ban' && device) this.account(device.phone).banned = true;
    this.record({ type: 'fault', fault, jid: deviceJid, connected: !!conn });
    if (!conn) {
      if (fault === 'logout' || fault === 'ban') return;
      throw new Error(`simulator: ${deviceJid} has no open socket to inject '${fault}' into`);
    }
    switch (fault) {
      case 'drop':
        conn.socket.terminate();
        return;
      case 'conflict':
        conn.send({ tag: 'stream:error', attrs: {}, content: [{ tag: 'conflict', attrs: { type: 'replaced' } }] });
        break;
      case 'logout':
        conn.send({ tag: 'failure', attrs: { reason: '401', location: 'sim' } });
        break;
      case 'ban':
        conn.send({ tag: 'failure', attrs: { reason: '403', location: 'sim' } });
        break;
      case 'unavailable':
        conn.send({ tag: 'stream:error', attrs: { code: '503' } });
        break;
      case 'restart':
        conn.send({ tag: 'stream:error', attrs: { code: '515' } });
        break;
    }
    conn.closeSoon();
  }

  /** Stanzas from a client that are not answers to the simulator's own iqs. */
  async onNode(conn: SimConnection, node: BinaryNode): Promise<void> {
    switch (node.tag) {
      case 'iq':
        return this.#onIq(conn, node);
      case 'message':
        return this.#messaging.relay(conn, node);
      case 'receipt':
      case 'ack':
        return this.#messaging.fromClient(conn, node);
      case 'presence':
      case 'chatstate':
      case 'call':
        return this.presence.onNode(conn, node);
      default:
        return;
    }
  }

  /** Answers the iqs Baileys sends. Unknown ones get an empty result so queries never hang. */
  async #onIq(conn: SimConnection, node: BinaryNode): Promise<void> {
    const type = node.attrs.type;
    if (type !== 'get' && type !== 'set') return;
    const children = Array.isArray(node.content) ? (node.content as BinaryNode[]) : [];
    const first = children[0];
    const answer = (attrs: { type: 'result' | 'error' }, content?: BinaryNode[]): void => {
      this.record({ type: 'iq-answered', xmlns: node.attrs.xmlns, child: first?.tag, jid: conn.device?.jid, result: attrs.type });
      conn.send({ tag: 'iq', attrs: { from: S_WHATSAPP_NET, type: attrs.type, id: node.attrs.id ?? '' }, ...(content ? { content } : {}) });
    };
    const result = (content?: BinaryNode[]): void => answer({ type: 'result' }, content);
    const device = conn.device;
    switch (node.attrs.xmlns) {
      case 'encrypt':
        if (first?.tag === 'count') return result([{ tag: 'count', attrs: { value: String(device?.preKeyCount ?? 0) } }]);
        if (first?.tag === 'key') return result(await this.#messaging.keyBundles(node));
        if (first?.tag === 'digest') return result([{ tag: 'digest', attrs: {} }]);
        if (device && (getBinaryNodeChild(node, 'list') || first?.tag === 'rotate')) {
          const uploaded = this.#messaging.uploadKeys(device, first?.tag === 'rotate' ? first : node);
          this.record({ type: 'prekeys-uploaded', count: uploaded, jid: device.jid });
          result();
          return this.#messaging.sendHistoryOnce(conn, device);
        }
        return result();
      case 'usync':
        return result(this.#messaging.usync(node));
      case 'md': {
        const reg = getBinaryNodeChild(node, 'link_code_companion_reg');
        if (reg?.attrs.stage === 'companion_hello') return result(this.#pairing.companionHello(conn, reg));
        if (reg?.attrs.stage === 'companion_finish') {
          if (this.#pairing.companionFinish(reg)) return result();
          return answer({ type: 'error' }, [{ tag: 'error', attrs: { code: '400', text: 'bad-request' } }]);
        }
        if (first?.tag === 'remove-companion-device') {
          this.devices.delete(first.attrs.jid ?? '');
          this.record({ type: 'device-removed', jid: first.attrs.jid, by: 'companion' });
        }
        return result();
      }
      case 'w:sync:app:state': {
        // A patch a companion sends must decrypt with its account's key (profiles.ts); nothing is kept but its effect.
        if (type === 'set' && !(await this.profiles.appStatePatch(conn, node))) {
          return answer({ type: 'error' }, [{ tag: 'error', attrs: { code: '400', text: 'bad-request' } }]);
        }
        // Every collection is empty: no snapshot, no patches, nothing more to fetch.
        const collections = getBinaryNodeChildren(getBinaryNodeChild(node, 'sync'), 'collection');
        return result([
          { tag: 'sync', attrs: {}, content: collections.map((c) => ({ tag: 'collection', attrs: { name: c.attrs.name ?? '', version: c.attrs.version ?? '0' } })) },
        ]);
      }
      case 'abt':
        return result([{ tag: 'props', attrs: { protocol: '1', hash: 'sim' } }]);
      case 'blocklist':
      case 'w:profile:picture':
      case 'status':
      case 'w:biz':
        return this.profiles.onIq(conn, node, (type, content) => answer({ type }, content));
      case 'privacy':
        // Read receipts on, as a phone has them by default (Baileys then sends `read` rather than `read-self`).
        return result([{ tag: 'privacy', attrs: {}, content: [{ tag: 'category', attrs: { name: 'readreceipts', value: 'all' } }] }]);
      case 'w:m':
        // where and with what token to upload media
        if (first?.tag === 'media_conn' && device) return result([this.media.mediaConn(device.jid)]);
        return result();
      case 'w:g2': {
        const answered = this.groups.iq(conn, node);
        if ('error' in answered) return answer({ type: 'error' }, [{ tag: 'error', attrs: answered.error }]);
        return result(answered.content);
      }
      case 'passive':
        this.record({ type: 'passive', state: first?.tag });
        return result();
      default:
        return result();
    }
  }
}
