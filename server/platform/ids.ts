import { monotonicFactory } from 'ulidx';

const ulid = monotonicFactory();

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
  message: 'msg',
  media: 'med',
  chat: 'chat',
} as const;

/**
 * Ids are prefix + ULID: sortable by creation time, so cursor pagination can order by id alone.
 */
export function newId(kind: keyof typeof ID_PREFIX): string {
  return `${ID_PREFIX[kind]}_${ulid()}`;
}
