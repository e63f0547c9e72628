import type { WebhookHandler } from "../../api";
import { CopyButton } from "./CopyButton";
import "./HandlerList.css";

/** The webhook handlers the app registered: file, id, the URL to give the third party, its id. */
export function HandlerList({ handlers, files }: { handlers: WebhookHandler[]; files: string[] }) {
  if (handlers.length === 0) {
    return (
      <p className="panel-empty" data-testid="no-webhook-handlers">
        No handlers registered.{" "}
        {files.length > 0 ? (
          <>
            The app registers them with createWebhookHandler, usually in connection-added, for its
            handler files: <code>{files.join(", ")}</code>.
          </>
        ) : (
          "The app has no webhook handler files."
        )}
      </p>
    );
  }
  return (
    <ul className="handler-list">
      {handlers.map((handler) => (
        <li
          key={handler.id}
          className="handler-list__item"
          data-testid="webhook-handler"
          data-file={handler.fileName}
        >
          <div className="handler-list__top">
            <span className="handler-list__file">{handler.fileName}</span>
            <code className="handler-list__id" title="Handler id">
              {handler.id}
            </code>
          </div>
          <div className="handler-list__url">
            <code title={handler.url}>{handler.url}</code>
            <CopyButton text={handler.url} label="Copy the URL" />
          </div>
          <div className="handler-list__external">
            External id{" "}
            {handler.externalWebhookId ? (
              <code data-testid="external-webhook-id">{handler.externalWebhookId}</code>
            ) : (
              <span className="handler-list__none">none</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
