// The worker's group metadata cache: concurrent look-ups of a group share one fetch, a notification's
// invalidation wins over a fetch in flight, entries expire, and a failed fetch is not cached. Then the mapping of
// WhatsApp's group notifications (as Baileys emits them) to Parley's group changes and cache refreshes.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import type { GroupMetadata } from '@whiskeysockets/baileys';
import { pino } from 'pino';
import { CoalescingCache } from '../server/connections/baileys/group-cache.js';
import { BaileysGroups, groupInfoOf } from '../server/connections/baileys/groups.js';
import type { BaileysSocket } from '../server/connections/baileys/socket.js';
import type { GroupChange } from '../server/connections/groups.js';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('CoalescingCache', () => {
  test('1,000 concurrent look-ups of one key make one fetch; later ones are served from the cache', async () => {
    const pending = deferred<string>();
    const cache = new CoalescingCache<string>(() => pending.promise);
    const lookups = Array.from({ length: 1000 }, () => cache.get('g1'));
    pending.resolve('meta');
    assert.deepEqual(new Set(await Promise.all(lookups)), new Set(['meta']));
    assert.equal(await cache.get('g1'), 'meta');
    assert.equal(cache.fetches, 1);
  });

  test('an invalidation during a fetch wins: the stale answer is not kept', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let call = 0;
    const cache = new CoalescingCache<string>(() => answers[call++]!.promise);
    const first = cache.get('g1');
    cache.delete('g1');
    answers[0]!.resolve('stale');
    assert.equal(await first, 'stale');
    assert.equal(cache.peek('g1'), undefined);
    const second = cache.get('g1');
    answers[1]!.resolve('fresh');
    assert.equal(await second, 'fresh');
    assert.equal(cache.fetches, 2);
  });

  test('entries expire after the TTL; a failed fetch is not cached and the next look-up asks again', async () => {
    let now = 0;
    let fail = true;
    const cache = new CoalescingCache<string>(async () => {
      if (fail) throw new Error('rate-overlimit');
      return 'meta';
    }, 1_000, () => now);
    await assert.rejects(cache.get('g1'), /rate-overlimit/);
    fail = false;
    assert.equal(await cache.get('g1'), 'meta');
    now = 999;
    await cache.get('g1');
    assert.equal(cache.fetches, 2);
    now = 1_001;
    await cache.get('g1');
    assert.equal(cache.fetches, 3);
  });
});

const ME = '15550001111@s.whatsapp.net';
const metadata = (id: string, owner = ME): GroupMetadata => ({
  id,
  subject: 'Crew',
  owner,
  creation: 1_767_000_000,
  participants: [
    { id: owner, admin: 'superadmin', lid: '111@lid' },
    { id: '222@lid', phoneNumber: '15550002222@s.whatsapp.net', admin: null },
  ],
});

function fakeSocket() {
  const ev = new EventEmitter();
  let queries = 0;
  const socket = {
    ev: { on: (event: string, listener: (...args: unknown[]) => void) => ev.on(event, listener), off: () => undefined },
    groupMetadata: async (jid: string) => {
      queries += 1;
      return metadata(jid);
    },
  } as unknown as BaileysSocket;
  return { socket, ev, queries: () => queries };
}

describe('Baileys group notifications', () => {
  test('groups.upsert: created (own) or joined; updates and participant changes refresh the cache and are reported', async () => {
    const { socket, ev, queries } = fakeSocket();
    const groups = new BaileysGroups(() => socket, () => ({ phoneNumber: '+15550001111', lid: '111@lid' }), pino({ level: 'silent' }));
    const changes: GroupChange[] = [];
    groups.attach(socket, (change) => changes.push(change));

    ev.emit('groups.upsert', [metadata('1@g.us'), metadata('2@g.us', '15550003333@s.whatsapp.net')]);
    assert.deepEqual(changes.map((c) => c.kind), ['created', 'joined']);
    // Cached from the notification: no query.
    assert.deepEqual(await groups.member('1@g.us', '15550002222@s.whatsapp.net'), { phoneNumber: '+15550002222', lid: '222@lid' });
    assert.equal(queries(), 0);

    ev.emit('groups.update', [{ id: '1@g.us', subject: 'Crew 2', author: '222@lid', authorPn: '15550002222@s.whatsapp.net' }]);
    assert.deepEqual(changes.at(-1), { kind: 'updated', groupId: '1@g.us', changes: { subject: 'Crew 2' }, by: { phoneNumber: '+15550002222', lid: '222@lid' } });
    // A full listing refreshes without reporting a change.
    ev.emit('groups.update', [metadata('1@g.us')]);
    assert.equal(changes.length, 3);
    await groups.get('1@g.us');
    assert.equal(queries(), 0);

    ev.emit('group-participants.update', { id: '1@g.us', author: ME, participants: [{ id: '15550004444@s.whatsapp.net' }], action: 'add' });
    assert.deepEqual(changes.at(-1), {
      kind: 'participants_changed',
      groupId: '1@g.us',
      action: 'add',
      participants: [{ phoneNumber: '+15550004444', lid: null }],
      by: { phoneNumber: '+15550001111', lid: null },
    });
    // The change invalidated the cache: the next look-up asks (once, for concurrent callers).
    await Promise.all([groups.get('1@g.us'), groups.get('1@g.us'), groups.get('1@g.us')]);
    assert.equal(queries(), 1);

    ev.emit('group-participants.update', { id: '1@g.us', author: '222@lid', participants: [{ id: '111@lid', phoneNumber: ME }], action: 'remove' });
    assert.deepEqual(changes.slice(-2).map((c) => c.kind), ['participants_changed', 'left']);
  });

  test('metadata maps to a group: participants by phone number and LID, roles, settings', () => {
    const info = groupInfoOf({ ...metadata('1@g.us'), desc: 'About', announce: true, restrict: false });
    assert.deepEqual(info.participants, [
      { phoneNumber: '+15550001111', lid: '111@lid', role: 'superadmin' },
      { phoneNumber: '+15550002222', lid: '222@lid', role: 'member' },
    ]);
    assert.deepEqual([info.description, info.announce, info.locked, info.owner], ['About', true, false, { phoneNumber: '+15550001111', lid: null }]);
  });
});
