import type { CallOptions, Transport } from "../api/transport";

type Handler = (...args: never[]) => unknown;

/**
 * A backend in memory for tests: each method answers from a handler (a missing one rejects like
 * the real backend does), every call is logged, and emit() delivers events.
 */
export class FakeTransport implements Transport {
  readonly log: { method: string; args: unknown[]; options?: CallOptions }[] = [];
  private handlers = new Map<string, Set<(data: unknown) => void>>();
  private reconnectHandlers = new Set<() => void>();

  constructor(private methods: Record<string, Handler> = {}) {}

  on(method: string, handler: Handler) {
    this.methods[method] = handler;
  }

  async call(method: string, args: unknown[], options?: CallOptions): Promise<unknown> {
    this.log.push({ method, args, options });
    const handler = this.methods[method];
    if (!handler) throw new Error(`The fake backend has no method ${method}.`);
    return (handler as (...a: unknown[]) => unknown)(...args);
  }

  calls(method: string): unknown[][] {
    return this.log.filter((entry) => entry.method === method).map((entry) => entry.args);
  }

  subscribe(event: string, handler: (data: unknown) => void) {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  onReconnect(handler: () => void) {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  emit(event: string, data: unknown) {
    this.handlers.get(event)?.forEach((handler) => handler(data));
  }
}
