import { useEffect, useId, useState, type ReactNode } from "react";
import { flatChildren, isElementOf } from "../client/components/childRules";
import { useStore } from "../store";
import { Field } from "../client/forms/Field";
import { normalizeUrl, messages } from "../client/forms/parse";
import type { WorkspaceSettings } from "./WorkspaceSettings";

type Bound = { settings: WorkspaceSettings; name: string; label: string; disabled?: boolean };

/** A setting's saved value, null when it has none. */
function useSetting(settings: WorkspaceSettings, name: string) {
  useEffect(() => settings.start(), [settings]);
  const values = useStore(settings.values);
  return values[name] ?? null;
}

/** Why the backend refused the last save of a setting (a schema that says otherwise). */
function useSaveError(settings: WorkspaceSettings, name: string): string | undefined {
  return useStore(settings.errors)[name];
}

export interface SettingTextProps extends Bound {
  type?: "text" | "email" | "password" | "tel" | "url";
  multiline?: boolean;
  minLength?: number;
  maxLength?: number;
  url?: boolean;
  placeholder?: string;
}

function textError(text: string, props: SettingTextProps): string | undefined {
  if (text === "") return undefined;
  if (props.minLength !== undefined && text.length < props.minLength) {
    return messages.minLength(props.minLength);
  }
  if (props.maxLength !== undefined && text.length > props.maxLength) {
    return messages.maxLength(props.maxLength);
  }
  if ((props.url || props.type === "url") && normalizeUrl(text, /^https?$/) === null) {
    return "Must be a valid URL";
  }
  return undefined;
}

/** A text setting, saved as the user types whenever it passes its rules. */
export function SettingText(props: SettingTextProps) {
  const { settings, name, label, disabled, multiline, placeholder } = props;
  const saved = useSetting(settings, name);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (saved === null ? "" : String(saved));
  const saveError = useSaveError(settings, name);
  const error = textError(text, props) ?? saveError;
  const id = useId();
  const change = (next: string) => {
    setDraft(next);
    if (!textError(next, props)) settings.save(name, next === "" ? null : next);
  };
  const common = { id, name, className: "sdk-input", placeholder, disabled, value: text };
  return (
    <Field label={label} inputId={id} error={error}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </Field>
  );
}

export interface SettingNumberProps extends Bound {
  min?: number;
  max?: number;
  placeholder?: string;
}

/** A number setting, saved when it parses and is within min and max. */
export function SettingNumber(props: SettingNumberProps) {
  const { settings, name, label, disabled, min, max, placeholder } = props;
  const saved = useSetting(settings, name);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (saved === null ? "" : String(saved));
  const number = Number(text);
  const error =
    text.trim() === ""
      ? undefined
      : !Number.isFinite(number)
        ? messages.notNumber
        : min !== undefined && number < min
          ? messages.min(min)
          : max !== undefined && number > max
            ? messages.max(max)
            : undefined;
  const saveError = useSaveError(settings, name);
  const id = useId();
  return (
    <Field label={label} inputId={id} error={error ?? saveError}>
      <input
        id={id}
        name={name}
        className="sdk-input"
        inputMode="decimal"
        placeholder={placeholder}
        disabled={disabled}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const value = Number(next);
          const fits = (min === undefined || value >= min) && (max === undefined || value <= max);
          if (next.trim() === "") settings.save(name, null);
          else if (Number.isFinite(value) && fits) settings.save(name, value);
        }}
      />
    </Field>
  );
}

export interface SettingBooleanProps extends Bound {
  description?: string;
}

/** A boolean setting as a checkbox, or as a switch with a description. */
export function SettingBoolean(props: SettingBooleanProps & { toggle?: boolean }) {
  const { settings, name, label, disabled, description, toggle } = props;
  const on = useSetting(settings, name) === true;
  const error = useSaveError(settings, name);
  const id = useId();
  const flip = () => settings.save(name, !on);
  const refused = error && (
    <span className="sdk-field__error" role="alert">
      {error}
    </span>
  );
  if (!toggle) {
    return (
      <>
        <label className="sdk-check" htmlFor={id}>
          <input id={id} type="checkbox" checked={on} disabled={disabled} onChange={flip} />
          <span>{label}</span>
        </label>
        {refused}
      </>
    );
  }
  return (
    <div className="sdk-toggle-row">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-label={label}
        className={`sdk-toggle${on ? " sdk-toggle--on" : ""}`}
        disabled={disabled}
        onClick={flip}
      >
        <span className="sdk-toggle__knob" />
      </button>
      <span className="sdk-toggle-row__text">
        <span>{label}</span>
        {description && <span className="sdk-toggle-row__description">{description}</span>}
        {refused}
      </span>
    </div>
  );
}

type Choice = { value: string; label: string };

export interface SettingChoiceProps extends Bound {
  options?: Choice[];
  /** RadioGroup's way to give its options: RadioGroup.Item elements. */
  children?: ReactNode;
}

/** Describes one option of a settings RadioGroup; the group draws it. */
export function SettingChoiceItem(_props: Choice) {
  return null;
}

/** A setting chosen from options (a Combobox's list or a RadioGroup's items), as a select. */
export function SettingChoice(props: SettingChoiceProps) {
  const { settings, name, label, disabled, children } = props;
  const items = flatChildren(children)
    .filter((child) => isElementOf(child, SettingChoiceItem))
    .map((child) => child.props as Choice);
  const options = Array.isArray(props.options) ? props.options : items;
  const value = useSetting(settings, name);
  const error = useSaveError(settings, name);
  const id = useId();
  return (
    <Field label={label} inputId={id} error={error}>
      <select
        id={id}
        name={name}
        className="sdk-input"
        disabled={disabled}
        value={value === null ? "" : String(value)}
        onChange={(event) => settings.save(name, event.target.value || null)}
      >
        <option value="">—</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The settings page's root: fields save as they change, so there is no submit button. */
export function SettingsForm({ children }: { children?: ReactNode }) {
  return <div className="sdk-form sdk-settings-form">{children}</div>;
}
