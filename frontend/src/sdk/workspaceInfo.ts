import type { StudioApi } from "../api";

/** What useWorkspace gives: the workspace the app is installed in. */
export interface WorkspaceInfo {
  workspaceName: string;
  workspaceSlug: string;
}

const query = "query StudioWorkspace { currentWorkspace { name slug } }";

export async function loadWorkspaceInfo(api: StudioApi, callId: string): Promise<WorkspaceInfo> {
  const result = await api.runQuery(query, {}, callId);
  const workspace = (result.data as { currentWorkspace?: { name?: string; slug?: string } } | null)
    ?.currentWorkspace;
  if (!workspace) {
    const reason = result.errors?.[0]?.message ?? "the query returned no workspace";
    throw new Error(`The studio could not read the workspace's name: ${reason}`);
  }
  return { workspaceName: workspace.name ?? "", workspaceSlug: workspace.slug ?? "" };
}
