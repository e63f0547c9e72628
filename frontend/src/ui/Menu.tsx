import { useEffect, useRef, useState, type ReactNode } from "react";
import "./Menu.css";

export interface MenuItem {
  key: string;
  label: string;
  icon?: ReactNode;
  disabled?: boolean;
  danger?: boolean;
  testId?: string;
  onSelect: () => void;
}

interface MenuProps {
  trigger: (props: { open: boolean; toggle: () => void }) => ReactNode;
  items: MenuItem[];
  /** Which edge of the trigger the popover lines up with. */
  align?: "left" | "right";
}

/** A dropdown of commands under a trigger; closes on a choice, Escape or a click elsewhere. */
export function Menu({ trigger, items, align = "right" }: MenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const clickAway = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    // Captured before a dialog's own Escape listener, so Escape closes only the menu.
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
    };
    document.addEventListener("mousedown", clickAway);
    document.addEventListener("keydown", escape, true);
    return () => {
      document.removeEventListener("mousedown", clickAway);
      document.removeEventListener("keydown", escape, true);
    };
  }, [open]);

  return (
    <div className="menu" ref={root}>
      {trigger({ open, toggle: () => setOpen((value) => !value) })}
      {open && (
        <div className={`menu__popover menu__popover--${align}`} role="menu">
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className={`menu__item${item.danger ? " menu__item--danger" : ""}`}
              disabled={item.disabled}
              data-testid={item.testId}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.icon}
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
