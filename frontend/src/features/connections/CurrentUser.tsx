import { useState } from "react";
import type { WorkspaceMember } from "../../api";
import { Avatar } from "../../ui/Avatar";
import { memberName } from "./useConnections";
import "./CurrentUser.css";

interface CurrentUserProps {
  member: WorkspaceMember | null;
  members: WorkspaceMember[];
  onSwitch: (memberId: string) => Promise<void>;
  error: Error | null;
}

/**
 * Who the studio acts as: the user who clicks actions, whose id getCurrentUser() returns and
 * whose user connections getUserConnection() reads. Any workspace member can be chosen.
 */
export function CurrentUser({ member, members, onSwitch, error }: CurrentUserProps) {
  const [switching, setSwitching] = useState(false);
  if (!member) return null;
  const name = memberName([member], member.id);
  const initials = `${member.first_name[0] ?? ""}${member.last_name[0] ?? ""}`.toUpperCase();
  const choose = async (memberId: string) => {
    setSwitching(true);
    try {
      await onSwitch(memberId);
    } finally {
      setSwitching(false);
    }
  };
  return (
    <div className="current-user" data-testid="current-user" data-member={member.id}>
      <span className="panel-label">Acting as</span>
      <Avatar name={name} initials={initials || "?"} size="small" />
      <select
        className="panel-input current-user__picker"
        value={member.id}
        aria-label="Act as"
        data-testid="current-user-picker"
        disabled={switching}
        onChange={(event) => void choose(event.target.value)}
      >
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {memberName(members, m.id)} · {m.email_address}
          </option>
        ))}
      </select>
      {error ? (
        <span className="current-user__error" role="alert">
          {error.message}
        </span>
      ) : (
        <span className="current-user__note">
          getCurrentUser() and getUserConnection() answer for this member.
        </span>
      )}
    </div>
  );
}
