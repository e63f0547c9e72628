import { ChevronLeft, ChevronRight, X } from "lucide-react";
import { Suspense, useMemo, useState } from "react";
import { DialogActiveContext, DialogFooterContext } from "../../sdk/client/components/dialogFooter";
import { LoadingState } from "../../sdk/client/components/LoadingState";
import type { DialogEntry } from "../../sdk/notifications";
import { useRuntime } from "../../sdk/RuntimeContext";
import { SurfaceScopeContext } from "../../sdk/surfaceScope";
import { Button } from "../../ui/Button";
import { SurfaceErrorBoundary } from "../../sdk/SurfaceErrorBoundary";
import { IframeView } from "./IframeView";
import "./DialogPanel.css";

interface DialogPanelProps {
  dialog: DialogEntry;
  /** The dialogs below this one, drawn as breadcrumbs that go back to them. */
  below: DialogEntry[];
  hidden: boolean;
  /** On top with nothing over it: its Buttons' keyboard hints work. */
  active: boolean;
}

/** One of the app's dialogs: its component, with its SDK Buttons moved to the footer. */
export function DialogPanel({ dialog, below, hidden, active }: DialogPanelProps) {
  const runtime = useRuntime();
  const scope = useMemo(() => runtime.scope(dialog.callId), [runtime, dialog.callId]);
  const [footer, setFooter] = useState<HTMLDivElement | null>(null);
  const AppDialog = dialog.Dialog;
  const back = (to: DialogEntry) => {
    const above = below[below.indexOf(to) + 1] ?? dialog;
    runtime.notifications.removeDialog(above.id);
  };

  return (
    <div className="dialog-panel" hidden={hidden} data-testid="dialog" data-title={dialog.title}>
      <header className="dialog-panel__header">
        {below.length > 0 && (
          <Button variant="ghost" iconOnly small aria-label="Back" onClick={dialog.hide}>
            <ChevronLeft size={16} />
          </Button>
        )}
        <h2 className="dialog-panel__crumbs" data-testid="dialog-crumbs">
          {below.map((entry) => (
            <span key={entry.id} className="dialog-panel__crumb">
              <button
                type="button"
                className="dialog-panel__crumb-link"
                onClick={() => back(entry)}
              >
                {entry.title}
              </button>
              <ChevronRight size={12} />
            </span>
          ))}
          <span className="dialog-panel__title">{dialog.title}</span>
        </h2>
        <Button variant="ghost" iconOnly aria-label="Close dialog" onClick={dialog.hide}>
          <X size={16} />
        </Button>
      </header>
      {dialog.iframe ? (
        <IframeView spec={dialog.iframe} title={dialog.title} />
      ) : (
        <div className="dialog-panel__body">
          {footer && AppDialog && (
            <SurfaceScopeContext value={scope}>
              <DialogFooterContext value={footer}>
                <DialogActiveContext value={active}>
                  <SurfaceErrorBoundary
                    title={`The dialog "${dialog.title}" failed to render`}
                    onRetry={() => scope.cache.clear()}
                  >
                    <Suspense fallback={<LoadingState />}>
                      <AppDialog hideDialog={dialog.hide} />
                    </Suspense>
                  </SurfaceErrorBoundary>
                </DialogActiveContext>
              </DialogFooterContext>
            </SurfaceScopeContext>
          )}
        </div>
      )}
      <div className="dialog-panel__footer" ref={setFooter} data-testid="dialog-footer" />
    </div>
  );
}
