import type { Chat } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { connectionLabel } from '../connections/status';
import { summarize } from '../messages/summary';
import { Button, Empty, ErrorNotice, Field, formatTime, Link, Loading, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';
import { chatName, Conversation } from './Conversation';
import { useMessageStream } from './live';
import './inbox.css';

function pathFor(connection: string | null, chat?: string): string {
  const query = new URLSearchParams();
  if (connection) query.set('connection_id', connection);
  if (chat) query.set('chat', chat);
  const search = query.toString();
  return `/inbox${search ? `?${search}` : ''}`;
}

const newestFirst = (a: Chat, b: Chat) => ((b.last_message_at ?? b.created_at) > (a.last_message_at ?? a.created_at) ? 1 : -1);

/**
 * The inbox: chats by latest activity with their unread counts, and the open chat's conversation. The account's
 * event stream keeps both current: a message event refreshes its chat (GET /v1/chats/{id}, so the unread count is
 * the API's) and is merged by id into the open conversation.
 */
export function InboxPage() {
  const { mode, session } = getState();
  const writer = canWrite(session?.role);
  const { query } = useLocation();
  const connection = query.get('connection_id');
  const selected = query.get('chat');
  const [attempt, setAttempt] = useState(0);
  const stream = useMessageStream(mode, attempt);
  const connections = useLoad(() => api().connections.list({ limit: 100 }), [mode]);
  const list = usePaged<Chat>((cursor) => api().chats.list({ limit: PAGE_SIZE, ...(connection ? { connection_id: connection } : {}), ...cursor }), [mode, connection]);
  const [updated, setUpdated] = useState<Record<string, Chat>>({});
  const open = useLoad(() => (selected ? api().chats.retrieve(selected) : Promise.resolve(undefined)), [mode, selected]);

  useEffect(() => setUpdated({}), [mode, connection, list.data]);
  const keep = (chat: Chat) => setUpdated((current) => ({ ...current, [chat.id]: chat }));
  useEffect(
    () =>
      stream.subscribe((message) => {
        if (!message.chat_id || (connection && message.connection_id !== connection)) return;
        // The open chat marks an inbound message read and passes on the chat it gets back: fetching it here too
        // could answer after that, with the message still unread.
        if (message.chat_id === selected && writer && message.direction === 'inbound') return;
        api().chats.retrieve(message.chat_id).then(keep, () => undefined);
      }),
    [connection, selected, writer],
  );

  // Live chats replace their listed selves; a new chat joins the first page.
  const listed = list.items.map((chat) => updated[chat.id] ?? chat);
  const added = list.pageNumber === 1 ? Object.values(updated).filter((chat) => !listed.some((c) => c.id === chat.id)) : [];
  const chats = [...listed, ...added].sort(newestFirst);
  const openChat = selected ? (updated[selected] ?? open.data) : undefined;
  const names = new Map((connections.data?.data ?? []).map((c) => [c.id, connectionLabel(c)]));
  const hasConnections = (connections.data?.data.length ?? 0) > 0;

  return (
    <>
      <p class="lead">Conversations on your {mode} connections, latest activity first. New messages and delivery ticks arrive live.</p>
      <p class={`live-banner ${stream.live}`} role="status">
        {stream.live === 'open' ? 'Live: new messages appear as they arrive.' : stream.live === 'opening' ? 'Connecting to the live stream…' : 'The live stream is closed: reconnect to see new messages.'}
      </p>
      {stream.error !== undefined && (
        <>
          <ErrorNotice error={stream.error} />
          <Button onClick={() => setAttempt(attempt + 1)}>Reconnect</Button>
        </>
      )}
      <div class={`inbox ${selected ? 'has-open' : ''}`}>
        <section class="chat-list card" aria-labelledby="chats-heading">
          <h2 id="chats-heading">Chats</h2>
          {hasConnections && (
            <Field label="Connection">
              <select value={connection ?? ''} onChange={(event) => navigate(pathFor(event.currentTarget.value || null))}>
                <option value="">All connections</option>
                {(connections.data?.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {connectionLabel(c)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <ErrorNotice error={list.error ?? connections.error} />
          {list.loading && !list.data ? (
            <Loading label="Loading chats…" />
          ) : chats.length === 0 && !list.error ? (
            connections.data && !hasConnections ? (
              <Empty title="No connections yet">
                <p>
                  <Link to="/connections">Link a WhatsApp number</Link>: its conversations show here.
                </p>
              </Empty>
            ) : (
              <Empty title={connection ? 'No chats on this connection yet' : 'No chats yet'}>
                <p>When someone writes to your number, or you send a message with POST /v1/messages, the chat shows here.</p>
                {mode === 'test' && <p>In test mode, simulate a person writing with POST /v1/sandbox/inbound.</p>}
              </Empty>
            )
          ) : (
            <ul class="chats" aria-label="Chats">
              {chats.map((chat) => (
                <li key={chat.id}>
                  <Link to={pathFor(connection, chat.id)} class="chat-line" aria-current={chat.id === selected ? 'page' : undefined}>
                    <span class="chat-top">
                      <strong>{chatName(chat)}</strong>
                      <time class="muted" dateTime={chat.last_message_at ?? chat.created_at}>
                        {formatTime(chat.last_message_at ?? chat.created_at)}
                      </time>
                    </span>
                    <span class="chat-bottom">
                      <span class="muted excerpt-line">{chat.last_message ? summarize(chat.last_message) : 'No messages'}</span>
                      {chat.unread_count > 0 && (
                        <span class="unread" data-testid="unread">
                          {chat.unread_count}
                          <span class="visually-hidden"> unread</span>
                        </span>
                      )}
                    </span>
                    {!connection && names.size > 1 && <span class="muted small">on {names.get(chat.connection_id) ?? chat.connection_id}</span>}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Pager pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} label="Chats" />
        </section>
        {selected ? (
          openChat ? (
            <Conversation key={openChat.id} chat={openChat} canReply={writer} subscribe={stream.subscribe} onChat={keep} onBack={() => navigate(pathFor(connection))} />
          ) : (
            <section class="conversation card">{open.error ? <ErrorNotice error={open.error} /> : <Loading label="Loading the chat…" />}</section>
          )
        ) : (
          <section class="conversation card placeholder">
            <Empty title="Choose a chat">
              <p>Its messages show here{writer ? ', with a box to reply' : ''}.</p>
            </Empty>
          </section>
        )}
      </div>
    </>
  );
}
