import type { SourceFrame } from "../../api/inspectorTypes";
import "./CodeFrame.css";

/** The lines around the one an error points at, that line marked and its column under a caret. */
export function CodeFrame({ frame, column }: { frame: SourceFrame; column?: number }) {
  const width = String(frame.first + frame.lines.length - 1).length;
  return (
    <pre className="code-frame" data-testid="code-frame">
      {frame.lines.map((text, index) => {
        const number = frame.first + index;
        const here = number === frame.line;
        return (
          <div key={number} className={`code-frame__line${here ? " code-frame__line--here" : ""}`}>
            <span className="code-frame__gutter">
              {here ? ">" : " "} {String(number).padStart(width)} |
            </span>{" "}
            {text}
            {here && column ? (
              <div className="code-frame__caret">
                <span className="code-frame__gutter"> {" ".repeat(width)} |</span>{" "}
                {" ".repeat(Math.max(0, column - 1))}^
              </div>
            ) : null}
          </div>
        );
      })}
    </pre>
  );
}
