import { locationFields, type Draft } from "./draft";
import { submitOnEnter, type EditorProps } from "./AttributeEditor";

/** A location's address, city, region, postcode and country code. */
export function LocationInput({
  draft,
  onChange,
  onSubmit,
}: EditorProps<Extract<Draft, { kind: "location" }>>) {
  return (
    <div className="attr-editor__grid">
      {locationFields.map(([key, label], index) => (
        <input
          key={key}
          className="attr-editor__input"
          aria-label={label}
          placeholder={label}
          maxLength={key === "country_code" ? 2 : undefined}
          value={draft.fields[key] ?? ""}
          autoFocus={index === 0}
          onChange={(event) =>
            onChange({ kind: "location", fields: { ...draft.fields, [key]: event.target.value } })
          }
          onKeyDown={submitOnEnter(onSubmit)}
        />
      ))}
    </div>
  );
}
