import { useCallback } from "react";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useRoute } from "../../routing/route";
import { AppErrorPanel } from "../build/AppErrorPanel";
import { DiagnosticsPanel } from "../build/DiagnosticsPanel";
import { useBuild } from "../build/useBuild";
import { ConnectionPrompt } from "../connections/ConnectionPrompt";
import { OutsideNav } from "../connections/OutsideNav";
import { outsidePanelOf } from "../connections/outsideRoutes";
import { OutsideView } from "../connections/OutsideView";
import { Inspector } from "../inspector/Inspector";
import { NotificationLayer } from "../notifications/NotificationLayer";
import { Sidebar } from "../objects/Sidebar";
import { useObjects } from "../objects/useObjects";
import { ObjectView } from "../records/ObjectView";
import { AppWarnings } from "../surfaces/AppWarnings";
import { AppPagesNav, appPageFor } from "../surfaces/appPages";
import { ObjectActionsBar } from "../surfaces/ObjectActionsBar";
import { PlatformSwitch } from "../surfaces/PlatformSwitch";
import { SurfacesProvider } from "../surfaces/SurfacesProvider";
import { TopBar } from "./TopBar";
import "./Studio.css";

/** The studio window: top bar, problems, objects, the record list and page, the inspector. */
export function Studio() {
  const runtime = useRuntime();
  const build = useBuild(runtime);
  const objects = useObjects();
  const [route, navigate] = useRoute();
  const appPage = appPageFor(route.object);
  const panel = outsidePanelOf(route, objects.data);

  const object = objects.data?.find((o) => o.slug === route.object) ?? objects.data?.[0] ?? null;
  const recordId = object && object.slug === route.object ? route.recordId : null;
  const openRecord = useCallback(
    (id: string, options?: { replace?: boolean }) => {
      if (object) navigate({ object: object.slug, recordId: id }, options);
    },
    [navigate, object],
  );

  return (
    <SurfacesProvider>
      <div className="studio">
        <TopBar manifest={build.manifest} backendError={build.error}>
          <OutsideNav active={panel} />
          <AppPagesNav />
          <PlatformSwitch />
        </TopBar>
        <DiagnosticsPanel diagnostics={build.manifest?.diagnostics ?? []} />
        <AppErrorPanel log={runtime.appErrors} />
        <AppWarnings log={runtime.appErrors} />
        <div className="studio__main">
          <Sidebar
            objects={objects.data}
            error={objects.error}
            selected={panel ? null : (object?.slug ?? null)}
            manifest={build.manifest}
          />
          <main className="studio__content">
            {panel ? (
              <OutsideView panel={panel} item={route.recordId} manifest={build.manifest} />
            ) : appPage ? (
              appPage
            ) : object ? (
              <>
                <ObjectActionsBar object={object} manifest={build.manifest} />
                <ObjectView
                  key={object.slug}
                  object={object}
                  recordId={recordId}
                  manifest={build.manifest}
                  onOpen={openRecord}
                />
              </>
            ) : (
              <div className="studio__message">
                {objects.loading ? "Loading the workspace…" : "The mock workspace has no objects."}
              </div>
            )}
          </main>
        </div>
        <Inspector />
        <ConnectionPrompt manifest={build.manifest} />
        <NotificationLayer center={runtime.notifications} />
      </div>
    </SurfacesProvider>
  );
}
