import type { OutboundMode } from "../../api";
import "./ModeSwitch.css";

const modes: { mode: OutboundMode; title: string; text: string }[] = [
  {
    mode: "mocks-then-network",
    title: "Mocks, then network",
    text: "A matching rule answers; other requests go to the network.",
  },
  {
    mode: "offline",
    title: "Offline",
    text: "A request no rule answers fails, as fetch fails without a network.",
  },
  {
    mode: "record",
    title: "Record",
    text: "Requests no rule answers go to the network; each answer is kept as a new rule.",
  },
];

interface ModeSwitchProps {
  mode: OutboundMode | null;
  disabled: boolean;
  onChange: (mode: OutboundMode) => void;
}

/** What happens to a request no mock rule answers. api.attio.com is answered in every mode. */
export function ModeSwitch({ mode, disabled, onChange }: ModeSwitchProps) {
  return (
    <div className="mode-switch" role="radiogroup" aria-label="Outbound mode">
      {modes.map((option) => (
        <label
          key={option.mode}
          className={`mode-switch__option${option.mode === mode ? " mode-switch__option--on" : ""}`}
        >
          <input
            type="radio"
            name="outbound-mode"
            checked={option.mode === mode}
            disabled={disabled}
            data-testid={`outbound-mode-${option.mode}`}
            onChange={() => onChange(option.mode)}
          />
          <span className="mode-switch__title">{option.title}</span>
          <span className="mode-switch__text">{option.text}</span>
        </label>
      ))}
    </div>
  );
}
