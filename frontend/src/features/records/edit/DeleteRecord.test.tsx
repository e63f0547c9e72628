import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { AttioObject } from "../../../api/types";
import { person, personAttributes } from "../../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../../test/runtimeHarness";
import { RecordPage } from "../RecordPage";

const people: AttioObject = {
  id: "obj-people",
  slug: "people",
  singularNoun: "Person",
  pluralNoun: "People",
};

function setup() {
  const { backend, runtime } = fakeRuntime({
    GetRecord: () => person("rec-ada", "Ada Lovelace"),
    DeleteRecord: () => null,
  });
  renderWithRuntime(
    runtime,
    <RecordPage object={people} recordId="rec-ada" attributes={personAttributes} manifest={null} />,
  );
  return backend;
}

beforeEach(() => {
  window.location.hash = "#/people/rec-ada";
});

describe("deleting a record", () => {
  it("asks first, deletes, and goes back to the list", async () => {
    const backend = setup();
    fireEvent.click(await screen.findByTestId("delete-record"));
    expect(screen.getByTestId("studio-dialog").textContent).toContain("Delete Ada Lovelace?");

    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("DeleteRecord")).toEqual([["people", "rec-ada"]]);
    expect(window.location.hash).toBe("#/people");
  });

  it("says so when the app's code deletes the open record", async () => {
    const backend = setup();
    await screen.findByTestId("record-title");

    act(() =>
      backend.emit("records-changed", { kind: "deleted", object: "people", recordId: "rec-ada" }),
    );

    await waitFor(() =>
      expect(screen.getByTestId("record-page").textContent).toBe("This person was deleted."),
    );
  });

  it("reloads the record when the workspace is reset", async () => {
    const backend = setup();
    await screen.findByTestId("record-title");
    const before = backend.calls("GetRecord").length;

    act(() => backend.emit("records-changed", { kind: "reset", object: "", recordId: "" }));

    await waitFor(() => expect(backend.calls("GetRecord").length).toBe(before + 1));
  });
});
