import type { Attribute } from "../../../api/types";
import { CurrencyInput } from "./CurrencyInput";
import type { Draft } from "./draft";
import { ListInput } from "./ListInput";
import { LocationInput } from "./LocationInput";
import { MembersInput } from "./MembersInput";
import { NameInput } from "./NameInput";
import { OptionsInput } from "./OptionsInput";
import { RatingInput } from "./RatingInput";
import { ReferencesInput } from "./ReferencesInput";
import { TextInput } from "./TextInput";
import "./AttributeEditor.css";

export interface EditorProps<D extends Draft = Draft> {
  attribute: Attribute;
  draft: D;
  onChange: (draft: D) => void;
  /** Enter in a one-line input: save. */
  onSubmit?: () => void;
}

/** The inputs for one attribute's draft, by the way its type is edited. */
export function AttributeEditor(props: EditorProps) {
  const { draft } = props;
  const as = <D extends Draft>() => props as unknown as EditorProps<D>;
  switch (draft.kind) {
    case "text":
      return <TextInput {...as<typeof draft>()} />;
    case "list":
      return <ListInput {...as<typeof draft>()} />;
    case "options":
      return <OptionsInput {...as<typeof draft>()} />;
    case "name":
      return <NameInput {...as<typeof draft>()} />;
    case "currency":
      return <CurrencyInput {...as<typeof draft>()} />;
    case "location":
      return <LocationInput {...as<typeof draft>()} />;
    case "references":
      return <ReferencesInput {...as<typeof draft>()} />;
    case "members":
      return <MembersInput {...as<typeof draft>()} />;
    case "rating":
      return <RatingInput {...as<typeof draft>()} />;
    case "checkbox":
      return (
        <input
          type="checkbox"
          aria-label={props.attribute.title}
          checked={draft.checked}
          onChange={(event) => props.onChange({ kind: "checkbox", checked: event.target.checked })}
        />
      );
  }
}

/** Calls onSubmit on Enter, the way every one-line editor saves. */
export function submitOnEnter(onSubmit?: () => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && onSubmit) {
      event.preventDefault();
      onSubmit();
    }
  };
}
