import { ChevronDown, ChevronRight } from "lucide-react";
import { shortJson } from "../../ui/formatJson";
import type { CallLine } from "./callTree";
import { CallStatus, formatDuration } from "./CallStatus";
import { KindBadge } from "./KindBadge";
import "./CallList.css";

interface CallListProps {
  lines: CallLine[];
  selectedId: string | null;
  collapsed: ReadonlySet<string>;
  onSelect: (callId: string) => void;
  onToggle: (callId: string) => void;
}

export function CallList({ lines, selectedId, collapsed, onSelect, onToggle }: CallListProps) {
  if (lines.length === 0) {
    return (
      <div className="call-list">
        <p className="call-list__empty">No calls yet. Run a record action to see its calls here.</p>
      </div>
    );
  }
  return (
    <div className="call-list" role="tree" aria-label="Calls">
      {lines.map(({ call, depth, childCount }) => {
        const classes = ["call-list__row"];
        if (call.id === selectedId) classes.push("call-list__row--selected");
        if (call.status === "error") classes.push("call-list__row--error");
        const open = !collapsed.has(call.id);
        return (
          <button
            key={call.id}
            type="button"
            role="treeitem"
            aria-selected={call.id === selectedId}
            aria-expanded={childCount > 0 ? open : undefined}
            aria-level={depth + 1}
            className={classes.join(" ")}
            style={{ "--depth": depth } as object}
            data-testid="call-row"
            data-call-id={call.id}
            data-kind={call.kind}
            data-status={call.status}
            data-depth={depth}
            onClick={() => onSelect(call.id)}
          >
            <span
              className="call-list__toggle"
              onClick={(event) => {
                if (childCount === 0) return;
                event.stopPropagation();
                onToggle(call.id);
              }}
            >
              {childCount > 0 && (open ? <ChevronDown size={14} /> : <ChevronRight size={14} />)}
            </span>
            <KindBadge kind={call.kind} />
            <span className="call-list__name">{call.name}</span>
            <span className="call-list__args">{shortJson(call.args, 120)}</span>
            <CallStatus status={call.status} />
            <span className="call-list__duration">
              {call.status === "running" ? "" : formatDuration(call.durationMs)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
