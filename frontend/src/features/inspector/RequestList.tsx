import type { OutboundRequest } from "../../api/types";
import { Tag } from "../../ui/Tag";
import { formatDuration } from "./CallStatus";
import { JsonBlock } from "./DetailSection";
import "./RequestList.css";

const sourceColors: Record<string, string> = {
  mock: "purple",
  "attio-api": "blue",
  network: "green",
  error: "red",
};

function body(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

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
              <Tag color={sourceColors[request.source] ?? "grey"}>{request.source}</Tag>
              <span className="request-list__duration">{formatDuration(request.durationMs)}</span>
            </summary>
            <div className="request-list__body">
              {request.error && <span className="request-list__error">{request.error}</span>}
              {request.requestBody && <span className="request-list__label">Request body</span>}
              {request.requestBody && <JsonBlock value={body(request.requestBody)} />}
              {request.responseBody && <span className="request-list__label">Response body</span>}
              {request.responseBody && <JsonBlock value={body(request.responseBody)} />}
            </div>
          </details>
        );
      })}
    </div>
  );
}
