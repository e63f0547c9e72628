import type { WorkspaceMember } from "../../api";
import { Avatar } from "../../ui/Avatar";
import { memberName } from "./useConnections";
import "./CurrentUser.css";

/** Who the studio acts as: the user who clicks actions and owns new user connections. */
export function CurrentUser({ member }: { member: WorkspaceMember | null }) {
  if (!member) return null;
  const name = memberName([member], member.id);
  const initials = `${member.first_name[0] ?? ""}${member.last_name[0] ?? ""}`.toUpperCase();
  return (
    <div className="current-user" data-testid="current-user">
      <span className="panel-label">Acting as</span>
      <Avatar name={name} initials={initials || "?"} size="small" />
      <span className="current-user__name">{name}</span>
      <span className="current-user__email">{member.email_address}</span>
      {/* TODO: the backend has no way to change the current user yet, so user connections and
          getCurrentUser() always belong to the first member; testing another user needs one. */}
      <span className="current-user__note">Switching users is not available yet.</span>
    </div>
  );
}
