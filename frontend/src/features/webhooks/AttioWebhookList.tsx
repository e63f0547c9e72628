import type { AttioWebhook, WebhookHandler } from "../../api";
import "./HandlerList.css";
import "./AttioWebhookList.css";

/** Where the studio delivers a webhook's events, said for the list. */
function destination(webhook: AttioWebhook, handlers: WebhookHandler[]) {
  const handler = handlers.find((h) => h.url === webhook.target_url);
  if (handler) return { local: true, text: `to the handler ${handler.fileName}` };
  let host = "";
  try {
    host = new URL(webhook.target_url).hostname;
  } catch {
    // Attio refuses a target that is not a URL; an older data file may still hold one.
  }
  if (["localhost", "127.0.0.1", "[::1]"].includes(host)) {
    return { local: true, text: "to a server on this machine" };
  }
  return { local: false, text: "not delivered: the studio is offline" };
}

/**
 * Attio's own webhooks, which server code creates through /v2/webhooks: each target, the events
 * it hears, and whether the studio can deliver to it (only to this machine, being offline).
 */
export function AttioWebhookList({
  webhooks,
  handlers,
}: {
  webhooks: AttioWebhook[];
  handlers: WebhookHandler[];
}) {
  if (webhooks.length === 0) {
    return (
      <p className="panel-empty" data-testid="no-attio-webhooks">
        None. Server code creates them with <code>POST /v2/webhooks</code>; the studio then sends
        them the workspace's record, list-entry, note and task changes.
      </p>
    );
  }
  return (
    <ul className="handler-list">
      {webhooks.map((webhook) => {
        const where = destination(webhook, handlers);
        return (
          <li
            key={webhook.id.webhook_id}
            className="handler-list__item"
            data-testid="attio-webhook"
          >
            <div className="handler-list__url">
              <code title={webhook.target_url}>{webhook.target_url}</code>
            </div>
            <div
              className={`attio-webhook__where${where.local ? "" : " attio-webhook__where--off"}`}
            >
              {where.text}
            </div>
            <div className="attio-webhook__events">
              {webhook.subscriptions.map((s, i) => (
                <span
                  key={`${s.event_type}-${i}`}
                  className="attio-webhook__event"
                  title={s.filter ? `filter: ${JSON.stringify(s.filter)}` : "every event"}
                >
                  {s.event_type}
                  {s.filter ? " (filtered)" : ""}
                </span>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
