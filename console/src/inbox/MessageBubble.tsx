import type { MediaInfo, Message } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/session';
import { summarize } from '../messages/summary';
import { ErrorNotice, formatTime } from '../ui/components';

const MEDIA = ['image', 'video', 'audio', 'document', 'sticker'] as const;
type MediaType = (typeof MEDIA)[number];

/** A media file fetched through the SDK (with the session) and shown from a blob: URL, freed when it goes. */
function MediaPreview({ type, media }: { type: MediaType; media: MediaInfo }) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    let made: string | undefined;
    api()
      .media.download(media.media_id, { signal: controller.signal })
      .then((download) => download.blob())
      .then((blob) => {
        if (controller.signal.aborted) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch((caught: unknown) => !controller.signal.aborted && setError(caught));
    return () => {
      controller.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [media.media_id]);
  const name = media.filename ?? media.caption ?? `${type} (${media.mime_type})`;
  if (error) return <ErrorNotice error={error} />;
  if (!url) return <p class="muted media-loading">Loading the {type}…</p>;
  switch (type) {
    case 'image':
    case 'sticker':
      return <img class={`media ${type}`} src={url} alt={media.caption ?? (type === 'sticker' ? 'Sticker' : 'Image')} data-testid="media-preview" />;
    case 'video':
      return <video class="media" src={url} controls aria-label={media.caption ?? 'Video'} data-testid="media-preview" />;
    case 'audio':
      return <audio src={url} controls aria-label={media.voice_note ? 'Voice note' : 'Audio'} data-testid="media-preview" />;
    default:
      return (
        <a href={url} download={media.filename ?? 'document'} data-testid="media-preview">
          Download {name} ({Math.max(1, Math.round(media.size / 1024))} KB)
        </a>
      );
  }
}

const TICKS: Partial<Record<Message['status'], [string, string]>> = {
  scheduled: ['🕓', 'Scheduled'],
  queued: ['🕓', 'Queued'],
  sending: ['🕓', 'Sending'],
  sent: ['✓', 'Sent'],
  delivered: ['✓✓', 'Delivered'],
  read: ['✓✓', 'Read'],
  failed: ['!', 'Failed'],
  canceled: ['✕', 'Canceled'],
  expired: ['✕', 'Expired'],
};

/** An outbound message's delivery state: ticks for the eye, the word for everyone. */
export function Ticks({ message }: { message: Message }) {
  const tick = TICKS[message.status];
  if (!tick) return null;
  return (
    <span class={`ticks ${message.status}`} data-testid="ticks" data-status={message.status}>
      <span aria-hidden="true">{tick[0]}</span> {tick[1]}
      {message.error && `: ${message.error.message}`}
    </span>
  );
}

function Content({ message }: { message: Message }) {
  if (message.deleted_at) return <p class="muted">This message was deleted.</p>;
  const media = (MEDIA as readonly string[]).includes(message.type) ? message[message.type as MediaType] : undefined;
  if (media) {
    return (
      <>
        <MediaPreview type={message.type as MediaType} media={media} />
        {media.caption && <p class="body">{media.caption}</p>}
      </>
    );
  }
  switch (message.type) {
    case 'text':
      return <p class="body">{message.text?.body}</p>;
    case 'location': {
      const place = message.location;
      if (!place) return null;
      return (
        <p class="body">
          Location: {place.name ?? 'a place'}
          {place.address && `, ${place.address}`}{' '}
          <span class="muted">
            ({place.latitude}, {place.longitude})
          </span>
        </p>
      );
    }
    case 'contact':
      return (
        <ul class="contact-cards" aria-label="Contact cards">
          {(message.contact?.contacts ?? []).map((card, index) => (
            <li key={index}>
              <strong>{card.name}</strong> {card.phone_numbers.join(', ')}
              {card.email && ` · ${card.email}`}
              {card.organization && ` · ${card.organization}`}
            </li>
          ))}
        </ul>
      );
    case 'poll':
      return (
        <div class="body">
          <p>
            Poll: <strong>{message.poll?.question}</strong>
          </p>
          <ol class="poll" aria-label="Poll options">
            {(message.poll?.options ?? []).map((option) => (
              <li key={option}>{option}</li>
            ))}
          </ol>
          {(message.poll?.selectable_count ?? 1) > 1 && <p class="muted">Up to {message.poll?.selectable_count} choices.</p>}
        </div>
      );
    case 'reaction':
      return <p class="body">Reacted {message.reaction?.emoji || '(reaction removed)'}</p>;
    default:
      return (
        <p class="muted">
          A kind of message Parley cannot show yet{message.error ? ` (${message.error.message})` : ''}: read it on the phone.
        </p>
      );
  }
}

/** One message of a conversation, with the message it replies to quoted and the reactions to it. */
export function MessageBubble({ message, quoted, reactions }: { message: Message; quoted: Message | null | undefined; reactions: Message[] }) {
  const outbound = message.direction === 'outbound';
  return (
    <li class={`bubble ${outbound ? 'out' : 'in'}`} data-message-id={message.id}>
      <span class="visually-hidden">{outbound ? 'You:' : `${message.from ?? 'They'}:`}</span>
      {message.reply_to && (
        <blockquote class="quote" data-testid="quote">
          {quoted ? summarize(quoted) : 'A reply to an earlier message'}
        </blockquote>
      )}
      <Content message={message} />
      {reactions.length > 0 && (
        <p class="reactions" aria-label="Reactions">
          {reactions.map((reaction) => reaction.reaction?.emoji).join(' ')}
        </p>
      )}
      <p class="meta">
        <time dateTime={message.created_at}>{formatTime(message.created_at)}</time>
        {outbound && <Ticks message={message} />}
      </p>
    </li>
  );
}
