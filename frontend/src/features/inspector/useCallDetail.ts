import { useEffect, useState } from "react";
import { toError } from "../../api/transport";
import type { Call } from "../../api/types";
import { useApi } from "../../hooks/useApi";

export interface CallDetailState {
  call: Call | null;
  error: Error | null;
}

/**
 * The whole record of the selected call: from the calls already loaded when it is one of them
 * (they are live), else fetched and then kept current from its "call" events.
 */
export function useCallDetail(id: string | null, loaded: Call[]): CallDetailState {
  const api = useApi();
  const known = id ? (loaded.find((call) => call.id === id) ?? null) : null;
  const [fetched, setFetched] = useState<Call | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const needed = id !== null && known === null;

  useEffect(() => {
    setFetched(null);
    setError(null);
    if (!needed || !id) return;
    let live = true;
    api.call(id).then(
      (call) => live && setFetched(call),
      (reason: unknown) => live && setError(toError(reason)),
    );
    const off = api.on("call", (call) => {
      if (call.id === id) setFetched(call);
    });
    return () => {
      live = false;
      off();
    };
  }, [api, id, needed]);

  return { call: known ?? (fetched?.id === id ? fetched : null), error };
}
