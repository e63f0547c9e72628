import { createContext, useContext, useId, type ReactNode } from "react";
import { AttioComponentError } from "../components/childRules";
import { useField, type BoundField } from "./Field";
import type { FormState } from "./formState";

interface Group {
  field: BoundField;
  name: string;
  disabled: boolean;
}

const GroupContext = createContext<Group | null>(null);

export interface RadioGroupProps {
  name: string;
  label?: string;
  disabled?: boolean;
  children?: ReactNode;
}

/** A string field chosen among RadioGroup.Item options. */
export function RadioGroup({ form, ...props }: RadioGroupProps & { form: FormState }) {
  const { name, label, disabled = false, children } = props;
  const field = useField(form, name, ["string"], "RadioGroup");
  return (
    <div className="sdk-field" role="radiogroup" aria-label={label ?? name}>
      {label && <span className="sdk-field__label">{label}</span>}
      <GroupContext value={{ field, name, disabled: disabled || field.submitting }}>
        <div className="sdk-radio-group">{children}</div>
      </GroupContext>
      {field.error && (
        <p className="sdk-field__error" role="alert">
          {field.error}
        </p>
      )}
    </div>
  );
}

/** One option of a RadioGroup. */
export function RadioGroupItem({ value, label }: { value: string; label: string }) {
  const group = useContext(GroupContext);
  const id = useId();
  if (!group) throw new AttioComponentError("<RadioGroup.Item> belongs inside a <RadioGroup>.");
  return (
    <label className="sdk-check" htmlFor={id}>
      <input
        id={id}
        type="radio"
        name={group.name}
        value={value}
        checked={group.field.value === value}
        disabled={group.disabled}
        onChange={() => {
          group.field.set(value);
          group.field.touch();
        }}
      />
      <span>{label}</span>
    </label>
  );
}
