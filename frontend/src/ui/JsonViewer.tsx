import { ChevronDown, ChevronRight, Copy } from "lucide-react";
import { useState } from "react";
import { formatJson } from "./formatJson";
import "./JsonViewer.css";

interface JsonViewerProps {
  value: unknown;
  /** Objects and arrays this deep start open; deeper ones start folded. */
  openDepth?: number;
  testId?: string;
}

// Past this many members an object or array starts folded whatever its depth.
const bigContainer = 50;

/** JSON as a tree whose objects and arrays fold and unfold, with a button copying it as text. */
export function JsonViewer({ value, openDepth = 2, testId }: JsonViewerProps) {
  return (
    <div className="json-viewer" data-testid={testId}>
      <button
        type="button"
        className="json-viewer__copy"
        title="Copy as JSON"
        aria-label="Copy as JSON"
        onClick={() => void navigator.clipboard?.writeText(formatJson(value))}
      >
        <Copy size={12} />
      </button>
      <JsonNode value={value} depth={0} openDepth={openDepth} last />
    </div>
  );
}

interface NodeProps {
  name?: string;
  value: unknown;
  depth: number;
  openDepth: number;
  last: boolean;
}

function JsonNode({ name, value, depth, openDepth, last }: NodeProps) {
  const container = value !== null && typeof value === "object";
  const entries = container ? Object.entries(value as object) : [];
  const [open, setOpen] = useState(depth < openDepth && entries.length <= bigContainer);
  const label = name !== undefined && <span className="json-viewer__key">{name}: </span>;
  const comma = last ? "" : ",";

  if (!container) {
    return (
      <div className="json-viewer__line" style={{ paddingLeft: depth * 14 }}>
        {label}
        <Scalar value={value} />
        {comma}
      </div>
    );
  }
  const array = Array.isArray(value);
  const [start, end] = array ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div className="json-viewer__line" style={{ paddingLeft: depth * 14 }}>
        {label}
        {start + end + comma}
      </div>
    );
  }
  const toggle = (
    <button
      type="button"
      className="json-viewer__toggle"
      aria-expanded={open}
      aria-label={open ? "Fold" : "Unfold"}
      onClick={() => setOpen(!open)}
    >
      {open ? <ChevronDown size={11} /> : <ChevronRight size={11} />}
    </button>
  );
  if (!open) {
    const noun = array ? "item" : "key";
    const count = `${entries.length} ${noun}${entries.length === 1 ? "" : "s"}`;
    return (
      <div className="json-viewer__line" style={{ paddingLeft: depth * 14 }}>
        {toggle}
        {label}
        {start}
        <button type="button" className="json-viewer__folded" onClick={() => setOpen(true)}>
          {count}
        </button>
        {end + comma}
      </div>
    );
  }
  return (
    <>
      <div className="json-viewer__line" style={{ paddingLeft: depth * 14 }}>
        {toggle}
        {label}
        {start}
      </div>
      {entries.map(([key, inner], index) => (
        <JsonNode
          key={key}
          name={array ? undefined : JSON.stringify(key)}
          value={inner}
          depth={depth + 1}
          openDepth={openDepth}
          last={index === entries.length - 1}
        />
      ))}
      <div className="json-viewer__line" style={{ paddingLeft: depth * 14 }}>
        {end + comma}
      </div>
    </>
  );
}

function Scalar({ value }: { value: unknown }) {
  const type = value === null ? "null" : typeof value;
  const text = type === "string" ? JSON.stringify(value) : formatJson(value);
  return <span className={`json-viewer__${type}`}>{text}</span>;
}
