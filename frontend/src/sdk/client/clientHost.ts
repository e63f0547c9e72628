import type { StudioApi } from "../../api";
import type { NotificationType } from "../../api/types";
import type { CallTracker } from "../callTracker";
import type { NotificationCenter } from "../notifications";
import type { Store } from "../store";
import type { Platform } from "./components/hostHooks";

/** What the attio/client implementation needs from the studio. */
export interface ClientHost {
  api: StudioApi;
  calls: CallTracker;
  notifications: NotificationCenter;
  platform: Store<Platform>;
  /** Records a toast, alert, confirm or dialog under a call for the inspector. */
  record(callId: string, type: NotificationType, detail: unknown): void;
}
