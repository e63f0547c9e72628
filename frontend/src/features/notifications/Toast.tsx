import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from "lucide-react";
import type { ToastEntry } from "../../sdk/notifications";
import "./Toast.css";

const icons = {
  neutral: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  error: CircleAlert,
};

export function Toast({ toast, onDismiss }: { toast: ToastEntry; onDismiss: () => void }) {
  const Icon = icons[toast.variant] ?? Info;
  return (
    <div
      className={`toast toast--${toast.variant}`}
      role={toast.variant === "error" ? "alert" : "status"}
      data-testid="toast"
      data-variant={toast.variant}
    >
      <Icon size={16} className="toast__icon" />
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
