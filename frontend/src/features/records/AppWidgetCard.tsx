import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import { toCallError } from "../../sdk/appErrors";
import { Widget } from "../../sdk/client/components/Widget";
import { WidgetColorContext } from "../../sdk/client/components/widgetColor";
import { useRuntime } from "../../sdk/RuntimeContext";
import { SurfaceScopeContext } from "../../sdk/surfaceScope";
import type { AppWidget } from "../../sdk/surfaces";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { ErrorView } from "../../ui/ErrorView";

interface AppWidgetCardProps {
  widget: AppWidget;
  recordId: string;
  object: string;
}

/**
 * Mounts one of the app's record widgets under its own "widget" call, so the queries and server
 * calls it makes while rendering nest under it; the call ends when it first shows or fails.
 */
export function AppWidgetCard({ widget, recordId, object }: AppWidgetCardProps) {
  const runtime = useRuntime();
  const [callId, setCallId] = useState<string | null>(null);
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    let started = "";
    finished.current = false;
    void runtime.startCall("widget", widget.id, { recordId, object }).then((id) => {
      started = id;
      if (live) setCallId(id);
      else runtime.finishCall(id, null);
    });
    return () => {
      live = false;
      if (started && !finished.current) runtime.finishCall(started, null);
    };
  }, [runtime, widget.id, recordId, object]);

  const scope = useMemo(
    () => (callId === null ? null : runtime.widgetScope(callId, widget, { recordId, object })),
    [runtime, callId, widget, recordId, object],
  );
  if (!scope || callId === null) return <Widget.Loading />;

  const finish = (error: unknown) => {
    if (finished.current) return;
    finished.current = true;
    runtime.finishCall(callId, error === null ? null : toCallError(error));
  };
  const Rendered = widget.Widget;
  return (
    <SurfaceScopeContext value={scope}>
      <WidgetColorContext value={widget.color}>
        <ErrorBoundary
          onError={finish}
          fallback={(error, retry) => (
            <ErrorView
              title={`The widget "${widget.label}" failed to render`}
              message={error.message}
              stack={error.stack}
              onRetry={() => {
                scope.cache.clear();
                retry();
              }}
            />
          )}
        >
          <Suspense fallback={<Widget.Loading />}>
            <Rendered recordId={recordId} object={object} />
            <OnShown onShown={() => finish(null)} />
          </Suspense>
        </ErrorBoundary>
      </WidgetColorContext>
    </SurfaceScopeContext>
  );
}

function OnShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}
