import { AttioIcon } from "../../ui/AttioIcon";
import { Button } from "../../ui/Button";
import type { AppBulkRecordAction } from "../../sdk/surfaces";
import "./BulkActionBar.css";

interface BulkActionBarProps {
  count: number;
  actions: AppBulkRecordAction[];
  onRun: (action: AppBulkRecordAction) => void;
  onClear: () => void;
}

/** Shown while records are checked: the app's bulk record actions for them. */
export function BulkActionBar({ count, actions, onRun, onClear }: BulkActionBarProps) {
  return (
    <div className="bulk-bar" data-testid="bulk-actions">
      <span className="bulk-bar__count">{count} selected</span>
      {actions.length === 0 && (
        <span className="bulk-bar__none">The app has no bulk actions here.</span>
      )}
      {actions.map((action) => (
        <Button
          key={action.id}
          small
          testId={`bulk-action-${action.id}`}
          onClick={() => onRun(action)}
        >
          <AttioIcon name={action.icon} size={13} />
          {action.label}
        </Button>
      ))}
      <Button small variant="ghost" onClick={onClear}>
        Clear
      </Button>
    </div>
  );
}
