/**
 * How long call events wait for a frame before they are handed over anyway: a hidden window
 * draws no frames, and its lists should still be current when it shows again.
 */
export const batchDelayMs = 100;

/**
 * Collects items and hands them over together on the next animation frame (or batchDelayMs
 * after the first, when no frame comes), so a burst of a thousand call events a second costs
 * one render a frame rather than a thousand. Items with the same key replace each other (a
 * call's "finished" event replaces its "started" one).
 */
export function createBatcher<T>(key: (item: T) => string, flush: (items: T[]) => void) {
  let pending = new Map<string, T>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    timer = frame = null;
  };
  const run = () => {
    stop();
    const items = [...pending.values()];
    pending = new Map();
    if (items.length > 0) flush(items);
  };
  return {
    add(item: T) {
      pending.set(key(item), item);
      if (timer !== null) return;
      timer = setTimeout(run, batchDelayMs);
      if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(run);
    },
    cancel() {
      stop();
      pending = new Map();
    },
  };
}
