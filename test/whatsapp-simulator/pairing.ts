// Linking a companion device, as the phone does it: by scanning the QR code, or by typing the pairing code the
// companion shows. Both end in the same `pair-success`, signed by the phone's account key and authenticated
// with the ADV secret both sides derived.
import { randomBytes, randomInt } from 'node:crypto';
import {
  aesDecryptCTR,
  aesDecryptGCM,
  aesEncryptCTR,
  Curve,
  derivePairingCodeKey,
  getBinaryNodeChild,
  getBinaryNodeChildBuffer,
  hkdf,
  hmacSign,
  proto,
  S_WHATSAPP_NET,
  WA_ADV_ACCOUNT_SIG_PREFIX,
  WA_ADV_DEVICE_SIG_PREFIX,
  type BinaryNode,
} from '@whiskeysockets/baileys';
import { now } from './messaging.js';
import { generateKeyPair, type KeyPair } from './noise.js';
import type { SimAccount, SimConnection, SimDevice, WhatsAppSimulator } from './server.js';

/** A registering client (its ClientPayload carried devicePairingData) waiting to be linked. */
export interface PendingPairing {
  conn: SimConnection;
  refs: string[];
  noiseKey: Buffer;
  identityKey: Buffer;
  registrationId: number;
}

/** A companion that asked to link by code (`companion_hello`), until the phone types the code. */
interface CodeRequest {
  pending: PendingPairing;
  phone: string;
  ref: string;
  wrappedCompanionEphemeral: Buffer;
}

/** After the phone typed the code: waiting for the companion's `companion_finish`. */
interface CodeExchange {
  request: CodeRequest;
  account: SimAccount;
  companionEphemeral: Buffer;
  primaryEphemeral: KeyPair;
  settle: { resolve(): void; reject(error: Error): void };
}

/** `salt(32) ‖ iv(16) ‖ AES-CTR(key = PBKDF2(code, salt))`: how both sides wrap their ephemeral key with the code. */
async function wrapWithCode(code: string, publicKey: Buffer): Promise<Buffer> {
  const salt = randomBytes(32);
  const iv = randomBytes(16);
  return Buffer.concat([salt, iv, aesEncryptCTR(publicKey, await derivePairingCodeKey(code, salt), iv)]);
}

async function unwrapWithCode(code: string, wrapped: Buffer): Promise<Buffer> {
  const key = await derivePairingCodeKey(code, wrapped.subarray(0, 32));
  return aesDecryptCTR(wrapped.subarray(48, 80), key, wrapped.subarray(32, 48));
}

export class Pairing {
  readonly #pendingByRef = new Map<string, PendingPairing>();
  readonly #codeRequests = new Map<string, CodeRequest>();
  readonly #codeExchanges = new Map<string, CodeExchange>();

  constructor(private readonly sim: WhatsAppSimulator) {}

  /** A client registered: offer it QR refs (`pair-device`). Baileys acks and shows the first QR. */
  offer(conn: SimConnection, pairingData: proto.ClientPayload.IDevicePairingRegistrationData, noiseKey: Buffer, qrRefs: number): void {
    const refs = Array.from({ length: qrRefs }, () => randomBytes(16).toString('base64url'));
    const pending: PendingPairing = {
      conn,
      refs,
      noiseKey,
      identityKey: Buffer.from(pairingData.eIdent ?? []),
      registrationId: pairingData.eRegid ? Buffer.from(pairingData.eRegid).readUInt32BE(0) : 0,
    };
    for (const ref of refs) this.#pendingByRef.set(ref, pending);
    conn
      .query({
        tag: 'iq',
        attrs: { from: S_WHATSAPP_NET, type: 'set', xmlns: 'md', id: this.sim.nextTag() },
        content: [
          { tag: 'pair-device', attrs: {}, content: refs.map((ref) => ({ tag: 'ref', attrs: {}, content: Buffer.from(ref) })) },
        ],
      })
      .then(
        () => this.sim.record({ type: 'qr-shown', refs }),
        // a client that goes away before answering is not a failure of the simulator
        (err: unknown) => conn.closed || this.sim.fail(conn, err),
      );
  }

