import { use } from "react";
import { useSurfaceScope } from "../surfaceScope";
import type { WorkspaceInfo } from "../workspaceInfo";
import type { ClientHost } from "./clientHost";

/** useRecord: the record the surface (action, widget, tab, or its dialog) is about. */
export function useRecord(): { recordId: string; object: string } {
  const { recordId = "", object = "" } = useSurfaceScope().context;
  return { recordId, object };
}

/** useRecords: the records a bulk action (or its dialog) runs on. */
export function useRecords(): { recordIds: string[]; object: string } {
  const { recordId, recordIds, object = "" } = useSurfaceScope().context;
  return { recordIds: recordIds ?? (recordId ? [recordId] : []), object };
}

/** useWorkspace: the mock workspace's name and slug; suspends the first time it is read. */
export function createUseWorkspace(host: ClientHost) {
  return function useWorkspace(): WorkspaceInfo {
    const scope = useSurfaceScope();
    return use(scope.run(() => host.workspaceInfo()));
  };
}
