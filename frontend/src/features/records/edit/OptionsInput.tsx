import type { Draft } from "./draft";
import type { EditorProps } from "./AttributeEditor";
import { colorFor, Tag } from "../../../ui/Tag";

type OptionsDraft = Extract<Draft, { kind: "options" }>;

/** A select or status: one option from a list, or several as toggles for a multi-select. */
export function OptionsInput({ attribute, draft, onChange }: EditorProps<OptionsDraft>) {
  const options = attribute.options ?? [];
  if (!attribute.isMultiselect) {
    return (
      <select
        className="attr-editor__input"
        aria-label={attribute.title}
        value={draft.selected[0] ?? ""}
        autoFocus
        onChange={(event) =>
          onChange({ kind: "options", selected: event.target.value ? [event.target.value] : [] })
        }
      >
        <option value="">No {attribute.type === "status" ? "status" : "option"}</option>
        {options.map((option) => (
          <option key={option.id} value={option.title}>
            {option.title}
          </option>
        ))}
      </select>
    );
  }
  const toggle = (title: string, on: boolean) =>
    onChange({
      kind: "options",
      selected: on ? [...draft.selected, title] : draft.selected.filter((t) => t !== title),
    });
  return (
    <div className="attr-editor__chips" role="group" aria-label={attribute.title}>
      {options.map((option) => (
        <label key={option.id} className="attr-editor__option">
          <input
            type="checkbox"
            checked={draft.selected.includes(option.title)}
            onChange={(event) => toggle(option.title, event.target.checked)}
          />
          <Tag color={colorFor(option.title)}>{option.title}</Tag>
        </label>
      ))}
    </div>
  );
}
