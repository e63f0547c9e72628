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
 * Whether what a widget drew breaks the rule that it returns a Widget root: it drew something,
 * and that is neither a root nor Widget.Loading (nothing at all may still be a suspense).
 */
function drewNoRoot(box: HTMLElement): boolean {
  if (box.querySelector(".sdk-widget, .sdk-widget__loading")) return false;
  return box.childElementCount > 0 || (box.textContent ?? "").trim() !== "";
}

/**
 * One of the app's record widgets, under its own "widget" call that ends when its root shows.
 * It shows Widget.Loading while it suspends, its render error in place, and an error when it
 * draws something other than a Widget root.
 */
export function WidgetCard({ widget, recordId, object }: WidgetCardProps) {
  const { scope, finish } = useMountedCall("widget", widget, recordId, object);
  const box = useRef<HTMLDivElement>(null);
  const [rootless, setRootless] = useState<Error | null>(null);
  const rootShown = useCallback(() => finish(null), [finish]);
  const shown = useCallback(() => {
    if (!box.current || !drewNoRoot(box.current)) return;
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
        <WidgetRootContext value={rootShown}>
          <SurfaceErrorBoundary
            title={`The widget "${widget.label}" failed to render`}
            onError={finish}
            onRetry={() => scope.cache.clear()}
          >
            <div ref={box} className="widget-card">
              <Suspense fallback={<Widget.Loading />}>
                <Rendered recordId={recordId} object={object} />
                <OnShown onShown={shown} />
              </Suspense>
            </div>
          </SurfaceErrorBoundary>
        </WidgetRootContext>
      </WidgetColorContext>
    </SurfaceScopeContext>
  );
}
