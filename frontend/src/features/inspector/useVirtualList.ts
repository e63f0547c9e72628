import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

// jsdom and hidden panes measure 0; draw a screenful anyway.
const fallbackHeight = 600;

export interface VirtualList {
  scrollRef: (element: HTMLElement | null) => void;
  first: number;
  /** One past the last row to draw. */
  end: number;
  offsetTop: number;
  totalHeight: number;
  /** Scrolls so the row with this key is in view. */
  reveal: (key: string) => void;
}

/**
 * Which of the rows (given by key, all rowHeight tall) to draw in a scrolling element: those in
 * view plus overscan on each side. When rows are added above the ones in view (a live call on
 * top), the element is scrolled by as much, so what the user is reading stays put; at the very
 * top it stays at the top and new rows show.
 */
export function useVirtualList(keys: string[], rowHeight: number, overscan = 12): VirtualList {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  const keysRef = useRef(keys);
  const anchor = useRef<{ key: string; offset: number } | null>(null);
  const frame = useRef(0);

  const remember = useCallback(
    (top: number) => {
      const index = Math.floor(top / rowHeight);
      const key = keysRef.current[index];
      anchor.current =
        top > 0 && key !== undefined ? { key, offset: top - index * rowHeight } : null;
    },
    [rowHeight],
  );

  useEffect(() => {
    if (!element) return;
    const onScroll = () => {
      remember(element.scrollTop);
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setScrollTop(element.scrollTop));
    };
    const measure = () => setHeight(element.clientHeight || fallbackHeight);
    measure();
    element.addEventListener("scroll", onScroll, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      cancelAnimationFrame(frame.current);
      element.removeEventListener("scroll", onScroll);
      observer?.disconnect();
    };
  }, [element, remember]);

  useLayoutEffect(() => {
    const previous = keysRef.current;
    keysRef.current = keys;
    const held = anchor.current;
    if (!element || !held || previous === keys) return;
    const index = keys.indexOf(held.key);
    if (index < 0) return;
    const top = index * rowHeight + held.offset;
    if (Math.abs(top - element.scrollTop) >= 1) {
      element.scrollTop = top;
      setScrollTop(top);
    }
  }, [element, keys, rowHeight]);

  const reveal = useCallback(
    (key: string) => {
      const index = keysRef.current.indexOf(key);
      if (!element || index < 0) return;
      const top = index * rowHeight;
      if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight) {
        element.scrollTop = Math.max(0, top - rowHeight * 2);
        remember(element.scrollTop);
        setScrollTop(element.scrollTop);
      }
    },
    [element, remember, rowHeight],
  );

  const count = keys.length;
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / rowHeight) - overscan));
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return {
    scrollRef: setElement,
    first,
    end: Math.max(first, end),
    offsetTop: first * rowHeight,
    totalHeight: count * rowHeight,
    reveal,
  };
}
