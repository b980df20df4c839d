import type { components } from '../generated/openapi.js';
import type { GroupInfo, ParticipantResult } from '../connections/groups.js';

type Schemas = components['schemas'];

/** A GroupInfo as it crosses the bus: its dates arrive as strings. */
type WireGroup = Omit<GroupInfo, 'createdAt'> & { createdAt: Date | string | null };

export const INVITE_URL_PREFIX = 'https://chat.whatsapp.com/';

export function presentGroup(connection: { id: string; phone_number: string | null; wa_lid: string | null }, group: WireGroup): Schemas['Group'] {
  const isMe = (p: { phoneNumber: string | null; lid: string | null }) =>
    (p.phoneNumber !== null && p.phoneNumber === connection.phone_number) || (p.lid !== null && p.lid === connection.wa_lid);
  return {
    object: 'group',
    id: group.id,
    connection_id: connection.id,
    subject: group.subject,
    description: group.description,
    owner: group.owner ? { phone_number: group.owner.phoneNumber, lid: group.owner.lid } : null,
    created_at: group.createdAt === null ? null : new Date(group.createdAt).toISOString(),
    announce: group.announce,
    locked: group.locked,
    participants: group.participants.map((p) => ({ phone_number: p.phoneNumber, lid: p.lid, role: p.role })),
    size: group.participants.length,
    is_admin: group.participants.some((p) => p.role !== 'member' && isMe(p)),
  };
}

export const presentParticipantResult = (result: ParticipantResult): Schemas['GroupParticipantResult'] => ({
  phone_number: result.phoneNumber,
  status: result.status,
  error: result.error,
});

export const presentInvite = (groupId: string, code: string): Schemas['GroupInvite'] => ({
  object: 'group_invite',
  group_id: groupId,
  code,
  url: `${INVITE_URL_PREFIX}${code}`,
});
