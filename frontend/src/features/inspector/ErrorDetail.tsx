import { useState } from "react";
import type { CallError } from "../../api/types";
import { CodeFrame } from "./CodeFrame";
import { EditorLinks } from "./EditorLinks";
import { absolutePath, parseStack, type StackFrame } from "./stackFrames";
import { useSourceFrame } from "./useSourceFrame";
import "./ErrorDetail.css";

function title(error: CallError): string {
  return [error.name ?? "Error", error.code && `(${error.code})`].filter(Boolean).join(" ");
}

/**
 * A call's error: its message, where it was thrown with the code around it, and the stack,
 * mapped to the app's files; each frame can be shown and opened in an editor.
 */
export function ErrorDetail({ error, appDir }: { error: CallError; appDir?: string }) {
  const frames = parseStack(error.stack);
  const thrown: StackFrame | null = error.file
    ? { file: error.file, line: error.line ?? 1, column: error.column ?? 1 }
    : (frames[0] ?? null);
  const [picked, setPicked] = useState<StackFrame | null>(null);
  const shown = picked ?? thrown;
  const source = useSourceFrame(shown?.file, shown?.line);
  const path = source.frame?.path ?? (shown ? absolutePath(shown.file, appDir) : "");

  return (
    <div className="error-detail" role="alert">
      <p className="error-detail__title">{title(error)}</p>
      <p className="error-detail__message">{error.message}</p>
      {shown && (
        <div className="error-detail__where">
          <span className="error-detail__location" data-testid="error-location">
            {shown.file}:{shown.line}:{shown.column}
          </span>
          <EditorLinks path={path} line={shown.line} column={shown.column} />
        </div>
      )}
      {source.frame && <CodeFrame frame={source.frame} column={shown?.column} />}
      {frames.length > 0 && (
        <ol className="error-detail__stack">
          {frames.map((frame, index) => {
            const current =
              shown && frame.file === shown.file && frame.line === shown.line ? " current" : "";
            return (
              <li key={index}>
                <button
                  type="button"
                  className={`error-detail__frame${current && " error-detail__frame--current"}`}
                  data-testid="stack-frame"
                  onClick={() => setPicked(frame)}
                >
                  at {frame.name ? `${frame.name} ` : ""}
                  <span className="error-detail__frame-file">
                    {frame.file}:{frame.line}:{frame.column}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {frames.length === 0 && error.stack && error.stack.trim() !== error.message && (
        <pre className="error-detail__raw">{error.stack}</pre>
      )}
    </div>
  );
}
