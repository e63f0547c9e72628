import { useEffect, type ReactNode } from "react";
import { createPortal } from "react-dom";
import "./Modal.css";

interface ModalProps {
  size?: "small" | "medium";
  /** A width of its own (an iframe's), instead of size's. */
  width?: string;
  /** "sheet" docks the window to the bottom edge at full width, as phones show dialogs. */
  placement?: "center" | "sheet";
  label: string;
  testId?: string;
  /** Escape; leave out to make the modal answerable only by its buttons. */
  onEscape?: () => void;
  onOutsideClick?: () => void;
  children: ReactNode;
}

/** A centred window over a dimmed studio. */
export function Modal({
  size = "small",
  width,
  placement = "center",
  label,
  testId,
  onEscape,
  onOutsideClick,
  children,
}: ModalProps) {
  useEffect(() => {
    if (!onEscape) return;
    const listener = (event: KeyboardEvent) => event.key === "Escape" && onEscape();
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [onEscape]);

  return createPortal(
    <div
      className={`modal__overlay modal__overlay--${placement}`}
      onMouseDown={(event) => event.target === event.currentTarget && onOutsideClick?.()}
    >
      <div
        className={`modal modal--${size} modal--${placement}`}
        style={width ? { maxWidth: `min(${width}, 100%)` } : undefined}
        role="dialog"
        aria-modal
        aria-label={label}
        data-testid={testId}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
