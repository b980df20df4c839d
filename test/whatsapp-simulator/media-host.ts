// The simulated WhatsApp media host (mmg.whatsapp.net): HTTPS uploads of encrypted media authorised by the token
// that `media_conn` hands out, checked against the hash in their path, and downloads by direct path.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEF_MEDIA_HOST, type BinaryNode } from '@whiskeysockets/baileys';
import { isMediaBlobShape, sha256 } from './media.js';
import { makeTestTls, type TestTls } from './tls.js';
import type { SimEvent } from './server.js';

/** The upload paths of `MEDIA_PATH_MAP` that the host accepts (stickers upload under image). */
const UPLOAD_PATH = /^\/mms\/(image|video|audio|document)\/([A-Za-z0-9_-]+)$/;

/** How long a `media_conn` (and its auth token) lives: Baileys asks again once it has expired. */
const MEDIA_CONN_TTL_S = 300;

export interface StoredMedia {
  /** The path part of the direct path (the key of `MediaHost.blobs`). */
  path: string;
  directPath: string;
  url: string;
  /** The upload path it came in under (image, video, audio or document). */
  kind: string;
  /** ciphertext ‖ mac, as uploaded. */
  blob: Buffer;
  /** A linked device's JID, or the phone number of a phone that sent it. */
  uploadedBy: string;
}

export interface MediaHostOptions {
  /** Largest upload accepted (and announced in media_conn); 100 MiB by default. */
  maxUploadBytes?: number;
}

export class MediaHost {
  readonly hostname = DEF_MEDIA_HOST;
  readonly tls: TestTls = makeTestTls([DEF_MEDIA_HOST]);
  /** Every blob held, by the path of its direct path. */
  readonly blobs = new Map<string, StoredMedia>();
  readonly maxUploadBytes: number;
  readonly #auth = new Map<string, { jid: string; expiresAt: number }>();
  #server: Server | null = null;
  address = '127.0.0.1';
  port = 0;

  constructor(
    private readonly record: (event: SimEvent) => void,
    private readonly fail: (error: unknown) => void,
    options: MediaHostOptions = {},
  ) {
    this.maxUploadBytes = options.maxUploadBytes ?? 100 * 1024 * 1024;
  }

  async start(address = '127.0.0.1'): Promise<void> {
    const server = createServer({ cert: this.tls.cert, key: this.tls.key }, (req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.fail(error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    this.address = address;
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The `<media_conn>` answer for a device: a fresh upload token and this host. */
  mediaConn(jid: string): BinaryNode {
    const auth = randomBytes(24).toString('base64url');
    this.#auth.set(auth, { jid, expiresAt: Date.now() + MEDIA_CONN_TTL_S * 1000 });
    this.record({ type: 'media-conn', jid });
    return {
      tag: 'media_conn',
      attrs: { auth, ttl: String(MEDIA_CONN_TTL_S) },
      content: [{ tag: 'host', attrs: { hostname: this.hostname, maxContentLengthBytes: String(this.maxUploadBytes) } }],
    };
  }

  /** Keeps a blob under a new direct path. Direct paths carry a query string, as WhatsApp's do. */
  store(kind: string, blob: Buffer, uploadedBy: string): StoredMedia {
    const path = `/v/sim/${kind}/${randomBytes(16).toString('hex')}.enc`;
    const directPath = `${path}?ccb=11-4`;
    const stored: StoredMedia = { path, directPath, url: `https://${this.hostname}${directPath}&mms3=true`, kind, blob, uploadedBy };
    this.blobs.set(path, stored);
    this.record({ type: 'media-uploaded', kind, directPath, bytes: blob.length, by: uploadedBy });
    return stored;
  }

  /** The blob a direct path or a URL on this host names. */
  find(location: string): StoredMedia | undefined {
    const url = new URL(location, `https://${this.hostname}`);
    if (url.protocol !== 'https:' || url.hostname !== this.hostname) return undefined;
    return this.blobs.get(url.pathname);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Clients reach this host through routing that keeps the real hostname in Host (and in TLS SNI).
    if (req.headers.host !== this.hostname && req.headers.host !== `${this.hostname}:443`) {
      return this.#answer(res, 421, { error: 'misdirected request' });
    }
    const url = new URL(req.url ?? '/', `https://${this.hostname}`);
    if (req.method === 'POST') return this.#upload(req, res, url);
    if (req.method === 'GET') return this.#download(req, res, url);
    res.setHeader('allow', 'GET, POST');
    return this.#answer(res, 405, { error: 'method not allowed' });
  }

  async #upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const refuse = (status: number, reason: string, jid?: string): void => {
      req.resume();
      this.record({ type: 'upload-refused', status, reason, path: url.pathname, jid });
      this.#answer(res, status, { error: reason });
    };
    const match = UPLOAD_PATH.exec(url.pathname);
    if (!match) return refuse(404, 'no such upload path');
    const [, kind, hash] = match as unknown as [string, string, string];
    const auth = this.#auth.get(url.searchParams.get('auth') ?? '');
    if (!auth || auth.expiresAt < Date.now()) return refuse(401, 'bad or expired auth token');
    if (url.searchParams.get('token') !== hash) return refuse(400, 'token does not match the path', auth.jid);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > this.maxUploadBytes) return refuse(413, 'too large', auth.jid);
    const blob = await readBody(req, this.maxUploadBytes);
    if (!blob) return refuse(413, 'too large', auth.jid);
    if (sha256(blob).toString('base64url') !== hash) return refuse(400, 'hash mismatch', auth.jid);
    if (!isMediaBlobShape(blob)) return refuse(400, 'not an encrypted media blob', auth.jid);
    const stored = this.store(kind, blob, auth.jid);
    this.#answer(res, 200, { url: stored.url, direct_path: stored.directPath });
  }

  #download(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const stored = this.blobs.get(url.pathname);
    if (!stored) {
      this.record({ type: 'media-download-missed', path: url.pathname });
      return this.#answer(res, 404, { error: 'not found' });
    }
    const size = stored.blob.length;
    // One byte range, as Baileys asks for when a caller wants part of a file (the range is of the blob).
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (range && start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}` });
      res.end();
      return;
    }
    this.record({ type: 'media-downloaded', directPath: stored.directPath, start, end });
    res.writeHead(range ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(end - start + 1),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
    });
    res.end(stored.blob.subarray(start, end + 1));
  }

  #answer(res: ServerResponse, status: number, body: object): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

/** The request body, or undefined if it passed `limit` bytes (read to the end either way, so an answer can follow). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length <= limit) chunks.push(chunk as Buffer);
  }
  return length > limit ? undefined : Buffer.concat(chunks);
}
