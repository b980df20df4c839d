// Server (responder) side of WhatsApp Web's Noise_XX_25519_AESGCM_SHA256 handshake, mirroring what Baileys'
// Utils/noise-handler.js does on the client side: same hash/salt/key schedule, counter IVs, and after the
// handshake a split into two AES-GCM transport keys (the client's write key is our read key).
import {
  aesDecryptGCM,
  aesEncryptGCM,
  Curve,
  hkdf,
  NOISE_MODE,
  NOISE_WA_HEADER,
} from '@whiskeysockets/baileys';
import { createHash } from 'node:crypto';

const EMPTY = Buffer.alloc(0);

function iv(counter: number): Buffer {
  const out = Buffer.alloc(12);
  out.writeUInt32BE(counter >>> 0, 8);
  return out;
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

export interface KeyPair {
  public: Buffer;
  private: Buffer;
}

export function generateKeyPair(): KeyPair {
  const pair = Curve.generateKeyPair();
  return { public: Buffer.from(pair.public), private: Buffer.from(pair.private) };
}

/** One handshake + transport state for one client socket. */
export class ServerNoise {
  private hash: Buffer;
  private salt: Buffer;
  private key: Buffer;
  private counter = 0;
  private transport: { enc: Buffer; dec: Buffer; readCounter: number; writeCounter: number } | null = null;

  constructor() {
    const mode = Buffer.from(NOISE_MODE);
    this.hash = mode.byteLength === 32 ? mode : sha256(mode);
    this.salt = this.hash;
    this.key = this.hash;
    this.authenticate(NOISE_WA_HEADER);
  }

  get isTransport(): boolean {
    return this.transport !== null;
  }

  authenticate(data: Uint8Array): void {
    if (!this.transport) this.hash = sha256(Buffer.concat([this.hash, data]));
  }

  mixIntoKey(data: Uint8Array): void {
    const out = Buffer.from(hkdf(Buffer.from(data), 64, { salt: this.salt, info: '' }));
    this.salt = out.subarray(0, 32);
    this.key = out.subarray(32);
    this.counter = 0;
  }

  encrypt(plaintext: Uint8Array): Buffer {
    if (this.transport) {
      return aesEncryptGCM(plaintext, this.transport.enc, iv(this.transport.writeCounter++), EMPTY);
    }
    const result = aesEncryptGCM(plaintext, this.key, iv(this.counter++), this.hash);
    this.authenticate(result);
    return result;
  }

  decrypt(ciphertext: Uint8Array): Buffer {
    if (this.transport) {
      return aesDecryptGCM(ciphertext, this.transport.dec, iv(this.transport.readCounter++), EMPTY);
    }
    const result = aesDecryptGCM(ciphertext, this.key, iv(this.counter++), this.hash);
    this.authenticate(ciphertext);
    return result;
  }

  /** After the client's finish message: the client encrypts with the first half, decrypts with the second. */
  finish(): void {
    const out = Buffer.from(hkdf(new Uint8Array(0), 64, { salt: this.salt, info: '' }));
    this.transport = { dec: out.subarray(0, 32), enc: out.subarray(32), readCounter: 0, writeCounter: 0 };
  }

  static sharedKey(priv: Buffer, pub: Uint8Array): Buffer {
    return Curve.sharedKey(priv, Buffer.from(pub));
  }
}
