import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";

afterEach(() => vi.useRealTimers());

describe("toasts", () => {
  it("runs the action under the call that showed it, then goes away", async () => {
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.calls.begin("call-4");
    const seen: string[] = [];
    await act(() =>
      runtime.client.showToast({
        variant: "success",
        title: "Note created",
        action: { label: "Undo", onClick: () => void seen.push(runtime.calls.current()) },
      }),
    );
    runtime.calls.end("call-4");
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(seen).toEqual(["call-4"]);
    expect(screen.queryByTestId("toast")).toBeNull();
  });

  it("has no close button when not dismissable, and stays with an infinite duration", async () => {
    vi.useFakeTimers();
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    await act(() =>
      runtime.client.showToast({
        variant: "neutral",
        title: "Syncing…",
        durationMs: Number.POSITIVE_INFINITY,
        dismissable: false,
      }),
    );
    expect(screen.queryByRole("button", { name: "Dismiss" })).toBeNull();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByTestId("toast")).toBeDefined();
  });

  it("waits while the pointer is over it", async () => {
    vi.useFakeTimers();
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    await act(() => runtime.client.showToast({ variant: "warning", title: "Careful" }));
    act(() => vi.advanceTimersByTime(3000));
    fireEvent.mouseEnter(screen.getByTestId("toast"));
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByTestId("toast")).toBeDefined();
    fireEvent.mouseLeave(screen.getByTestId("toast"));
    act(() => vi.advanceTimersByTime(999));
    expect(screen.getByTestId("toast")).toBeDefined();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByTestId("toast")).toBeNull();
  });

  it("shows an unknown variant as neutral", async () => {
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    await act(() => runtime.client.showToast({ variant: "info" as never, title: "Hi" }));
    expect(screen.getByTestId("toast").dataset.variant).toBe("neutral");
  });
});

describe("confirm", () => {
  it.each([
    { variant: "primary" as const, className: "btn--primary" },
    { variant: "secondary" as const, className: "btn--default" },
    { variant: "secondary-destructive" as const, className: "btn--danger-quiet" },
    { variant: "destructive" as const, className: "btn--danger" },
  ])("draws a $variant confirm button", ({ variant, className }) => {
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    act(() => {
      void runtime.client.confirm({
        title: "Archive?",
        confirmVariant: variant,
        confirmIcon: "Archive",
      });
    });
    const ok = screen.getByTestId("confirm-ok");
    expect(ok.className).toContain(className);
    expect(ok.querySelector("svg")?.dataset.icon).toBe("Archive");
    expect(within(screen.getByTestId("confirm")).getByText("Cancel")).toBeDefined();
  });

  it("refuses to ask nothing", async () => {
    const { runtime } = fakeRuntime();
    await expect(runtime.client.confirm({})).rejects.toThrow("confirm needs a title or a text");
  });
});

describe("a bulk action's progress", () => {
  it("updates one toast in place, records each text, and lets it go when done", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { runtime, backend } = fakeRuntime();
    renderWithRuntime(runtime, null);
    const action = {
      id: "enrich",
      label: "Enrich",
      onTrigger: async ({ runRecordBatches }: { runRecordBatches?: unknown }) => {
        const run = runRecordBatches as (
          options: object,
          worker: (batch: { recordIds: string[] }) => Promise<number>,
        ) => Promise<unknown>;
        await run(
          {
            batchSize: 1,
            onProgress: ({ processedRecords, totalRecords }: Record<string, number>) =>
              `Enriched ${processedRecords} of ${totalRecords}`,
          },
          async ({ recordIds }) => recordIds.length,
        );
      },
    };

    await act(() => runtime.runBulkRecordAction(action, ["a", "b", "c"], "people"));

    expect(screen.getAllByTestId("toast")).toHaveLength(1);
    expect(screen.getByTestId("toast").textContent).toContain("Enriched 3 of 3");
    const toasts = backend.calls("RecordNotification").filter((call) => call[1] === "toast");
    expect(toasts.map((call) => (call[2] as { title: string }).title)).toEqual([
      "Enriched 1 of 3",
      "Enriched 2 of 3",
      "Enriched 3 of 3",
    ]);
    expect(toasts.every((call) => call[0] === "call-1")).toBe(true);
    act(() => vi.advanceTimersByTime(4000));
    expect(screen.queryByTestId("toast")).toBeNull();
  });
});
