import type { Draft } from "./draft";
import type { EditorProps } from "./AttributeEditor";
import { useApi } from "../../../hooks/useApi";
import { useLoader } from "../../../hooks/useLoader";

type MembersDraft = Extract<Draft, { kind: "members" }>;

/** Workspace members for an actor reference such as a deal's owner. */
export function MembersInput({ attribute, draft, onChange }: EditorProps<MembersDraft>) {
  const api = useApi();
  const members = useLoader("members", () => api.members());
  const all = members.data ?? [];
  const name = (m: (typeof all)[number]) =>
    `${m.first_name} ${m.last_name}`.trim() || m.email_address;

  if (members.error) return <span className="attr-editor__error">{members.error.message}</span>;
  if (!attribute.isMultiselect) {
    return (
      <select
        className="attr-editor__input"
        aria-label={attribute.title}
        value={draft.ids[0] ?? ""}
        autoFocus
        onChange={(event) =>
          onChange({ kind: "members", ids: event.target.value ? [event.target.value] : [] })
        }
      >
        <option value="">{members.loading ? "Loading members…" : "No one"}</option>
        {all.map((member) => (
          <option key={member.id} value={member.id}>
            {name(member)} ({member.email_address})
          </option>
        ))}
      </select>
    );
  }
  const toggle = (id: string, on: boolean) =>
    onChange({ kind: "members", ids: on ? [...draft.ids, id] : draft.ids.filter((i) => i !== id) });
  return (
    <div className="attr-editor__stack" role="group" aria-label={attribute.title}>
      {all.map((member) => (
        <label key={member.id} className="attr-editor__option">
          <input
            type="checkbox"
            checked={draft.ids.includes(member.id)}
            onChange={(event) => toggle(member.id, event.target.checked)}
          />
          {name(member)}
        </label>
      ))}
    </div>
  );
}
