import { useState } from "react";
import { useApi } from "../../hooks/useApi";
import { notifyObjectsChanged } from "../objects/objectsChanged";
import { downloadText, exportFileName, readText } from "./download";

export type DataTask = "reset" | "export" | "import";

export interface WorkspaceData {
  busy: DataTask | null;
  /** What the last task did or why it failed, for the sidebar to show. */
  notice: { text: string; error: boolean } | null;
  exportWorkspace: () => Promise<void>;
  /** Reads a picked file; resolves to the document to import, or null when it is not JSON. */
  readImport: (file: File) => Promise<unknown>;
  importWorkspace: (document: unknown, fileName: string) => Promise<boolean>;
  resetWorkspace: () => Promise<boolean>;
}

const message = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/** Reset, export and import of the whole mock workspace. */
export function useWorkspaceData(appName: string): WorkspaceData {
  const api = useApi();
  const [busy, setBusy] = useState<DataTask | null>(null);
  const [notice, setNotice] = useState<WorkspaceData["notice"]>(null);

  const task = async (name: DataTask, work: () => Promise<string>) => {
    setBusy(name);
    setNotice(null);
    try {
      setNotice({ text: await work(), error: false });
      return true;
    } catch (reason) {
      setNotice({ text: message(reason), error: true });
      return false;
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    notice,
    exportWorkspace: async () => {
      await task("export", async () => {
        const document = await api.exportWorkspace();
        const name = exportFileName(appName);
        downloadText(name, JSON.stringify(document, null, 2));
        return `Exported to ${name}.`;
      });
    },
    readImport: async (file) => {
      try {
        return JSON.parse(await readText(file)) as unknown;
      } catch (reason) {
        setNotice({ text: `${file.name} is not a JSON file: ${message(reason)}`, error: true });
        return null;
      }
    },
    importWorkspace: (document, fileName) =>
      task("import", async () => {
        await api.importWorkspace(document);
        notifyObjectsChanged(api);
        return `Imported ${fileName}.`;
      }),
    resetWorkspace: () =>
      task("reset", async () => {
        await api.resetWorkspace();
        notifyObjectsChanged(api);
        return "The workspace is back to its default records.";
      }),
  };
}
