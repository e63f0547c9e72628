import { Settings } from "lucide-react";
import { Suspense, useEffect } from "react";
import { LoadingState } from "../../sdk/client/components/LoadingState";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { SurfaceErrorBoundary } from "../../sdk/SurfaceErrorBoundary";
import { SurfaceScopeContext } from "../../sdk/surfaceScope";
import { Json } from "../../sdk/client/components/Json";
import "./SettingsPage.css";

/** The app's workspace settings page, as an admin sees it in Attio's settings. */
export function SettingsPage() {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  useEffect(() => runtime.settings.start(), [runtime]);
  const values = useStore(runtime.settings.values);
  const page = app.surfaces.settingsPages[0];
  const scope = runtime.scope("");
  return (
    <div className="settings-page" data-testid="settings-page">
      <header className="settings-page__header">
        <Settings size={18} />
        <h1 className="settings-page__title">Workspace settings</h1>
      </header>
      {page ? (
        <div className="settings-page__body">
          <SurfaceScopeContext value={scope}>
            <SurfaceErrorBoundary
              key={app.mount}
              title="The app's settings page failed to render"
              onRetry={() => scope.cache.clear()}
            >
              <Suspense fallback={<LoadingState />}>
                <page.Page />
              </Suspense>
            </SurfaceErrorBoundary>
          </SurfaceScopeContext>
        </div>
      ) : (
        <p className="settings-page__empty">The app has no workspace settings page.</p>
      )}
      <section className="settings-page__values">
        <h2 className="settings-page__subtitle">Saved values</h2>
        <Json data={values} />
      </section>
    </div>
  );
}
