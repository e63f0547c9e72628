import { CircleAlert, TriangleAlert } from "lucide-react";
import type { Diagnostic } from "../../api/types";
import "./DiagnosticsPanel.css";

function where(diagnostic: Diagnostic): string {
  if (!diagnostic.file) return "";
  const parts = [diagnostic.file];
  if (diagnostic.line > 0) parts.push(String(diagnostic.line));
  if (diagnostic.line > 0 && diagnostic.column > 0) parts.push(String(diagnostic.column));
  return parts.join(":");
}

function SourceLine({ diagnostic }: { diagnostic: Diagnostic }) {
  if (!diagnostic.lineText) return null;
  const caret = diagnostic.column > 0 ? `${" ".repeat(diagnostic.column - 1)}^` : "";
  return (
    <pre className="diagnostics__source">
      {diagnostic.lineText}
      {caret && "\n"}
      {caret && <span className="diagnostics__caret">{caret}</span>}
    </pre>
  );
}

/**
 * The build's problems with file:line:column, the source line and notes; errors mean the last
 * good build is still the one running.
 */
export function DiagnosticsPanel({ diagnostics }: { diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const tone = errors > 0 ? "error" : "warning";
  const Icon = errors > 0 ? CircleAlert : TriangleAlert;
  const summary =
    errors > 0
      ? `Build failed: ${errors} ${errors === 1 ? "error" : "errors"}`
      : `${diagnostics.length} build ${diagnostics.length === 1 ? "warning" : "warnings"}`;

  // Only a failed build gets the "diagnostics" handle: tests wait for it to go once fixed.
  const testId = errors > 0 ? "diagnostics" : "build-warnings";
  return (
    <details className={`diagnostics diagnostics--${tone}`} open={errors > 0} data-testid={testId}>
      <summary className="diagnostics__summary">
        <Icon size={15} />
        {summary}
        {errors > 0 && (
          <span className="diagnostics__hint">— the last successful build keeps running</span>
        )}
      </summary>
      <ol className="diagnostics__list">
        {diagnostics.map((diagnostic, index) => (
          <li key={index} className="diagnostics__item" data-testid="diagnostic">
            <span className="diagnostics__where">{where(diagnostic)}</span>
            <p className="diagnostics__text">
              <span
                className={`diagnostics__severity diagnostics__severity--${diagnostic.severity}`}
              >
                {diagnostic.severity}
              </span>
              {diagnostic.text}
            </p>
            <SourceLine diagnostic={diagnostic} />
            {diagnostic.notes?.map((note, noteIndex) => (
              <p key={noteIndex} className="diagnostics__note">
                {note.text}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
