import { Download, FlaskConical, History, Play } from "lucide-react";
import { memo } from "react";
import type { Call } from "../../api/types";
import { Button } from "../../ui/Button";
import { JsonViewer } from "../../ui/JsonViewer";
import { Menu } from "../../ui/Menu";
import { CallStatus } from "./CallStatus";
import { ConsoleLines } from "./ConsoleLines";
import { DetailSection } from "./DetailSection";
import { ErrorDetail } from "./ErrorDetail";
import { formatDuration, formatTime } from "./format";
import { KindBadge } from "./KindBadge";
import { KVList } from "./KVList";
import { NotificationList } from "./NotificationList";
import { ReplayOutcome, shortId } from "./ReplayOutcome";
import { RequestList } from "./RequestList";
import type { ReplayState } from "./useReplay";
import "./CallDetail.css";

const serverSide = ["server-function", "webhook", "event"];

// Actions and widgets return nothing worth showing; a server function's null is an answer.
function hasResult(call: Call): boolean {
  if (call.status !== "ok") return false;
  return call.result !== undefined && (call.result !== null || call.kind === "server-function");
}

interface CallDetailProps {
  call: Call | null;
  loadError?: Error | null;
  /** An imported timeline: nothing can be replayed or exported from the backend. */
  readOnly?: boolean;
  appDir?: string;
  replay: ReplayState;
  onOpen: (callId: string) => void;
  onExport: (format: "json" | "fixture") => void;
}

/**
 * Everything recorded of one call, with its replay and export. Memoised: live calls arriving
 * elsewhere in the inspector do not draw the selected call again.
 */
export const CallDetail = memo(function CallDetail(props: CallDetailProps) {
  const { call, loadError, readOnly, appDir, replay, onOpen, onExport } = props;
  if (!call) {
    return (
      <div className="call-detail call-detail__empty">
        {loadError
          ? `Could not load the call: ${loadError.message}`
          : "Select a call to see its details."}
      </div>
    );
  }
  const replayable = !readOnly && serverSide.includes(call.kind) && call.status !== "running";
  return (
    <div className="call-detail" data-testid="call-detail" data-call-id={call.id}>
      <header className="call-detail__header">
        <KindBadge kind={call.kind} />
        <h3 className="call-detail__name">{call.name}</h3>
        <span className="call-detail__meta">
          <CallStatus status={call.status} />
          {call.status === "running" ? "running" : formatDuration(call.durationMs)}
          <span>{formatTime(call.started)}</span>
          <span title={call.id}>{shortId(call.id)}</span>
        </span>
      </header>
      {(replayable || !readOnly) && (
        <div className="call-detail__actions">
          {replayable && (
            <>
              <Button
                small
                testId="replay-deterministic-button"
                disabled={replay.running !== null}
                title="Run it again with the same arguments, outbound answers, clock and random values"
                onClick={() => replay.replay(true)}
              >
                <History size={13} />
                {replay.running === "deterministic" ? "Replaying…" : "Replay deterministically"}
              </Button>
              <Button
                small
                variant="ghost"
                testId="replay-button"
                disabled={replay.running !== null}
                title="Run it again with the same arguments against the studio as it is now"
                onClick={() => replay.replay(false)}
              >
                <Play size={13} />
                {replay.running === "live" ? "Replaying…" : "Replay"}
              </Button>
            </>
          )}
          <span className="call-detail__spacer" />
          <Menu
            items={[
              {
                key: "json",
                label: "Export call as JSON",
                icon: <Download size={13} />,
                testId: "export-call-json",
                onSelect: () => onExport("json"),
              },
              {
                key: "fixture",
                label: "Export as test fixture",
                icon: <FlaskConical size={13} />,
                testId: "export-call-fixture",
                onSelect: () => onExport("fixture"),
              },
            ]}
            trigger={({ toggle }) => (
              <Button small variant="ghost" testId="export-call" onClick={toggle}>
                <Download size={13} />
                Export
              </Button>
            )}
          />
        </div>
      )}
      {call.replayOf && (
        <p className="call-detail__replay-of" data-testid="replay-of">
          {call.replayMode === "deterministic" ? "Deterministic replay" : "Replay"} of{" "}
          <button type="button" onClick={() => onOpen(call.replayOf!)}>
            call {shortId(call.replayOf)}
          </button>
        </p>
      )}
      {replay.error && <p className="call-detail__failure">{replay.error.message}</p>}
      {replay.result && (
        <DetailSection title="Replay">
          <ReplayOutcome replay={replay.result} onOpen={onOpen} />
        </DetailSection>
      )}
      {/* What went wrong is what a failed call is opened for: it comes first. */}
      {call.error && (
        <DetailSection title="Error" testId="call-error">
          <ErrorDetail error={call.error} appDir={appDir} />
        </DetailSection>
      )}
      {call.args !== undefined && call.args !== null && (
        <DetailSection title="Arguments">
          <JsonViewer value={call.args} testId="call-args" />
        </DetailSection>
      )}
      {hasResult(call) && (
        <DetailSection title="Result">
          <JsonViewer value={call.result ?? null} testId="call-result" />
        </DetailSection>
      )}
      {call.notifications && call.notifications.length > 0 && (
        <DetailSection title="Notifications" count={call.notifications.length}>
          <NotificationList notifications={call.notifications} />
        </DetailSection>
      )}
      {call.console?.length > 0 && (
        <DetailSection title="Console" count={call.console.length}>
          <ConsoleLines lines={call.console} />
        </DetailSection>
      )}
      {call.requests?.length > 0 && (
        <DetailSection title="Requests" count={call.requests.length}>
          <RequestList requests={call.requests} />
        </DetailSection>
      )}
      {call.kv && call.kv.length > 0 && (
        <DetailSection title="Key-value store" count={call.kv.length}>
          <KVList operations={call.kv} />
        </DetailSection>
      )}
    </div>
  );
});
