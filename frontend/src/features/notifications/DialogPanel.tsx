import { ChevronRight, X } from "lucide-react";
import { Suspense, useMemo, useState } from "react";
import { DialogFooterContext } from "../../sdk/client/components/dialogFooter";
import { LoadingState } from "../../sdk/client/components/LoadingState";
import type { DialogEntry } from "../../sdk/notifications";
import { useRuntime } from "../../sdk/RuntimeContext";
import { SurfaceScopeContext } from "../../sdk/surfaceScope";
import { Button } from "../../ui/Button";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { ErrorView } from "../../ui/ErrorView";
import "./DialogPanel.css";

interface DialogPanelProps {
  dialog: DialogEntry;
  /** Titles of the dialogs below this one, drawn as breadcrumbs. */
  below: string[];
  hidden: boolean;
}

/** One of the app's dialogs: its component, with its SDK Buttons moved to the footer. */
export function DialogPanel({ dialog, below, hidden }: DialogPanelProps) {
  const runtime = useRuntime();
  const scope = useMemo(() => runtime.scope(dialog.callId), [runtime, dialog.callId]);
  const [footer, setFooter] = useState<HTMLDivElement | null>(null);
  const AppDialog = dialog.Dialog;

  return (
    <div className="dialog-panel" hidden={hidden} data-testid="dialog" data-title={dialog.title}>
      <header className="dialog-panel__header">
        <h2 className="dialog-panel__crumbs">
          {below.map((title, index) => (
            <span key={index} className="dialog-panel__crumb">
              {title} <ChevronRight size={12} />
            </span>
          ))}
          <span className="dialog-panel__title">{dialog.title}</span>
        </h2>
        <Button variant="ghost" iconOnly aria-label="Close dialog" onClick={dialog.hide}>
          <X size={16} />
        </Button>
      </header>
      <div className="dialog-panel__body">
        {footer && (
          <SurfaceScopeContext value={scope}>
            <DialogFooterContext value={footer}>
              <ErrorBoundary
                fallback={(error, retry) => (
                  <ErrorView
                    title={`The dialog "${dialog.title}" failed to render`}
                    message={error.message}
                    stack={error.stack}
                    onRetry={() => {
                      scope.cache.clear();
                      retry();
                    }}
                  />
                )}
              >
                <Suspense fallback={<LoadingState />}>
                  <AppDialog hideDialog={dialog.hide} />
                </Suspense>
              </ErrorBoundary>
            </DialogFooterContext>
          </SurfaceScopeContext>
        )}
      </div>
      <div className="dialog-panel__footer" ref={setFooter} />
    </div>
  );
}
