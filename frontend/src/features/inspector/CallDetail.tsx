import type { Call, CallError } from "../../api/types";
import { ErrorView } from "../../ui/ErrorView";
import { CallStatus, formatDuration } from "./CallStatus";
import { ConsoleLines } from "./ConsoleLines";
import { DetailSection, JsonBlock } from "./DetailSection";
import { KindBadge } from "./KindBadge";
import { NotificationList } from "./NotificationList";
import { RequestList } from "./RequestList";
import "./CallDetail.css";

function location(error: CallError): string | null {
  if (!error.file) return null;
  return [error.file, error.line, error.column]
    .filter((part) => part !== undefined && part !== 0)
    .join(":");
}

function errorTitle(error: CallError): string {
  return [error.name ?? "Error", error.code && `(${error.code})`].filter(Boolean).join(" ");
}

// Actions and widgets return nothing worth showing; a server function's null is an answer.
function hasResult(call: Call): boolean {
  if (call.status !== "ok") return false;
  return call.result !== undefined && (call.result !== null || call.kind === "server-function");
}

export function CallDetail({ call }: { call: Call | null }) {
  if (!call)
    return <div className="call-detail call-detail__empty">Select a call to see its details.</div>;
  const where = call.error && location(call.error);
  return (
    <div className="call-detail" data-testid="call-detail">
      <header className="call-detail__header">
        <KindBadge kind={call.kind} />
        <h3 className="call-detail__name">{call.name}</h3>
        <span className="call-detail__meta">
          <CallStatus status={call.status} />
          {call.status === "running" ? "running" : formatDuration(call.durationMs)}
          <span>{new Date(call.started).toLocaleTimeString()}</span>
        </span>
      </header>
      {call.args !== undefined && call.args !== null && (
        <DetailSection title="Arguments">
          <JsonBlock value={call.args} />
        </DetailSection>
      )}
      {call.error ? (
        <DetailSection title="Error" testId="call-error">
          {where && <p className="call-detail__location">{where}</p>}
          <ErrorView
            title={errorTitle(call.error)}
            message={call.error.message}
            stack={call.error.stack}
          />
        </DetailSection>
      ) : (
        hasResult(call) && (
          <DetailSection title="Result">
            <JsonBlock value={call.result ?? null} />
          </DetailSection>
        )
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
      {call.notifications && call.notifications.length > 0 && (
        <DetailSection title="Notifications" count={call.notifications.length}>
          <NotificationList notifications={call.notifications} />
        </DetailSection>
      )}
    </div>
  );
}
