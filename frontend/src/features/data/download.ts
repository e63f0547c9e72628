/**
 * Saves text as a file through the browser's download, as the studio's export does in a
 * browser. The desktop window does not use it: WebKitGTK may drop blob downloads, so there the
 * backend shows a save dialog and writes the file (see useWorkspaceData).
 */
export function downloadText(fileName: string, text: string, type = "application/json") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for today's export, e.g. "acme-lead-checker-workspace-2025-06-01.json". */
export function exportFileName(appName: string, now = new Date()): string {
  const app = appName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${app || "studio"}-workspace-${now.toISOString().slice(0, 10)}.json`;
}

/** A picked file's text (FileReader works in every webview the studio runs in). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}
