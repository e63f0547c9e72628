import { bundleLineOffset, bundleUrl } from "./host";
import type { SourceMap } from "./sourceMap";

const frame = new RegExp(`${bundleUrl.replace(/[./]/g, "\\$&")}:(\\d+):(\\d+)`);

/**
 * The stack of an error thrown by app code, in the app's own files: each frame in the client
 * bundle is mapped through its source map, and the studio's and React's frames are left out.
 * Gives the stack unchanged when it has no frame in the bundle.
 */
export function appStack(stack: string | undefined, map: SourceMap | null): string | undefined {
  if (!stack || !map) return stack;
  const offset = bundleLineOffset();
  const lines = stack.split("\n");
  const mapped: string[] = [];
  for (const line of lines) {
    const match = frame.exec(line);
    if (!match) continue;
    const position = map.lookup(Number(match[1]) - offset, Number(match[2]));
    if (!position || position.source.startsWith("<") || position.source.includes("attio-studio:")) {
      continue;
    }
    mapped.push(
      line.replace(frame, `${position.source}:${position.line}:${position.column}`).trim(),
    );
  }
  if (mapped.length === 0) return stack;
  const firstFrame = lines.findIndex((line) => /^\s*at\s|@\S*:\d+:\d+$/.test(line));
  const message = firstFrame > 0 ? lines.slice(0, firstFrame) : [];
  return [
    ...message,
    ...mapped.map((line) => (line.startsWith("at ") ? `    ${line}` : line)),
  ].join("\n");
}
