import { useCallback, useEffect, useState } from "react";
import type { WebhookDelivery } from "../../api";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";
import { deliveryLimit, upsertDelivery } from "./deliveries";

export interface DeliveriesState {
  deliveries: WebhookDelivery[];
  error: Error | null;
  /** Adds a delivery the user just caused (a send or a replay) before its event arrives. */
  add: (delivery: WebhookDelivery) => void;
}

/** Every kept webhook delivery, newest first, live from "webhook-delivery" events. */
export function useDeliveries(): DeliveriesState {
  const api = useApi();
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [error, setError] = useState<Error | null>(null);

  const load = useCallback(() => {
    api.webhookDeliveries(deliveryLimit).then(
      (loaded) => {
        setError(null);
        // Deliveries that arrived as events while this load was under way are kept.
        setDeliveries((current) => current.reduce((list, d) => upsertDelivery(list, d), loaded));
      },
      (reason: unknown) => setError(toError(reason)),
    );
  }, [api]);

  useEffect(() => {
    load();
    const offDelivery = api.on("webhook-delivery", (delivery) =>
      setDeliveries((list) => upsertDelivery(list, delivery)),
    );
    const offReconnect = api.onReconnect(load);
    return () => {
      offDelivery();
      offReconnect();
    };
  }, [api, load]);

  const add = useCallback(
    (delivery: WebhookDelivery) => setDeliveries((list) => upsertDelivery(list, delivery)),
    [],
  );
  return { deliveries, error, add };
}