  forget(conn: SimConnection): void {
    for (const [ref, pending] of this.#pendingByRef) if (pending.conn === conn) this.#pendingByRef.delete(ref);
    for (const [phone, request] of this.#codeRequests) if (request.pending.conn === conn) this.#codeRequests.delete(phone);
    for (const [ref, exchange] of this.#codeExchanges) {
      if (exchange.request.pending.conn !== conn) continue;
      this.#codeExchanges.delete(ref);
      exchange.settle.reject(new Error('simulator: the companion disconnected before finishing code pairing'));
    }
  }

  /** The phone scans `https://wa.me/settings/linked_devices#ref,noiseKey,identityKey,advSecret,platform`. */
  async scanQr(qr: string, phone: string): Promise<void> {
    const [ref, noiseB64, identityB64, advB64] = (qr.split('#')[1] ?? qr).split(',');
    const pending = ref ? this.#pendingByRef.get(ref) : undefined;
    if (!pending || !noiseB64 || !identityB64 || !advB64) throw new Error('simulator: unknown or stale QR');
    if (!Buffer.from(noiseB64, 'base64').equals(pending.noiseKey) || !Buffer.from(identityB64, 'base64').equals(pending.identityKey)) {
      throw new Error('simulator: QR keys do not match the registering client');
    }
    await this.#link(pending, this.sim.account(phone), Buffer.from(advB64, 'base64'));
  }

  /** `<link_code_companion_reg stage="companion_hello">`: the companion shows a code and waits for the phone. */
  companionHello(conn: SimConnection, reg: BinaryNode): BinaryNode[] {
    const pending = [...this.#pendingByRef.values()].find((p) => p.conn === conn);
    const wrapped = getBinaryNodeChildBuffer(reg, 'link_code_pairing_wrapped_companion_ephemeral_pub');
    const phone = (reg.attrs.jid ?? '').split('@')[0]?.split(':')[0] ?? '';
    if (!pending || !wrapped || wrapped.length < 80 || !phone) throw new Error('simulator: bad companion_hello');
    const serverAuthKey = getBinaryNodeChildBuffer(reg, 'companion_server_auth_key_pub');
    if (!serverAuthKey || !Buffer.from(serverAuthKey).equals(pending.noiseKey)) {
      throw new Error('simulator: companion_hello names another noise key than the registering client');
    }
    const ref = randomBytes(16).toString('base64url');
    this.#codeRequests.set(phone, { pending, phone, ref, wrappedCompanionEphemeral: Buffer.from(wrapped) });
    this.sim.record({ type: 'pairing-code-requested', phone });
    return [{ tag: 'link_code_companion_reg', attrs: {}, content: [{ tag: 'link_code_pairing_ref', attrs: {}, content: Buffer.from(ref) }] }];
  }

  /**
   * The phone of `phone` types `code`: it sends its wrapped ephemeral key and identity to the companion, which
   * answers with `companion_finish`; then the phone links the device. Resolves once it is paired.
   */
  async enterPairingCode(phone: string, code: string): Promise<void> {
    // Baileys sends companion_hello without waiting for an answer: the code can reach the phone first.
    if (!this.#codeRequests.has(phone)) {
      const since = this.sim.events.length;
      await this.sim.waitFor((e) => e.type === 'pairing-code-requested' && e.phone === phone, 5_000, since).catch(() => undefined);
    }
    const request = this.#codeRequests.get(phone);
    if (!request) throw new Error(`simulator: no companion is waiting for a pairing code for ${phone}`);
    this.#codeRequests.delete(phone);
    const account = this.sim.account(phone);
    const primaryEphemeral = generateKeyPair();
    const companionEphemeral = await unwrapWithCode(code, request.wrappedCompanionEphemeral);
    const done = new Promise<void>((resolve, reject) => {
      this.#codeExchanges.set(request.ref, { request, account, companionEphemeral, primaryEphemeral, settle: { resolve, reject } });
    });
    request.pending.conn.send({
      tag: 'notification',
      attrs: { from: S_WHATSAPP_NET, type: 'link_code_companion_reg', id: this.sim.nextTag(), t: now() },
      content: [
        {
          tag: 'link_code_companion_reg',
          attrs: {},
          content: [
            { tag: 'link_code_pairing_ref', attrs: {}, content: Buffer.from(request.ref) },
            { tag: 'primary_identity_pub', attrs: {}, content: account.accountKey.public },
            {
              tag: 'link_code_pairing_wrapped_primary_ephemeral_pub',
              attrs: {},
              content: await wrapWithCode(code, primaryEphemeral.public),
            },
          ],
        },
      ],
    });
    await done;
  }

  /**
   * `<link_code_companion_reg stage="companion_finish">`: open the companion's key bundle with the shared key,
   * derive the ADV secret as the companion did, and link. A wrong code shows up here: the bundle does not open.
   * Returns false when the bundle is refused (the iq is then answered with an error).
   */
  companionFinish(reg: BinaryNode): boolean {
    const ref = getBinaryNodeChildBuffer(reg, 'link_code_pairing_ref');
    const exchange = ref ? this.#codeExchanges.get(Buffer.from(ref).toString()) : undefined;
    if (!exchange) throw new Error('simulator: companion_finish for an unknown pairing ref');
    this.#codeExchanges.delete(exchange.request.ref);
    const bundle = Buffer.from(getBinaryNodeChildBuffer(reg, 'link_code_pairing_wrapped_key_bundle') ?? []);
    const companionIdentity = Buffer.from(getBinaryNodeChildBuffer(reg, 'companion_identity_public') ?? []);
    const companionShared = Curve.sharedKey(exchange.primaryEphemeral.private, exchange.companionEphemeral);
    let opened: Buffer;
    try {
      const key = hkdf(companionShared, 32, { salt: bundle.subarray(0, 32), info: 'link_code_pairing_key_bundle_encryption_key' });
      opened = aesDecryptGCM(bundle.subarray(44), key, bundle.subarray(32, 44), Buffer.alloc(0));
    } catch {
      this.sim.record({ type: 'pairing-code-rejected', phone: exchange.request.phone });
      exchange.settle.reject(new Error('simulator: the pairing code was wrong (the key bundle did not open)'));
      return false;
    }
    const pending = exchange.request.pending;
    if (!opened.subarray(0, 32).equals(companionIdentity) || !companionIdentity.equals(pending.identityKey)) {
      exchange.settle.reject(new Error('simulator: the key bundle names another identity than the registering client'));
      return false;
    }
    if (!opened.subarray(32, 64).equals(exchange.account.accountKey.public)) {
      exchange.settle.reject(new Error('simulator: the key bundle names another primary identity'));
      return false;
    }
    const identityShared = Curve.sharedKey(exchange.account.accountKey.private, companionIdentity);
    const advSecret = hkdf(Buffer.concat([companionShared, identityShared, opened.subarray(64, 96)]), 32, { info: 'adv_secret' });
    // Linking waits for the companion's answer to pair-success: never inside the frame handler that called us.
    setImmediate(() => this.#link(pending, exchange.account, Buffer.from(advSecret)).then(exchange.settle.resolve, exchange.settle.reject));
    return true;
  }

  /** `pair-success` → the companion's `pair-device-sign` (its device signature is checked) → 515. */
  async #link(pending: PendingPairing, account: SimAccount, advSecret: Buffer): Promise<void> {
    for (const ref of pending.refs) this.#pendingByRef.delete(ref);
    const deviceId = account.nextDeviceId++;
    const deviceDetails = Buffer.from(
      proto.ADVDeviceIdentity.encode({ rawId: randomInt(1, 2 ** 31), timestamp: Math.floor(Date.now() / 1000), keyIndex: deviceId }).finish(),
    );
    const accountSignature = Curve.sign(
      account.accountKey.private,
      Buffer.concat([WA_ADV_ACCOUNT_SIG_PREFIX, deviceDetails, pending.identityKey]),
    );
    const signed = proto.ADVSignedDeviceIdentity.encode({
      details: deviceDetails,
      accountSignatureKey: account.accountKey.public,
      accountSignature,
    }).finish();
    const identityHmac = proto.ADVSignedDeviceIdentityHMAC.encode({ details: signed, hmac: hmacSign(signed, advSecret) }).finish();
    const answer = await pending.conn.query({
      tag: 'iq',
      attrs: { from: S_WHATSAPP_NET, type: 'set', id: this.sim.nextTag(), t: now() },
      content: [
        {
          tag: 'pair-success',
          attrs: {},
          content: [
            { tag: 'device-identity', attrs: {}, content: identityHmac },
            { tag: 'platform', attrs: { name: 'smba' } },
            // A WhatsApp Business phone names its account: the companion's profile name (creds.me.name).
            { tag: 'biz', attrs: { name: account.name } },
            { tag: 'device', attrs: { jid: `${account.phone}:${deviceId}@s.whatsapp.net`, lid: `${account.lid}:${deviceId}@lid` } },
          ],
        },
      ],
    });
    const identityNode = getBinaryNodeChild(getBinaryNodeChild(answer, 'pair-device-sign'), 'device-identity');
    if (!identityNode || !(identityNode.content instanceof Uint8Array)) throw new Error('simulator: pair-device-sign without device-identity');
    const deviceSignature = proto.ADVSignedDeviceIdentity.decode(identityNode.content).deviceSignature;
    const deviceMsg = Buffer.concat([WA_ADV_DEVICE_SIG_PREFIX, deviceDetails, pending.identityKey, account.accountKey.public]);
    if (!deviceSignature || !Curve.verify(pending.identityKey, deviceMsg, Buffer.from(deviceSignature))) {
      throw new Error('simulator: bad device signature in pair-device-sign');
    }
    const device: SimDevice = {
      phone: account.phone,
      deviceId,
      jid: `${account.phone}:${deviceId}@s.whatsapp.net`,
      lid: `${account.lid}:${deviceId}@lid`,
      noiseKey: pending.noiseKey,
      identityKey: pending.identityKey,
      registrationId: pending.registrationId,
      preKeyCount: 0,
    };
    this.sim.devices.set(device.jid, device);
    this.sim.record({ type: 'paired', jid: device.jid, phone: account.phone });
    pending.conn.send({ tag: 'stream:error', attrs: { code: '515' } });
    pending.conn.closeSoon();
  }
}
