import { useContext, type ErrorInfo, type ReactNode } from "react";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { ErrorView } from "../ui/ErrorView";
import { RuntimeContext } from "./RuntimeContext";

interface SurfaceErrorBoundaryProps {
  /** What failed, e.g. `The widget "ARR" failed to render`. */
  title: string;
  /** Runs before the surface renders again (clear caches so it refetches). */
  onRetry?: () => void;
  onError?: (error: Error, info: ErrorInfo) => void;
  children: ReactNode;
}

/**
 * Catches a render error of one surface of the app and shows it in place, with its stack in
 * the app's own files, so the rest of the studio keeps working.
 */
export function SurfaceErrorBoundary({
  title,
  onRetry,
  onError,
  children,
}: SurfaceErrorBoundaryProps) {
  const runtime = useContext(RuntimeContext);
  return (
    <ErrorBoundary
      onError={onError}
      fallback={(error, retry) => (
        <ErrorView
          title={title}
          message={error.message}
          stack={runtime ? runtime.appStack(error.stack) : error.stack}
          onRetry={() => {
            onRetry?.();
            retry();
          }}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
