import { afterEach, describe, expect, it, vi } from "vitest";
import { batchDelayMs, createBatcher } from "./liveBatch";

afterEach(() => vi.useRealTimers());

describe("createBatcher", () => {
  it("hands items over once, the newest of each key in first-seen order", () => {
    vi.useFakeTimers();
    const flushed: string[][] = [];
    const batch = createBatcher<string>(
      (item) => item[0],
      (items) => flushed.push(items),
    );
    batch.add("a-running");
    batch.add("b-running");
    batch.add("a-ok");
    vi.advanceTimersByTime(batchDelayMs - 1);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([["a-ok", "b-running"]]);
    vi.advanceTimersByTime(batchDelayMs * 2);
    expect(flushed).toHaveLength(1);
  });

  it("forgets what it holds when cancelled", () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    const batch = createBatcher<string>((item) => item, flush);
    batch.add("x");
    batch.cancel();
    vi.advanceTimersByTime(batchDelayMs * 2);
    expect(flush).not.toHaveBeenCalled();
  });
});
