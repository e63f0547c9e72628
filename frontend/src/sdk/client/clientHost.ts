import type { StudioApi } from "../../api";
import type { NotificationType } from "../../api/types";
import type { AppErrorLog } from "../appErrors";
import type { CallTracker } from "../callTracker";
import type { NotificationCenter } from "../notifications";
import type { Store } from "../store";
import type { AppShape } from "../surfaces";
import type { WorkspaceInfo } from "../workspaceInfo";
import type { SettingsFormApi } from "../settings/settingsForm";
import type { WorkspaceSettings } from "../settings/WorkspaceSettings";
import type { Platform } from "./components/hostHooks";

/** What the attio/client implementation needs from the studio. */
export interface ClientHost {
  api: StudioApi;
  calls: CallTracker;
  notifications: NotificationCenter;
  appErrors: AppErrorLog;
  platform: Store<Platform>;
  workspaceInfo(): Promise<WorkspaceInfo>;
  settings: WorkspaceSettings;
  settingsForm: SettingsFormApi;
  /** How the loaded app registers its surfaces, which says which SDK generation it targets. */
  appShape(): AppShape;
  /** Records a toast, alert, confirm or dialog under a call for the inspector. */
  record(callId: string, type: NotificationType, detail: unknown): void;
}
