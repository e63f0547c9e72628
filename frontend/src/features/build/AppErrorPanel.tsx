import type { AppErrorLog } from "../../sdk/appErrors";
import { useStore } from "../../sdk/store";
import { ErrorView } from "../../ui/ErrorView";
import "./AppErrorPanel.css";

/** Errors thrown by the app's client code (loading, actions, handlers), newest last. */
export function AppErrorPanel({ log }: { log: AppErrorLog }) {
  const errors = useStore(log.errors);
  if (errors.length === 0) return null;
  return (
    <div className="app-errors" data-testid="app-errors">
      {errors.map((error) => (
        <ErrorView
          key={error.id}
          title={error.title}
          message={error.message}
          stack={error.stack}
          onDismiss={() => log.dismiss(error.id)}
        />
      ))}
    </div>
  );
}
