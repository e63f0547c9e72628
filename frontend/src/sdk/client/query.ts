import { use } from "react";
import { useSurfaceScope } from "../surfaceScope";
import type { ClientHost } from "./clientHost";

export type QueryVariables = Record<string, unknown>;

export function createRunQuery(host: ClientHost) {
  return async function runQuery(query: string, variables?: QueryVariables): Promise<unknown> {
    const result = await host.api.runQuery(String(query), variables ?? {}, host.calls.current());
    if (result.errors && result.errors.length > 0) {
      throw new Error(result.errors.map((error) => error.message).join("\n"));
    }
    return result.data;
  };
}

export function createUseQuery(runQuery: ReturnType<typeof createRunQuery>) {
  return function useQuery(query: string, variables?: QueryVariables): unknown {
    const scope = useSurfaceScope();
    const key = `query\u0000${query}\u0000${stableJson(variables ?? {})}`;
    let pending = scope.cache.get(key);
    if (!pending) {
      pending = scope.run(() => runQuery(query, variables));
      scope.cache.set(key, pending);
    }
    return use(pending);
  };
}

/** JSON with object keys sorted, so equal arguments give equal cache keys. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) => {
      if (!inner || typeof inner !== "object" || Array.isArray(inner)) return inner;
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(inner).sort())
        sorted[key] = (inner as Record<string, unknown>)[key];
      return sorted;
    }) ?? "undefined"
  );
}
