import { RotateCw } from "lucide-react";
import { useState } from "react";
import type { WebhookDelivery } from "../../api";
import { hashFor } from "../../routing/route";
import { Button } from "../../ui/Button";
import { outsideRoute } from "../connections/outsideRoutes";
import { MessageView } from "./MessageView";
import { showCallInInspector } from "./showCall";
import { StatusPill } from "./StatusPill";
import "./DeliveryDetail.css";

interface DeliveryDetailProps {
  delivery: WebhookDelivery;
  replaying: boolean;
  onReplay: () => void;
}

/** A delivery opened: the request and the answer, its calls, and Replay. */
export function DeliveryDetail({ delivery, replaying, onReplay }: DeliveryDetailProps) {
  const [lost, setLost] = useState(false);
  const show = (callId: string) => setLost(!showCallInInspector(callId));
  return (
    <div className="delivery-detail" data-testid="delivery-detail">
      <code className="delivery-detail__url">
        {delivery.method} {delivery.url}
      </code>
      {delivery.error && (
        <p className="panel-error" data-testid="delivery-error">
          {delivery.error}
        </p>
      )}
      <div className="delivery-detail__sides">
        <div className="delivery-detail__side">
          <span className="panel-label">Request</span>
          <MessageView message={delivery.request} testId="delivery-request" />
        </div>
        <div className="delivery-detail__side">
          <span className="panel-label">
            Response <StatusPill status={delivery.status} />
          </span>
          <MessageView message={delivery.response} testId="delivery-response" />
        </div>
      </div>
      {delivery.signing && (
        <span className="delivery-detail__note">
          Signed by the studio into {delivery.signing.header} ({delivery.signing.encoding || "hex"}
          {delivery.signing.prefix ? `, prefix ${delivery.signing.prefix}` : ""}); a replay signs
          again.
        </span>
      )}
      <div className="delivery-detail__links">
        {delivery.callId && (
          <Button small testId="show-handler-call" onClick={() => show(delivery.callId!)}>
            Show the handler&apos;s call
          </Button>
        )}
        {delivery.parentCallId && (
          <Button small onClick={() => show(delivery.parentCallId!)}>
            Show the call that caused it
          </Button>
        )}
        {delivery.replayOf && (
          <a href={hashFor(outsideRoute("webhooks", delivery.replayOf))}>
            Replay of an earlier delivery
          </a>
        )}
        <span className="delivery-detail__spacer" />
        <Button
          small
          variant="primary"
          testId="replay-delivery"
          disabled={replaying || delivery.request.truncated}
          title={delivery.request.truncated ? "Its body was cut when kept" : undefined}
          onClick={onReplay}
        >
          <RotateCw size={13} />
          {replaying ? "Replaying…" : "Replay"}
        </Button>
      </div>
      {lost && (
        <span className="delivery-detail__note">
          That call is not in the inspector&apos;s list (it may have been cleared).
        </span>
      )}
    </div>
  );
}
