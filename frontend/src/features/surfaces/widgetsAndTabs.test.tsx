import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { TextBlock } from "../../sdk/client/components/TextBlock";
import { Widget } from "../../sdk/client/components/Widget";
import { settle } from "../../sdk/testing/renderInSurface";
import { personAttributes } from "../../test/fixtures";
import { RecordTabs } from "./RecordTabs";
import { RecordWidgets } from "./RecordWidgets";
import { renderStudioView, runtimeWith } from "./testApp";

function widgets(runtime: Parameters<typeof renderStudioView>[0]) {
  return renderStudioView(
    runtime,
    <RecordWidgets object="people" recordId="rec-1" attributes={personAttributes} generation="1" />,
  );
}

describe("record widgets", () => {
  it("mounts each widget under its own call and records a click as a call of its own", async () => {
    const onTrigger = vi.fn();
    const Card = ({ recordId }: { recordId: string }) => (
      <Widget.TextWidget onTrigger={onTrigger}>
        <Widget.Title>Lead score</Widget.Title>
        <Widget.Text.Primary>{`92 for ${recordId}`}</Widget.Text.Primary>
      </Widget.TextWidget>
    );
    const { runtime, backend } = runtimeWith({
      widgets: [{ id: "score", label: "Score", Widget: Card }],
    });
    await act(async () => void widgets(runtime));
    await settle();
    expect(screen.getByTestId("widget-score").textContent).toContain("92 for rec-1");
    expect(backend.calls("StartCall")[0]).toEqual([
      "widget",
      "score",
      { recordId: "rec-1", object: "people" },
      "",
    ]);
    expect(backend.calls("FinishCall")).toEqual([["call-1", null]]);

    await act(async () => fireEvent.click(screen.getByRole("button")));
    await settle();
    expect(onTrigger).toHaveBeenCalledOnce();
    expect(backend.calls("StartCall")[1]![3]).toBe("");
    expect(backend.calls("StartCall")[1]![2]).toMatchObject({ event: "click" });
  });

  it("shows Widget.Loading while the widget suspends", async () => {
    let resolve!: () => void;
    const pending = new Promise<void>((done) => (resolve = done));
    const { use } = await import("react");
    const Slow = () => {
      use(pending);
      return (
        <Widget.TextWidget>
          <Widget.Title>Ready</Widget.Title>
        </Widget.TextWidget>
      );
    };
    const { runtime } = runtimeWith({ widgets: [{ id: "slow", label: "Slow", Widget: Slow }] });
    await act(async () => void widgets(runtime));
    expect(screen.getByLabelText("Loading widget")).toBeDefined();
    resolve();
    await settle();
    expect(screen.getByText("Ready")).toBeDefined();
  });

  it("waits for a root behind the widget's own Suspense, ending its call when the root shows", async () => {
    let resolve!: () => void;
    const pending = new Promise<void>((done) => (resolve = done));
    const { Suspense, use } = await import("react");
    const Inner = () => {
      use(pending);
      return (
        <Widget.TextWidget>
          <Widget.Title>Loaded</Widget.Title>
        </Widget.TextWidget>
      );
    };
    const Own = () => (
      <Suspense fallback={<Widget.Loading />}>
        <Inner />
      </Suspense>
    );
    const { runtime, backend } = runtimeWith({
      widgets: [{ id: "own", label: "Own", Widget: Own }],
    });
    await act(async () => void widgets(runtime));
    await settle();
    expect(screen.getByLabelText("Loading widget")).toBeDefined();
    expect(backend.calls("FinishCall")).toEqual([]);
    resolve();
    await settle();
    expect(screen.getByText("Loaded")).toBeDefined();
    expect(backend.calls("FinishCall")).toEqual([["call-1", null]]);
  });

  it.each([
    {
      name: "no Widget root",
      Widget: () => <TextBlock>plain</TextBlock>,
      error: 'The widget "Bad" must return a Widget root such as <Widget.TextWidget>',
    },
    {
      name: "a render error",
      Widget: () => {
        throw new TypeError("score is undefined");
      },
      error: "score is undefined",
    },
  ])("shows $name in place and finishes its call with it", async ({ Widget: Bad, error }) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { runtime, backend } = runtimeWith({
      widgets: [{ id: "bad", label: "Bad", Widget: Bad }],
    });
    await act(async () => void widgets(runtime));
    await settle();
    expect(screen.getByTestId("widget-bad").textContent).toContain(error);
    expect(backend.calls("FinishCall")[0]![1]).toMatchObject({
      message: expect.stringContaining(error),
    });
    vi.restoreAllMocks();
  });
});

describe("record tabs", () => {
  const details = <p>Record details</p>;

  it("shows only the page's details when the app has no tab for the record", () => {
    const { runtime } = runtimeWith({
      recordTabs: [{ id: "t", label: "T", objects: "deals", Tab: () => null }],
    });
    renderStudioView(
      runtime,
      <RecordTabs object="people" recordId="r" attributes={personAttributes}>
        {details}
      </RecordTabs>,
    );
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.getByText("Record details")).toBeDefined();
  });

  it("adds the app's tabs after Overview and mounts a tab under its own call", async () => {
    const Tab = ({ recordId }: { recordId: string }) => (
      <TextBlock>{`Invoices of ${recordId}`}</TextBlock>
    );
    const { runtime, backend } = runtimeWith({
      recordTabs: [{ id: "invoices", label: "Invoices", Tab }],
    });
    renderStudioView(
      runtime,
      <RecordTabs object="people" recordId="rec-9" attributes={personAttributes}>
        {details}
      </RecordTabs>,
    );
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual([
      "Overview",
      "Invoices",
    ]);
    await act(async () => fireEvent.click(screen.getByTestId("record-tab-invoices")));
    await settle();
    expect(screen.getByText("Invoices of rec-9")).toBeDefined();
    expect(screen.queryByText("Record details")).toBeNull();
    expect(backend.calls("StartCall")[0]!.slice(0, 2)).toEqual(["record-tab", "invoices"]);
    fireEvent.click(screen.getByTestId("record-tab-overview"));
    expect(screen.getByText("Record details")).toBeDefined();
  });
});
