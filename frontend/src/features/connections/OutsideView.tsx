import type { Manifest } from "../../api";
import { OutboundPanel } from "../outbound/OutboundPanel";
import { WebhooksPanel } from "../webhooks/WebhooksPanel";
import { ConnectionsPanel } from "./ConnectionsPanel";
import type { OutsidePanel } from "./outsideRoutes";

interface OutsideViewProps {
  panel: OutsidePanel;
  /** The route's second part: the delivery open in the webhooks panel. */
  item: string | null;
  manifest: Manifest | null;
}

/** The panel the route names, in the place of the record list. */
export function OutsideView({ panel, item, manifest }: OutsideViewProps) {
  if (panel === "connections") return <ConnectionsPanel manifest={manifest} />;
  if (panel === "webhooks") return <WebhooksPanel manifest={manifest} openDelivery={item} />;
  return <OutboundPanel manifest={manifest} />;
}
