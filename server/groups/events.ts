import { withLease, type Lease } from '../connections/auth-store.js';
import type { GroupChange } from '../connections/groups.js';
import { recordEvent } from '../events/record.js';
import type { EventType } from '../events/types.js';
import type { components } from '../generated/openapi.js';
import type { Database } from '../platform/db/database.js';
import { presentGroup } from './presenters.js';

type Schemas = components['schemas'];

export const GROUP_EVENT_TYPES: Record<GroupChange['kind'], EventType> = {
  created: 'group.created',
  updated: 'group.updated',
  participants_changed: 'group.participants_changed',
  joined: 'group.joined',
  left: 'group.left',
};

const person = (p: { phoneNumber: string | null; lid: string | null }): Schemas['GroupPerson'] => ({ phone_number: p.phoneNumber, lid: p.lid });

export function presentGroupChange(connection: { id: string; phone_number: string | null; wa_lid: string | null }, change: GroupChange): Schemas['GroupChange'] {
  const base: Schemas['GroupChange'] = {
    object: 'group_change',
    connection_id: connection.id,
    group_id: 'group' in change ? change.group.id : change.groupId,
    group: null,
    changes: null,
    action: null,
    participants: [],
    by: null,
  };
  switch (change.kind) {
    case 'created':
    case 'joined':
      return { ...base, group: presentGroup(connection, change.group) };
    case 'updated':
      return { ...base, changes: change.changes, by: change.by && person(change.by) };
    case 'participants_changed':
      return { ...base, action: change.action, participants: change.participants.map(person), by: change.by && person(change.by) };
    case 'left':
      return base;
  }
}

/** Records a change to one of the connection's groups as its event, fenced by the worker's lease on the connection. */
export async function recordGroupChange(db: Database, lease: Lease, change: GroupChange): Promise<void> {
  await withLease(db, lease, async (trx) => {
    const connection = (await trx('connections').where({ id: lease.connectionId }).first('id', 'phone_number', 'wa_lid')) as
      | { id: string; phone_number: string | null; wa_lid: string | null }
      | undefined;
    if (!connection) return;
    await recordEvent(trx, { accountId: lease.accountId, mode: lease.mode }, GROUP_EVENT_TYPES[change.kind], presentGroupChange(connection, change));
  });
}
