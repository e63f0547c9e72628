import { useEffect, useRef, useState, type ReactNode } from "react";
import "./Popover.css";

interface PopoverProps {
  trigger: (props: { open: boolean; toggle: () => void }) => ReactNode;
  children: ReactNode;
  label: string;
  align?: "start" | "end";
}

/** A panel of controls under a trigger; closes on Escape or a click elsewhere. */
export function Popover({ trigger, children, label, align = "start" }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      const outside = !root.current?.contains(event.target as Node);
      if (event instanceof KeyboardEvent ? event.key === "Escape" : outside) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div className="popover" ref={root}>
      {trigger({ open, toggle: () => setOpen((value) => !value) })}
      {open && (
        <div className={`popover__panel popover__panel--${align}`} role="dialog" aria-label={label}>
          {children}
        </div>
      )}
    </div>
  );
}
