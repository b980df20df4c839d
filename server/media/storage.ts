import type { Readable } from 'node:stream';

/**
 * Where media bytes live, by key. Keys are made by Parley (`acct_…/test/med_…`), never taken from a request:
 * `/`-separated segments of letters, digits, `_` and `-`, like object keys in an S3-compatible bucket, so a
 * bucket-backed store can implement this without translating anything. A `put` is all or nothing: a reader
 * never sees half an object, and a failed `put` leaves nothing behind.
 */
export interface MediaStore {
  put(key: string, data: Buffer | Readable): Promise<void>;
  /** A stream of the object's bytes; rejects with MediaObjectMissing when there is none. */
  get(key: string): Promise<Readable>;
  /** The whole object in memory (media sent to WhatsApp is at most 100 MB); MediaObjectMissing when there is none. */
  read(key: string): Promise<Buffer>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

export class MediaObjectMissing extends Error {
  constructor(readonly key: string) {
    super(`no media object under key ${key}`);
    this.name = 'MediaObjectMissing';
  }
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** Refuses any key outside the key alphabet, so no key can name `..`, an absolute path or a hidden file. */
export function assertMediaKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid media key ${JSON.stringify(key)}`);
}
