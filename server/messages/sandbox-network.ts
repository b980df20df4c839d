import { Readable } from 'node:stream';
import { STOPPED } from '../connections/models.js';
import type { InboundContent, InboundEvent, OutboundMessage, Sender, SentMessageRef } from '../connections/transport.js';
import type { SandboxNetwork, SandboxSender } from '../connections/sandbox/transport.js';
import type { Services } from '../platform/services.js';
import { storeInboundEvent } from './inbound.js';
import type { StatusPost } from '../connections/status-history.js';
import { contactStatus, storeReceivedStatus } from '../statuses/receive.js';
import { batchesOf, type BatchOp } from './batches.js';

/** "TEL;type=CELL;waid=14155550100:+1 415…" → "+14155550100" for each number of a vCard. */
const numbersOfVcard = (vcard: string) => [...vcard.matchAll(/waid=(\d+)/g)].map((match) => `+${match[1]}`);

function receivedContent(message: OutboundMessage): InboundContent {
  const { content } = message;
  switch (content.type) {
    case 'text':
    case 'location':
    case 'poll':
      return content;
    case 'contact':
      return { type: 'contact', contacts: content.contacts.map((card) => ({ name: card.name, phoneNumbers: numbersOfVcard(card.vcard) })) };
    case 'reaction':
      throw new Error('reactions arrive as reaction events');
    default: {
      const { media } = content;
      return {
        type: content.type,
        mimeType: media.mimeType,
        fileName: media.fileName,
        caption: content.caption,
        voiceNote: content.voiceNote,
        size: media.data.length,
        download: async () => Readable.from([media.data]),
      };
    }
  }
}

/**
 * The sandbox connection of the account linked to a number, other than the sender's (the first by id): looked up
 * for every send at the moment of the send, so a connection linked or unlinked a moment before is seen as it is
 * now; the lookups of many sends share one statement (TenantBatches).
 */
const recipientOp: BatchOp<{ sender: string; to: string }, string | undefined> = {
  lane: 'reads',
  order: 1,
  async run(trx, _scope, entries) {
    const linked: Array<{ id: string; phone_number: string }> = await trx('connections')
      .whereIn('phone_number', [...new Set(entries.map((entry) => entry.item.to))])
      .whereNotNull('linked_at')
      .whereNotIn('status', STOPPED)
      .orderBy('id')
      .select('id', 'phone_number');
    const byNumber = new Map<string, string[]>();
    for (const row of linked) byNumber.set(row.phone_number, [...(byNumber.get(row.phone_number) ?? []), row.id]);
    return entries.map(({ item }) => byNumber.get(item.to)?.find((id) => id !== item.sender));
  },
};

/**
 * Sandbox connections of one account reach each other: a message to another one's number arrives there as
 * inbound, under the same WhatsApp id (so a resend after a crash arrives once, as on WhatsApp). Only within
 * the account: anyone can link any number in the sandbox, so a wider network would let one tenant read
 * another's test traffic.
 */
export function sandboxNetwork(services: Services): SandboxNetwork {
  /** Stores what `sender` sent to `to` at the account's sandbox connection linked to that number, if any. */
  async function deliverTo(sender: SandboxSender, to: string, eventOf: (from: Sender, at: Date) => InboundEvent): Promise<void> {
    const scope = { accountId: sender.accountId, mode: 'test' as const };
    const recipient = await batchesOf(services.db).submit(scope, undefined, recipientOp, { sender: sender.connectionId, to });
    if (!recipient) return;
    const event = eventOf({ phoneNumber: sender.phoneNumber, lid: sender.lid, name: null }, new Date());
    await storeInboundEvent(services, scope, recipient, event, (work) => services.db.tenant(scope, work));
  }
  return {
    // A group message reaches every member's connection (the sender's own aside); its copy names the group.
    async deliver(sender: SandboxSender, message: OutboundMessage, group?: { id: string; members: string[] }): Promise<void> {
      const inGroup = group ? { group: group.id } : {};
      const numbers = group ? group.members.filter((member) => member !== sender.phoneNumber) : [message.to];
      await Promise.all(
        numbers.map((to) =>
          deliverTo(sender, to, (from, at) =>
            message.content.type === 'reaction'
              ? { kind: 'reaction', waMessageId: message.waMessageId, from, at, targetWaMessageId: message.content.target.waMessageId, emoji: message.content.emoji, ...inGroup }
              : {
                  kind: 'message',
                  waMessageId: message.waMessageId,
                  from,
                  at,
                  content: receivedContent(message),
                  replyTo: message.replyTo?.waMessageId ?? null,
                  mentions: message.mentions,
                  ...inGroup,
                },
          ),
        ),
      );
    },
    // An edit or a deletion for everyone arrives as the contact's own change of the message it names.
    deliverChange: (sender: SandboxSender, target: SentMessageRef, change: { text: string } | { revoke: true }) =>
      deliverTo(sender, target.to, (from, at) =>
        'text' in change
          ? { kind: 'edit', from, at, targetWaMessageId: target.waMessageId, content: { type: 'text', body: change.text } }
          : { kind: 'delete', from, at, targetWaMessageId: target.waMessageId },
      ),

    /** Each recipient that is another sandbox connection of the account sees the status, as its contact's. */
    async deliverStatus(sender: SandboxSender, post: StatusPost): Promise<void> {
      const scope = { accountId: sender.accountId, mode: 'test' as const };
      const { content } = post;
      const file = content.type === 'text' ? undefined : { mimeType: content.media.mimeType, size: content.media.data.length, open: async () => Readable.from([content.media.data]) };
      for (const to of post.recipients) {
        const recipient = await batchesOf(services.db).submit(scope, undefined, recipientOp, { sender: sender.connectionId, to });
        if (!recipient) continue;
        const status = contactStatus(post.waMessageId, { phoneNumber: sender.phoneNumber, lid: sender.lid, name: null }, content, file);
        await storeReceivedStatus(services, scope, recipient, status, (work) => services.db.tenant(scope, work));
      }
    },
  };
}
