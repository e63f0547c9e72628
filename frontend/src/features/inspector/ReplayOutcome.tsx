import type { Difference, ReplayResult } from "../../api/inspectorTypes";
import { shortJson } from "../../ui/formatJson";
import "./ReplayOutcome.css";

interface ReplayOutcomeProps {
  replay: ReplayResult;
  onOpen: (callId: string) => void;
}

/** A replay's outcome beside the original's: "No difference", or each path that differs. */
export function ReplayOutcome({ replay, onOpen }: ReplayOutcomeProps) {
  return (
    <div className="replay-outcome" data-testid="replay-result">
      <p className="replay-outcome__head">
        {replay.mode === "deterministic" ? "Deterministic replay" : "Replay"} ran as{" "}
        <button
          type="button"
          className="replay-outcome__link"
          onClick={() => onOpen(replay.callId)}
        >
          call {shortId(replay.callId)}
        </button>
        {replay.error ? ` and threw ${replay.error.name ?? "Error"}: ${replay.error.message}` : ""}
      </p>
      {replay.same ? (
        <p className="replay-outcome__same" data-testid="replay-same">
          No difference: the replay answered exactly what the original did.
        </p>
      ) : (
        <table className="replay-outcome__diff" data-testid="replay-diff">
          <thead>
            <tr>
              <th>Path</th>
              <th>Original</th>
              <th>Replay</th>
            </tr>
          </thead>
          <tbody>
            {replay.differences.map((difference) => (
              <DifferenceRow key={difference.path} difference={difference} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function DifferenceRow({ difference }: { difference: Difference }) {
  return (
    <tr className={`replay-outcome__${difference.change}`}>
      <td className="replay-outcome__path">{difference.path}</td>
      <td>{difference.change === "added" ? "—" : shortJson(difference.before, 200)}</td>
      <td>{difference.change === "removed" ? "—" : shortJson(difference.after, 200)}</td>
    </tr>
  );
}

/** Call ids are zero-padded numbers; people read them without the zeros. */
export function shortId(id: string): string {
  return `#${id.replace(/^0+(?=\d)/, "")}`;
}
