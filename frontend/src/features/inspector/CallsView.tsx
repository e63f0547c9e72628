import { memo, useEffect, useMemo } from "react";
import type { CallFilter, CallSummary } from "../../api/inspectorTypes";
import { CallFilters } from "./CallFilters";
import { CallStatus } from "./CallStatus";
import { formatDuration, formatTime } from "./format";
import { KindBadge } from "./KindBadge";
import { useVirtualList } from "./useVirtualList";
import "./CallsView.css";

const rowHeight = 26;
// Rows left below the view when the next page is asked for.
const loadAhead = 40;

interface CallsViewProps {
  filter: CallFilter;
  onFilter: (filter: CallFilter) => void;
  names: string[];
  rows: CallSummary[];
  hasMore: boolean;
  loading: boolean;
  total: number | null;
  error: Error | null;
  loadMore: () => void;
  selectedId: string | null;
  /** The call the user picked, scrolled into view when it changes. */
  pickedId: string | null;
  onSelect: (id: string) => void;
}

/** Every call, flat and filtered, newest first, a page at a time as the list scrolls. */
export function CallsView(props: CallsViewProps) {
  const { rows, hasMore, loading, total, error, loadMore, selectedId, pickedId, onSelect } = props;
  const keys = useMemo(() => rows.map((row) => row.id), [rows]);
  const list = useVirtualList(keys, rowHeight);
  const { reveal } = list;

  useEffect(() => {
    if (pickedId) reveal(pickedId);
  }, [reveal, pickedId]);

  useEffect(() => {
    if (hasMore && !loading && list.end >= rows.length - loadAhead) loadMore();
  }, [hasMore, list.end, loadMore, loading, rows.length]);

  const shown = `${rows.length.toLocaleString()}${hasMore ? "+" : ""}`;
  const count = total === null ? `${shown} calls` : `${shown} of ${total.toLocaleString()} calls`;
  return (
    <div className="calls-view">
      <CallFilters filter={props.filter} names={props.names} onChange={props.onFilter} />
      <div className="calls-view__list" ref={list.scrollRef} role="listbox" aria-label="Calls">
        {rows.length === 0 && !loading && (
          <p className="calls-view__empty">No calls match the filter.</p>
        )}
        <div style={{ height: list.totalHeight, position: "relative" }}>
          <div style={{ transform: `translateY(${list.offsetTop}px)` }}>
            {rows.slice(list.first, list.end).map((row) => (
              <Row key={row.id} row={row} selected={row.id === selectedId} onSelect={onSelect} />
            ))}
          </div>
        </div>
      </div>
      <div className="calls-view__footer" data-testid="calls-view-count">
        {error ? `Could not load calls: ${error.message}` : loading ? `${count}, loading…` : count}
      </div>
    </div>
  );
}

interface RowProps {
  row: CallSummary;
  selected: boolean;
  onSelect: (id: string) => void;
}

const Row = memo(function Row({ row, selected, onSelect }: RowProps) {
  const classes = ["calls-view__row"];
  if (selected) classes.push("calls-view__row--selected");
  if (row.status === "error") classes.push("calls-view__row--error");
  return (
    <button
      type="button"
      role="option"
      aria-selected={selected}
      className={classes.join(" ")}
      style={{ height: rowHeight }}
      data-testid="calls-view-row"
      data-call-id={row.id}
      data-kind={row.kind}
      data-status={row.status}
      onClick={() => onSelect(row.id)}
    >
      <CallStatus status={row.status} />
      <span className="calls-view__time">{formatTime(row.started)}</span>
      <KindBadge kind={row.kind} />
      <span className="calls-view__name">{row.name}</span>
      <span className="calls-view__detail" title={row.error ?? row.args}>
        {row.error ?? row.args}
      </span>
      <span className="calls-view__duration">
        {row.status === "running" ? "" : formatDuration(row.durationMs)}
      </span>
    </button>
  );
});
