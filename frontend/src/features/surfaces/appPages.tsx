import { Settings, Video } from "lucide-react";
import type { ReactNode } from "react";
import { useRoute } from "../../routing/route";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { CallRecordingPage } from "./CallRecordingPage";
import { SettingsPage } from "./SettingsPage";
import "./appPages.css";

/** Pages of Attio outside records where the app has surfaces, each at #/<route>. */
const pages: Record<string, () => ReactNode> = {
  "call-recording": () => <CallRecordingPage />,
  "app-settings": () => <SettingsPage />,
};

/** The app page a route shows, or null when it shows records. */
export function appPageFor(route: string | null): ReactNode | null {
  const page = route === null ? undefined : pages[route];
  return page ? page() : null;
}

/** Links to the mock call recording and, when the app has one, its settings page. */
export function AppPagesNav() {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const [route] = useRoute();
  const textActions = Object.values(app.surfaces.textActions).flat().length;
  const link = (to: string, label: string, icon: ReactNode, count?: number) => (
    <a
      className={`app-page-link${route.object === to ? " app-page-link--active" : ""}`}
      href={`#/${to}`}
      data-testid={`open-${to}`}
    >
      {icon}
      {label}
      {count ? <span className="app-page-link__count">{count}</span> : null}
    </a>
  );
  return (
    <>
      {link("call-recording", "Call recording", <Video size={13} />, textActions)}
      {app.surfaces.settingsPages.length > 0 &&
        link("app-settings", "App settings", <Settings size={13} />)}
    </>
  );
}
