import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { manifest, personAttributes } from "../../test/fixtures";
import { BulkActionsBar } from "./BulkActionsBar";
import { CallRecordingPage } from "./CallRecordingPage";
import { ObjectActionsBar } from "./ObjectActionsBar";
import { PlatformSwitch } from "./PlatformSwitch";
import { useRecordSelection } from "./selection";
import { renderStudioView, runtimeWith } from "./testApp";

function Checkboxes({ ids }: { ids: string[] }) {
  const { checked, check } = useRecordSelection("people");
  return ids.map((id) => (
    <input
      key={id}
      type="checkbox"
      aria-label={`Select ${id}`}
      checked={checked.has(id)}
      onChange={(event) => check([id], event.target.checked)}
    />
  ));
}

describe("bulk record actions", () => {
  it("appear once records are checked and run on exactly those records", async () => {
    const onTrigger = vi.fn();
    const { runtime } = runtimeWith({
      bulkRecordActions: [{ id: "enrich", label: "Enrich", onTrigger }],
    });
    renderStudioView(
      runtime,
      <>
        <Checkboxes ids={["a", "b", "c", "d"]} />
        <BulkActionsBar object="people" attributes={personAttributes} manifest={manifest()} />
      </>,
    );
    expect(screen.queryByTestId("bulk-actions")).toBeNull();
    for (const id of ["a", "c", "d"]) fireEvent.click(screen.getByLabelText(`Select ${id}`));
    expect(screen.getByTestId("bulk-actions").textContent).toContain("3 selected");
    await act(async () => fireEvent.click(screen.getByTestId("bulk-action-enrich")));
    expect(onTrigger).toHaveBeenCalledWith(
      expect.objectContaining({ recordIds: ["a", "c", "d"], object: "people" }),
    );
    expect(typeof onTrigger.mock.calls[0][0].runRecordBatches).toBe("function");
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(screen.queryByTestId("bulk-actions")).toBeNull();
  });
});

describe("object actions", () => {
  it("run with the object, from the list header", async () => {
    const onTrigger = vi.fn();
    const { runtime, backend } = runtimeWith(
      { objectActions: [{ id: "import", label: "Import leads", icon: "Upload", onTrigger }] },
      { Attributes: () => personAttributes },
    );
    const object = { id: "o", slug: "people", singularNoun: "Person", pluralNoun: "People" };
    renderStudioView(runtime, <ObjectActionsBar object={object} manifest={manifest()} />);
    await act(async () => fireEvent.click(screen.getByTestId("object-action-import")));
    expect(onTrigger).toHaveBeenCalledWith({ object: "people" });
    expect(backend.calls("StartCall")[0]!.slice(0, 3)).toEqual([
      "object-action",
      "import",
      { object: "people" },
    ]);
  });
});

// jsdom does not lay out text, so a selection has no box of its own to float the menu under.
Range.prototype.getBoundingClientRect ??= () => new DOMRect(10, 10, 40, 12);

function select(element: Element, from: number, to: number) {
  const text = element.firstChild!;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  fireEvent.mouseUp(element);
}

describe("the call recording page", () => {
  it("gives a summary action the selected text and its Markdown", async () => {
    const onTrigger = vi.fn();
    const { runtime } = runtimeWith({
      textActions: {
        summary: [{ id: "note", label: "Save as note", onTrigger }],
        insight: [],
        transcript: [],
      },
    });
    renderStudioView(runtime, <CallRecordingPage />);
    const paragraph = screen.getByTestId("call-recording-summary").querySelector("p")!;
    select(paragraph, 0, 11);
    await act(async () => fireEvent.click(screen.getByTestId("text-action-note")));
    await waitFor(() =>
      expect(onTrigger).toHaveBeenCalledWith({ text: "Lumen Healt", markdown: "Lumen Healt" }),
    );
  });

  it("gives a transcript action the selected lines and a link to them", async () => {
    const onTrigger = vi.fn();
    const { runtime } = runtimeWith(
      {
        textActions: {
          summary: [],
          insight: [],
          transcript: [{ id: "quote", label: "Quote", onTrigger }],
        },
      },
      { RunQuery: () => ({ data: { currentWorkspace: { name: "Acme", slug: "acme" } } }) },
    );
    renderStudioView(runtime, <CallRecordingPage />);
    const line = screen
      .getByTestId("call-recording-transcript")
      .querySelectorAll("[data-block]")[1]!;
    select(line, 0, 15);
    await act(async () => fireEvent.click(screen.getByTestId("text-action-quote")));
    await waitFor(() => expect(onTrigger).toHaveBeenCalledOnce());
    expect(onTrigger.mock.calls[0][0]).toEqual({
      transcript: [{ speaker: "Jonas Berg", text: "Our referrals l" }],
      url: "https://app.attio.com/acme/call-recordings/demo-discovery-call?t=31",
    });
  });

  it("says so when the app has no actions for the part", () => {
    const { runtime } = runtimeWith({});
    renderStudioView(runtime, <CallRecordingPage />);
    select(screen.getByTestId("call-recording-insight").querySelector("li")!, 0, 4);
    expect(screen.getByTestId("text-actions").textContent).toContain("no insight text actions");
  });
});

describe("the platform switch", () => {
  it("switches the app's platform and remounts its surfaces", () => {
    const { runtime } = runtimeWith({});
    renderStudioView(runtime, <PlatformSwitch />);
    const mount = runtime.app.get().mount;
    fireEvent.click(screen.getByTestId("platform-mobile-app"));
    expect(runtime.client.platform).toBe("mobile-app");
    expect(runtime.app.get().mount).toBe(mount + 1);
    expect(document.body.dataset.platform).toBe("mobile-app");
    fireEvent.click(screen.getByTestId("platform-web-app"));
    expect(runtime.client.platform).toBe("web-app");
  });
});
