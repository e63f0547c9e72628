import { CircleAlert } from "lucide-react";
import "./ErrorView.css";

interface ErrorViewProps {
  title: string;
  message: string;
  stack?: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** An error shown where it happened: what failed, the message, and the stack when there is one. */
export function ErrorView({ title, message, stack, onRetry, onDismiss }: ErrorViewProps) {
  return (
    <div className="error-view" role="alert">
      <p className="error-view__title">
        <CircleAlert size={14} />
        {title}
      </p>
      <p className="error-view__message">{message}</p>
      {stack && stack.trim() !== message && <pre className="error-view__stack">{stack}</pre>}
      {(onRetry || onDismiss) && (
        <div className="error-view__actions">
          {onRetry && (
            <button type="button" className="error-view__button" onClick={onRetry}>
              Try again
            </button>
          )}
          {onDismiss && (
            <button type="button" className="error-view__button" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </div>
      )}
    </div>
  );
}
