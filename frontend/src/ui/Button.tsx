import type { ButtonHTMLAttributes } from "react";
import "./Button.css";

type Variant = "default" | "primary" | "danger" | "danger-quiet" | "ghost";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  iconOnly?: boolean;
  small?: boolean;
  testId?: string;
}

/** The studio's own button (the app's buttons are the SDK Button). */
export function Button({
  variant = "default",
  iconOnly,
  small,
  testId,
  className,
  ...rest
}: ButtonProps) {
  const classes = [
    "btn",
    `btn--${variant}`,
    iconOnly && "btn--icon",
    small && "btn--small",
    className,
  ];
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(" ")}
      data-testid={testId}
      {...rest}
    />
  );
}
