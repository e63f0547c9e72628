import type { Transport, Unsubscribe } from "./transport";

type Handler = (data: unknown) => void;

export interface HttpTransportOptions {
  /** Origin of the studio server, e.g. "http://127.0.0.1:8765"; defaults to the page's own. */
  origin?: string;
  fetch?: typeof fetch;
  WebSocket?: typeof WebSocket;
  /** First reconnect delay in ms; it doubles on every failed try up to maxBackoffMs. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * How long a call waits for the event stream to say it is subscribed, so that nothing that
   * changes between the call's answer and the stream's start is missed; 0 does not wait.
   */
  streamWaitMs?: number;
}

/** The longest a call waits for the event stream before going ahead without it. */
const defaultStreamWaitMs = 2000;

interface EventMessage {
  name: string;
  data: unknown;
}

/**
 * Talks to the studio's serve mode: POST /api/<Method> with the positional arguments as a JSON
 * array, and a WebSocket at /api/events that is reopened with backoff whenever it drops.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const origin = options.origin ?? window.location.origin;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const events = new EventStream(eventsUrl(origin), options);
  const streamWaitMs = options.streamWaitMs ?? defaultStreamWaitMs;

  return {
    async call(method, args, callOptions) {
      // What a page loads at its start is answered after its event stream is subscribed, so
      // a change between the two reaches it as an event.
      if (streamWaitMs > 0 && !callOptions?.keepalive) await events.subscribed(streamWaitMs);
      const response = await doFetch(`${origin}/api/${method}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(args),
        keepalive: callOptions?.keepalive,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(errorMessage(method, response.status, text));
      return text === "" ? null : JSON.parse(text);
    },
    subscribe: (event, handler) => events.subscribe(event, handler),
    onReconnect: (handler) => events.onReconnect(handler),
  };
}

function eventsUrl(origin: string): string {
  return origin.replace(/^http/, "ws") + "/api/events";
}

function errorMessage(method: string, status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === "string" && parsed.error !== "") return parsed.error;
  } catch {
    // Not JSON: fall through to a message naming the method.
  }
  return `The studio backend failed on ${method} (HTTP ${status}).`;
}

class EventStream {
  private handlers = new Map<string, Set<Handler>>();
  private reconnectHandlers = new Set<() => void>();
  private socket: WebSocket | null = null;
  private backoffMs: number;
  private hasDropped = false;
  private readonly url: string;
  private readonly WebSocketImpl: typeof WebSocket;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private markSubscribed!: () => void;
  /** Settles with the stream's first message, which the backend sends once it is subscribed. */
  private readonly firstMessage = new Promise<void>((resolve) => (this.markSubscribed = resolve));
  private hasSubscribed = false;

  constructor(url: string, options: HttpTransportOptions) {
    this.url = url;
    this.WebSocketImpl = options.WebSocket ?? WebSocket;
    this.minBackoffMs = options.minBackoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 8000;
    this.backoffMs = this.minBackoffMs;
  }

  subscribe(event: string, handler: Handler): Unsubscribe {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    this.ensureOpen();
    return () => set.delete(handler);
  }

  /** Resolves once the stream is subscribed, or after waitMs, opening it if need be. */
  subscribed(waitMs: number): Promise<void> {
    if (this.hasSubscribed) return Promise.resolve();
    this.ensureOpen();
    return Promise.race([
      this.firstMessage,
      new Promise<void>((resolve) => setTimeout(resolve, waitMs)),
    ]);
  }

  onReconnect(handler: () => void): Unsubscribe {
    this.reconnectHandlers.add(handler);
    this.ensureOpen();
    return () => this.reconnectHandlers.delete(handler);
  }

  private ensureOpen() {
    if (this.socket) return;
    const socket = new this.WebSocketImpl(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.backoffMs = this.minBackoffMs;
      if (this.hasDropped) this.reconnectHandlers.forEach((handler) => handler());
    };
    socket.onmessage = (message) => this.dispatch(message.data);
    socket.onclose = () => {
      this.socket = null;
      this.hasDropped = true;
      const delay = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
      setTimeout(() => this.ensureOpen(), delay);
    };
  }

  private dispatch(raw: unknown) {
    if (!this.hasSubscribed) {
      this.hasSubscribed = true;
      this.markSubscribed();
    }
    if (typeof raw !== "string") return;
    let messages: EventMessage[];
    try {
      messages = JSON.parse(raw) as EventMessage[];
    } catch {
      console.warn("Ignored an event from the studio backend that is not JSON:", raw);
      return;
    }
    // The backend sends the events of a few milliseconds together, oldest first.
    for (const message of messages) {
      this.handlers.get(message.name)?.forEach((handler) => handler(message.data));
    }
  }
}
