import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { manifest, personAttributes } from "../../test/fixtures";
import { RecordActionBar } from "./RecordActionBar";
import { renderStudioView, runtimeWith } from "./testApp";
import { fakeRuntime } from "../../test/runtimeHarness";

const action = (id: string, extra: object = {}) => ({
  id,
  label: `Do ${id}`,
  icon: "Bolt",
  onTrigger: vi.fn(),
  ...extra,
});

function bar(runtime: Parameters<typeof renderStudioView>[0], object = "people") {
  return renderStudioView(
    runtime,
    <RecordActionBar
      object={object}
      recordId="rec-1"
      recordTitle="Ada Lovelace"
      attributes={personAttributes}
      manifest={manifest()}
    />,
  );
}

describe("record actions", () => {
  it("shows three buttons and the rest in the … menu, each running with the record", async () => {
    const actions = ["a", "b", "c", "d"].map((id) => action(id));
    const { runtime } = runtimeWith({ recordActions: actions });
    bar(runtime);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Do a",
      "Do b",
      "Do c",
      "",
    ]);
    fireEvent.click(screen.getByTestId("more-actions"));
    await act(async () => fireEvent.click(screen.getByRole("menuitem", { name: "Do d" })));
    expect(actions[3]!.onTrigger).toHaveBeenCalledWith({ recordId: "rec-1", object: "people" });
  });

  it.each([
    { objects: "companies", shown: false },
    { objects: ["people", "deals"], shown: true },
    { objects: () => false, shown: false },
  ])("honours objects $objects", ({ objects, shown }) => {
    const { runtime } = runtimeWith({ recordActions: [action("x", { objects })] });
    bar(runtime);
    expect(screen.queryByTestId("action-x") !== null).toBe(shown);
  });

  it("shows the manifest's actions disabled while the app's code has not loaded", () => {
    const { runtime } = fakeRuntime();
    renderStudioView(
      runtime,
      <RecordActionBar
        object="people"
        recordId="rec-1"
        recordTitle="Ada"
        attributes={personAttributes}
        manifest={manifest({
          recordActions: [{ id: "send", label: "Send", file: "src/send.tsx", objects: null }],
        })}
      />,
    );
    const button = screen.getByTestId("action-send") as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.title).toContain("has not loaded");
  });

  it("offers every action in the ⌘K palette, found by search and run with Enter", async () => {
    const actions = [action("enrich", { label: "Enrich with Clearbit" }), action("sync")];
    const { runtime } = runtimeWith({ recordActions: actions });
    bar(runtime);
    fireEvent.keyDown(document, { key: "k", ctrlKey: true });
    const palette = screen.getByTestId("command-palette");
    expect(within(palette).getByText("Ada Lovelace")).toBeDefined();
    fireEvent.change(within(palette).getByLabelText("Search actions"), {
      target: { value: "clear" },
    });
    expect(
      within(palette)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Enrich with Clearbit"]);
    await act(async () =>
      fireEvent.keyDown(within(palette).getByLabelText("Search actions"), { key: "Enter" }),
    );
    expect(screen.queryByTestId("command-palette")).toBeNull();
    await waitFor(() => expect(actions[0]!.onTrigger).toHaveBeenCalledOnce());
  });

  it("closes the palette with Escape and does not open it over a dialog", () => {
    const { runtime } = runtimeWith({ recordActions: [action("a")] });
    bar(runtime);
    fireEvent.keyDown(document, { key: "k", metaKey: true });
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByTestId("command-palette")).toBeNull();

    act(() => void runtime.client.showDialog({ title: "Open", Dialog: () => null }));
    fireEvent.keyDown(document, { key: "k", metaKey: true });
    expect(screen.queryByTestId("command-palette")).toBeNull();
  });

  it("warns about a surface icon that is not an AttioIcon when the app loads", () => {
    const { runtime } = fakeRuntime();
    runtime.loadBundle({
      version: 1,
      code: `globalThis.__attioStudioHost.registerSurfaces({ bulkRecordActions: [
        { id: "a", label: "Enrich", icon: "Rocketship", file: "src/enrich.ts" }] })`,
    });
    expect(runtime.appErrors.warnings.get()[0]!.message).toBe(
      '"Enrich" (src/enrich.ts) uses the icon "Rocketship", which is not an AttioIcon name, so ' +
        "the default icon is drawn instead.",
    );
  });
});
