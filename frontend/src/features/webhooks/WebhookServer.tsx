import { useState } from "react";
import { useApi } from "../../hooks/useApi";
import { Button } from "../../ui/Button";
import { useAttempt } from "../connections/useAttempt";
import { CopyButton } from "./CopyButton";
import "./WebhookServer.css";

interface WebhookServerProps {
  baseUrl: string;
  onMoved: (baseUrl: string) => void;
}

/** The loopback server's address, and moving it to another port (kept for later sessions). */
export function WebhookServer({ baseUrl, onMoved }: WebhookServerProps) {
  const api = useApi();
  const [port, setPort] = useState<string | null>(null);
  const move = useAttempt();
  const current = portOf(baseUrl);

  const save = async () => {
    const next = Number(port);
    if (!Number.isInteger(next) || next < 1 || next > 65535) {
      return move.fail("A port is a number from 1 to 65535.");
    }
    const moved = await move.attempt(async () => {
      await api.setWebhookPort(next);
      return true;
    });
    if (!moved) return;
    setPort(null);
    onMoved(baseUrl.replace(/:\d+(\/?)$/, `:${next}$1`));
  };

  return (
    <div className="webhook-server" data-testid="webhook-server">
      <span className="panel-label">Server</span>
      {port === null ? (
        <>
          <code className="webhook-server__url">{baseUrl || "not running"}</code>
          {baseUrl && <CopyButton text={baseUrl} label="Copy the server URL" />}
          <Button small variant="ghost" onClick={() => setPort(current)} testId="change-port">
            Change port
          </Button>
        </>
      ) : (
        <>
          <input
            className="panel-input panel-input--mono webhook-server__port"
            value={port}
            inputMode="numeric"
            aria-label="Port"
            autoFocus
            data-testid="webhook-port"
            onChange={(event) => setPort(event.target.value)}
            onKeyDown={(event) => event.key === "Enter" && void save()}
          />
          <Button small variant="primary" disabled={move.busy} onClick={() => void save()}>
            Move
          </Button>
          <Button
            small
            onClick={() => {
              setPort(null);
              move.clearError();
            }}
          >
            Cancel
          </Button>
        </>
      )}
      {move.error && (
        <span className="webhook-server__error" role="alert">
          {move.error}
        </span>
      )}
    </div>
  );
}

function portOf(url: string): string {
  return /:(\d+)\/?$/.exec(url)?.[1] ?? "";
}
