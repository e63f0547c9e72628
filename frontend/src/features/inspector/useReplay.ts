import { useCallback, useEffect, useMemo, useState } from "react";
import type { ReplayResult } from "../../api/inspectorTypes";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";

export interface ReplayState {
  result: ReplayResult | null;
  running: "live" | "deterministic" | null;
  error: Error | null;
  replay: (deterministic: boolean) => void;
}

/** Replays of the selected call: the latest one's outcome compared with the original's. */
export function useReplay(callId: string | null): ReplayState {
  const api = useApi();
  const [result, setResult] = useState<ReplayResult | null>(null);
  const [running, setRunning] = useState<ReplayState["running"]>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    setResult(null);
    setError(null);
    setRunning(null);
  }, [callId]);

  const replay = useCallback(
    (deterministic: boolean) => {
      if (!callId) return;
      setRunning(deterministic ? "deterministic" : "live");
      setError(null);
      api.replayCall(callId, deterministic).then(
        (replayed) => {
          if (replayed.originalId !== callId) return;
          setResult(replayed);
          setRunning(null);
        },
        (reason: unknown) => {
          setError(toError(reason));
          setRunning(null);
        },
      );
    },
    [api, callId],
  );

  return useMemo(() => ({ result, running, error, replay }), [result, running, error, replay]);
}
