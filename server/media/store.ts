import path from 'node:path';
import type { Config } from '../config.js';
import { LocalDiskMediaStore } from './local-store.js';
import type { MediaStore } from './storage.js';

/** The media store for this deployment: the local disk under the data directory (an S3-compatible store goes here). */
export function createMediaStore(config: Config): MediaStore {
  return new LocalDiskMediaStore(path.join(config.dataDir, 'media'));
}
