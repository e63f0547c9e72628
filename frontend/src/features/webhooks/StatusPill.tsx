import { statusTone } from "./deliveries";
import "./StatusPill.css";

/** An HTTP status coloured by what it means; "—" when nothing answered. */
export function StatusPill({ status }: { status: number }) {
  return (
    <span className={`status-pill status-pill--${statusTone(status)}`} data-testid="status">
      {status || "—"}
    </span>
  );
}
