import { Readable } from 'node:stream';
import type { components } from '../generated/openapi.js';
import { isStopped } from '../connections/models.js';
import { findConnection } from '../connections/service.js';
import type { InboundContent, InboundEvent } from '../connections/transport.js';
import { scopeOf, type Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict, forbidden, invalidRequest } from '../platform/http/errors.js';
import { normalizePhoneNumber } from '../platform/phone.js';
import type { Services } from '../platform/services.js';
import { contentFor, isMediaType } from './content.js';
import { receiveInbound } from './inbound.js';
import { presentMessage } from './presenters.js';
import { findMessageInChat } from './queries.js';
import { newWaMessageId, type SendOptions } from './send.js';

type Schemas = components['schemas'];

function inboundContent(type: Schemas['MessageType'], content: unknown): InboundContent {
  if (isMediaType(type)) {
    const media = content as Schemas['MediaContent'];
    // The file is the upload itself: nothing to download.
    return { type, mimeType: '', fileName: media.filename ?? null, caption: media.caption ?? null, voiceNote: media.voice_note === true, size: null, download: async () => Readable.from([]) };
  }
  switch (type) {
    case 'text':
      return { type, body: (content as Schemas['TextContent']).body };
    case 'location': {
      const place = content as Schemas['LocationContent'];
      return { type, latitude: place.latitude, longitude: place.longitude, name: place.name ?? null, address: place.address ?? null };
    }
    case 'contact':
      return {
        type,
        contacts: (content as Schemas['ContactContent']).contacts.map((card, i) => ({
          name: card.name,
          phoneNumbers: card.phone_numbers.map((number, j) => normalizePhoneNumber(number, `contact.contacts[${i}].phone_numbers[${j}]`)),
        })),
      };
    case 'poll': {
      const poll = content as Schemas['PollContent'];
      return { type, question: poll.question, options: poll.options, selectableCount: poll.selectable_count ?? 1 };
    }
    default:
      return { type: 'unsupported' };
  }
}

/** Plays a person writing to a sandbox connection: the message is received exactly as a real one would be. */
export async function sandboxInbound(
  trx: Transaction,
  services: Services,
  actor: Actor,
  body: Schemas['SandboxInboundRequest'],
  options: Pick<SendOptions, 'findMedia'>,
): Promise<Schemas['Message']> {
  if (actor.mode !== 'test') throw forbidden('sandbox_test_mode_only', 'Sandbox endpoints work with test-mode keys only.');
  const connection = await findConnection(trx, body.connection_id);
  if (!connection.linked_at || isStopped(connection)) {
    throw conflict('connection_not_linked', `Connection ${connection.id} is not linked to a sandbox number; scan its QR code first.`);
  }
  const from = normalizePhoneNumber(body.from, 'from');
  const content = contentFor(body.type, body);
  const waMessageId = newWaMessageId();
  const sender = { phoneNumber: from, lid: null, name: body.name ?? null };
  const at = new Date();
  let event: InboundEvent;
  if (body.type === 'reaction') {
    const reaction = content as Schemas['ReactionContent'];
    const target = await findMessageInChat(trx, connection.id, from, reaction.message_id, 'reaction.message_id');
    event = { kind: 'reaction', waMessageId, from: sender, at, targetWaMessageId: target.wa_message_id!, emoji: reaction.emoji };
  } else {
    const replyTo = body.reply_to ? (await findMessageInChat(trx, connection.id, from, body.reply_to, 'reply_to')).wa_message_id : null;
    event = { kind: 'message', waMessageId, from: sender, at, content: inboundContent(body.type, content), replyTo, mentions: [] };
  }
  let media;
  if (isMediaType(body.type)) {
    const given = content as Schemas['MediaContent'];
    if (given.media_id === undefined) throw invalidRequest('parameter_missing', `Sandbox media is given by ${body.type}.media_id (upload it first).`, `${body.type}.media_id`);
    media = await options.findMedia(trx, given.media_id, body.type, `${body.type}.media_id`);
  }
  const row = await receiveInbound({ trx, scope: scopeOf(actor), config: services.config, connection, ...(media ? { media } : {}) }, event);
  if (!row) throw new Error('a fresh WhatsApp id was taken');
  return presentMessage(row);
}
