import { act, render } from "@testing-library/react";
import { Suspense, type ReactNode } from "react";
import { fakeRuntime } from "../../test/runtimeHarness";
import { NotificationLayer } from "../../features/notifications/NotificationLayer";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import type { Runtime } from "../runtime";
import { RuntimeContext } from "../RuntimeContext";
import { SurfaceScopeContext } from "../surfaceScope";

/**
 * Renders app JSX the way a surface does: inside the runtime, under a call's scope, with a
 * Suspense fallback and an error boundary that shows the render error's message.
 */
export function renderInSurface(
  element: ReactNode,
  options: { runtime?: Runtime; callId?: string; methods?: Parameters<typeof fakeRuntime>[0] } = {},
) {
  const made = options.runtime ? null : fakeRuntime(options.methods);
  const runtime = options.runtime ?? made!.runtime;
  const scope = runtime.scope(options.callId ?? "call-test");
  const view = render(
    <RuntimeContext value={runtime}>
      <SurfaceScopeContext value={scope}>
        <ErrorBoundary fallback={(error) => <p data-testid="render-error">{error.message}</p>}>
          <Suspense fallback={<p data-testid="suspended">Loading</p>}>{element}</Suspense>
        </ErrorBoundary>
      </SurfaceScopeContext>
      <NotificationLayer center={runtime.notifications} />
    </RuntimeContext>,
  );
  return { ...view, runtime, scope, backend: made?.backend };
}

/**
 * renderInSurface inside an async act: React only wakes a component that suspended in a test
 * when the suspension began inside such an act.
 */
export async function renderSuspending(...args: Parameters<typeof renderInSurface>) {
  let view!: ReturnType<typeof renderInSurface>;
  await act(async () => {
    view = renderInSurface(...args);
  });
  return view;
}

/** Lets pending promises settle and React render what they unblocked. */
export function settle(ms = 0) {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}
