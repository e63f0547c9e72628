import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import type { AppTextAction, CallRecordingPart } from "../../sdk/surfaces";
import { AttioIcon } from "../../ui/AttioIcon";
import "./TextActionMenu.css";

export interface MenuPlace {
  part: CallRecordingPart;
  range: Range;
  section: Element;
  top: number;
  left: number;
}

interface TextActionMenuProps {
  place: MenuPlace;
  actions: AppTextAction[];
  onRun: (id: string) => void;
  onClose: () => void;
}

/** The app's text actions for a selection, floating under it. */
export function TextActionMenu({ place, actions, onRun, onClose }: TextActionMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const away = (event: Event) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === "Escape"
          : !menu.current?.contains(event.target as Node)
      ) {
        onClose();
      }
    };
    document.addEventListener("mousedown", away);
    document.addEventListener("keydown", away);
    return () => {
      document.removeEventListener("mousedown", away);
      document.removeEventListener("keydown", away);
    };
  }, [onClose]);

  return createPortal(
    <div
      ref={menu}
      className="text-action-menu"
      role="menu"
      data-testid="text-actions"
      style={{ top: place.top, left: place.left }}
    >
      {actions.length === 0 && (
        <span className="text-action-menu__none">The app has no {place.part} text actions.</span>
      )}
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          className="text-action-menu__item"
          data-testid={`text-action-${action.id}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onRun(action.id)}
        >
          <AttioIcon name={action.icon} />
          {action.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
