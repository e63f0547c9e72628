import type { OutboundRequest } from "../../api/types";
import { JsonViewer } from "../../ui/JsonViewer";
import { Tag } from "../../ui/Tag";
import { formatDuration, sourceLabels } from "./format";
import "./RequestList.css";

const sourceColors: Record<string, string> = {
  mock: "purple",
  "attio-api": "blue",
  network: "green",
  error: "red",
  fault: "orange",
  replay: "cyan",
};

function Body({ label, text }: { label: string; text: string }) {
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: shown as text
  }
  return (
    <>
      <span className="request-list__label">{label}</span>
      {typeof parsed === "string" ? (
        <pre className="request-list__text">{parsed}</pre>
      ) : (
        <JsonViewer value={parsed} />
      )}
    </>
  );
}

/** Outbound requests, each unfolding to its headers, bodies and error. */
export function RequestList({ requests }: { requests: OutboundRequest[] }) {
  return (
    <div className="request-list" data-testid="requests">
      {requests.map((request, index) => {
        const bad = request.status === 0 || request.status >= 400;
        return (
          <details key={index} className="request-list__item">
            <summary className="request-list__summary">
              <span className="request-list__method">{request.method}</span>
              <span className="request-list__url" title={request.url}>
                {request.url}
              </span>
              <span className={`request-list__status${bad ? " request-list__status--bad" : ""}`}>
                {request.status || "—"}
              </span>
              <Tag color={sourceColors[request.source] ?? "grey"}>
                {sourceLabels[request.source] ?? request.source}
              </Tag>
              <span className="request-list__duration">{formatDuration(request.durationMs)}</span>
            </summary>
            <div className="request-list__body">
              {request.error && <span className="request-list__error">{request.error}</span>}
              {request.requestHeaders && (
                <>
                  <span className="request-list__label">Request headers</span>
                  <JsonViewer value={request.requestHeaders} openDepth={1} />
                </>
              )}
              {request.requestBody && <Body label="Request body" text={request.requestBody} />}
              {request.responseHeaders && (
                <>
                  <span className="request-list__label">Response headers</span>
                  <JsonViewer value={request.responseHeaders} openDepth={0} />
                </>
              )}
              {request.responseBody && <Body label="Response body" text={request.responseBody} />}
              {request.truncated && (
                <span className="request-list__label">A body was cut at 64 KiB when recorded.</span>
              )}
            </div>
          </details>
        );
      })}
    </div>
  );
}
