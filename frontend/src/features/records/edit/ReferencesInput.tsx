import { X } from "lucide-react";
import { useState } from "react";
import type { Draft } from "./draft";
import type { EditorProps } from "./AttributeEditor";
import { RecordLink } from "../RecordLink";
import { ReferenceSearch } from "./ReferenceSearch";
import { useApi } from "../../../hooks/useApi";
import { useLoader } from "../../../hooks/useLoader";

type ReferencesDraft = Extract<Draft, { kind: "references" }>;

// Attio's standard references, for backends whose attribute list does not name the target.
const standardTargets: Record<string, string> = {
  company: "companies",
  team: "people",
  associated_deals: "deals",
  associated_users: "users",
  associated_people: "people",
  associated_company: "companies",
  associated_workspaces: "workspaces",
  person: "people",
  users: "users",
  workspace: "workspaces",
};

/** Records this one points at: chips to remove and a search to add (or replace) one. */
export function ReferencesInput({ attribute, draft, onChange }: EditorProps<ReferencesDraft>) {
  const known =
    attribute.targetObject ?? standardTargets[attribute.slug] ?? draft.refs[0]?.object ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const target = known ?? chosen;
  const remove = (recordId: string) =>
    onChange({ kind: "references", refs: draft.refs.filter((r) => r.recordId !== recordId) });
  const pick = (recordId: string) => {
    if (!target || draft.refs.some((r) => r.recordId === recordId)) return;
    const ref = { object: target, recordId };
    onChange({ kind: "references", refs: attribute.isMultiselect ? [...draft.refs, ref] : [ref] });
  };

  return (
    <div className="attr-editor__stack">
      {draft.refs.length > 0 && (
        <div className="attr-editor__chips">
          {draft.refs.map((ref) => (
            <span key={ref.recordId} className="attr-editor__chip" data-testid="edit-chip">
              <RecordLink reference={ref} />
              <button
                type="button"
                className="attr-editor__chip-remove"
                aria-label="Remove"
                onClick={() => remove(ref.recordId)}
              >
                <X size={12} />
              </button>
            </span>
          ))}
        </div>
      )}
      {!known && <TargetChooser value={chosen} onChange={setChosen} />}
      {target && (
        <ReferenceSearch
          object={target}
          exclude={draft.refs.map((r) => r.recordId)}
          placeholder={attribute.isMultiselect || draft.refs.length === 0 ? "Add…" : "Replace…"}
          onPick={pick}
        />
      )}
    </div>
  );
}

function TargetChooser({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (slug: string) => void;
}) {
  const api = useApi();
  const objects = useLoader("objects", () => api.objects());
  return (
    <select
      className="attr-editor__input"
      aria-label="Object to point at"
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">Choose an object…</option>
      {(objects.data ?? []).map((object) => (
        <option key={object.slug} value={object.slug}>
          {object.pluralNoun}
        </option>
      ))}
    </select>
  );
}
