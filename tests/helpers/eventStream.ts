import type { TestHttpClient } from './httpClient';

export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface EventStream {
  readonly status: number;
  readonly contentType: string | null;
  /** The next event that passes `wanted`, skipping others; fails after `timeoutMs`. */
  next(wanted?: (event: ServerSentEvent) => boolean, timeoutMs?: number): Promise<ServerSentEvent>;
  close(): Promise<void>;
}

/** One block of `field: value` lines, as the EventSource parser reads it; comments (`: …`) carry no event. */
function parseBlock(block: string): ServerSentEvent | null {
  let id: string | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? null : { id, event, data: data.join('\n') };
}

/** Subscribes to a server-sent event stream as this client (its cookies), and reads the events as they come. */
export async function openEventStream(client: TestHttpClient, path: string): Promise<EventStream> {
  const abort = new AbortController();
  const response = await client.fetch(path, { headers: { accept: 'text/event-stream' }, signal: abort.signal });
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  const queued: ServerSentEvent[] = [];

  async function readEvent(): Promise<ServerSentEvent> {
    for (;;) {
      const queuedEvent = queued.shift();
      if (queuedEvent !== undefined) return queuedEvent;
      if (reader === undefined) throw new Error('The answer has no body');
      const { value, done } = await reader.read();
      if (done) throw new Error('The stream ended');
      buffered += value;
      const blocks = buffered.split('\n\n');
      buffered = blocks.pop() ?? '';
      for (const block of blocks) {
        const event = parseBlock(block);
        if (event !== null) queued.push(event);
      }
    }
  }

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    async next(wanted = () => true, timeoutMs = 5_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`No event within ${String(timeoutMs)} ms`)), timeoutMs);
      });
      try {
        for (;;) {
          const event = await Promise.race([readEvent(), late]);
          if (wanted(event)) return event;
        }
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      abort.abort();
      await reader?.cancel().catch(() => undefined);
    },
  };
}
