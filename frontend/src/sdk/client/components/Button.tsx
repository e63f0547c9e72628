import { useContext, useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { useSurfaceScope } from "../../surfaceScope";
import { DialogActiveContext, DialogFooterContext } from "./dialogFooter";
import { KeyboardHint } from "./KeyboardHint";
import { usePropWarning } from "./hostHooks";
import { isKeyboardKey, pressesKey } from "./keyboardKeys";
import { SdkIcon } from "./SdkIcon";
import "./Button.css";

export interface ButtonProps {
  label: string;
  variant?: "secondary" | "destructive";
  onClick?: () => void;
  disabled?: boolean;
  keyboardHint?: string;
  icon?: string;
}

/**
 * The SDK's Button: secondary or destructive (only SubmitButton is primary). Inside a dialog it
 * is drawn in the footer, and its keyboardHint key presses it while that dialog is on top.
 */
export function Button({
  label,
  variant = "secondary",
  onClick,
  disabled = false,
  keyboardHint,
  icon,
}: ButtonProps) {
  usePropWarning(buttonProblem(label, variant, keyboardHint), `button:${label}`);
  const scope = useSurfaceScope();
  const footer = useContext(DialogFooterContext);
  const active = useContext(DialogActiveContext);
  const press = () => onClick && !disabled && scope.handle(onClick);
  const latestPress = useRef(press);
  latestPress.current = press;

  useEffect(() => {
    if (!keyboardHint || !active) return;
    const listener = (event: KeyboardEvent) => {
      if (!pressesKey(event, keyboardHint)) return;
      event.preventDefault();
      latestPress.current();
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [keyboardHint, active]);

  const button = (
    <button
      type="button"
      className={`sdk-button sdk-button--${variant === "destructive" ? variant : "secondary"}`}
      disabled={disabled}
      onClick={press}
    >
      {icon && <SdkIcon name={icon} where={`The button "${label}"`} />}
      {label}
      {keyboardHint && <KeyboardHint hint={keyboardHint} />}
    </button>
  );
  return footer ? createPortal(button, footer) : button;
}

/** What Attio's types would refuse in a Button's props; the studio draws it anyway. */
function buttonProblem(label: string, variant: string, hint: string | undefined): string | null {
  if (variant !== "secondary" && variant !== "destructive") {
    return (
      `The button "${label}" has variant "${variant}"; a Button is "secondary" or ` +
      `"destructive" (only a form's SubmitButton is primary).`
    );
  }
  if (hint !== undefined && !isKeyboardKey(hint)) {
    return (
      `The button "${label}" has keyboardHint "${hint}", which is not a KeyboardKey: one of ` +
      `mod, shift, ctrl, alt, enter, return, esc, space, tab, backspace, left, up, right, ` +
      `down, plus, a-z or 0-9.`
    );
  }
  return null;
}
