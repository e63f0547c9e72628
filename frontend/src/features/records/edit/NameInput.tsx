import type { Draft } from "./draft";
import { submitOnEnter, type EditorProps } from "./AttributeEditor";

/** A person's name as first and last name; Attio's full name is the two joined. */
export function NameInput({
  draft,
  onChange,
  onSubmit,
}: EditorProps<Extract<Draft, { kind: "name" }>>) {
  return (
    <div className="attr-editor__row">
      <input
        className="attr-editor__input"
        aria-label="First name"
        placeholder="First name"
        value={draft.first}
        autoFocus
        onChange={(event) => onChange({ ...draft, first: event.target.value })}
        onKeyDown={submitOnEnter(onSubmit)}
      />
      <input
        className="attr-editor__input"
        aria-label="Last name"
        placeholder="Last name"
        value={draft.last}
        onChange={(event) => onChange({ ...draft, last: event.target.value })}
        onKeyDown={submitOnEnter(onSubmit)}
      />
    </div>
  );
}
