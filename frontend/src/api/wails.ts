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

/** Calls the Go methods Wails binds on window.go.app.App and listens to Wails runtime events. */
export function createWailsTransport(): Transport {
  return {
    async call(method, args) {
      const bound = wailsWindow().go?.app?.App?.[method];
      if (!bound) throw new Error(`The studio backend has no method ${method}.`);
      try {
        return await bound(...args);
      } catch (reason) {
        throw toError(reason);
      }
    },
    subscribe(event, handler) {
      const off = wailsWindow().runtime?.EventsOn?.(event, handler);
      return typeof off === "function" ? off : () => {};
    },
    onReconnect() {
      return () => {};
    },
    nativeFileDialogs: true,
  };
}
