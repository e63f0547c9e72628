export interface StackFrame {
  /** The function, when the frame names one. */
  name?: string;
  file: string;
  line: number;
  column: number;
}

// "at fn (src/a.ts:3:9)", "at src/a.ts:3:9", "fn@src/a.ts:3:9".
const framePattern =
  /^\s*(?:at\s+)?(?:(.*?)\s*\(|(.*?)@)?((?:[A-Za-z]:)?[^\s():]+):(\d+):(\d+)\)?\s*$/;

/** The frames of a stack that point at a file, in order; lines that do not are skipped. */
export function parseStack(stack: string | undefined): StackFrame[] {
  if (!stack) return [];
  const frames: StackFrame[] = [];
  for (const text of stack.split("\n")) {
    const match = framePattern.exec(text);
    if (!match || !/\.[A-Za-z0-9]+$/.test(match[3])) continue;
    const name = (match[1] ?? match[2] ?? "").trim();
    frames.push({
      name: name || undefined,
      file: match[3],
      line: Number(match[4]),
      column: Number(match[5]),
    });
  }
  return frames;
}

/** The absolute path of an app file, for an editor. */
export function absolutePath(file: string, appDir: string | undefined): string {
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || !appDir) return file;
  return `${appDir.replace(/[\\/]+$/, "")}/${file}`;
}

/** A link that opens file:line:col in VS Code (and editors that answer vscode:// links). */
export function editorUrl(path: string, line: number, column: number): string {
  const normalized = path.replace(/\\/g, "/");
  return `vscode://file${normalized.startsWith("/") ? "" : "/"}${normalized}:${line}:${column}`;
}
