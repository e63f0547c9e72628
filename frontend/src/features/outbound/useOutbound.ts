import { useCallback, useEffect, useState } from "react";
import type { Fault, OutboundMode, OutboundSettings } from "../../api";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";
import { useAttempt } from "../connections/useAttempt";

/** The outbound mode and faults: loaded, and changed through SetOutbound as a whole. */
export function useOutbound() {
  const api = useApi();
  const [settings, setSettings] = useState<OutboundSettings | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const change = useAttempt();

  const load = useCallback(() => {
    api.outbound().then(
      (loaded) => {
        setLoadError(null);
        setSettings(loaded);
      },
      (reason: unknown) => setLoadError(toError(reason)),
    );
  }, [api]);
  useEffect(() => {
    load();
    return api.onReconnect(load);
  }, [api, load]);

  const apply = async (next: OutboundSettings) => {
    const done = await change.attempt(async () => {
      await api.setOutbound(next);
      return true;
    });
    if (done) setSettings(next);
    return Boolean(done);
  };
  const current = settings ?? { mode: "mocks-then-network" as OutboundMode, faults: {} };

  return {
    settings,
    loadError,
    busy: change.busy,
    error: change.error,
    clearError: change.clearError,
    setMode: (mode: OutboundMode) => apply({ ...current, mode }),
    /** Sets host's fault; replacing names the host it had before, when it was renamed. */
    setFault: (host: string, fault: Fault, replacing?: string) => {
      const faults = { ...current.faults };
      if (replacing !== undefined) delete faults[replacing];
      faults[host] = fault;
      return apply({ ...current, faults });
    },
    removeFault: (host: string) => {
      const faults = { ...current.faults };
      delete faults[host];
      return apply({ ...current, faults });
    },
  };
}

export type Outbound = ReturnType<typeof useOutbound>;
