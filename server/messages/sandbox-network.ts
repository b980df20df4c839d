import { Readable } from 'node:stream';
import { STOPPED } from '../connections/models.js';
import type { InboundContent, InboundEvent, OutboundMessage } from '../connections/transport.js';
import type { SandboxNetwork, SandboxSender } from '../connections/sandbox/transport.js';
import type { Services } from '../platform/services.js';
import { storeInboundEvent } from './inbound.js';

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
 * Sandbox connections of one account reach each other: a message to another one's number arrives there as
 * inbound, under the same WhatsApp id (so a resend after a crash arrives once, as on WhatsApp). Only within
 * the account: anyone can link any number in the sandbox, so a wider network would let one tenant read
 * another's test traffic.
 */
export function sandboxNetwork(services: Services): SandboxNetwork {
  return {
    async deliver(sender: SandboxSender, message: OutboundMessage): Promise<void> {
      const scope = { accountId: sender.accountId, mode: 'test' as const };
      const recipient = await services.db.tenant(scope, (trx) =>
        trx('connections')
          .where({ phone_number: message.to })
          .whereNot({ id: sender.connectionId })
          .whereNotNull('linked_at')
          .whereNotIn('status', STOPPED)
          .orderBy('id')
          .first('id'),
      );
      if (!recipient) return;
      const from = { phoneNumber: sender.phoneNumber, lid: sender.lid, name: null };
      const at = new Date();
      const event: InboundEvent =
        message.content.type === 'reaction'
          ? { kind: 'reaction', waMessageId: message.waMessageId, from, at, targetWaMessageId: message.content.target.waMessageId, emoji: message.content.emoji }
          : {
              kind: 'message',
              waMessageId: message.waMessageId,
              from,
              at,
              content: receivedContent(message),
              replyTo: message.replyTo?.waMessageId ?? null,
              mentions: message.mentions,
            };
      await storeInboundEvent(services, scope, recipient.id as string, event, (work) => services.db.tenant(scope, work));
    },
  };
}
