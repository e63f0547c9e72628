import { ChevronDown, ChevronUp } from "lucide-react";
import { Button } from "../../ui/Button";
import { CallDetail } from "./CallDetail";
import { CallList } from "./CallList";
import { useCallSelection } from "./useCallSelection";
import { useCalls } from "./useCalls";
import { usePanelSize } from "./usePanelSize";
import "./Inspector.css";

/** The bottom panel: every call as a live tree, and the selected call's details. */
export function Inspector() {
  const { calls, error, clear } = useCalls();
  const selection = useCallSelection(calls);
  const panel = usePanelSize();

  return (
    <section
      className={`inspector${panel.collapsed ? " inspector--collapsed" : ""}`}
      style={{ height: panel.height }}
      data-testid="inspector"
      aria-label="Inspector"
    >
      <div className="inspector__grip" onPointerDown={panel.startDrag} aria-hidden />
      <div className="inspector__bar">
        <h2 className="inspector__title">Inspector</h2>
        <span className="inspector__count">{calls.length} calls</span>
        {error && (
          <span className="inspector__error">Could not load the call log: {error.message}</span>
        )}
        <span className="inspector__spacer" />
        <Button small variant="ghost" onClick={clear} disabled={calls.length === 0}>
          Clear
        </Button>
        <Button
          small
          variant="ghost"
          iconOnly
          aria-label={panel.collapsed ? "Expand inspector" : "Collapse inspector"}
          onClick={panel.toggle}
        >
          {panel.collapsed ? <ChevronUp size={14} /> : <ChevronDown size={14} />}
        </Button>
      </div>
      {!panel.collapsed && (
        <div className="inspector__body">
          <CallList
            lines={selection.lines}
            selectedId={selection.selectedId}
            collapsed={selection.collapsed}
            onSelect={selection.select}
            onToggle={selection.toggle}
          />
          <CallDetail call={selection.selected} />
        </div>
      )}
    </section>
  );
}
