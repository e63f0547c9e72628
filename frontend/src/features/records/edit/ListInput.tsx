import { X } from "lucide-react";
import type { Draft } from "./draft";
import type { EditorProps } from "./AttributeEditor";

type ListDraft = Extract<Draft, { kind: "list" }>;

const placeholders: Record<string, string> = {
  "phone-number": "Add a number, e.g. +44 7700 900123",
  "email-address": "Add an email address",
  domain: "Add a domain",
};

/** Several emails, phone numbers or domains: chips to remove and a field to add one. */
export function ListInput({ attribute, draft, onChange, onSubmit }: EditorProps<ListDraft>) {
  const remove = (index: number) =>
    onChange({ ...draft, items: draft.items.filter((_, i) => i !== index) });
  const add = () => {
    const item = draft.pending.trim();
    if (item) onChange({ kind: "list", items: [...draft.items, item], pending: "" });
  };
  return (
    <div className="attr-editor__stack">
      {draft.items.length > 0 && (
        <div className="attr-editor__chips">
          {draft.items.map((item, index) => (
            <span key={`${item}-${index}`} className="attr-editor__chip" data-testid="edit-chip">
              {item}
              <button
                type="button"
                className="attr-editor__chip-remove"
                aria-label={`Remove ${item}`}
                onClick={() => remove(index)}
              >
                <X size={12} />
              </button>
            </span>
          ))}
        </div>
      )}
      <input
        className="attr-editor__input"
        aria-label={`Add to ${attribute.title}`}
        placeholder={placeholders[attribute.type] ?? "Add a value"}
        value={draft.pending}
        autoFocus
        onChange={(event) => onChange({ ...draft, pending: event.target.value })}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          if (draft.pending.trim()) add();
          else onSubmit?.();
        }}
      />
    </div>
  );
}
