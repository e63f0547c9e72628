import { Plug, X } from "lucide-react";
import { useState } from "react";
import type { Manifest } from "../../api";
import { Button } from "../../ui/Button";
import { AddConnectionDialog } from "./AddConnectionDialog";
import type { MissingConnection } from "./missingConnection";
import { useConnections } from "./useConnections";
import { useMissingConnection } from "./useMissingConnection";
import "./ConnectionPrompt.css";

/**
 * Attio's "connect your account" prompt: when the app's code reads a connection it does not
 * have, the studio offers to add it right there.
 */
export function ConnectionPrompt({ manifest }: { manifest: Manifest | null }) {
  const { missing, dismiss } = useMissingConnection();
  const [adding, setAdding] = useState(false);
  if (!missing) return null;
  const what = missing.kind === "workspace" ? "a workspace connection" : "your user connection";
  return (
    <>
      <div className="connection-prompt" role="alert" data-testid="connection-prompt">
        <Plug size={16} className="connection-prompt__icon" />
        <div className="connection-prompt__text">
          <strong>
            {missing.callName} needs {what}
            {missing.key && ` (key "${missing.key}")`}
          </strong>
          <span>{missing.message}</span>
        </div>
        <Button
          small
          variant="primary"
          testId="prompt-add-connection"
          onClick={() => setAdding(true)}
        >
          Add connection
        </Button>
        <Button small iconOnly variant="ghost" aria-label="Dismiss" onClick={dismiss}>
          <X size={14} />
        </Button>
      </div>
      {adding && (
        <PromptedDialog
          missing={missing}
          runsEvent={manifest?.events?.includes("connection-added") ?? false}
          onDone={() => {
            setAdding(false);
            dismiss();
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}

function PromptedDialog(props: {
  missing: MissingConnection;
  runsEvent: boolean;
  onDone: () => void;
  onClose: () => void;
}) {
  const { currentUser } = useConnections();
  return (
    <AddConnectionDialog
      kind={props.missing.kind}
      connectionKey={props.missing.key}
      currentUser={currentUser}
      runsEvent={props.runsEvent}
      reason={`${props.missing.callName} failed: ${props.missing.message}`}
      onAdded={props.onDone}
      onClose={props.onClose}
    />
  );
}
