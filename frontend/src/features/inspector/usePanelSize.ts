import { useCallback, useState, type PointerEvent } from "react";

const minHeight = 120;

/** The inspector's height as a share of the window, dragged from its top edge, and collapsing. */
export function usePanelSize(initialShare = 0.35) {
  const [share, setShare] = useState(initialShare);
  const [collapsed, setCollapsed] = useState(false);

  const startDrag = useCallback((event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    const move = (moveEvent: globalThis.PointerEvent) => {
      const height = Math.max(minHeight, window.innerHeight - moveEvent.clientY);
      setShare(Math.min(0.85, height / window.innerHeight));
    };
    const stop = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", stop);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", stop);
    setCollapsed(false);
  }, []);

  return {
    height: collapsed ? undefined : `${Math.round(share * 100)}vh`,
    collapsed,
    toggle: () => setCollapsed((value) => !value),
    expand: () => setCollapsed(false),
    startDrag,
  };
}
