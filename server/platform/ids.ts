import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulidx';

/**
 * ulidx draws each random character from its own crypto.getRandomValues call (16 per id); a pool filled by
 * randomBytes gives the same cryptographic bytes for one call per 4,096. A byte / 256 maps evenly onto
 * ULID's 32 characters.
 */
const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let offset = 0;
function pooledRandom(): number {
  if (offset === POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  return pool[offset++]! / 256;
}

const ulid = monotonicFactory(pooledRandom);

/** Object id prefixes: a reader can tell what an id names from its first characters. */
export const ID_PREFIX = {
  account: 'acct',
  user: 'user',
  apiKey: 'key',
  session: 'sess',
  request: 'req',
  connection: 'conn',
  event: 'evt',
  optOut: 'opt',
  template: 'tpl',
  contact: 'ct',
  message: 'msg',
  messageRevision: 'mrev',
  messageReceipt: 'mrct',
  media: 'med',
  chat: 'chat',
  webhookEndpoint: 'we',
  webhookDelivery: 'dlv',
  webhookAttempt: 'att',
  bulkJob: 'bulk',
  usageThreshold: 'uth',
  email: 'eml',
  userToken: 'utk',
  invitation: 'inv',
  auditEntry: 'aud',
  accountExport: 'exp',
  accountErasure: 'era',
  platformAuditEntry: 'paud',
  /** Not a ULID of its own: `bjr_<job ULID>_<position>` (see server/bulk/presenters.ts). */
  bulkJobRecipient: 'bjr',
} as const;

/**
 * Ids are prefix + ULID: sortable by creation time, so cursor pagination can order by id alone.
 */
export function newId(kind: keyof typeof ID_PREFIX): string {
  return `${ID_PREFIX[kind]}_${ulid()}`;
}
