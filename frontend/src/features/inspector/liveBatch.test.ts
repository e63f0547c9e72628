import { afterEach, describe, expect, it, vi } from "vitest";
import { batchDelayMs, createBatcher } from "./liveBatch";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("createBatcher", () => {
  it("hands a frame's items over once, the newest of each key in first-seen order", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const flushed: string[][] = [];
    const batch = createBatcher<string>(
      (item) => item[0],
      (items) => flushed.push(items),
    );
    batch.add("a-running");
    batch.add("b-running");
    batch.add("a-ok");
    expect(flushed).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(flushed).toEqual([["a-ok", "b-running"]]);
    vi.advanceTimersByTime(batchDelayMs);
    expect(flushed).toHaveLength(1);
  });

  it("hands items over after a while when no frame is drawn, as in a hidden window", () => {
    vi.stubGlobal("requestAnimationFrame", () => 1);
    vi.stubGlobal("cancelAnimationFrame", () => {});
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const flushed: string[][] = [];
    const batch = createBatcher<string>(
      (item) => item,
      (items) => flushed.push(items),
    );
    batch.add("x");
    vi.advanceTimersByTime(batchDelayMs - 1);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([["x"]]);
  });

  it("forgets what it holds when cancelled", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const flush = vi.fn();
    const batch = createBatcher<string>((item) => item, flush);
    batch.add("x");
    batch.cancel();
    vi.advanceTimersByTime(batchDelayMs * 2);
    expect(flush).not.toHaveBeenCalled();
  });
});
