// A local WhatsApp Web server for tests: unmodified Baileys connects to it through `waWebSocketUrl`.
// See README.md in this folder for what is simulated and what is not yet.
import { createRequire } from 'node:module';
import { randomBytes, randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import {
  Curve,
  decodeBinaryNode,
  encodeBinaryNode,
  getBinaryNodeChild,
  getBinaryNodeChildren,
  hmacSign,
  proto,
  S_WHATSAPP_NET,
  WA_ADV_ACCOUNT_SIG_PREFIX,
  WA_ADV_DEVICE_SIG_PREFIX,
  type BinaryNode,
} from '@whiskeysockets/baileys';
import { ServerNoise, type KeyPair } from './noise.js';

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

/** A phone account known to the simulator: its number, LID and the account (ADV) signing key. */
export interface SimAccount {
  phone: string;
  lid: string;
  accountKey: KeyPair;
  nextDeviceId: number;
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
  signedPreKeyId?: number;
}

interface PendingPairing {
  conn: SimConnection;
  refs: string[];
  noiseKey: Buffer;
  identityKey: Buffer;
  registrationId: number;
}

interface PendingSign {
  account: SimAccount;
  deviceId: number;
  deviceDetails: Buffer;
  pending: PendingPairing;
}

export interface SimEvent {
  type: string;
  [key: string]: unknown;
}

function generateKeyPair(): KeyPair {
  const pair = Curve.generateKeyPair();
  return { public: Buffer.from(pair.public), private: Buffer.from(pair.private) };
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

let tagCounter = 0;
const nextTag = (): string => `sim-${(++tagCounter).toString(36)}`;

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
  private waiting = new Map<string, (node: BinaryNode) => void>();
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
      const resolve = this.waiting.get(id);
      if (resolve) {
        this.waiting.delete(id);
        resolve(node);
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

  /** Sends an iq and resolves with the client's answer (matched by id). */
  query(node: BinaryNode, timeoutMs = 10_000): Promise<BinaryNode> {
    const id = node.attrs.id ?? nextTag();
    node.attrs.id = id;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`client did not answer iq ${id}`));
      }, timeoutMs);
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.send(node);
    });
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
}

export class WhatsAppSimulator {
  /** The test root key: set Baileys' `WA_CERT_DETAILS.PUBLIC_KEY` to `rootKey.public`. */
  readonly rootKey: KeyPair = generateKeyPair();
  readonly staticKey: KeyPair = generateKeyPair();
  readonly certChain: Uint8Array;
  readonly accounts = new Map<string, SimAccount>();
  /** Linked companion devices by device JID. */
  readonly devices = new Map<string, SimDevice>();
  readonly connections = new Set<SimConnection>();
  readonly events: SimEvent[] = [];
  readonly errors: unknown[] = [];
  private readonly pendingByRef = new Map<string, PendingPairing>();
  private readonly pendingSigns = new Map<string, PendingSign>();
  private server: WsServer | null = null;
  private listeners = new Set<(event: SimEvent) => void>();
  url = '';

  constructor(private readonly options: SimulatorOptions = {}) {
    this.certChain = makeCertChain(this.rootKey, this.staticKey);
  }

