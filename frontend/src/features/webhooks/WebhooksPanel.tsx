import { useState } from "react";
import type { Manifest } from "../../api";
import { useApi } from "../../hooks/useApi";
import { useRoute } from "../../routing/route";
import { ErrorView } from "../../ui/ErrorView";
import { outsideRoute } from "../connections/outsideRoutes";
import { PanelFrame, PanelSection } from "../connections/PanelFrame";
import { useAttempt } from "../connections/useAttempt";
import { AttioWebhookList } from "./AttioWebhookList";
import { DeliveryList } from "./DeliveryList";
import { HandlerList } from "./HandlerList";
import { RequestComposer } from "./RequestComposer";
import { useComposer } from "./useComposer";
import { useDeliveries } from "./useDeliveries";
import { useAttioWebhooks, useWebhookHandlers } from "./useWebhookHandlers";
import { WebhookServer } from "./WebhookServer";
import "./WebhooksPanel.css";

interface WebhooksPanelProps {
  manifest: Manifest | null;
  /** The delivery shown open, from the route #/webhooks/<id>. */
  openDelivery: string | null;
}

/**
 * The app's webhook handlers, Attio's own webhooks the app created, a request composer, and
 * every delivery, live, with Replay.
 */
export function WebhooksPanel({ manifest, openDelivery }: WebhooksPanelProps) {
  const api = useApi();
  const [, navigate] = useRoute();
  const handlers = useWebhookHandlers();
  const attioWebhooks = useAttioWebhooks();
  const deliveries = useDeliveries();
  const files = manifest?.webhooks ?? [];
  const [movedUrl, setMovedUrl] = useState<string | null>(null);
  const replay = useAttempt();
  const [replayingId, setReplayingId] = useState<string | null>(null);

  const open = (id: string | null) => navigate(outsideRoute("webhooks", id), { replace: true });
  const composer = useComposer(handlers.data ?? [], files, (delivery) => {
    deliveries.add(delivery);
    open(delivery.id);
  });
  const replayDelivery = async (id: string) => {
    setReplayingId(id);
    const delivery = await replay.attempt(() => api.replayWebhook(id));
    setReplayingId(null);
    if (!delivery) return;
    deliveries.add(delivery);
    open(delivery.id);
  };

  return (
    <PanelFrame
      title="Webhooks"
      hint="Requests third parties send to the app's webhook handlers"
      testId="webhooks-panel"
      actions={
        <WebhookServer
          baseUrl={movedUrl ?? manifest?.webhookUrl ?? ""}
          onMoved={(url) => {
            setMovedUrl(url);
            handlers.reload();
          }}
        />
      }
    >
      <div className="webhooks-panel__columns">
        <div className="webhooks-panel__column">
          <PanelSection
            title={`Handlers · ${handlers.data?.length ?? 0}`}
            testId="webhook-handlers"
          >
            {handlers.error && (
              <ErrorView
                title="Could not load the webhook handlers"
                message={handlers.error.message}
                onRetry={handlers.reload}
              />
            )}
            {handlers.data && <HandlerList handlers={handlers.data} files={files} />}
          </PanelSection>
          <PanelSection
            title={`Attio webhooks · ${attioWebhooks.data?.length ?? 0}`}
            testId="attio-webhooks"
          >
            {attioWebhooks.error && (
              <ErrorView
                title="Could not load Attio's webhooks"
                message={attioWebhooks.error.message}
                onRetry={attioWebhooks.reload}
              />
            )}
            {attioWebhooks.data && (
              <AttioWebhookList webhooks={attioWebhooks.data} handlers={handlers.data ?? []} />
            )}
          </PanelSection>
          <PanelSection title="Send a request">
            <RequestComposer composer={composer} />
          </PanelSection>
        </div>
        <div className="webhooks-panel__column webhooks-panel__column--wide">
          <PanelSection title="Deliveries" testId="webhook-deliveries">
            {deliveries.error && (
              <ErrorView title="Could not load the deliveries" message={deliveries.error.message} />
            )}
            {replay.error && (
              <p className="panel-error" role="alert" data-testid="replay-error">
                Could not replay: {replay.error}
              </p>
            )}
            <DeliveryList
              deliveries={deliveries.deliveries}
              openId={openDelivery}
              onToggle={(id) => open(id === openDelivery ? null : id)}
              replayingId={replayingId}
              onReplay={(id) => void replayDelivery(id)}
            />
          </PanelSection>
        </div>
      </div>
    </PanelFrame>
  );
}
