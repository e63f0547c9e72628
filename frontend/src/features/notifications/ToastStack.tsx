import type { NotificationCenter } from "../../sdk/notifications";
import { useStore } from "../../sdk/store";
import { Toast } from "./Toast";
import "./ToastStack.css";

/** The app's toasts, bottom right, oldest on top; pointing at them holds them. */
export function ToastStack({ center }: { center: NotificationCenter }) {
  const toasts = useStore(center.toasts);
  return (
    <div className="toast-stack" data-testid="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <Toast
          key={toast.id}
          toast={toast}
          onDismiss={() => center.removeToast(toast.id)}
          onHold={(held) => (held ? center.toastTimers.pause() : center.toastTimers.resume())}
        />
      ))}
    </div>
  );
}
