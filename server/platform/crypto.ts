import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A uniformly random base62 string (rejection sampling keeps every character equally likely). */
export function randomToken(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Authenticated encryption for secrets at rest (AES-256-GCM). Each purpose gets its own subkey derived
 * from ENCRYPTION_KEY, so a value encrypted for one purpose cannot be passed off as another.
 * Format: "v1." + base64url(iv | tag | ciphertext).
 */
export class SecretBox {
  readonly #master: Buffer;

  constructor(encryptionKeyBase64: string) {
    this.#master = Buffer.from(encryptionKeyBase64, 'base64');
    if (this.#master.length !== 32) throw new Error('ENCRYPTION_KEY must decode to 32 bytes');
  }

  readonly #subkeys = new Map<string, Buffer>();

  subkey(purpose: string): Buffer {
    let key = this.#subkeys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.#master, Buffer.alloc(0), `parley:${purpose}`, 32));
      this.#subkeys.set(purpose, key);
    }
    return key;
  }

  encrypt(purpose: string, plaintext: string | Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.subkey(purpose), iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(purpose: string, sealed: string): Buffer {
    if (!sealed.startsWith('v1.')) throw new Error('unknown sealed value format');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.subkey(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  }

  /** A keyed MAC, for tokens the server can re-derive instead of storing (e.g. CSRF tokens). */
  mac(purpose: string, value: string): string {
    return createHmac('sha256', this.subkey(purpose)).update(value).digest('base64url');
  }
}