  async start(): Promise<string> {
    const server = new WebSocketServer({ host: this.options.host ?? '127.0.0.1', port: this.options.port ?? 0 });
    this.server = server;
    server.on('connection', (socket) => {
      this.connections.add(new SimConnection(this, socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.on('listening', () => resolve());
      server.on('error', reject);
    });
    const address = server.address() as AddressInfo;
    this.url = `ws://${address.address}:${address.port}/ws/chat`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const conn of this.connections) conn.socket.terminate();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  record(event: SimEvent): void {
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }

  /** Resolves with the first event (already recorded or future) matching `predicate`. */
  waitFor(predicate: (event: SimEvent) => boolean, timeoutMs = 10_000): Promise<SimEvent> {
    const found = this.events.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error('simulator: timed out waiting for event'));
      }, timeoutMs);
      const listener = (event: SimEvent): void => {
        if (!predicate(event)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(event);
      };
      this.listeners.add(listener);
    });
  }

  fail(conn: SimConnection, err: unknown): void {
    this.errors.push(err);
    this.record({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    conn.socket.terminate();
  }

  onClosed(conn: SimConnection): void {
    this.connections.delete(conn);
    for (const [ref, pending] of this.pendingByRef) if (pending.conn === conn) this.pendingByRef.delete(ref);
    this.record({ type: 'closed', jid: conn.device?.jid });
  }

  /** Registers (or returns) a phone account: the phone that scans QRs and owns the ADV account key. */
  account(phone: string): SimAccount {
    const existing = this.accounts.get(phone);
    if (existing) return existing;
    const account: SimAccount = {
      phone,
      lid: String(100_000_000_000_000 + randomInt(0, 2 ** 40)),
      accountKey: generateKeyPair(),
      nextDeviceId: 1,
    };
    this.accounts.set(phone, account);
    return account;
  }

  async onClientPayload(conn: SimConnection): Promise<void> {
    const payload = conn.payload!;
    const noiseKey = conn.clientNoiseKey!;
    const pairing = payload.devicePairingData;
    if (pairing) {
      const refs = Array.from({ length: this.options.qrRefs ?? 6 }, () => randomBytes(16).toString('base64url'));
      const pending: PendingPairing = {
        conn,
        refs,
        noiseKey,
        identityKey: Buffer.from(pairing.eIdent ?? []),
        registrationId: pairing.eRegid ? Buffer.from(pairing.eRegid).readUInt32BE(0) : 0,
      };
      for (const ref of refs) this.pendingByRef.set(ref, pending);
      const shown = conn.query({
        tag: 'iq',
        attrs: { from: S_WHATSAPP_NET, type: 'set', xmlns: 'md', id: nextTag() },
        content: [
          {
            tag: 'pair-device',
            attrs: {},
            content: refs.map((ref) => ({ tag: 'ref', attrs: {}, content: Buffer.from(ref) })),
          },
        ],
      });
      shown.then(
        () => this.record({ type: 'qr-shown', refs }),
        (err: unknown) => this.fail(conn, err),
      );
      return;
    }
    // Login: only a device that this simulator paired, with the noise key it registered.
    const username = payload.username != null ? String(payload.username) : '';
    const deviceId = payload.device ?? 0;
    const jid = `${username}:${deviceId}@s.whatsapp.net`;
    const device = this.devices.get(jid);
    if (!device || !device.noiseKey.equals(noiseKey)) {
      this.record({ type: 'login-rejected', jid });
      conn.send({ tag: 'failure', attrs: { reason: '401', location: 'sim' } });
      setTimeout(() => conn.close(), 50);
      return;
    }
    conn.device = device;
    this.record({ type: 'login', jid });
    conn.send({
      tag: 'success',
      attrs: {
        t: String(Math.floor(Date.now() / 1000)),
        lid: `${device.lid.split(':')[0]}@lid`,
        props: '1',
        abprops: '1',
        location: 'sim',
        creation: String(Math.floor(Date.now() / 1000)),
      },
    });
    conn.send({ tag: 'ib', attrs: { from: S_WHATSAPP_NET }, content: [{ tag: 'offline', attrs: { count: '0' } }] });
  }

  /**
   * The simulated phone scans a QR string shown by Baileys
   * (`https://wa.me/settings/linked_devices#ref,noiseKey,identityKey,advSecret,platform`) and links the device.
   */
  async scanQr(qr: string, phone: string): Promise<void> {
    const [ref, noiseB64, identityB64, advB64] = (qr.split('#')[1] ?? qr).split(',');
    const pending = ref ? this.pendingByRef.get(ref) : undefined;
    if (!pending || !noiseB64 || !identityB64 || !advB64) throw new Error('simulator: unknown or stale QR');
    const noiseKey = Buffer.from(noiseB64, 'base64');
    const identityKey = Buffer.from(identityB64, 'base64');
    if (!noiseKey.equals(pending.noiseKey) || !identityKey.equals(pending.identityKey)) {
      throw new Error('simulator: QR keys do not match the registering client');
    }
    for (const r of pending.refs) this.pendingByRef.delete(r);
    const account = this.account(phone);
    const deviceId = account.nextDeviceId++;
    const deviceDetails = Buffer.from(
      proto.ADVDeviceIdentity.encode({
        rawId: randomInt(1, 2 ** 31),
        timestamp: Math.floor(Date.now() / 1000),
        keyIndex: deviceId,
      }).finish(),
    );
    const accountSignature = Curve.sign(
      account.accountKey.private,
      Buffer.concat([WA_ADV_ACCOUNT_SIG_PREFIX, deviceDetails, identityKey]),
    );
    const signed = proto.ADVSignedDeviceIdentity.encode({
      details: deviceDetails,
      accountSignatureKey: account.accountKey.public,
      accountSignature,
    }).finish();
    const hmac = hmacSign(signed, Buffer.from(advB64, 'base64'));
    const identityHmac = proto.ADVSignedDeviceIdentityHMAC.encode({ details: signed, hmac }).finish();
    const id = nextTag();
    this.pendingSigns.set(id, { account, deviceId, deviceDetails, pending });
    const answer = await pending.conn.query({
      tag: 'iq',
      attrs: { from: S_WHATSAPP_NET, type: 'set', id, t: String(Math.floor(Date.now() / 1000)) },
      content: [
        {
          tag: 'pair-success',
          attrs: {},
          content: [
            { tag: 'device-identity', attrs: {}, content: identityHmac },
            { tag: 'platform', attrs: { name: 'smba' } },
            {
              tag: 'device',
              attrs: { jid: `${phone}:${deviceId}@s.whatsapp.net`, lid: `${account.lid}:${deviceId}@lid` },
            },
          ],
        },
      ],
    });
    this.onPairDeviceSign(pending.conn, id, answer);
  }

  private onPairDeviceSign(conn: SimConnection, id: string, answer: BinaryNode): void {
    const sign = this.pendingSigns.get(id);
    this.pendingSigns.delete(id);
    if (!sign) throw new Error('simulator: unexpected pair-device-sign');
    const identityNode = getBinaryNodeChild(getBinaryNodeChild(answer, 'pair-device-sign'), 'device-identity');
    if (!identityNode || !(identityNode.content instanceof Uint8Array)) {
      throw new Error('simulator: pair-device-sign without device-identity');
    }
    const signed = proto.ADVSignedDeviceIdentity.decode(identityNode.content);
    const deviceMsg = Buffer.concat([
      WA_ADV_DEVICE_SIG_PREFIX,
      sign.deviceDetails,
      sign.pending.identityKey,
      sign.account.accountKey.public,
    ]);
    if (!signed.deviceSignature || !Curve.verify(sign.pending.identityKey, deviceMsg, Buffer.from(signed.deviceSignature))) {
      throw new Error('simulator: bad device signature in pair-device-sign');
    }
    const jid = `${sign.account.phone}:${sign.deviceId}@s.whatsapp.net`;
    const device: SimDevice = {
      phone: sign.account.phone,
      deviceId: sign.deviceId,
      jid,
      lid: `${sign.account.lid}:${sign.deviceId}@lid`,
      noiseKey: sign.pending.noiseKey,
      identityKey: sign.pending.identityKey,
      registrationId: sign.pending.registrationId,
      preKeyCount: 0,
    };
    this.devices.set(jid, device);
    this.record({ type: 'paired', jid });
    conn.send({ tag: 'stream:error', attrs: { code: '515' } });
    setTimeout(() => conn.close(), 50);
  }

  /** Answers what Baileys sends after login. Unknown iqs get an empty result so queries never hang. */
  async onNode(conn: SimConnection, node: BinaryNode): Promise<void> {
    if (node.tag !== 'iq') return;
    const type = node.attrs.type;
    if (type !== 'get' && type !== 'set') return;
    const children = Array.isArray(node.content) ? (node.content as BinaryNode[]) : [];
    const first = children[0];
    const result = (content?: BinaryNode[]): void => {
      this.record({ type: 'iq-answered', xmlns: node.attrs.xmlns, child: first?.tag, jid: conn.device?.jid });
      conn.send({
        tag: 'iq',
        attrs: { from: S_WHATSAPP_NET, type: 'result', id: node.attrs.id ?? '' },
        ...(content ? { content } : {}),
      });
    };
    const xmlns = node.attrs.xmlns;
    const device = conn.device;
    if (xmlns === 'encrypt') {
      if (first?.tag === 'count') {
        return result([{ tag: 'count', attrs: { value: String(device?.preKeyCount ?? 0) } }]);
      }
      if (getBinaryNodeChild(node, 'list') && getBinaryNodeChild(node, 'registration')) {
        const uploaded = getBinaryNodeChildren(getBinaryNodeChild(node, 'list'), 'key').length;
        if (device) device.preKeyCount += uploaded;
        this.record({ type: 'prekeys-uploaded', count: uploaded, jid: device?.jid });
        return result();
      }
      if (first?.tag === 'digest') return result([{ tag: 'digest', attrs: {} }]);
      return result();
    }
    if (xmlns === 'abt') return result([{ tag: 'props', attrs: { protocol: '1', hash: 'sim' } }]);
    if (xmlns === 'blocklist') return result([{ tag: 'list', attrs: {} }]);
    if (xmlns === 'privacy') return result([{ tag: 'privacy', attrs: {} }]);
    if (xmlns === 'passive') {
      this.record({ type: 'passive', state: first?.tag });
      return result();
    }
    return result();
  }
}
