import type { ReceivedStatus, StatusCommand } from '../connections/status-history.js';
import type { components } from '../generated/openapi.js';
import type { MediaFile } from '../messages/send.js';

type Schemas = components['schemas'];

const textOf = (body: string, backgroundColor: string | null, font: Schemas['StatusText']['font'] | null): Schemas['StatusText'] => ({
  body,
  ...(backgroundColor ? { background_color: backgroundColor } : {}),
  ...(font ? { font } : {}),
});

const mediaInfo = (media: MediaFile, caption: string | null): Schemas['MediaInfo'] => ({
  media_id: media.id,
  mime_type: media.mime_type,
  size: Number(media.size),
  filename: null,
  caption,
  voice_note: false,
});

/** A status this connection posted. */
export function presentPostedStatus(connectionId: string, status: StatusCommand, media: MediaFile | undefined, at: Date): Schemas['Status'] {
  const { content } = status;
  return {
    object: 'status',
    connection_id: connectionId,
    direction: 'outbound',
    wa_message_id: status.waMessageId,
    type: content.type,
    text: content.type === 'text' ? textOf(content.body, content.backgroundColor, content.font) : null,
    media: content.type !== 'text' && media ? mediaInfo(media, content.caption) : null,
    from: null,
    recipients: status.recipients,
    created_at: at.toISOString(),
  };
}

/** A status a contact posted; `media` is its kept file (null when it could not be kept). */
export function presentReceivedStatus(connectionId: string, status: ReceivedStatus, media: MediaFile | undefined): Schemas['Status'] {
  const { content } = status;
  const type = content.type === 'text' || content.type === 'image' || content.type === 'video' ? content.type : 'unsupported';
  return {
    object: 'status',
    connection_id: connectionId,
    direction: 'inbound',
    wa_message_id: status.waMessageId,
    type,
    text: content.type === 'text' ? textOf(content.body, status.backgroundColor, status.font) : null,
    media: (type === 'image' || type === 'video') && media && 'caption' in content ? mediaInfo(media, content.caption) : null,
    from: { phone_number: status.from.phoneNumber, wa_lid: status.from.lid, name: status.from.name },
    recipients: null,
    created_at: status.at.toISOString(),
  };
}
