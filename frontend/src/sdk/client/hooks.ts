import { use } from "react";
import { useSurfaceScope } from "../surfaceScope";
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

export interface WorkspaceInfo {
  workspaceName: string;
  workspaceSlug: string;
}

const workspaceQuery = "query StudioWorkspace { currentWorkspace { name slug } }";

/** useWorkspace: the mock workspace's name and slug; suspends the first time it is read. */
export function createUseWorkspace(host: ClientHost) {
  let pending: Promise<WorkspaceInfo> | null = null;
  const load = async (): Promise<WorkspaceInfo> => {
    const result = await host.api.runQuery(workspaceQuery, {}, host.calls.current());
    const workspace = (result.data as { currentWorkspace?: { name?: string; slug?: string } })
      ?.currentWorkspace;
    if (!workspace) {
      pending = null;
      throw new Error(
        `useWorkspace could not read the workspace: ${result.errors?.[0]?.message ?? "no data"}`,
      );
    }
    return { workspaceName: workspace.name ?? "", workspaceSlug: workspace.slug ?? "" };
  };
  return function useWorkspace(): WorkspaceInfo {
    const scope = useSurfaceScope();
    pending ??= scope.run(load);
    return use(pending);
  };
}
