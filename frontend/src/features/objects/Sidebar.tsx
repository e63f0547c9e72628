import { Plus } from "lucide-react";
import { useState } from "react";
import type { AttioObject, Manifest } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { hashFor, useRoute } from "../../routing/route";
import { isQueryRoute } from "../data/dataRoutes";
import { WorkspaceTools } from "../data/WorkspaceTools";
import { CreateObjectDialog } from "./CreateObjectDialog";
import { objectIcon } from "./objectIcon";
import { notifyObjectsChanged } from "./objectsChanged";
import "./Sidebar.css";

interface SidebarProps {
  objects: AttioObject[] | undefined;
  error: Error | null;
  selected: string | null;
  manifest: Manifest | null;
}

export function Sidebar({ objects, error, selected, manifest }: SidebarProps) {
  const api = useApi();
  const [route, navigate] = useRoute();
  const [creating, setCreating] = useState(false);
  const consoleOpen = isQueryRoute(route, selected ?? undefined);
  return (
    <nav className="sidebar" aria-label="Objects">
      <div>
        <div className="sidebar__heading-row">
          <h2 className="sidebar__heading">Records</h2>
          <button
            type="button"
            className="sidebar__add"
            title="New custom object"
            aria-label="New custom object"
            data-testid="new-object"
            onClick={() => setCreating(true)}
          >
            <Plus size={13} />
          </button>
        </div>
        {error && <p className="sidebar__error">Could not load objects: {error.message}</p>}
        {objects?.map((object) => {
          const Icon = objectIcon(object.slug);
          const active = object.slug === selected && !consoleOpen;
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
      <WorkspaceTools appName={manifest?.app.name ?? ""} consoleOpen={consoleOpen} />
      {manifest && <AppSummary manifest={manifest} />}
      {creating && (
        <CreateObjectDialog
          onCreated={(object) => {
            setCreating(false);
            notifyObjectsChanged(api);
            navigate({ object: object.slug, recordId: null });
          }}
          onClose={() => setCreating(false)}
        />
      )}
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
    ["Queries", manifest.queries?.length ?? 0],
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
