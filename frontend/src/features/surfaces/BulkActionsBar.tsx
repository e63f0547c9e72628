import type { Attribute, Manifest } from "../../api/types";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { AttioIcon } from "../../ui/AttioIcon";
import { Button } from "../../ui/Button";
import { offeredSurfaces } from "./offered";
import { useRecordSelection } from "./selection";
import "./BulkActionsBar.css";

interface BulkActionsBarProps {
  object: string;
  attributes: Attribute[];
  manifest: Manifest | null;
}

/** Shown while records of the list are checked: the app's bulk record actions for them. */
export function BulkActionsBar({ object, attributes, manifest }: BulkActionsBarProps) {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const { checked, clear } = useRecordSelection(object);
  if (checked.size === 0) return null;
  const actions = offeredSurfaces(
    runtime,
    app.surfaces.bulkRecordActions,
    manifest?.bulkRecordActions,
    object,
    attributes,
  );
  return (
    <div className="bulk-actions" data-testid="bulk-actions">
      <span className="bulk-actions__count">{checked.size} selected</span>
      {actions.length === 0 && (
        <span className="bulk-actions__none">The app has no bulk actions here.</span>
      )}
      {actions.map((action) => (
        <Button
          key={action.id}
          small
          testId={`bulk-action-${action.id}`}
          disabled={!action.surface}
          title={action.disabledReason}
          onClick={() =>
            action.surface && void runtime.runBulkRecordAction(action.surface, [...checked], object)
          }
        >
          <AttioIcon name={action.icon} size={13} />
          {action.label}
        </Button>
      ))}
      <Button small variant="ghost" onClick={clear}>
        Clear
      </Button>
    </div>
  );
}
