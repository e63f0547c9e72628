import "./Choice.css";

interface ChoiceProps<T extends string> {
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A segmented control: one of a few options, as radio buttons. */
export function Choice<T extends string>({ name, value, options, onChange }: ChoiceProps<T>) {
  return (
    <span className="choice" role="radiogroup">
      {options.map((option) => (
        <label
          key={option.value}
          className={`choice__option${option.value === value ? " choice__option--on" : ""}`}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            data-testid={`${name}-${option.value}`}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </span>
  );
}
