/** How long call events wait to be drawn together: one frame, well inside the 50 ms budget. */
export const batchDelayMs = 16;

/**
 * Collects items and hands them over together at most batchDelayMs after the first, so a burst
 * of a thousand call events a second costs a few renders rather than a thousand. Items with the
 * same key replace each other (a call's "finished" event replaces its "started" one).
 */
export function createBatcher<T>(key: (item: T) => string, flush: (items: T[]) => void) {
  let pending = new Map<string, T>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    const items = [...pending.values()];
    pending = new Map();
    if (items.length > 0) flush(items);
  };
  return {
    add(item: T) {
      pending.set(key(item), item);
      timer ??= setTimeout(run, batchDelayMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = new Map();
    },
  };
}
