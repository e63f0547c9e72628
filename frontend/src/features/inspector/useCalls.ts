import { useCallback, useEffect, useState } from "react";
import type { Call } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { mergeCalls, upsertCall } from "./callTree";

const callLimit = 300;

export interface CallsState {
  calls: Call[];
  error: Error | null;
  /** Hides the calls so far (the call log itself keeps them). */
  clear: () => void;
}

/** The call log, live: loaded once, then updated from "call" events; reloaded on reconnect. */
export function useCalls(): CallsState {
  const api = useApi();
  const [calls, setCalls] = useState<Call[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [clearedAt, setClearedAt] = useState(0);

  const load = useCallback(() => {
    api.calls(callLimit).then(
      (loaded) => {
        setError(null);
        setCalls((current) => mergeCalls(loaded, current));
      },
      (reason: unknown) => setError(reason instanceof Error ? reason : new Error(String(reason))),
    );
  }, [api]);

  useEffect(() => {
    load();
    const offCall = api.on("call", (call) => setCalls((list) => upsertCall(list, call, callLimit)));
    const offReconnect = api.onReconnect(load);
    return () => {
      offCall();
      offReconnect();
    };
  }, [api, load]);

  const visible =
    clearedAt === 0 ? calls : calls.filter((call) => Date.parse(call.started) > clearedAt);
  return { calls: visible, error, clear: () => setClearedAt(Date.now()) };
}
