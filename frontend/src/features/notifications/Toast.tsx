import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from "lucide-react";
import type { ToastEntry } from "../../sdk/notifications";
import { Spinner } from "../../ui/Spinner";
import "./Toast.css";

const icons = {
  neutral: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  error: CircleAlert,
};

interface ToastProps {
  toast: ToastEntry;
  onDismiss: () => void;
  /** Called with true while the pointer is over the toast, false when it leaves. */
  onHold?: (held: boolean) => void;
}

export function Toast({ toast, onDismiss, onHold }: ToastProps) {
  const Icon = icons[toast.variant] ?? Info;
  return (
    <div
      onMouseEnter={() => onHold?.(true)}
      onMouseLeave={() => onHold?.(false)}
      className={`toast toast--${toast.variant}`}
      role={toast.variant === "error" ? "alert" : "status"}
      data-testid="toast"
      data-variant={toast.variant}
    >
      {toast.progress ? (
        <span className="toast__icon">
          <Spinner />
        </span>
      ) : (
        <Icon size={16} className="toast__icon" />
      )}
      <div className="toast__body">
        <span className="toast__title">{toast.title}</span>
        {toast.text && <span className="toast__text">{toast.text}</span>}
        {toast.action && (
          <button
            type="button"
            className="toast__action"
            onClick={() => {
              toast.action?.onClick();
              onDismiss();
            }}
          >
            {toast.action.label}
          </button>
        )}
      </div>
      {toast.dismissable && (
        <button type="button" className="toast__close" aria-label="Dismiss" onClick={onDismiss}>
          <X size={14} />
        </button>
      )}
    </div>
  );
}
