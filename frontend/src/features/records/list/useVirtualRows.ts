import { useCallback, useEffect, useRef, useState } from "react";

export interface VirtualRows {
  scrollRef: (element: HTMLElement | null) => void;
  first: number;
  /** One past the last row to draw. */
  end: number;
  /** Where the first drawn row goes, from the top of all rows. */
  offsetTop: number;
  /** The height of all rows, drawn or not. */
  totalHeight: number;
  scrollToTop: () => void;
}

// jsdom and hidden panes measure 0; draw a screenful anyway.
const fallbackHeight = 600;

/**
 * Which of count rows of a fixed height to draw in a scrolling element: those in view plus
 * overscan rows on each side.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 15): VirtualRows {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  const frame = useRef(0);

  useEffect(() => {
    if (!element) return;
    const onScroll = () => {
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
  }, [element]);

  const scrollToTop = useCallback(() => {
    if (element) element.scrollTop = 0;
    setScrollTop(0);
  }, [element]);

  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / rowHeight) - overscan));
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return {
    scrollRef: setElement,
    first,
    end: Math.max(first, end),
    offsetTop: first * rowHeight,
    totalHeight: count * rowHeight,
    scrollToTop,
  };
}
