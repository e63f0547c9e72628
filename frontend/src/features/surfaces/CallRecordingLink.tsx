import { Video } from "lucide-react";
import { useRoute } from "../../routing/route";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import "./CallRecordingLink.css";

/** The route of the mock call-recording page. */
export const callRecordingRoute = "call-recording";

/** Opens the mock call recording, showing how many text actions the app has for it. */
export function CallRecordingLink() {
  const runtime = useRuntime();
  const [route] = useRoute();
  const active = route.object === callRecordingRoute;
  const app = useStore(runtime.app);
  const count = Object.values(app.surfaces.textActions).flat().length;
  return (
    <a
      className={`call-recording-link${active ? " call-recording-link--active" : ""}`}
      href={`#/${callRecordingRoute}`}
      data-testid="open-call-recording"
      title="A mock call recording, to try the app's call-recording text actions"
    >
      <Video size={13} />
      Call recording
      {count > 0 && <span className="call-recording-link__count">{count}</span>}
    </a>
  );
}
