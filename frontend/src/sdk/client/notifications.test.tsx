import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";

afterEach(() => vi.useRealTimers());

describe("showToast", () => {
  it("draws the toast and records it under the running action, when it was shown", async () => {
    const { backend, runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.calls.begin("call-9");
    const before = Date.now();

    await act(() =>
      runtime.client.showToast({ variant: "success", title: "Sent to ALC", text: "Jane Doe" }),
    );

    const toast = within(screen.getByTestId("toasts")).getByTestId("toast");
    expect(toast.textContent).toContain("Sent to ALC");
    expect(toast.textContent).toContain("Jane Doe");
    expect(toast.dataset.variant).toBe("success");
    expect(backend.calls("RecordNotification")).toEqual([
      [
        "call-9",
        "toast",
        {
          variant: "success",
          title: "Sent to ALC",
          text: "Jane Doe",
          durationMs: 4000,
          dismissable: true,
          action: undefined,
        },
        expect.any(Number),
      ],
    ]);
    const shownAt = backend.calls("RecordNotification")[0][3] as number;
    expect(shownAt).toBeGreaterThanOrEqual(before);
    expect(shownAt).toBeLessThanOrEqual(Date.now());
  });

  it("hideToast removes the toast and records the hide", async () => {
    const { backend, runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.calls.begin("call-1");

    const { hideToast } = await act(() =>
      runtime.client.showToast({ variant: "neutral", title: "Loading…", durationMs: Infinity }),
    );
    expect(screen.getAllByTestId("toast")).toHaveLength(1);
    await act(() => hideToast());

    expect(screen.queryByTestId("toast")).toBeNull();
    expect(backend.calls("RecordNotification").map((args) => args[1])).toEqual([
      "toast",
      "hide-toast",
    ]);
    expect(backend.calls("RecordNotification")[0][2]).toMatchObject({ durationMs: "Infinity" });
  });

  it.each([
    { name: "after the default 4 s", durationMs: undefined, goneAfter: 4000 },
    { name: "after its own duration", durationMs: 1500, goneAfter: 1500 },
  ])("disappears $name", async ({ durationMs, goneAfter }) => {
    vi.useFakeTimers();
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);

    await act(() => runtime.client.showToast({ variant: "warning", title: "Careful", durationMs }));
    act(() => vi.advanceTimersByTime(goneAfter - 1));
    expect(screen.queryByTestId("toast")).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByTestId("toast")).toBeNull();
  });
});

describe("alert and confirm", () => {
  it("alert resolves only when the user presses OK", async () => {
    const { backend, runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.calls.begin("call-3");

    let resolved = false;
    let pending!: Promise<void>;
    act(() => {
      pending = runtime.client.alert({
        title: "Done",
        text: "All records synced",
        okLabel: "Great",
      });
      void pending.then(() => (resolved = true));
    });
    const modal = screen.getByTestId("alert");
    expect(modal.textContent).toContain("All records synced");
    await act(() => Promise.resolve());
    expect(resolved).toBe(false);

    fireEvent.click(within(modal).getByText("Great"));
    await act(() => pending);
    expect(resolved).toBe(true);
    expect(screen.queryByTestId("alert")).toBeNull();
    expect(backend.calls("RecordNotification")[0].slice(0, 2)).toEqual(["call-3", "alert"]);
  });

  it.each([
    { button: "Delete", want: true },
    { button: "Keep", want: false },
  ])("confirm resolves $want when the user presses $button", async ({ button, want }) => {
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);

    let answer!: Promise<boolean>;
    act(() => {
      answer = runtime.client.confirm({
        title: "Delete the note?",
        text: "This cannot be undone.",
        confirmLabel: "Delete",
        cancelLabel: "Keep",
        confirmVariant: "destructive",
      });
    });
    fireEvent.click(within(screen.getByTestId("confirm")).getByText(button));
    await expect(answer).resolves.toBe(want);
  });
});
