import { ChevronDown, ChevronRight } from "lucide-react";
import type { WebhookDelivery } from "../../api";
import { Tag } from "../../ui/Tag";
import { DeliveryDetail } from "./DeliveryDetail";
import { formatClock, formatMs, originLabels } from "./deliveries";
import { StatusPill } from "./StatusPill";
import "./DeliveryList.css";

const originColors: Record<string, string> = {
  http: "grey",
  composer: "blue",
  replay: "violet",
  callback: "purple",
};

interface DeliveryListProps {
  deliveries: WebhookDelivery[];
  openId: string | null;
  onToggle: (id: string) => void;
  replayingId: string | null;
  onReplay: (id: string) => void;
}

/** Every delivery, newest first; one opens to show its request, answer and calls. */
export function DeliveryList(props: DeliveryListProps) {
  if (props.deliveries.length === 0) {
    return (
      <p className="panel-empty" data-testid="no-deliveries">
        No deliveries yet. Send a request from the composer, curl a handler URL, or let a mock
        rule&apos;s callback arrive.
      </p>
    );
  }
  return (
    <ul className="delivery-list" data-testid="deliveries">
      {props.deliveries.map((delivery) => {
        const open = delivery.id === props.openId;
        return (
          <li
            key={delivery.id}
            className={`delivery-list__item${open ? " delivery-list__item--open" : ""}`}
            data-testid="delivery-row"
            data-origin={delivery.origin}
            data-file={delivery.fileName ?? ""}
          >
            <button
              type="button"
              className="delivery-list__summary"
              aria-expanded={open}
              onClick={() => props.onToggle(delivery.id)}
            >
              {open ? <ChevronDown size={14} /> : <ChevronRight size={14} />}
              <StatusPill status={delivery.status} />
              <span className="delivery-list__method">{delivery.method}</span>
              <span className="delivery-list__file">
                {delivery.fileName || <em>no handler {delivery.handlerId.slice(0, 8)}</em>}
              </span>
              <Tag color={originColors[delivery.origin] ?? "grey"}>
                {originLabels[delivery.origin] ?? delivery.origin}
              </Tag>
              <span className="delivery-list__time">{formatClock(delivery.started)}</span>
              <span className="delivery-list__duration">{formatMs(delivery.durationMs)}</span>
            </button>
            {open && (
              <DeliveryDetail
                delivery={delivery}
                replaying={props.replayingId === delivery.id}
                onReplay={() => props.onReplay(delivery.id)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
