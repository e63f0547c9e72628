import { Eye, EyeOff, Trash2 } from "lucide-react";
import { useState } from "react";
import type { Connection, WorkspaceMember } from "../../api";
import { Button } from "../../ui/Button";
import { Tag } from "../../ui/Tag";
import { memberName } from "./useConnections";
import "./ConnectionTable.css";

interface ConnectionTableProps {
  connections: Connection[];
  members: WorkspaceMember[];
  onRemove: (connection: Connection) => void;
}

/** The app's connections: kind, key, the secret (hidden until asked), who made and owns it. */
export function ConnectionTable({ connections, members, onRemove }: ConnectionTableProps) {
  return (
    <table className="connection-table">
      <thead>
        <tr>
          <th>Kind</th>
          <th>Key</th>
          <th>Value</th>
          <th>Created by</th>
          <th>Owner</th>
          <th>Added</th>
          <th aria-label="Commands" />
        </tr>
      </thead>
      <tbody>
        {connections.map((connection) => (
          <ConnectionRow
            key={connection.id}
            connection={connection}
            members={members}
            onRemove={() => onRemove(connection)}
          />
        ))}
      </tbody>
    </table>
  );
}

function ConnectionRow(props: {
  connection: Connection;
  members: WorkspaceMember[];
  onRemove: () => void;
}) {
  const { connection, members } = props;
  const [shown, setShown] = useState(false);
  const owner =
    connection.kind === "workspace" ? "Workspace" : memberName(members, connection.ownedBy);
  return (
    <tr
      data-testid="connection-row"
      data-kind={connection.kind}
      data-key={connection.key}
      data-id={connection.id}
    >
      <td>
        <Tag color={connection.kind === "workspace" ? "blue" : "purple"}>
          {connection.kind === "workspace" ? "Workspace" : "User"}
        </Tag>
      </td>
      <td>
        {connection.key ? (
          <code>{connection.key}</code>
        ) : (
          <span className="connection-table__default">default</span>
        )}
      </td>
      <td>
        <span className="connection-table__value">
          <code data-testid="connection-value-text">
            {shown ? connection.value : masked(connection.value)}
          </code>
          <Button
            small
            iconOnly
            variant="ghost"
            aria-label={shown ? "Hide the value" : "Show the value"}
            onClick={() => setShown(!shown)}
          >
            {shown ? <EyeOff size={13} /> : <Eye size={13} />}
          </Button>
        </span>
      </td>
      <td>{memberName(members, connection.createdBy)}</td>
      <td>{owner}</td>
      <td className="connection-table__time" title={connection.createdAt}>
        {formatAdded(connection.createdAt)}
      </td>
      <td className="connection-table__commands">
        <Button small variant="danger-quiet" testId="remove-connection" onClick={props.onRemove}>
          <Trash2 size={13} />
          Remove
        </Button>
      </td>
    </tr>
  );
}

/** The value with its middle hidden, so a user can tell two secrets apart without showing them. */
export function masked(value: string): string {
  if (value.length <= 8) return "•".repeat(value.length);
  return `${value.slice(0, 4)}••••${value.slice(-4)}`;
}

function formatAdded(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })
    : date.toLocaleDateString([], { year: "numeric", month: "short", day: "numeric" });
}
