import { ArrowUpRight, Plug, Webhook } from "lucide-react";
import { hashFor } from "../../routing/route";
import { outsideRoute, type OutsidePanel } from "./outsideRoutes";
import "./OutsideNav.css";

const entries: { panel: OutsidePanel; label: string; Icon: typeof Plug }[] = [
  { panel: "connections", label: "Connections", Icon: Plug },
  { panel: "webhooks", label: "Webhooks", Icon: Webhook },
  { panel: "outbound", label: "Outbound", Icon: ArrowUpRight },
];

/** The top bar's links to the connections, webhooks and outbound panels. */
export function OutsideNav({ active }: { active: OutsidePanel | null }) {
  return (
    <nav className="outside-nav" aria-label="Outside world">
      {entries.map(({ panel, label, Icon }) => (
        <a
          key={panel}
          className={`outside-nav__item${panel === active ? " outside-nav__item--active" : ""}`}
          href={hashFor(outsideRoute(panel))}
          aria-current={panel === active ? "page" : undefined}
          data-testid={`open-${panel}`}
        >
          <Icon size={14} strokeWidth={1.75} />
          {label}
        </a>
      ))}
    </nav>
  );
}
