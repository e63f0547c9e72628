import { Pencil, Trash2 } from "lucide-react";
import type { Fault } from "../../api";
import { Button } from "../../ui/Button";
import { Tag } from "../../ui/Tag";
import { describeFault, faultLabel } from "./faults";
import "./FaultTable.css";

interface FaultTableProps {
  faults: Record<string, Fault>;
  disabled: boolean;
  onEdit: (host: string) => void;
  onRemove: (host: string) => void;
}

/** The faults injected, one per host, with what each does. */
export function FaultTable({ faults, disabled, onEdit, onRemove }: FaultTableProps) {
  const hosts = Object.keys(faults).sort();
  if (hosts.length === 0) {
    return (
      <p className="panel-empty" data-testid="no-faults">
        No faults. Give a host one to see how the app copes with latency, rate limits, errors,
        timeouts, resets and broken bodies.
      </p>
    );
  }
  return (
    <ul className="fault-table">
      {hosts.map((host) => (
        <li key={host} className="fault-table__row" data-testid="fault-row" data-host={host}>
          <code className="fault-table__host">{host === "*" ? "* (every other host)" : host}</code>
          <Tag color={faults[host].kind ? "orange" : "yellow"}>{faultLabel(faults[host].kind)}</Tag>
          <span className="fault-table__detail">{describeFault(faults[host])}</span>
          <Button
            small
            iconOnly
            variant="ghost"
            aria-label={`Edit the fault of ${host}`}
            disabled={disabled}
            onClick={() => onEdit(host)}
          >
            <Pencil size={13} />
          </Button>
          <Button
            small
            iconOnly
            variant="danger-quiet"
            aria-label={`Remove the fault of ${host}`}
            disabled={disabled}
            testId="remove-fault"
            onClick={() => onRemove(host)}
          >
            <Trash2 size={13} />
          </Button>
        </li>
      ))}
    </ul>
  );
}
