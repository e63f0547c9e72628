import { useContext } from "react";
import { createPortal } from "react-dom";
import { AttioIcon } from "../../../ui/AttioIcon";
import { useSurfaceScope } from "../../surfaceScope";
import { DialogFooterContext } from "./dialogFooter";
import "./Button.css";

export interface ButtonProps {
  label: string;
  variant?: "secondary" | "destructive";
  onClick?: () => void;
  disabled?: boolean;
  icon?: string;
}

export function Button({
  label,
  variant = "secondary",
  onClick,
  disabled = false,
  icon,
}: ButtonProps) {
  const scope = useSurfaceScope();
  const footer = useContext(DialogFooterContext);
  const button = (
    <button
      type="button"
      className={`sdk-button sdk-button--${variant}`}
      disabled={disabled}
      onClick={() => onClick && scope.handle(onClick)}
    >
      {icon && <AttioIcon name={icon} />}
      {label}
    </button>
  );
  return footer ? createPortal(button, footer) : button;
}
