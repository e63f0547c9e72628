import { Choice } from "../connections/Choice";
import type { BodyDraft, BodyKind } from "./bodyDraft";
import "./BodyField.css";

interface BodyFieldProps {
  name: string;
  body: BodyDraft;
  onChange: (body: BodyDraft) => void;
  placeholder?: string;
}

/** A mock body: none, a JSON value, or text sent as it is. */
export function BodyField({ name, body, onChange, placeholder }: BodyFieldProps) {
  return (
    <div className="body-field">
      <Choice<BodyKind>
        name={name}
        value={body.kind}
        options={[
          { value: "json", label: "JSON" },
          { value: "text", label: "Text" },
          { value: "none", label: "None" },
        ]}
        onChange={(kind) => onChange({ ...body, kind })}
      />
      {body.kind !== "none" && (
        <textarea
          className="panel-textarea body-field__text"
          rows={Math.min(16, Math.max(2, body.text.split("\n").length))}
          value={body.text}
          spellCheck={false}
          placeholder={placeholder}
          aria-label="Body"
          data-testid={`${name}-value`}
          onChange={(event) => onChange({ ...body, text: event.target.value })}
        />
      )}
    </div>
  );
}
