import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertMediaKey, MediaObjectMissing, type MediaStore } from './storage.js';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Media on the local disk, one file per key under `root`. Fine for one node (and the embedded default);
 * several API nodes need a shared store (an S3-compatible bucket) behind the same interface.
 */
export class LocalDiskMediaStore implements MediaStore {
  readonly #root: string;

  constructor(root: string) {
    this.#root = path.resolve(root);
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const target = this.#pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside the target and renamed over it: a rename is atomic, so a reader sees the whole file or
    // none, and a crash mid-write leaves only a temp file (never a truncated object under its key).
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, createWriteStream(temp, { flags: 'wx', flush: true }));
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.#pathOf(key);
    // Opened before the stream is handed out, so a missing file is a MediaObjectMissing here, not a stream error later.
    const handle = await open(file, 'r').catch((error: unknown) => {
      throw isMissing(error) ? new MediaObjectMissing(key) : error;
    });
    return createReadStream('', { fd: handle, autoClose: true });
  }

  async read(key: string): Promise<Buffer> {
    return readFile(this.#pathOf(key)).catch((error: unknown) => {
      throw isMissing(error) ? new MediaObjectMissing(key) : error;
    });
  }

  async delete(key: string): Promise<void> {
    await rm(this.#pathOf(key), { force: true });
  }

  #pathOf(key: string): string {
    assertMediaKey(key);
    const file = path.resolve(this.#root, ...key.split('/'));
    // The key alphabet already rules out traversal; this keeps the promise even if that pattern ever loosens.
    if (!file.startsWith(this.#root + path.sep)) throw new Error(`media key ${key} escapes the media directory`);
    return file;
  }
}
