import type { ConsoleLine } from "../../api/types";
import "./ConsoleLines.css";

export function ConsoleLines({ lines }: { lines: ConsoleLine[] }) {
  return (
    <ol className="console-lines" data-testid="console-lines">
      {lines.map((line, index) => (
        <li key={index} className={`console-lines__line console-lines__line--${line.level}`}>
          <span className="console-lines__at">+{Math.round(line.atMs)} ms</span>
          <span className="console-lines__level">{line.level}</span>
          <span className="console-lines__text">{line.text}</span>
        </li>
      ))}
    </ol>
  );
}
