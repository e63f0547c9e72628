import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toCallError } from "../../sdk/appErrors";
import { useRuntime } from "../../sdk/RuntimeContext";
import type { SurfaceScope } from "../../sdk/surfaceScope";
import type { AppRecordTab, AppWidget } from "../../sdk/surfaces";

interface MountedCall {
  scope: SurfaceScope | null;
  /** Ends the call the first time it is called: with null once shown, else with the error. */
  finish: (error: unknown) => void;
}

/**
 * The call a mounted widget or record tab runs under: started when it mounts, so the queries and
 * server calls it makes while rendering nest under it; ended when it first shows or fails.
 */
export function useMountedCall(
  kind: "widget" | "record-tab",
  surface: AppWidget | AppRecordTab,
  recordId: string,
  object: string,
): MountedCall {
  const runtime = useRuntime();
  const [callId, setCallId] = useState<string | null>(null);
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    let started = "";
    finished.current = false;
    void runtime.startCall(kind, surface.id, { recordId, object }).then((id) => {
      started = id;
      if (live) setCallId(id);
      else runtime.finishCall(id, null);
    });
    return () => {
      live = false;
      if (started && !finished.current) runtime.finishCall(started, null);
    };
  }, [runtime, kind, surface.id, recordId, object]);

  const scope = useMemo(
    () =>
      callId === null ? null : runtime.mountedScope(callId, kind, surface, { recordId, object }),
    [runtime, callId, kind, surface, recordId, object],
  );
  const finish = useCallback(
    (error: unknown) => {
      if (finished.current || callId === null) return;
      finished.current = true;
      const failure = error === null ? null : toCallError(error, (s) => runtime.appStack(s));
      runtime.finishCall(callId, failure);
    },
    [runtime, callId],
  );
  return { scope, finish };
}
