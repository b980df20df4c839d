import { generateMessageIDV2, getBinaryNodeChild, getBinaryNodeChildren, isPnUser, type BinaryNode } from '@whiskeysockets/baileys';
import { phoneNumberOfJid } from './socket.js';

/** What a group creation answered: the new group's id, and WhatsApp's status for each participant it could not add. */
export interface GroupCreation {
  id: string;
  /** By phone number (E.164): the status WhatsApp gave a participant it did not add (403, 404, 408, 409, ...). */
  refused: Map<string, number>;
}

/**
 * Creates a group with the same `w:g2` `create` query WhatsApp Web sends, reading the answer itself: WhatsApp lists
 * each participant it could not add with an `error` status there, which the socket's own `groupCreate` leaves out
 * (it returns the participants as if all had been added). An error answer throws as any query of the socket does.
 */
export async function createGroup(socket: { query(node: BinaryNode): Promise<BinaryNode> }, subject: string, participantJids: string[]): Promise<GroupCreation> {
  const answer = await socket.query({
    tag: 'iq',
    attrs: { type: 'set', xmlns: 'w:g2', to: '@g.us' },
    content: [{ tag: 'create', attrs: { subject, key: generateMessageIDV2() }, content: participantJids.map((jid) => ({ tag: 'participant', attrs: { jid } })) }],
  });
  return groupCreationOf(answer);
}

/** The group and the refused participants in a creation's answer. */
export function groupCreationOf(answer: BinaryNode): GroupCreation {
  const group = getBinaryNodeChild(answer, 'group');
  if (!group?.attrs.id) throw new Error('WhatsApp answered a group creation without the group');
  const id = group.attrs.id.includes('@') ? group.attrs.id : `${group.attrs.id}@g.us`;
  const refused = new Map<string, number>();
  for (const participant of getBinaryNodeChildren(group, 'participant')) {
    const { jid, error } = participant.attrs;
    if (error && isPnUser(jid)) refused.set(phoneNumberOfJid(jid!), Number(error));
  }
  return { id, refused };
}
