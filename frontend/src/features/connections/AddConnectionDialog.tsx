import { Eye, EyeOff, KeyRound } from "lucide-react";
import { useState } from "react";
import type { Connection, ConnectionKind, WorkspaceMember } from "../../api";
import { useApi } from "../../hooks/useApi";
import { Button } from "../../ui/Button";
import { StudioDialog } from "../data/StudioDialog";
import { notifyConnectionsChanged } from "./connectionsChanged";
import { memberName } from "./useConnections";
import { simulatedOAuthToken } from "./simulatedToken";
import { useAttempt } from "./useAttempt";
import { Choice } from "./Choice";
import "./AddConnectionDialog.css";

interface AddConnectionDialogProps {
  kind?: ConnectionKind;
  connectionKey?: string;
  currentUser: WorkspaceMember | null;
  /** Whether the app has a connection-added handler, which runs before the save. */
  runsEvent: boolean;
  /** Why the dialog opened, when the app asked for a connection it did not have. */
  reason?: string;
  onAdded: (connection: Connection) => void;
  onClose: () => void;
}

type Auth = "secret" | "oauth";

/** Adds a workspace or user connection with a secret or a simulated OAuth token. */
export function AddConnectionDialog(props: AddConnectionDialogProps) {
  const api = useApi();
  const [kind, setKind] = useState<ConnectionKind>(props.kind ?? "workspace");
  const [key, setKey] = useState(props.connectionKey ?? "");
  const [auth, setAuth] = useState<Auth>("secret");
  const [value, setValue] = useState("");
  const [shown, setShown] = useState(false);
  const [missing, setMissing] = useState(false);
  const add = useAttempt();

  const chooseAuth = (next: Auth) => {
    setAuth(next);
    setValue(next === "oauth" ? simulatedOAuthToken() : "");
    setMissing(false);
  };
  const submit = async () => {
    if (!value.trim()) return setMissing(true);
    const added = await add.attempt(() => api.addConnection({ kind, key: key.trim(), value }));
    if (!added) return;
    notifyConnectionsChanged(api);
    props.onAdded(added);
  };
  const owner =
    kind === "user" && props.currentUser
      ? `Owned by ${memberName([props.currentUser], props.currentUser.id)}, the current user.`
      : "Owned by the workspace; set up by an admin in Attio.";

  return (
    <StudioDialog
      title="Add a connection"
      okLabel="Add connection"
      busy={add.busy}
      error={add.error}
      onOk={() => void submit()}
      onCancel={props.onClose}
      size="medium"
    >
      {props.reason && (
        <p className="add-connection__reason" data-testid="connection-reason">
          {props.reason}
        </p>
      )}
      <div className="studio-dialog__field">
        <span className="studio-dialog__label">Kind</span>
        <Choice
          name="connection-kind"
          value={kind}
          options={[
            { value: "workspace", label: "Workspace" },
            { value: "user", label: "User" },
          ]}
          onChange={setKind}
        />
        <span className="studio-dialog__hint">{owner}</span>
      </div>
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">Connection key</span>
        <input
          className="add-connection__input"
          value={key}
          placeholder="default"
          spellCheck={false}
          data-testid="connection-key"
          onChange={(event) => setKey(event.target.value)}
        />
        <span className="studio-dialog__hint">
          Leave empty for the app&apos;s default connection.
        </span>
      </label>
      <div className="studio-dialog__field">
        <span className="studio-dialog__label">Authentication</span>
        <Choice
          name="connection-auth"
          value={auth}
          options={[
            { value: "secret", label: "Secret" },
            { value: "oauth", label: "OAuth 2.0 (simulated)" },
          ]}
          onChange={chooseAuth}
        />
      </div>
      {auth === "secret" ? (
        <label className="studio-dialog__field">
          <span className="studio-dialog__label">Secret</span>
          <span className="add-connection__secret">
            <input
              className="add-connection__input"
              type={shown ? "text" : "password"}
              value={value}
              autoComplete="off"
              spellCheck={false}
              placeholder="The API key the user would paste"
              data-testid="connection-value"
              onChange={(event) => {
                setValue(event.target.value);
                setMissing(false);
              }}
            />
            <Button
              iconOnly
              variant="ghost"
              aria-label={shown ? "Hide the secret" : "Show the secret"}
              onClick={() => setShown(!shown)}
            >
              {shown ? <EyeOff size={14} /> : <Eye size={14} />}
            </Button>
          </span>
          {missing && <span className="studio-dialog__field-error">Enter the secret.</span>}
        </label>
      ) : (
        <div className="studio-dialog__field">
          <span className="studio-dialog__label">Access token</span>
          <span className="add-connection__secret">
            <code className="add-connection__token" data-testid="connection-token">
              <KeyRound size={13} />
              {value}
            </code>
            <Button small onClick={() => setValue(simulatedOAuthToken())}>
              New token
            </Button>
          </span>
          <span className="studio-dialog__hint">
            Attio would run the provider&apos;s authorization flow and keep its token; the studio
            stands in a generated one.
          </span>
        </div>
      )}
      {props.runsEvent && (
        <p className="studio-dialog__hint">
          The app&apos;s connection-added handler runs first; if it throws, nothing is saved.
        </p>
      )}
    </StudioDialog>
  );
}
