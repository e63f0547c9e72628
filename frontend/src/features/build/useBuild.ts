import { useCallback, useEffect, useRef, useState } from "react";
import { manifestOf } from "../../api/events";
import type { Manifest } from "../../api/types";
import type { Runtime } from "../../sdk/runtime";

export interface BuildState {
  manifest: Manifest | null;
  /** Set when the studio backend could not be reached for the manifest or the bundle. */
  error: Error | null;
}

/**
 * Keeps the manifest and the app's client bundle current: loads both at start, and again after
 * every rebuild and reconnect, re-evaluating the bundle only when its version changed.
 */
export function useBuild(runtime: Runtime): BuildState {
  const [state, setState] = useState<BuildState>({ manifest: null, error: null });

  // Rebuilds can follow each other faster than bundles download: only the newest request loads.
  const latestRequest = useRef(0);
  const refreshBundle = useCallback(async () => {
    const request = ++latestRequest.current;
    const bundle = await runtime.api.clientBundle();
    if (request === latestRequest.current) runtime.loadBundle(bundle);
  }, [runtime]);

  const refreshAll = useCallback(async () => {
    try {
      const manifest = await runtime.api.manifest();
      setState({ manifest, error: null });
      await refreshBundle();
    } catch (error) {
      setState((previous) => ({ ...previous, error: error as Error }));
    }
  }, [runtime, refreshBundle]);

  useEffect(() => {
    void refreshAll();
    const offBuild = runtime.api.on("build", (event) => {
      const manifest = manifestOf(event);
      if (!manifest) return void refreshAll();
      setState({ manifest, error: null });
      refreshBundle().catch((error: unknown) =>
        setState((previous) => ({ ...previous, error: error as Error })),
      );
    });
    const offReconnect = runtime.api.onReconnect(() => void refreshAll());
    return () => {
      offBuild();
      offReconnect();
    };
  }, [runtime, refreshAll, refreshBundle]);

  return state;
}
