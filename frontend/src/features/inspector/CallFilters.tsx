import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import type { CallFilter } from "../../api/inspectorTypes";
import type { CallStatus } from "../../api/types";
import "./CallFilters.css";

const kinds: [string, string][] = [
  ["", "All kinds"],
  ["record-action", "Record actions"],
  ["bulk-record-action", "Bulk actions"],
  ["widget", "Widgets"],
  ["record-tab", "Record tabs"],
  ["object-action", "Object actions"],
  ["call-recording-text-action", "Text actions"],
  ["query", "Queries"],
  ["server-function", "Server functions"],
  ["webhook", "Webhooks"],
  ["event", "Events"],
];

const statuses: [string, string][] = [
  ["", "Any status"],
  ["ok", "OK"],
  ["error", "Errors"],
  ["running", "Running"],
];

// Typing waits this long before the query runs, so each keystroke does not search the log.
const typingDelayMs = 250;

interface CallFiltersProps {
  filter: CallFilter;
  names: string[];
  onChange: (filter: CallFilter) => void;
}

/** Kind, status, function and text: the calls view's filter. */
export function CallFilters({ filter, names, onChange }: CallFiltersProps) {
  const [text, setText] = useState(filter.text ?? "");

  useEffect(() => {
    if (text === (filter.text ?? "")) return;
    const timer = setTimeout(() => onChange({ ...filter, text: text || undefined }), typingDelayMs);
    return () => clearTimeout(timer);
  }, [filter, onChange, text]);

  const choose = (value: string, key: "kinds" | "statuses") =>
    onChange({ ...filter, [key]: value ? [value as CallStatus] : undefined });

  return (
    <div className="call-filters">
      <select
        aria-label="Kind"
        data-testid="filter-kind"
        value={filter.kinds?.[0] ?? ""}
        onChange={(event) => choose(event.target.value, "kinds")}
      >
        {kinds.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select
        aria-label="Status"
        data-testid="filter-status"
        value={filter.statuses?.[0] ?? ""}
        onChange={(event) => choose(event.target.value, "statuses")}
      >
        {statuses.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select
        aria-label="Function"
        data-testid="filter-name"
        value={filter.name ?? ""}
        onChange={(event) => onChange({ ...filter, name: event.target.value || undefined })}
      >
        <option value="">All functions</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <label className="call-filters__search">
        <Search size={13} />
        <input
          type="search"
          placeholder="Search arguments, results, console, URLs…"
          aria-label="Search calls"
          data-testid="filter-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
    </div>
  );
}
