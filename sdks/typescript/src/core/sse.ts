/** One message of a `text/event-stream`, as the HTML standard's event-stream parsing defines it. */
export interface ServerSentEvent {
  /** `message` unless the server named it with `event:`. */
  event: string;
  /** The `data:` lines joined with newlines; empty for a message that only set `id:` or `retry:`. */
  data: string;
  id?: string;
  /** The reconnection delay the server asks for, in milliseconds. */
  retry?: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Reads messages off a response body; cancels the body when the caller stops early. */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let pending: { event?: string; data: string[]; id?: string; retry?: number; touched: boolean } = { data: [], touched: false };
  const take = (line: string): ServerSentEvent | undefined => {
    if (line === '') {
      const message = pending;
      pending = { data: [], touched: false };
      if (!message.touched) return undefined;
      return { event: message.event ?? 'message', data: message.data.join('\n'), id: message.id, retry: message.retry };
    }
    if (line.startsWith(':')) return undefined; // a comment: keep-alives
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') pending.data.push(value);
    else if (field === 'event') pending.event = value;
    else if (field === 'id' && !value.includes('\0')) pending.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) pending.retry = Number(value);
    else return undefined;
    pending.touched = true;
    return undefined;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (let match = LINE_BREAK.exec(buffer); match; match = LINE_BREAK.exec(buffer)) {
        // A lone \r at the end may be the first half of \r\n still in flight.
        if (match[0] === '\r' && match.index === buffer.length - 1 && !done) break;
        const message = take(buffer.slice(0, match.index));
        buffer = buffer.slice(match.index + match[0].length);
        if (message) yield message;
      }
      if (done) return; // a message without its closing blank line is incomplete and dropped, as browsers do
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
