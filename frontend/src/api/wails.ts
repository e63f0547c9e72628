import { toError, type Transport, type Unsubscribe } from "./transport";

type BoundMethod = (...args: unknown[]) => Promise<unknown>;

interface WailsWindow {
  go?: { app?: { App?: Record<string, BoundMethod> } };
  runtime?: {
    EventsOn?: (name: string, callback: (data: unknown) => void) => Unsubscribe | void;
  };
}

function wailsWindow(): WailsWindow {
  return window as unknown as WailsWindow;
}

export function hasWailsBindings(): boolean {
  return Boolean(wailsWindow().go?.app?.App);
}

/** The Wails events the backend emits: batches of studio events, and word that some were lost. */
const eventsEvent = "studio-events";
const eventsDroppedEvent = "studio-events-dropped";

interface EventMessage {
  name: string;
  data: unknown;
}

/**
 * Calls the Go methods Wails binds on window.go.app.App and hears the studio's events, which the
 * backend emits in batches as one Wails event.
 */
export function createWailsTransport(): Transport {
  const handlers = new Map<string, Set<(data: unknown) => void>>();
  const reconnectHandlers = new Set<() => void>();
  let listening = false;
  const listen = () => {
    if (listening) return;
    const on = wailsWindow().runtime?.EventsOn;
    if (!on) return;
    listening = true;
    on(eventsEvent, (batch) => {
      for (const message of batch as EventMessage[]) {
        handlers.get(message.name)?.forEach((handler) => handler(message.data));
      }
    });
    // Events were lost: what the page shows is loaded again, as after a reconnect.
    on(eventsDroppedEvent, () => reconnectHandlers.forEach((handler) => handler()));
  };
  return {
    async call(method, args) {
      // The page hears events from before its first call's answer: nothing that changes
      // between a load and the first subscription is missed.
      listen();
      const bound = wailsWindow().go?.app?.App?.[method];
      if (!bound) throw new Error(`The studio backend has no method ${method}.`);
      try {
        return await bound(...args);
      } catch (reason) {
        throw toError(reason);
      }
    },
    subscribe(event, handler) {
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      set.add(handler);
      listen();
      return () => set.delete(handler);
    },
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      listen();
      return () => reconnectHandlers.delete(handler);
    },
    nativeFileDialogs: true,
  };
}
