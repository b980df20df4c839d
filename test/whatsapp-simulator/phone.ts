// A simulated phone's Signal side: its own identity (the account key, as WhatsApp's primary device uses), pre-keys
// on demand, and sessions with companion devices, all through Baileys' own signal repository over libsignal.
import {
  addTransactionCapability,
  DEFAULT_CONNECTION_CONFIG,
  encodeBigEndian,
  encodeWAMessage,
  generateSignalPubKey,
  getNextPreKeys,
  initAuthCreds,
  KEY_BUNDLE_TYPE,
  proto,
  signedKeyPair,
  unpadRandomMax16,
  xmppPreKey,
  xmppSignedPreKey,
  type AuthenticationCreds,
  type BinaryNode,
  type SignalKeyStoreWithTransaction,
} from '@whiskeysockets/baileys';
import { pino } from 'pino';
import { memoryKeyStore } from './memory-keys.js';
import type { KeyPair } from './noise.js';

/** What a companion device uploaded (the `encrypt` set iq after login): enough to start a session with it. */
export interface DeviceKeys {
  registrationId: number;
  /** 32 bytes, without the 0x05 type prefix. */
  identityKey: Buffer;
  signedPreKey: { keyId: number; publicKey: Buffer; signature: Buffer };
  /** One-time pre-keys not handed out yet, by id. */
  preKeys: Map<number, Buffer>;
}

const silent = pino({ level: 'silent' });

/** Hands out one of a device's one-time pre-keys, at most once (WhatsApp's server does the same). */
export function takePreKey(device: DeviceKeys): { keyId: number; publicKey: Buffer } | undefined {
  const first = device.preKeys.entries().next();
  if (first.done) return undefined;
  device.preKeys.delete(first.value[0]);
  return { keyId: first.value[0], publicKey: first.value[1] };
}

export class SimPhone {
  readonly creds: AuthenticationCreds;
  readonly #keys: SignalKeyStoreWithTransaction;
  readonly #repository: ReturnType<typeof DEFAULT_CONNECTION_CONFIG.makeSignalRepository>;

  constructor(accountKey: KeyPair) {
    // The primary device's Signal identity is the account key: Baileys records it as such when it pairs.
    const identity = { public: accountKey.public, private: accountKey.private };
    const creds: AuthenticationCreds = { ...initAuthCreds(), signedIdentityKey: identity, signedPreKey: signedKeyPair(identity, 1) };
    this.creds = creds;
    // Baileys' repository runs every operation as a key transaction, as in lib/Socket/socket.js.
    this.#keys = addTransactionCapability(memoryKeyStore(), silent, { maxCommitRetries: 1, delayBetweenTriesMs: 0 });
    this.#repository = DEFAULT_CONNECTION_CONFIG.makeSignalRepository({ creds, keys: this.#keys }, silent);
  }

  /** `<user jid>` with this phone's pre-key bundle (a fresh one-time pre-key each time), for an `encrypt` get. */
  async bundleNode(jid: string): Promise<BinaryNode> {
    const { update, preKeys } = await getNextPreKeys({ creds: this.creds, keys: this.#keys }, 1);
    Object.assign(this.creds, update);
    const [id, pair] = Object.entries(preKeys)[0]!;
    return {
      tag: 'user',
      attrs: { jid },
      content: [
        { tag: 'registration', attrs: {}, content: encodeBigEndian(this.creds.registrationId) },
        { tag: 'type', attrs: {}, content: KEY_BUNDLE_TYPE },
        { tag: 'identity', attrs: {}, content: this.creds.signedIdentityKey.public },
        xmppSignedPreKey(this.creds.signedPreKey),
        xmppPreKey(pair, Number(id)),
      ],
    };
  }

  /** Decrypts a 1:1 `enc` from `senderJid` (one address per companion device, always the same form). */
  async decrypt(senderJid: string, type: 'pkmsg' | 'msg', ciphertext: Uint8Array): Promise<proto.IMessage> {
    const padded = await this.#repository.decryptMessage({ jid: senderJid, type, ciphertext });
    return proto.Message.decode(unpadRandomMax16(padded));
  }

  async hasSession(jid: string): Promise<boolean> {
    return (await this.#repository.validateSession(jid)).exists;
  }

  /** Starts a session with a companion device from the keys it uploaded, spending one of its pre-keys. */
  async startSession(jid: string, device: DeviceKeys): Promise<void> {
    const taken = takePreKey(device);
    const preKey = taken && { keyId: taken.keyId, publicKey: generateSignalPubKey(taken.publicKey) };
    await this.#repository.injectE2ESession({
      jid,
      session: {
        registrationId: device.registrationId,
        identityKey: generateSignalPubKey(device.identityKey),
        signedPreKey: {
          keyId: device.signedPreKey.keyId,
          publicKey: generateSignalPubKey(device.signedPreKey.publicKey),
          signature: device.signedPreKey.signature,
        },
        ...(preKey ? { preKey } : {}),
      },
    });
  }

  async encrypt(jid: string, message: proto.IMessage): Promise<{ type: 'pkmsg' | 'msg'; ciphertext: Uint8Array }> {
    return this.#repository.encryptMessage({ jid, data: encodeWAMessage(message) });
  }

  /** Takes a sender key for a group or the status broadcast (a SenderKeyDistributionMessage that arrived in a 1:1 message from `authorJid`). */
  async processSenderKey(authorJid: string, item: proto.Message.ISenderKeyDistributionMessage): Promise<void> {
    await this.#repository.processSenderKeyDistributionMessage({ item, authorJid });
  }

  /** Decrypts an `skmsg` that `authorJid` sent to `group` (or the status broadcast), with the sender key it distributed. */
  async decryptGroup(group: string, authorJid: string, ciphertext: Uint8Array): Promise<proto.IMessage> {
    const padded = await this.#repository.decryptGroupMessage({ group, authorJid, msg: ciphertext });
    return proto.Message.decode(unpadRandomMax16(padded));
  }

  /** Encrypts a message this phone sends to `group`, with its own sender key (and the key's distribution message). */
  async encryptGroup(group: string, meId: string, message: proto.IMessage): Promise<{ ciphertext: Uint8Array; senderKeyDistributionMessage: Uint8Array }> {
    return this.#repository.encryptGroupMessage({ group, meId, data: encodeWAMessage(message) });
  }
}
