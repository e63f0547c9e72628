import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeRuntime, renderWithRuntime } from "../test/runtimeHarness";

// Two actions as the studio's build emits them: async functions lowered to generators driven by
// the bundle's free Promise (esbuild's helper, written out), each waiting on a gate the test
// opens. "Slow" also shows a toast from a timer and from a dialog button's async handler.
const appBundle = `(() => {
  var __async = (__this, __arguments, generator) => new Promise((resolve, reject) => {
    var fulfilled = (value) => { try { step(generator.next(value)); } catch (e) { reject(e); } };
    var rejected = (value) => { try { step(generator.throw(value)); } catch (e) { reject(e); } };
    var step = (x) => x.done ? resolve(x.value) : Promise.resolve(x.value).then(fulfilled, rejected);
    step((generator = generator.apply(__this, __arguments)).next());
  });
  const host = globalThis.__attioStudioHost;
  const { jsx } = host.modules["react/jsx-runtime"];
  const { showToast, showDialog, Button } = host.modules["attio/client"];
  const gates = globalThis.__gates;
  const Dialog = () => jsx(Button, { label: "Store", onClick: () => __async(null, null, function* () {
    yield gates.save;
    yield showToast({ variant: "success", title: "saved" });
  }) });
  host.registerSurfaces({
    recordActions: [
      { id: "slow", label: "Slow", onTrigger: () => __async(null, null, function* () {
        yield gates.slow;
        setTimeout(() => void showToast({ variant: "neutral", title: "slow timer" }), 0);
        yield showToast({ variant: "neutral", title: "slow" });
        yield showDialog({ title: "Save", Dialog });
      }) },
      { id: "fast", label: "Fast", onTrigger: () => __async(null, null, function* () {
        yield gates.fast;
        yield showToast({ variant: "neutral", title: "fast" });
      }) },
    ],
  });
})();`;

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe("work after an await", () => {
  it("is recorded under the call that awaited, not the latest one running", async () => {
    const slow = gate();
    const fast = gate();
    const save = gate();
    Object.assign(globalThis, {
      __gates: { slow: slow.promise, fast: fast.promise, save: save.promise },
    });
    let next = 1;
    const { backend, runtime } = fakeRuntime({
      StartCall: (_kind: string, name: string) => `${name}-${next++}`,
    });
    const view = renderWithRuntime(runtime, null);
    runtime.loadBundle({ version: 1, code: appBundle });
    const [slowAction, fastAction] = runtime.app.get().surfaces.recordActions;
    const args = { recordId: "rec-1", object: "people" };

    const slowRun = runtime.runRecordAction(slowAction, args);
    await waitFor(() => expect(backend.calls("StartCall")).toHaveLength(1));
    const fastRun = runtime.runRecordAction(fastAction, args);
    await waitFor(() => expect(backend.calls("StartCall")).toHaveLength(2));

    // "fast" started last, so it is the latest running call while "slow" resumes.
    await act(async () => slow.open());
    await waitFor(() => expect(view.getByText("Store")).toBeDefined());
    act(() => view.getByText("Store").click());
    await act(async () => save.open());
    await act(async () => fast.open());
    await act(() => fastRun);
    await waitFor(() => expect(backend.calls("RecordNotification")).toHaveLength(5));

    const recorded = backend
      .calls("RecordNotification")
      .map(([callId, type, detail]) => `${callId} ${type} ${(detail as { title: string }).title}`);
    expect(recorded.sort()).toEqual([
      "fast-2 toast fast",
      "slow-1 dialog Save",
      "slow-1 toast saved",
      "slow-1 toast slow",
      "slow-1 toast slow timer",
    ]);
    void slowRun;
  });
});
