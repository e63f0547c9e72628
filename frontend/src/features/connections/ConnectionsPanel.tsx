import { Plus } from "lucide-react";
import { useState } from "react";
import type { Connection, Manifest } from "../../api";
import { Button } from "../../ui/Button";
import { ErrorView } from "../../ui/ErrorView";
import { AddConnectionDialog } from "./AddConnectionDialog";
import { ConnectionTable } from "./ConnectionTable";
import { CurrentUser } from "./CurrentUser";
import { PanelFrame, PanelSection } from "./PanelFrame";
import { RemoveConnectionDialog } from "./RemoveConnectionDialog";
import { useConnections } from "./useConnections";
import "./ConnectionsPanel.css";

/** The app's workspace and user connections: add, remove, and who the studio acts as. */
export function ConnectionsPanel({ manifest }: { manifest: Manifest | null }) {
  const state = useConnections();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Connection | null>(null);
  const events = manifest?.events ?? [];
  const connections = state.connections ?? [];

  return (
    <PanelFrame
      title="Connections"
      hint="What getWorkspaceConnection() and getUserConnection() return to the app's server code"
      testId="connections-panel"
      actions={
        <Button small variant="primary" testId="add-connection" onClick={() => setAdding(true)}>
          <Plus size={13} />
          Add connection
        </Button>
      }
    >
      <div className="connections-panel__body">
        <CurrentUser
          member={state.currentUser}
          members={state.members}
          onSwitch={state.switchUser}
          error={state.switchError}
        />
        {state.error && (
          <ErrorView
            title="Could not load the connections"
            message={state.error.message}
            onRetry={state.reload}
          />
        )}
        <PanelSection title={`Connections · ${connections.length}`}>
          {connections.length > 0 ? (
            <ConnectionTable
              connections={connections}
              members={state.members}
              onRemove={setRemoving}
            />
          ) : (
            !state.loading && (
              <p className="panel-empty" data-testid="no-connections">
                No connections. Server code that reads one gets Attio&apos;s &quot;no
                connection&quot; error until you add it.
              </p>
            )
          )}
        </PanelSection>
        <EventHandlers events={events} />
      </div>
      {adding && (
        <AddConnectionDialog
          currentUser={state.currentUser}
          runsEvent={events.includes("connection-added")}
          onAdded={() => setAdding(false)}
          onClose={() => setAdding(false)}
        />
      )}
      {removing && (
        <RemoveConnectionDialog
          connection={removing}
          runsEvent={events.includes("connection-removed")}
          onClose={() => setRemoving(null)}
        />
      )}
    </PanelFrame>
  );
}

function EventHandlers({ events }: { events: string[] }) {
  const rows = [
    ["connection-added", "runs before a connection is saved; a throw stops the save"],
    ["connection-removed", "runs before a connection is removed; a throw keeps it"],
  ];
  return (
    <PanelSection title="Events">
      <ul className="connections-panel__events">
        {rows.map(([event, effect]) => (
          <li key={event}>
            <code>{event}</code>
            {events.includes(event) ? (
              <span>{effect}.</span>
            ) : (
              <span className="connections-panel__absent">not in this app.</span>
            )}
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
