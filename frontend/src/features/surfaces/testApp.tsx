import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { NotificationLayer } from "../notifications/NotificationLayer";
import { RuntimeContext } from "../../sdk/RuntimeContext";
import type { Runtime } from "../../sdk/runtime";
import { noSurfaces, type AppSurfaces } from "../../sdk/surfaces";
import { fakeRuntime } from "../../test/runtimeHarness";
import { SurfacesProvider } from "./SurfacesProvider";

/** A runtime whose app registered the given surfaces, as if its bundle had loaded. */
export function runtimeWith(
  surfaces: Partial<AppSurfaces>,
  methods: Parameters<typeof fakeRuntime>[0] = {},
) {
  const made = fakeRuntime(methods);
  made.runtime.app.set((app) => ({
    ...app,
    bundleVersion: 1,
    mount: app.mount + 1,
    surfaces: { ...noSurfaces, ...surfaces },
  }));
  return made;
}

/** Renders studio views the way the shell does: runtime, surfaces provider, notifications. */
export function renderStudioView(runtime: Runtime, view: ReactNode) {
  return render(
    <RuntimeContext value={runtime}>
      <SurfacesProvider>
        {view}
        <NotificationLayer center={runtime.notifications} />
      </SurfacesProvider>
    </RuntimeContext>,
  );
}
