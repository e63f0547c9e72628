import type { Transport } from "./transport";

/** Saving and opening workspace files through the desktop's own dialogs. */
export interface WorkspaceFilesApi {
  /**
   * True in the desktop window, whose webview may drop a page's download: there, export and
   * import go through these methods; in a browser, through a download and a file input.
   */
  readonly nativeFileDialogs: boolean;
  /** Asks where to save, suggesting fileName, and writes the export; "" when cancelled. */
  exportWorkspaceToFile(fileName: string): Promise<string>;
  /** Asks for a workspace file and resolves to its path; "" when cancelled. */
  chooseWorkspaceFile(): Promise<string>;
  /** Replaces the workspace with the file at path. */
  importWorkspaceFile(path: string): Promise<void>;
}

type Caller = <T>(method: string, ...args: unknown[]) => Promise<T>;

export function workspaceFilesApi(call: Caller, transport: Transport): WorkspaceFilesApi {
  return {
    nativeFileDialogs: transport.nativeFileDialogs === true,
    exportWorkspaceToFile: async (fileName) =>
      (await call<string | null>("ExportWorkspaceToFile", fileName)) ?? "",
    chooseWorkspaceFile: async () => (await call<string | null>("ChooseWorkspaceFile")) ?? "",
    importWorkspaceFile: async (path) => {
      await call("ImportWorkspaceFile", path);
    },
  };
}
