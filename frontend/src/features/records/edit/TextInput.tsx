import type { Draft } from "./draft";
import { submitOnEnter, type EditorProps } from "./AttributeEditor";

const inputTypes: Record<string, string> = {
  number: "number",
  date: "date",
  timestamp: "datetime-local",
  "phone-number": "tel",
};

const placeholders: Record<string, string> = {
  "phone-number": "+44 7700 900123",
  "email-address": "name@example.com",
  domain: "example.com",
};

/** One line of text, a number, a date or a time; long text in a text area. */
export function TextInput({
  attribute,
  draft,
  onChange,
  onSubmit,
}: EditorProps<Extract<Draft, { kind: "text" }>>) {
  const change = (text: string) => onChange({ kind: "text", text });
  if (attribute.type === "text" && attribute.slug === "description") {
    return (
      <textarea
        className="attr-editor__input"
        aria-label={attribute.title}
        value={draft.text}
        autoFocus
        onChange={(event) => change(event.target.value)}
      />
    );
  }
  return (
    <input
      className="attr-editor__input"
      type={inputTypes[attribute.type] ?? "text"}
      inputMode={attribute.type === "email-address" ? "email" : undefined}
      step={attribute.type === "number" ? "any" : undefined}
      aria-label={attribute.title}
      placeholder={placeholders[attribute.type]}
      value={draft.text}
      autoFocus
      onChange={(event) => change(event.target.value)}
      onKeyDown={submitOnEnter(onSubmit)}
    />
  );
}
