import type { AttioObject, Manifest } from "../../api/types";
import { hashFor } from "../../routing/route";
import { objectIcon } from "./objectIcon";
import "./Sidebar.css";

interface SidebarProps {
  objects: AttioObject[] | undefined;
  error: Error | null;
  selected: string | null;
  manifest: Manifest | null;
}

export function Sidebar({ objects, error, selected, manifest }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Objects">
      <div>
        <h2 className="sidebar__heading">Records</h2>
        {error && <p className="sidebar__error">Could not load objects: {error.message}</p>}
        {objects?.map((object) => {
          const Icon = objectIcon(object.slug);
          const active = object.slug === selected;
          return (
            <a
              key={object.slug}
              className={`sidebar__item${active ? " sidebar__item--active" : ""}`}
              href={hashFor({ object: object.slug, recordId: null })}
              aria-current={active ? "page" : undefined}
              data-testid={`object-${object.slug}`}
            >
              <Icon size={15} strokeWidth={1.75} />
              {object.pluralNoun}
            </a>
          );
        })}
      </div>
      {manifest && <AppSummary manifest={manifest} />}
    </nav>
  );
}

function AppSummary({ manifest }: { manifest: Manifest }) {
  const rows: [string, number][] = [
    ["Record actions", manifest.recordActions?.length ?? 0],
    ["Bulk actions", manifest.bulkRecordActions?.length ?? 0],
    ["Widgets", manifest.widgets?.length ?? 0],
    ["Server functions", manifest.serverFunctions?.length ?? 0],
    ["Webhooks", manifest.webhooks?.length ?? 0],
    ["Events", manifest.events?.length ?? 0],
  ];
  return (
    <div>
      <h2 className="sidebar__heading">App</h2>
      {rows.map(([label, count]) => (
        <div key={label} className="sidebar__stat">
          <span>{label}</span>
          <span className="sidebar__stat-count">{count}</span>
        </div>
      ))}
    </div>
  );
}
