import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import { Widget, WidgetRootContext } from "../../sdk/client/components/Widget";
import { WidgetColorContext } from "../../sdk/client/components/widgetColor";
import { SurfaceErrorBoundary } from "../../sdk/SurfaceErrorBoundary";
import { SurfaceScopeContext } from "../../sdk/surfaceScope";
import type { AppWidget } from "../../sdk/surfaces";
import { ErrorView } from "../../ui/ErrorView";
import { useMountedCall } from "./useMountedCall";

interface WidgetCardProps {
  widget: AppWidget;
  recordId: string;
  object: string;
}

function OnShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

/**
 * One of the app's record widgets, under its own "widget" call. It shows Widget.Loading while
 * it suspends, its render error in place, and an error when it draws no Widget.* root.
 */
export function WidgetCard({ widget, recordId, object }: WidgetCardProps) {
  const { scope, finish } = useMountedCall("widget", widget, recordId, object);
  const rooted = useRef(false);
  const [rootless, setRootless] = useState<Error | null>(null);
  const markRoot = useCallback(() => void (rooted.current = true), []);
  const shown = useCallback(() => {
    if (rooted.current) return finish(null);
    const error = new Error(
      `The widget "${widget.label}" must return a Widget root such as <Widget.TextWidget>; ` +
        "it drew something else.",
    );
    setRootless(error);
    finish(error);
  }, [finish, widget.label]);

  if (!scope) return <Widget.Loading />;
  if (rootless) {
    return (
      <ErrorView
        title={`The widget "${widget.label}" cannot be shown`}
        message={rootless.message}
      />
    );
  }
  const Rendered = widget.Widget;
  return (
    <SurfaceScopeContext value={scope}>
      <WidgetColorContext value={widget.color}>
        <WidgetRootContext value={markRoot}>
          <SurfaceErrorBoundary
            title={`The widget "${widget.label}" failed to render`}
            onError={finish}
            onRetry={() => scope.cache.clear()}
          >
            <Suspense fallback={<Widget.Loading />}>
              <Rendered recordId={recordId} object={object} />
              <OnShown onShown={shown} />
            </Suspense>
          </SurfaceErrorBoundary>
        </WidgetRootContext>
      </WidgetColorContext>
    </SurfaceScopeContext>
  );
}
