import { Ellipsis } from "lucide-react";
import { useMemo, useState } from "react";
import type { Attribute, Manifest } from "../../api/types";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { AttioIcon } from "../../ui/AttioIcon";
import { Button } from "../../ui/Button";
import { Menu } from "../../ui/Menu";
import { Spinner } from "../../ui/Spinner";
import { useCommands, type Command } from "./commands";
import { offeredRecordActions } from "./offered";
import "./RecordActionBar.css";

interface RecordActionBarProps {
  object: string;
  recordId: string;
  /** The record's name, heading its actions in the ⌘K palette. */
  recordTitle: string;
  attributes: Attribute[];
  manifest: Manifest | null;
}

const visibleCount = 3;

/**
 * The app's record actions on a record page: the first three as buttons, the rest in the "…"
 * menu, and all of them in the ⌘K palette.
 */
export function RecordActionBar(props: RecordActionBarProps) {
  const { object, recordId, recordTitle, attributes, manifest } = props;
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());
  const actions = offeredRecordActions(runtime, app.surfaces, manifest, object, attributes);

  const run = async (id: string) => {
    const action = actions.find((offered) => offered.id === id)?.surface;
    if (!action) return;
    setRunning((set) => new Set(set).add(id));
    try {
      await runtime.runRecordAction(action, { recordId, object });
    } finally {
      setRunning((set) => new Set([...set].filter((other) => other !== id)));
    }
  };

  const key = actions
    .map((action) => `${action.id}:${action.label}:${action.icon}:${!!action.surface}`)
    .join("|");
  const commands = useMemo<Command[]>(
    () =>
      actions.map((action) => ({
        id: `record-action-${action.id}`,
        label: action.label,
        icon: action.icon,
        group: recordTitle,
        run: action.surface && (() => run(action.id)),
        disabledReason: action.disabledReason,
      })),
    [key, recordTitle, recordId, object, app.mount],
  );
  useCommands("record-actions", commands);

  if (actions.length === 0) return null;
  const shown = actions.slice(0, visibleCount);
  const overflow = actions.slice(visibleCount);
  return (
    <div className="record-action-bar" aria-label="Record actions">
      {shown.map((action) => (
        <Button
          key={action.id}
          testId={`action-${action.id}`}
          disabled={!action.surface}
          title={action.disabledReason}
          aria-busy={running.has(action.id)}
          onClick={() => void run(action.id)}
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
            disabled: !action.surface,
            testId: `action-${action.id}`,
            onSelect: () => void run(action.id),
          }))}
          trigger={({ toggle, open }) => (
            <Button
              iconOnly
              aria-label="More actions"
              aria-expanded={open}
              testId="more-actions"
              onClick={toggle}
            >
              <Ellipsis size={16} />
            </Button>
          )}
        />
      )}
    </div>
  );
}
