import { createContext, useContext } from "react";

/**
 * What app code rendered inside one mounted surface (a widget, a dialog) shares: the call its
 * work is recorded under, and the suspense cache of its useQuery and useAsyncCache results.
 */
/** What the surface is about: useRecord and useRecords read it. */
export interface SurfaceContext {
  recordId?: string;
  recordIds?: string[];
  object?: string;
}

export interface SurfaceScope {
  callId: string;
  context: SurfaceContext;
  cache: Map<string, Promise<unknown>>;
  /** Runs app code so that what it does synchronously is recorded under callId. */
  run<T>(fn: () => T): T;
  /** Runs an app event handler (a click); a throw or rejection is shown as an app error. */
  handle(fn: () => unknown): void;
  /** Shows an error the app's code threw in this surface. */
  report(error: unknown): void;
}

type Within = <T>(callId: string, fn: () => T) => T;

interface ScopeOptions {
  callId: string;
  context?: SurfaceContext;
  within: Within;
  onError: (error: unknown) => void;
  /** Replaces the default handling of clicks, e.g. to record each under a call of its own. */
  handle?: SurfaceScope["handle"];
}

export function createSurfaceScope({
  callId,
  context = {},
  within,
  onError,
  handle,
}: ScopeOptions): SurfaceScope {
  const run = <T>(fn: () => T): T => within(callId, fn);
  return {
    callId,
    context,
    cache: new Map(),
    run,
    report: onError,
    handle:
      handle ??
      ((fn) => {
        try {
          const result = run(fn);
          if (result instanceof Promise) result.catch(onError);
        } catch (error) {
          onError(error);
        }
      }),
  };
}

const fallbackScope = createSurfaceScope({
  callId: "",
  within: (_callId, fn) => fn(),
  onError: (error) => console.error(error),
});

export const SurfaceScopeContext = createContext<SurfaceScope>(fallbackScope);

export function useSurfaceScope(): SurfaceScope {
  return useContext(SurfaceScopeContext);
}
