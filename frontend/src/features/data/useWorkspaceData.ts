import { useState } from "react";
import { useApi } from "../../hooks/useApi";
import { notifyObjectsChanged } from "../objects/objectsChanged";
import { downloadText, exportFileName, readText } from "./download";

export type DataTask = "reset" | "export" | "import";

/** A workspace to import: a document read in the page, or a file the backend reads. */
export type ImportSource = { fileName: string } & ({ document: unknown } | { path: string });

export interface WorkspaceData {
  busy: DataTask | null;
  /** What the last task did or why it failed, for the sidebar to show. */
  notice: { text: string; error: boolean } | null;
  /** Files are saved and picked with the desktop's dialogs, not the page's. */
  nativeFileDialogs: boolean;
  exportWorkspace: () => Promise<void>;
  /** Reads a picked file; resolves to the document to import, or null when it is not JSON. */
  readImport: (file: File) => Promise<unknown>;
  /** Asks the desktop for a file to import; null when the user cancelled. */
  chooseImport: () => Promise<ImportSource | null>;
  importWorkspace: (source: ImportSource) => Promise<boolean>;
  resetWorkspace: () => Promise<boolean>;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

const message = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/** Reset, export and import of the whole mock workspace. */
export function useWorkspaceData(appName: string): WorkspaceData {
  const api = useApi();
  const [busy, setBusy] = useState<DataTask | null>(null);
  const [notice, setNotice] = useState<WorkspaceData["notice"]>(null);

  // work resolves to what to tell the user, or null when there is nothing to say (cancelled).
  const task = async (name: DataTask, work: () => Promise<string | null>) => {
    setBusy(name);
    setNotice(null);
    try {
      const text = await work();
      if (text !== null) setNotice({ text, error: false });
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
    nativeFileDialogs: api.nativeFileDialogs,
    exportWorkspace: async () => {
      await task("export", async () => {
        const name = exportFileName(appName);
        if (api.nativeFileDialogs) {
          const path = await api.exportWorkspaceToFile(name);
          return path ? `Exported to ${path}.` : null;
        }
        const document = await api.exportWorkspace();
        downloadText(name, JSON.stringify(document, null, 2));
        return `Exported to ${name}.`;
      });
    },
    chooseImport: async () => {
      try {
        const path = await api.chooseWorkspaceFile();
        return path ? { path, fileName: baseName(path) } : null;
      } catch (reason) {
        setNotice({ text: message(reason), error: true });
        return null;
      }
    },
    readImport: async (file) => {
      try {
        return JSON.parse(await readText(file)) as unknown;
      } catch (reason) {
        setNotice({ text: `${file.name} is not a JSON file: ${message(reason)}`, error: true });
        return null;
      }
    },
    importWorkspace: (source) =>
      task("import", async () => {
        if ("path" in source) await api.importWorkspaceFile(source.path);
        else await api.importWorkspace(source.document);
        notifyObjectsChanged(api);
        return `Imported ${source.fileName}.`;
      }),
    resetWorkspace: () =>
      task("reset", async () => {
        await api.resetWorkspace();
        notifyObjectsChanged(api);
        return "The workspace is back to its default records.";
      }),
  };
}
