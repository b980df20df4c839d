// A throwaway certificate authority and a server certificate for the simulated media host, made in-process with
// node:crypto (which signs but has no API to build an X.509 certificate, so the DER is written here). Fresh keys
// per simulator: nothing secret is committed, nothing expires between runs.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

export interface TestTls {
  /** PEM of the test CA: what a client trusts, only for the media host. */
  ca: string;
  /** PEM of the server certificate, issued by the CA for `hostnames`. */
  cert: string;
  /** PEM (PKCS#8) of the server certificate's private key. */
  key: string;
}

// DER: tag, length, content.
function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : n < 0x10000 ? Buffer.from([0x82, n >> 8, n & 0xff]) : Buffer.from([0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
const seq = (...items: Buffer[]): Buffer => der(0x30, ...items);
const set = (...items: Buffer[]): Buffer => der(0x31, ...items);
const bitString = (bytes: Buffer, unusedBits = 0): Buffer => der(0x03, Buffer.from([unusedBits]), bytes);
const octetString = (bytes: Buffer): Buffer => der(0x04, bytes);
const utf8 = (text: string): Buffer => der(0x0c, Buffer.from(text, 'utf8'));
const TRUE = der(0x01, Buffer.from([0xff]));

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first! * 40 + second!];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let v = arc >>> 7; v > 0; v >>>= 7) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return der(0x06, Buffer.from(bytes));
}

/**
 * A positive INTEGER from 16 random bytes. The top bit is cleared so it is not read as negative, and the first byte
 * is never zero: DER integers are minimal, and OpenSSL refuses a leading zero byte before one below 0x80 ("illegal
 * padding"), which made one test CA in 256 unusable (its clients then failed with "unable to verify the first
 * certificate").
 */
function serialNumber(bytes: Buffer = randomBytes(16)): Buffer {
  const serial = Buffer.from(bytes);
  serial[0] = serial[0]! & 0x7f || 0x01;
  return der(0x02, serial);
}

/** UTCTime, YYMMDDHHMMSSZ (valid for years before 2050). */
function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  return der(0x17, Buffer.from(`${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`));
}

const name = (commonName: string): Buffer => seq(set(seq(oid('2.5.4.3'), utf8(commonName))));
const extension = (id: string, value: Buffer, critical = false): Buffer =>
  seq(oid(id), ...(critical ? [TRUE] : []), octetString(value));
const ECDSA_WITH_SHA256 = seq(oid('1.2.840.10045.4.3.2'));

/** SHA-1 of the subjectPublicKey bits, the usual key identifier. */
function keyId(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // P-256 SPKI: the BIT STRING with the 65-byte point is the last 66 bytes (unused-bits byte + point)
  return createHash('sha1').update(spki.subarray(spki.length - 65)).digest();
}

function certificate(options: {
  serial: Buffer;
  subject: string;
  issuer: string;
  publicKey: KeyObject;
  issuerKey: KeyObject;
  issuerPublicKey: KeyObject;
  extensions: Buffer[];
}): Buffer {
  const now = Date.now();
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    options.serial,
    ECDSA_WITH_SHA256,
    name(options.issuer),
    seq(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 7 * 86_400_000))),
    name(options.subject),
    options.publicKey.export({ type: 'spki', format: 'der' }),
    der(
      0xa3,
      seq(
        ...options.extensions,
        extension('2.5.29.14', octetString(keyId(options.publicKey))),
        extension('2.5.29.35', seq(der(0x80, keyId(options.issuerPublicKey)))),
      ),
    ),
  );
  return seq(tbs, ECDSA_WITH_SHA256, bitString(sign('sha256', tbs, options.issuerKey)));
}

const pem = (label: string, body: Buffer): string =>
  `-----BEGIN ${label}-----\n${body.toString('base64').replace(/.{1,64}/g, '$&\n')}-----END ${label}-----\n`;

/**
 * A new test CA and a certificate it issues for `hostnames` (serverAuth, SAN dNSName entries). `serialBytes` gives
 * each certificate's 16 serial bytes (random unless a test chooses them).
 */
export function makeTestTls(hostnames: readonly string[], serialBytes: () => Buffer = () => randomBytes(16)): TestTls {
  const ca = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const server = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const caName = 'Parley WhatsApp simulator test CA';
  const caCert = certificate({
    serial: serialNumber(serialBytes()),
    subject: caName,
    issuer: caName,
    publicKey: ca.publicKey,
    issuerKey: ca.privateKey,
    issuerPublicKey: ca.publicKey,
    extensions: [
      extension('2.5.29.19', seq(TRUE), true),
      // keyCertSign and cRLSign
      extension('2.5.29.15', bitString(Buffer.from([0x06]), 1), true),
    ],
  });
  const serverCert = certificate({
    serial: serialNumber(serialBytes()),
    subject: hostnames[0] ?? 'localhost',
    issuer: caName,
    publicKey: server.publicKey,
    issuerKey: ca.privateKey,
    issuerPublicKey: ca.publicKey,
    extensions: [
      extension('2.5.29.19', seq(), true),
      // digitalSignature
      extension('2.5.29.15', bitString(Buffer.from([0x80]), 7), true),
      // serverAuth
      extension('2.5.29.37', seq(oid('1.3.6.1.5.5.7.3.1'))),
      extension('2.5.29.17', seq(...hostnames.map((host) => der(0x82, Buffer.from(host, 'ascii'))))),
    ],
  });
  return {
    ca: pem('CERTIFICATE', caCert),
    cert: pem('CERTIFICATE', serverCert),
    key: server.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
