import { jidDecode, WAJIDDomains, type SignalDataSet } from '@whiskeysockets/baileys';

/** What forgetting a group's sender key needs of a socket: its own ids and its key store. */
export interface SenderKeyOwner {
  authState: { creds: { me?: { id: string; lid?: string } | undefined }; keys: { set(data: SignalDataSet): Promise<void> } };
}

/** The key-store id of the sender key `jid` (this device) uses in `groupId`: `<group>::<user>::<device>`, as the signal layer names it. */
export function senderKeyIdOf(groupId: string, jid: string): string | undefined {
  const decoded = jidDecode(jid);
  if (!decoded?.user) return undefined;
  const domain = decoded.domainType ?? WAJIDDomains.WHATSAPP;
  const user = domain === WAJIDDomains.WHATSAPP ? decoded.user : `${decoded.user}_${domain}`;
  return `${groupId}::${user}::${decoded.device ?? 0}`;
}

/**
 * Forgets this device's sender key for a group, and the record of which devices had it: the next message to the
 * group is encrypted with a fresh key, sent to the devices of the participants it has then. Done when someone
 * leaves or is removed, so they cannot read what the group says after that with the key they kept.
 */
export async function forgetSenderKey(socket: SenderKeyOwner, groupId: string): Promise<void> {
  const me = socket.authState.creds.me;
  const ids = [me?.id, me?.lid].flatMap((jid) => (jid ? [senderKeyIdOf(groupId, jid)] : [])).filter((id): id is string => id !== undefined);
  await socket.authState.keys.set({
    'sender-key': Object.fromEntries(ids.map((id) => [id, null])),
    'sender-key-memory': { [groupId]: null },
  });
}
