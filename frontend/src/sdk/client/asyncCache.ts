import { use, useReducer } from "react";
import { useSurfaceScope, type SurfaceScope } from "../surfaceScope";
import { stableJson } from "./query";

type AsyncFn = (...args: never[]) => unknown;
type CacheSpec = AsyncFn | [AsyncFn, ...unknown[]];

function callOnce(scope: SurfaceScope, fn: AsyncFn, args: unknown[]): Promise<unknown> {
  try {
    return Promise.resolve(scope.run(() => (fn as (...a: unknown[]) => unknown)(...args)));
  } catch (error) {
    return Promise.reject(error);
  }
}

// The function's source stands in for its identity: apps often pass a new arrow function on
// every render, and keying by identity would refetch (and suspend) forever.
function cacheKey(key: string, fn: AsyncFn, args: unknown[]): string {
  return `async\u0000${key}\u0000${String(fn)}\u0000${stableJson(args)}`;
}

/**
 * useAsyncCache from attio/client: runs every function of the config in parallel, suspends until
 * all resolve, and caches each result per key and arguments within the surface it renders in.
 */
export function useAsyncCache(config: Record<string, CacheSpec>) {
  const scope = useSurfaceScope();
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  const pending = Object.entries(config).map(([key, spec]) => {
    const [fn, ...args] = Array.isArray(spec) ? spec : [spec];
    if (typeof fn !== "function") {
      throw new TypeError(`useAsyncCache: the value for "${key}" is not a function.`);
    }
    const id = cacheKey(key, fn, args);
    let promise = scope.cache.get(id);
    if (!promise) {
      promise = callOnce(scope, fn, args);
      scope.cache.set(id, promise);
    }
    return [key, promise] as const;
  });

  const values: Record<string, unknown> = {};
  for (const [key, promise] of pending) values[key] = use(promise);

  const invalidate = (key: string) => {
    const prefix = `async\u0000${key}\u0000`;
    for (const id of [...scope.cache.keys()]) if (id.startsWith(prefix)) scope.cache.delete(id);
    rerender();
  };
  return { values, invalidate };
}
