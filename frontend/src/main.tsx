import { createRoot } from "react-dom/client";
import { connectApi } from "./api";
import { Studio } from "./features/shell/Studio";
import { Runtime } from "./sdk/runtime";
import { RuntimeContext } from "./sdk/RuntimeContext";
import "./styles/theme.css";

const runtime = new Runtime(connectApi());
// A tab closed or reloaded mid-action leaves no call running in the log.
window.addEventListener("pagehide", () => runtime.endOpenCalls());

createRoot(document.getElementById("root")!).render(
  <RuntimeContext value={runtime}>
    <Studio />
  </RuntimeContext>,
);
