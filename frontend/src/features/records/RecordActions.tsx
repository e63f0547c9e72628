import { Ellipsis } from "lucide-react";
import { useState } from "react";
import { AttioIcon } from "../../ui/AttioIcon";
import { Button } from "../../ui/Button";
import { Menu } from "../../ui/Menu";
import { Spinner } from "../../ui/Spinner";
import "./RecordActions.css";

/** A record action as the record page offers it; run is missing when it cannot run now. */
export interface OfferedAction {
  id: string;
  label: string;
  icon?: string;
  run?: () => Promise<void>;
  disabledReason?: string;
}

const visibleCount = 3;

export function RecordActions({ actions }: { actions: OfferedAction[] }) {
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());

  const trigger = async (action: OfferedAction) => {
    if (!action.run) return;
    setRunning((set) => new Set(set).add(action.id));
    try {
      await action.run();
    } finally {
      setRunning((set) => {
        const next = new Set(set);
        next.delete(action.id);
        return next;
      });
    }
  };

  const shown = actions.slice(0, visibleCount);
  const overflow = actions.slice(visibleCount);
  return (
    <div className="record-actions" aria-label="Record actions">
      {shown.map((action) => (
        <Button
          key={action.id}
          testId={`action-${action.id}`}
          disabled={!action.run}
          title={action.disabledReason}
          aria-busy={running.has(action.id)}
          onClick={() => void trigger(action)}
        >
          {running.has(action.id) ? <Spinner /> : <AttioIcon name={action.icon} />}
          {action.label}
        </Button>
      ))}
      {overflow.length > 0 && (
        <Menu
          items={overflow.map((action) => ({
            key: action.id,
            label: action.label,
            icon: <AttioIcon name={action.icon} />,
            disabled: !action.run,
            testId: `action-${action.id}`,
            onSelect: () => void trigger(action),
          }))}
          trigger={({ toggle, open }) => (
            <Button iconOnly aria-label="More actions" aria-expanded={open} onClick={toggle}>
              <Ellipsis size={16} />
            </Button>
          )}
        />
      )}
    </div>
  );
}
