import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeRuntime } from "../../test/runtimeHarness";
import { renderSuspending, settle } from "../testing/renderInSurface";
import { useAsyncCache } from "./asyncCache";
import { Button } from "./components/Button";
import { TextBlock } from "./components/TextBlock";
import { useRecord, useRecords } from "./hooks";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("useAsyncCache", () => {
  it("runs every function at once and suspends until all have resolved", async () => {
    const quote = deferred<string>();
    const count = deferred<number>();
    const started: string[] = [];
    function Card() {
      const { values } = useAsyncCache({
        quote: async () => (started.push("quote"), quote.promise),
        count: [async (n: number) => (started.push(`count ${n}`), count.promise), 2],
      });
      return <TextBlock>{`${values.quote} ×${values.count}`}</TextBlock>;
    }
    await renderSuspending(<Card />);
    await waitFor(() => expect(started).toEqual(["quote", "count 2"]));
    expect(screen.getByTestId("suspended")).toBeDefined();
    quote.resolve("Carpe diem");
    await settle();
    expect(screen.getByTestId("suspended")).toBeDefined();
    count.resolve(3);
    await settle();
    expect(screen.getByText("Carpe diem ×3")).toBeDefined();
  });

  it("caches per key and arguments, and invalidate refetches only that key", async () => {
    const calls: string[] = [];
    const fetchQuote = async (id: string) => (calls.push(`quote ${id}`), `quote of ${id}`);
    const fetchUser = async () => (calls.push("user"), "Ada");
    function Card() {
      const { values, invalidate } = useAsyncCache({ quote: [fetchQuote, "r1"], user: fetchUser });
      return (
        <>
          <TextBlock>{`${values.quote} for ${values.user}`}</TextBlock>
          <Button label="Refresh" onClick={() => invalidate("quote")} />
        </>
      );
    }
    await renderSuspending(<Card />);
    await settle();
    expect(screen.getByText("quote of r1 for Ada")).toBeDefined();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Refresh" })));
    await settle();
    expect(screen.getByText("quote of r1 for Ada")).toBeDefined();
    expect(calls).toEqual(["quote r1", "user", "quote r1"]);
  });

  it("throws a rejection to the surface's error boundary", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    function Card() {
      useAsyncCache({ broken: async () => Promise.reject(new Error("upstream is down")) });
      return null;
    }
    await renderSuspending(<Card />);
    await settle();
    expect(screen.getByTestId("render-error").textContent).toBe("upstream is down");
    vi.restoreAllMocks();
  });
});

describe("useQuery", () => {
  it("suspends, then gives the data, asking the backend once per query and variables", async () => {
    const { runtime, backend } = fakeRuntime({
      RunQuery: () => ({ data: { person: { name: { full_name: "Ada Lovelace" } } } }),
    });
    function Name() {
      const data = runtime.client.useQuery("query P($id: String!) { person(id: $id) { name } }", {
        id: "r1",
      }) as { person: { name: { full_name: string } } };
      return <TextBlock>{data.person.name.full_name}</TextBlock>;
    }
    await renderSuspending(
      <>
        <Name />
        <Name />
      </>,
      { runtime, callId: "call-widget" },
    );
    await settle();
    expect(screen.getAllByText("Ada Lovelace")).toHaveLength(2);
    expect(backend.calls("RunQuery")).toHaveLength(1);
    expect(backend.calls("RunQuery")[0][2]).toBe("call-widget");
  });
});

describe("useRecord, useRecords and useWorkspace", () => {
  it("tell the surface's record, records and workspace", async () => {
    const { runtime } = fakeRuntime({
      RunQuery: () => ({ data: { currentWorkspace: { name: "Acme", slug: "acme" } } }),
    });
    const scope = runtime.scope("call-1", { recordIds: ["a", "b"], object: "deals" });
    function Show() {
      const record = useRecord();
      const records = useRecords();
      const workspace = runtime.client.useWorkspace();
      return <TextBlock>{JSON.stringify({ record, records, workspace })}</TextBlock>;
    }
    const { SurfaceScopeContext } = await import("../surfaceScope");
    await renderSuspending(
      <SurfaceScopeContext value={scope}>
        <Show />
      </SurfaceScopeContext>,
      { runtime },
    );
    await settle();
    const text = screen.getByText(/workspace/).textContent!;
    expect(JSON.parse(text)).toEqual({
      record: { recordId: "", object: "deals" },
      records: { recordIds: ["a", "b"], object: "deals" },
      workspace: { workspaceName: "Acme", workspaceSlug: "acme" },
    });
  });

  it("warn, once each, that Attio does not export them", () => {
    const { runtime } = fakeRuntime();
    const client = runtime.client;
    void [client.useRecord, client.useRecord, client.useWorkspace];
    expect(runtime.appErrors.warnings.get().map((w) => w.title)).toEqual([
      "useRecord is not exported by attio/client",
      "useWorkspace is not exported by attio/client",
    ]);
  });
});
