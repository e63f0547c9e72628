import { useCallback, useEffect, useState } from "react";
import { toError } from "../../api/transport";
import type { Call } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { mergeCalls } from "./callTree";
import { createBatcher } from "./liveBatch";

/** How many of the most recent calls the timeline keeps; the calls view pages through the rest. */
export const timelineLimit = 500;

export interface CallsState {
  calls: Call[];
  error: Error | null;
  /** Forgets every finished call in the backend's log. */
  clear: () => Promise<void>;
}

/**
 * The most recent calls, live: loaded once, then updated from "call" events drawn together once
 * a frame; emptied when the log is cleared, reloaded after a reconnect.
 */
export function useCalls(): CallsState {
  const api = useApi();
  const [calls, setCalls] = useState<Call[]>([]);
  const [error, setError] = useState<Error | null>(null);

  const load = useCallback(() => {
    api.calls(timelineLimit).then(
      (loaded) => {
        setError(null);
        // Events that arrived while loading are newer than what was loaded.
        setCalls((current) => mergeCalls(loaded, current, timelineLimit));
      },
      (reason: unknown) => setError(toError(reason)),
    );
  }, [api]);

  useEffect(() => {
    const batch = createBatcher<Call>(
      (call) => call.id,
      (items) => setCalls((list) => mergeCalls(list, items, timelineLimit)),
    );
    load();
    const offs = [
      api.on("call", (call) => batch.add(call)),
      api.on("calls-cleared", () => {
        batch.cancel();
        setCalls((list) => list.filter((call) => call.status === "running"));
      }),
      api.onReconnect(load),
    ];
    return () => {
      batch.cancel();
      offs.forEach((off) => off());
    };
  }, [api, load]);

  const clear = useCallback(() => api.clearCalls(), [api]);
  return { calls, error, clear };
}
