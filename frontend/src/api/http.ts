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
}

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

  return {
    async call(method, args, callOptions) {
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
