export interface ServerSentEvent {
  event: string;
  /** The `id:` field, when the server sent one. */
  id?: string;
  /** The `data:` payload, parsed as JSON. */
  data: any;
}

/**
 * Reads a server-sent-events stream the way a client would: fetch, a stream reader, and the `event:` /
 * `data:` / `retry:` fields of each blank-line-terminated block. Comments (`: keep-alive`) are kept apart.
 */
export class EventStream {
  readonly events: ServerSentEvent[] = [];
  readonly comments: string[] = [];
  retry: number | undefined;
  /** Events before this index have been handed out by next(). */
  #taken = 0;
  #ended = false;
  #error: unknown;
  readonly #wakers = new Set<() => void>();
  readonly #reading: Promise<void>;

  private constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {
    if (!response.body) throw new Error('the events stream has no body');
    this.#reading = this.#read(response.body);
  }

  /** Opens the stream; throws with the server's answer when it is not a 200 event stream. */
  static async open(baseUrl: string, path: string, key: string, headers: Record<string, string> = {}): Promise<EventStream> {
    const controller = new AbortController();
    const response = await fetch(new URL(path, baseUrl), {
      headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      const text = await response.text();
      throw new Error(`GET ${path} answered ${response.status} ${response.headers.get('content-type')}: ${text}`);
    }
    return new EventStream(response, controller);
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          this.#parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (error) {
      if (!this.controller.signal.aborted) this.#error = error;
    } finally {
      this.#ended = true;
      this.#wake();
    }
  }

  #parse(block: string): void {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry') this.retry = Number(value);
    }
    if (data.length === 0) return;
    this.events.push({ event, ...(id === undefined ? {} : { id }), data: JSON.parse(data.join('\n')) });
    this.#wake();
  }

  #wake(): void {
    for (const wake of this.#wakers) wake();
    this.#wakers.clear();
  }

  types(): string[] {
    return this.events.map((e) => e.event);
  }

  /** The next event of `type` after the last one taken (others in between are skipped). */
  async next(type: string, timeoutMs = 5_000): Promise<ServerSentEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.events.findIndex((e, i) => i >= this.#taken && e.event === type);
      const found = this.events[index];
      if (found) {
        this.#taken = index + 1;
        return found;
      }
      if (this.#ended) throw new Error(`the stream ended (${String(this.#error ?? 'closed')}) before ${type}; it carried ${this.types().join(', ')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} within ${timeoutMs} ms; the stream carried ${this.types().join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wakers.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Whether the server has ended the stream. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Resolves once the server has ended the stream (or rejects after `timeoutMs`). */
  async waitForEnd(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#ended) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the stream was still open after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wakers.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Goes away like a client closing the page; resolves once the reader has stopped. */
  async close(): Promise<void> {
    this.controller.abort();
    await this.#reading;
  }
}
