import type { Chat, CreateMessageRequest, Message } from '@parley/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/session';
import { summarize } from '../messages/summary';
import { Button, Empty, ErrorNotice, Form, Loading, useAction } from '../ui/components';
import { attach, AttachButton, AttachmentCard, type Attached } from './Attachment';
import { mergeMessages, type Listener } from './live';
import { MessageBubble } from './MessageBubble';
import { takesCaption, uploadWithProgress } from './upload';

const PAGE = 30;

export function chatName(chat: Chat): string {
  return chat.name ?? chat.phone_number ?? chat.wa_lid ?? chat.id;
}

/**
 * One chat: its messages oldest at the top, older pages on demand, live messages merged by id, marked read when
 * opened and as messages arrive (for those who may), and the reply box.
 */
export function Conversation(props: { chat: Chat; canReply: boolean; subscribe: (listener: Listener) => () => void; onChat: (chat: Chat) => void; onBack: () => void }) {
  const { chat, canReply } = props;
  const [messages, setMessages] = useState<Message[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [announce, setAnnounce] = useState('');
  const [text, setText] = useState('');
  const [attached, setAttached] = useState<Attached | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const markRead = () => {
    if (canReply) api().chats.markRead(chat.id).then(props.onChat, () => undefined);
  };

  useEffect(() => {
    heading.current?.focus();
    const controller = new AbortController();
    api()
      .chats.listMessages(chat.id, { limit: PAGE }, { signal: controller.signal })
      .then((page) => {
        setMessages((current) => mergeMessages(current, page.data));
        setHasMore(page.hasMore);
        setLoaded(true);
      })
      .catch((caught: unknown) => !controller.signal.aborted && (setError(caught), setLoaded(true)));
    if (chat.unread_count > 0) markRead();
    const unsubscribe = props.subscribe((message) => {
      if (message.chat_id !== chat.id) return;
      setMessages((current) => {
        const fresh = !current.some((m) => m.id === message.id);
        if (fresh && message.direction === 'inbound') {
          setAnnounce(`New message from ${message.from ?? chatName(chat)}: ${summarize(message)}`);
          markRead();
        }
        return mergeMessages(current, [message]);
      });
    });
    return () => {
      controller.abort();
      unsubscribe();
    };
  }, [chat.id]);


  const older = useAction(async () => {
    const last = messages[messages.length - 1];
    const page = await api().chats.listMessages(chat.id, { limit: PAGE, ...(last ? { starting_after: last.id } : {}) });
    setMessages((current) => mergeMessages(current, page.data));
    setHasMore(page.hasMore);
  });

  // With a file attached, the text is its caption where the type has one (audio has none: the text stays for later).
  const captioned = attached !== null && takesCaption(attached.type);
  const send = useAction(async () => {
    const body = text.trim();
    if (!chat.phone_number) return;
    const to = { connection_id: chat.connection_id, to: chat.phone_number };
    if (attached) {
      let media = attached.media;
      if (!media) {
        setProgress(0);
        try {
          media = await uploadWithProgress(attached.file, setProgress);
        } finally {
          setProgress(null);
        }
        const uploaded = media;
        setAttached((current) => (current?.file === attached.file ? { ...current, media: uploaded } : current));
      }
      const content = { media_id: media.id, ...(captioned && body ? { caption: body } : {}) };
      const message = await api().messages.create({ ...to, type: attached.type, [attached.type]: content } as CreateMessageRequest);
      setMessages((current) => mergeMessages(current, [message]));
      setAttached(null);
      if (captioned) setText('');
      return;
    }
    if (!body) return;
    const message = await api().messages.create({ ...to, type: 'text', text: { body } });
    setMessages((current) => mergeMessages(current, [message]));
    setText('');
  });

  const byId = new Map(messages.map((message) => [message.id, message]));
  const reactions = new Map<string, Message[]>();
  for (const message of messages) {
    const target = message.type === 'reaction' ? message.reaction?.message_id : undefined;
    if (target && byId.has(target)) reactions.set(target, [...(reactions.get(target) ?? []), message]);
  }
  const shown = messages.filter((message) => !(message.type === 'reaction' && byId.has(message.reaction?.message_id ?? ''))).reverse();

  return (
    <section class="conversation card" aria-labelledby="conversation-heading">
      <div class="conversation-head">
        <button type="button" class="button plain back" onClick={props.onBack}>
          ← All chats
        </button>
        <h2 id="conversation-heading" tabIndex={-1} ref={heading}>
          {chatName(chat)}
        </h2>
        {chat.name && chat.phone_number && <p class="muted">{chat.phone_number}</p>}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {announce}
      </p>
      <ErrorNotice error={error ?? older.error} />
      {hasMore && (
        <Button onClick={() => void older.run()} busy={older.busy} busyLabel="Loading…">
          Load older messages
        </Button>
      )}
      {!loaded ? (
        <Loading label="Loading messages…" />
      ) : shown.length === 0 ? (
        <Empty title="No messages in this chat yet">{canReply && <p>Write the first one below.</p>}</Empty>
      ) : (
        <div
          class="messages"
          role="log"
          aria-label={`Messages with ${chatName(chat)}`}
          tabIndex={0}
        >
          <ol>
          {shown.map((message) => (
            <MessageBubble key={message.id} message={message} quoted={message.reply_to ? (byId.get(message.reply_to) ?? null) : undefined} reactions={reactions.get(message.id) ?? []} />
          ))}
          </ol>
        </div>
      )}
      {canReply &&
        (chat.phone_number ? (
          <Form class="reply" onSubmit={() => void send.run()}>
            {attached && (
              <AttachmentCard
                attached={attached}
                progress={progress}
                busy={send.busy}
                onRemove={() => {
                  setAttached(null);
                  send.setError(undefined);
                }}
              />
            )}
            <label class="field">
              <span class="label">{captioned ? 'Caption (optional)' : 'Reply'}</span>
              <textarea
                rows={2}
                value={text}
                onInput={(event) => setText(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                    event.preventDefault();
                    void send.run();
                  }
                }}
              />
              <span class="hint">
                {attached && !captioned ? 'Audio has no caption: this text stays here to send after it. ' : ''}
                Enter sends, Shift+Enter starts a new line.
              </span>
            </label>
            <div class="reply-actions">
              <AttachButton
                disabled={send.busy}
                onFile={(file) => {
                  setAttached(attach(file));
                  send.setError(undefined);
                }}
              />
              <Button type="submit" variant="primary" busy={send.busy} busyLabel={progress !== null ? 'Uploading…' : 'Sending…'} disabled={!text.trim() && !attached}>
                Send
              </Button>
            </div>
            <ErrorNotice error={send.error} />
          </Form>
        ) : (
          <p class="muted">This person's number is not known (only their WhatsApp LID), so Parley cannot write to them.</p>
        ))}
    </section>
  );
}
