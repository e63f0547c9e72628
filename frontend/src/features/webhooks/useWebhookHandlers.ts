import { useEffect, useRef } from "react";
import type { AttioWebhook, WebhookHandler } from "../../api";
import { useApi } from "../../hooks/useApi";
import { useLoader, type Loaded } from "../../hooks/useLoader";
import { onConnectionsChanged } from "../connections/connectionsChanged";

/**
 * The webhook handlers the app registered. Server code registers and deletes them (usually in
 * connection-added and connection-removed) and no event says so, so the list reloads shortly
 * after any call ends.
 */
export function useWebhookHandlers(): Loaded<WebhookHandler[]> {
  const api = useApi();
  return useReloadedAfterCalls(useLoader("webhook-handlers", () => api.webhookHandlers()));
}

/** Attio's own webhooks, which server code creates through /v2/webhooks; reloaded likewise. */
export function useAttioWebhooks(): Loaded<AttioWebhook[]> {
  const api = useApi();
  return useReloadedAfterCalls(useLoader("attio-webhooks", () => api.attioWebhooks()));
}

/** loaded, loaded again shortly after any call ends and after connections change. */
function useReloadedAfterCalls<T>(loaded: Loaded<T>): Loaded<T> {
  const api = useApi();
  const { reload } = loaded;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const soon = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(reload, 150);
    };
    const offCall = api.on("call", (call) => call.status !== "running" && soon());
    const offChanged = onConnectionsChanged(api, soon);
    const offReconnect = api.onReconnect(reload);
    return () => {
      clearTimeout(timer.current);
      offCall();
      offChanged();
      offReconnect();
    };
  }, [api, reload]);
  return loaded;
}
