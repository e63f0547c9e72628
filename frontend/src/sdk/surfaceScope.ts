import { createContext, useContext } from "react";

/**
 * What app code rendered inside one mounted surface (a widget, a dialog) shares: the call its
 * work is recorded under, and the suspense cache of its useQuery and useAsyncCache results.
 */
export interface SurfaceScope {
  callId: string;
  cache: Map<string, Promise<unknown>>;
  /** Runs app code so that what it does synchronously is recorded under callId. */
  run<T>(fn: () => T): T;
  /** Runs an app event handler under callId; a throw or rejection is shown as an app error. */
  handle(fn: () => unknown): void;
}

type Within = <T>(callId: string, fn: () => T) => T;

export function createSurfaceScope(
  callId: string,
  within: Within,
  onError: (error: unknown) => void,
): SurfaceScope {
  const run = <T>(fn: () => T): T => within(callId, fn);
  return {
    callId,
    cache: new Map(),
    run,
    handle(fn) {
      try {
        const result = run(fn);
        if (result instanceof Promise) result.catch(onError);
      } catch (error) {
        onError(error);
      }
    },
  };
}

const fallbackScope = createSurfaceScope(
  "",
  (_callId, fn) => fn(),
  (error) => console.error(error),
);

export const SurfaceScopeContext = createContext<SurfaceScope>(fallbackScope);

export function useSurfaceScope(): SurfaceScope {
  return useContext(SurfaceScopeContext);
}
