import { TriangleAlert, X } from "lucide-react";
import type { AppErrorLog } from "../../sdk/appErrors";
import { useStore } from "../../sdk/store";
import "./AppWarnings.css";

/** Things in the app that work but not as meant (unknown icons, misused components). */
export function AppWarnings({ log }: { log: AppErrorLog }) {
  const warnings = useStore(log.warnings);
  if (warnings.length === 0) return null;
  return (
    <div className="app-warnings" data-testid="app-warnings" role="status">
      {warnings.map((warning) => (
        <div key={warning.id} className="app-warnings__item">
          <TriangleAlert size={14} className="app-warnings__icon" />
          <span className="app-warnings__text">
            <strong>{warning.title}</strong> {warning.message}
          </span>
          <button
            type="button"
            className="app-warnings__dismiss"
            aria-label="Dismiss warning"
            onClick={() => log.dismissWarning(warning.id)}
          >
            <X size={13} />
          </button>
        </div>
      ))}
    </div>
  );
}
