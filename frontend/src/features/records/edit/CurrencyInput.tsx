import type { Draft } from "./draft";
import { submitOnEnter, type EditorProps } from "./AttributeEditor";

/** An amount and its ISO 4217 currency code. */
export function CurrencyInput({
  attribute,
  draft,
  onChange,
  onSubmit,
}: EditorProps<Extract<Draft, { kind: "currency" }>>) {
  return (
    <div className="attr-editor__row">
      <input
        className="attr-editor__input"
        type="number"
        step="any"
        aria-label={attribute.title}
        placeholder="Amount"
        value={draft.amount}
        autoFocus
        onChange={(event) => onChange({ ...draft, amount: event.target.value })}
        onKeyDown={submitOnEnter(onSubmit)}
      />
      <input
        className="attr-editor__input attr-editor__code"
        aria-label="Currency code"
        placeholder="USD"
        maxLength={3}
        value={draft.code}
        onChange={(event) => onChange({ ...draft, code: event.target.value.toUpperCase() })}
        onKeyDown={submitOnEnter(onSubmit)}
      />
    </div>
  );
}
