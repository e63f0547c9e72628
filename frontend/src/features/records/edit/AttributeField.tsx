import { Pencil } from "lucide-react";
import type { AttioValue, Attribute } from "../../../api/types";
import { Button } from "../../../ui/Button";
import { AttributeValue } from "../AttributeValue";
import { AttributeEditor } from "./AttributeEditor";
import { draftKind, draftOf } from "./draft";
import { RatingInput } from "./RatingInput";
import { useAttributeEdit } from "./useAttributeEdit";
import "./AttributeField.css";

interface AttributeFieldProps {
  object: string;
  recordId: string;
  attribute: Attribute;
  values: AttioValue[];
  onSaved: () => void;
}

/**
 * One attribute's value on the record page, edited in place: click to edit, Enter or Save to
 * write, Escape to cancel; the backend's validation message shows under the field.
 */
export function AttributeField({
  object,
  recordId,
  attribute,
  values,
  onSaved,
}: AttributeFieldProps) {
  const edit = useAttributeEdit(object, recordId, attribute, values, onSaved);
  const kind = draftKind(attribute);
  const display = <AttributeValue values={values} testId={`attribute-${attribute.slug}`} />;
  const error = edit.error && (
    <p className="attr-field__error" role="alert" data-testid={`attribute-error-${attribute.slug}`}>
      {edit.error}
    </p>
  );

  if (kind === null) return <div className="attr-field attr-field--readonly">{display}</div>;

  if (kind === "checkbox" || kind === "rating") {
    const current = draftOf(attribute, values)!;
    return (
      <div className="attr-field">
        <div className="attr-field__instant" data-testid={`edit-${attribute.slug}`}>
          {current.kind === "checkbox" ? (
            <input
              type="checkbox"
              aria-label={attribute.title}
              checked={current.checked}
              disabled={edit.saving}
              onChange={(event) =>
                void edit.saveNow({ kind: "checkbox", checked: event.target.checked })
              }
            />
          ) : current.kind === "rating" ? (
            <RatingInput
              attribute={attribute}
              draft={current}
              onChange={(d) => void edit.saveNow(d)}
            />
          ) : null}
          <span className="attr-field__instant-value">{display}</span>
        </div>
        {error}
      </div>
    );
  }

  if (!edit.editing || !edit.draft) {
    return (
      <div className="attr-field">
        <div
          className="attr-field__display"
          role="button"
          tabIndex={0}
          title={`Edit ${attribute.title}`}
          data-testid={`edit-${attribute.slug}`}
          onClick={(event) => {
            if (!(event.target as HTMLElement).closest("a")) edit.start();
          }}
          onKeyDown={(event) => event.key === "Enter" && edit.start()}
        >
          {display}
          <Pencil className="attr-field__pencil" size={12} aria-hidden />
        </div>
        {error}
      </div>
    );
  }

  return (
    <div
      className="attr-field attr-field--editing"
      data-testid={`editor-${attribute.slug}`}
      onKeyDown={(event) => event.key === "Escape" && edit.cancel()}
    >
      <AttributeEditor
        attribute={attribute}
        draft={edit.draft}
        onChange={edit.change}
        onSubmit={() => void edit.save()}
      />
      {error}
      <div className="attr-field__buttons">
        <Button
          small
          variant="primary"
          disabled={edit.saving}
          onClick={() => void edit.save()}
          testId={`save-${attribute.slug}`}
        >
          {edit.saving ? "Saving…" : "Save"}
        </Button>
        <Button small variant="ghost" disabled={edit.saving} onClick={edit.cancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
