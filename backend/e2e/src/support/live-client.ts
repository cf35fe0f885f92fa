/** One server-sent event as a browser's EventSource would see it. */
export interface ReceivedEvent {
  id: string;
  type: string;
  data: any;
  /** performance.now() when it arrived. */
  at: number;
}

/**
 * A browser-like live stream on `GET /api/v1/notifications/stream`: parses server-sent events, and when the
 * connection drops (the API process restarts), reconnects after `retryMs` sending `Last-Event-ID`, as
 * EventSource does. Every event received is kept in `events`, in arrival order.
 */
export class LiveClient {
  readonly events: ReceivedEvent[] = [];
  lastEventId: string | null = null;
  connects = 0;
  private closed = false;
  private abort: AbortController | null = null;
  private waiters: (() => void)[] = [];
  private opened: Promise<void>;
  private markOpen!: () => void;

  constructor(
    private readonly baseUrl: () => string,
    private readonly cookie: string,
    private readonly retryMs = 200,
  ) {
    this.opened = new Promise((r) => (this.markOpen = r));
    void this.run();
  }

  /** Resolves once the first connection is live (its `ready` event: from then on, nothing appended is missed). */
  ready(): Promise<void> {
    return this.opened;
  }

  close(): void {
    this.closed = true;
    this.abort?.abort();
  }

  /** Waits until `predicate` holds over the events received, or fails after `timeoutMs`. */
  async until(predicate: (events: ReceivedEvent[]) => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.events)) {
      if (Date.now() > deadline) throw new Error(`live events not as expected after ${timeoutMs} ms: ${JSON.stringify(this.events.map((e) => [e.id, e.type]))}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      this.abort = new AbortController();
      try {
        const headers: Record<string, string> = { cookie: this.cookie, accept: 'text/event-stream' };
        if (this.lastEventId) headers['last-event-id'] = this.lastEventId;
        const response = await fetch(`${this.baseUrl()}/api/v1/notifications/stream`, { headers, signal: this.abort.signal });
        if (response.status === 200 && response.body) {
          this.connects++;
          await this.read(response.body);
        }
      } catch {
        /* the process went away: reconnect */
      }
      if (!this.closed) await new Promise((r) => setTimeout(r, this.retryMs));
    }
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id: string | null = null;
        let type = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'id') id = value;
          else if (field === 'event') type = value;
          else if (field === 'data') data.push(value);
        }
        if (data.length === 0) continue;
        if (id !== null) this.lastEventId = id;
        if (type === 'ready') this.markOpen();
        this.events.push({ id: id ?? '', type, data: JSON.parse(data.join('\n')), at: performance.now() });
        for (const w of this.waiters.splice(0)) w();
      }
    }
  }
}
