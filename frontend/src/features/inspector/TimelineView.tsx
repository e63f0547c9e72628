import { ChevronDown, ChevronRight } from "lucide-react";
import { memo, useEffect, useMemo } from "react";
import { shortJson } from "../../ui/formatJson";
import { CallStatus } from "./CallStatus";
import { describeLeaf, formatDuration, formatOffset } from "./format";
import { KindBadge } from "./KindBadge";
import type { TimelineRow } from "./timeline";
import { useVirtualList } from "./useVirtualList";
import "./TimelineView.css";

const rowHeight = 26;

interface TimelineViewProps {
  rows: TimelineRow[];
  selectedKey: string | null;
  /**
   * The row the user picked, scrolled into view when it changes. The newest call, selected
   * while nothing is picked, is not: it is on top, and a user reading further down stays there.
   */
  pickedKey: string | null;
  onSelect: (row: TimelineRow) => void;
  onToggle: (callId: string) => void;
  collapsed: ReadonlySet<string>;
  emptyText: string;
}

/**
 * Every recent call as a tree of what it did, newest tree first, with a waterfall of when each
 * thing happened within its tree. Only the rows in view are drawn.
 */
export function TimelineView(props: TimelineViewProps) {
  const { rows, selectedKey, pickedKey, onSelect, onToggle, collapsed, emptyText } = props;
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const list = useVirtualList(keys, rowHeight);
  const { reveal } = list;

  useEffect(() => {
    if (pickedKey) reveal(pickedKey);
  }, [reveal, pickedKey]);

  if (rows.length === 0) {
    return (
      <div className="timeline">
        <p className="timeline__empty">{emptyText}</p>
      </div>
    );
  }
  return (
    <div className="timeline" ref={list.scrollRef} role="tree" aria-label="Timeline">
      <div style={{ height: list.totalHeight, position: "relative" }}>
        <div style={{ transform: `translateY(${list.offsetTop}px)` }}>
          {rows.slice(list.first, list.end).map((row) => (
            <Row
              key={row.key}
              row={row}
              selected={row.key === selectedKey}
              open={!collapsed.has(row.call.id)}
              onSelect={onSelect}
              onToggle={onToggle}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: TimelineRow;
  selected: boolean;
  open: boolean;
  onSelect: (row: TimelineRow) => void;
  onToggle: (callId: string) => void;
}

// The timeline is laid out anew for every batch of live calls, so its row objects are new each
// time; a row is drawn again only when what it shows changed.
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.row;
  const y = b.row;
  return (
    a.selected === b.selected &&
    a.open === b.open &&
    a.onSelect === b.onSelect &&
    a.onToggle === b.onToggle &&
    x.key === y.key &&
    x.call === y.call &&
    x.leaf === y.leaf &&
    x.depth === y.depth &&
    x.childCount === y.childCount &&
    x.start === y.start &&
    x.end === y.end &&
    x.span === y.span
  );
}

const Row = memo(function Row({ row, selected, open, onSelect, onToggle }: RowProps) {
  const classes = ["timeline__row"];
  if (selected) classes.push("timeline__row--selected");
  if (row.leaf) classes.push("timeline__row--leaf");
  const style = { "--depth": row.depth, height: rowHeight } as object;
  const common = {
    type: "button" as const,
    className: "",
    style,
    "aria-selected": selected,
    "aria-level": row.depth + 1,
    onClick: () => onSelect(row),
  };

  if (row.leaf) {
    const { type, text } = describeLeaf(row.leaf);
    const bad =
      (row.leaf.type === "request" &&
        (row.leaf.request.status === 0 || row.leaf.request.status >= 400)) ||
      (row.leaf.type === "console" && row.leaf.line.level === "error");
    if (bad) classes.push("timeline__row--bad");
    return (
      <button
        {...common}
        className={classes.join(" ")}
        role="treeitem"
        data-testid="timeline-leaf"
        data-leaf-type={row.leaf.type}
        data-call-id={row.call.id}
      >
        <span className="timeline__toggle" />
        <span className={`timeline__leaf-type timeline__leaf-type--${row.leaf.type}`}>{type}</span>
        <span className="timeline__text" title={text}>
          {text}
        </span>
        <span className="timeline__time">{formatOffset(row.start)}</span>
        <Waterfall row={row} />
      </button>
    );
  }

  const call = row.call;
  if (call.status === "error") classes.push("timeline__row--error");
  return (
    <button
      {...common}
      className={classes.join(" ")}
      role="treeitem"
      aria-expanded={row.childCount > 0 ? open : undefined}
      data-testid="call-row"
      data-call-id={call.id}
      data-kind={call.kind}
      data-status={call.status}
      data-depth={row.depth}
    >
      <span
        className="timeline__toggle"
        onClick={(event) => {
          if (row.childCount === 0) return;
          event.stopPropagation();
          onToggle(call.id);
        }}
      >
        {row.childCount > 0 && (open ? <ChevronDown size={14} /> : <ChevronRight size={14} />)}
      </span>
      <KindBadge kind={call.kind} />
      <span className="timeline__name">{call.name}</span>
      {call.replayOf && (
        <span className="timeline__replay" title={`Replay of call ${call.replayOf}`}>
          {call.replayMode === "deterministic" ? "deterministic replay" : "replay"}
        </span>
      )}
      <span className="timeline__text timeline__args">{shortJson(call.args, 120)}</span>
      <CallStatus status={call.status} />
      <span className="timeline__time">
        {call.status === "running" ? "" : formatDuration(call.durationMs)}
      </span>
      <Waterfall row={row} />
    </button>
  );
}, sameRow);

function Waterfall({ row }: { row: TimelineRow }) {
  const left = (row.start / row.span) * 100;
  const width = ((row.end - row.start) / row.span) * 100;
  const kind = row.leaf ? `leaf-${row.leaf.type}` : row.call.kind;
  const title = row.leaf
    ? formatOffset(row.start)
    : `${formatOffset(row.start)}, ${formatDuration(row.end - row.start)}`;
  return (
    <span className="timeline__waterfall" aria-hidden title={title}>
      <span
        className={`timeline__bar timeline__bar--${kind}${width < 0.5 ? " timeline__bar--instant" : ""}`}
        style={{ left: `${Math.min(left, 99.5)}%`, width: `${Math.max(width, 0)}%` }}
      />
    </span>
  );
}
