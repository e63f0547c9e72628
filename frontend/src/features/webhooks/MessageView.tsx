import type { WebhookMessage } from "../../api";
import { bodyText } from "./deliveries";
import "./MessageView.css";

/** One side of a delivery: its header lines and its body, with what was cut or encoded. */
export function MessageView({ message, testId }: { message: WebhookMessage; testId: string }) {
  const headers = message.headers ?? [];
  return (
    <div className="message-view" data-testid={testId}>
      {headers.length > 0 ? (
        <dl className="message-view__headers">
          {headers.map((header, index) => (
            <div key={index} className="message-view__header">
              <dt>{header.name}</dt>
              <dd>{header.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <span className="message-view__none">No headers</span>
      )}
      {message.size > 0 ? (
        <pre className="message-view__body">{bodyText(message)}</pre>
      ) : (
        <span className="message-view__none">No body</span>
      )}
      {message.truncated && (
        <span className="message-view__note">
          Only the first 1 MB of {message.size} bytes was kept.
        </span>
      )}
    </div>
  );
}
