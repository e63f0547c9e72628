import { Bold, Italic, List } from "lucide-react";
import { useId, useRef } from "react";
import { Field, useField } from "./Field";
import type { FormState } from "./formState";

export interface RichTextInputProps {
  label: string;
  name: string;
  placeholder?: string;
  disabled?: boolean;
}

const marks = [
  { label: "Bold", Icon: Bold, before: "**", after: "**" },
  { label: "Italic", Icon: Italic, before: "_", after: "_" },
  { label: "Bulleted list", Icon: List, before: "\n- ", after: "" },
];

/** A string field of formatted text, written as Markdown with a small toolbar. */
export function RichTextInput({ form, ...props }: RichTextInputProps & { form: FormState }) {
  const { label, name, placeholder, disabled } = props;
  const field = useField(form, name, ["string"], "RichTextInput");
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const text = typeof field.value === "string" ? field.value : "";
  const locked = disabled || field.submitting;

  const wrap = (before: string, after: string) => {
    const element = area.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    field.set(text.slice(0, start) + before + text.slice(start, end) + after + text.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + before.length, end + before.length);
    });
  };

  return (
    <Field label={label} inputId={id} error={field.error}>
      <div className="sdk-rich-text">
        <div className="sdk-rich-text__toolbar" role="toolbar" aria-label={`${label} formatting`}>
          {marks.map(({ label: mark, Icon, before, after }) => (
            <button
              key={mark}
              type="button"
              className="sdk-rich-text__tool"
              aria-label={mark}
              title={mark}
              disabled={locked}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => wrap(before, after)}
            >
              <Icon size={13} />
            </button>
          ))}
        </div>
        <textarea
          ref={area}
          id={id}
          name={name}
          className="sdk-rich-text__area"
          rows={5}
          placeholder={placeholder}
          disabled={locked}
          value={text}
          onChange={(event) => field.set(event.target.value)}
          onBlur={field.touch}
        />
      </div>
    </Field>
  );
}
