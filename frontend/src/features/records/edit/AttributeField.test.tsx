import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AttioObject, Attribute } from "../../../api/types";
import { company, person, personAttributes } from "../../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../../test/runtimeHarness";
import { RecordPage } from "../RecordPage";

const people: AttioObject = {
  id: "obj-people",
  slug: "people",
  singularNoun: "Person",
  pluralNoun: "People",
};

const attributes: Attribute[] = [
  ...personAttributes.map((a) =>
    a.slug === "alc_status"
      ? {
          ...a,
          options: [
            { id: "o1", title: "Pending" },
            { id: "o2", title: "Complete" },
          ],
        }
      : a,
  ),
  { ...personAttributes[0], id: "a-vip", slug: "vip", title: "VIP", type: "checkbox" },
  { ...personAttributes[0], id: "a-c", slug: "created_at", title: "Created at", type: "timestamp" },
];

const ada = person("rec-ada", "Ada Lovelace", {
  phone_numbers: [
    {
      attribute_type: "phone-number",
      original_phone_number: "+14155550101",
      normalized_phone_number: "+14155550101",
    },
  ],
});

function setup(update: (...args: never[]) => unknown = () => ada) {
  const { backend, runtime } = fakeRuntime({
    GetRecord: () => ada,
    UpdateRecord: update,
    ListRecords: () => [company("rec-acme", "Acme Inc")],
    SearchRecords: () => [company("rec-acme", "Acme Inc"), company("rec-tide", "Tidewater")],
  });
  renderWithRuntime(
    runtime,
    <RecordPage object={people} recordId="rec-ada" attributes={attributes} manifest={null} />,
  );
  return backend;
}

async function edit(slug: string) {
  fireEvent.click(await screen.findByTestId(`edit-${slug}`));
  return screen.getByTestId(`editor-${slug}`);
}

describe("editing a record's attributes in place", () => {
  it("replaces a phone number, writing every number with overwrite", async () => {
    const backend = setup();
    const editor = await edit("phone_numbers");

    fireEvent.click(within(editor).getByRole("button", { name: "Remove +14155550101" }));
    fireEvent.change(within(editor).getByLabelText("Add to Phone numbers"), {
      target: { value: "+447700900999" },
    });
    await act(async () => fireEvent.click(screen.getByTestId("save-phone_numbers")));

    expect(backend.calls("UpdateRecord")).toEqual([
      ["people", "rec-ada", { phone_numbers: ["+447700900999"] }, true],
    ]);
    await waitFor(() => expect(screen.queryByTestId("editor-phone_numbers")).toBeNull());
  });

  it("shows the validation message under the field and keeps the editor open", async () => {
    setup(() => {
      throw new Error(
        'phone_numbers: "12345" is not a valid phone number: ' +
          "it must start with + and a country code",
      );
    });
    const editor = await edit("phone_numbers");
    fireEvent.change(within(editor).getByLabelText("Add to Phone numbers"), {
      target: { value: "12345" },
    });
    fireEvent.keyDown(within(editor).getByLabelText("Add to Phone numbers"), { key: "Enter" });
    fireEvent.click(screen.getByTestId("save-phone_numbers"));

    const error = await screen.findByTestId("attribute-error-phone_numbers");
    expect(error.textContent).toBe(
      '"12345" is not a valid phone number: it must start with + and a country code',
    );
    expect(screen.getByTestId("editor-phone_numbers")).toBeDefined();
  });

  it("cancels on Escape without writing", async () => {
    const backend = setup();
    const editor = await edit("name");
    fireEvent.change(within(editor).getByLabelText("First name"), { target: { value: "Augusta" } });
    fireEvent.keyDown(within(editor).getByLabelText("First name"), { key: "Escape" });

    expect(screen.queryByTestId("editor-name")).toBeNull();
    expect(backend.calls("UpdateRecord")).toEqual([]);
  });

  it("writes a select option by its title, and none to clear it", async () => {
    const backend = setup();
    const editor = await edit("alc_status");
    fireEvent.change(within(editor).getByLabelText("ALC status"), { target: { value: "Pending" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-alc_status")));

    const again = await edit("alc_status");
    fireEvent.change(within(again).getByLabelText("ALC status"), { target: { value: "" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-alc_status")));

    expect(backend.calls("UpdateRecord").map((args) => args[2])).toEqual([
      { alc_status: "Pending" },
      { alc_status: null },
    ]);
  });

  it("saves a checkbox as soon as it is clicked", async () => {
    const backend = setup();
    const box = within(await screen.findByTestId("edit-vip")).getByRole("checkbox");
    await act(async () => fireEvent.click(box));
    expect(backend.calls("UpdateRecord")).toEqual([["people", "rec-ada", { vip: true }, true]]);
  });

  it("points a reference at a record found by search", async () => {
    const backend = setup();
    const editor = await edit("company");
    fireEvent.change(within(editor).getByLabelText("Search companies"), {
      target: { value: "tide" },
    });
    fireEvent.mouseDown(await screen.findByText("Tidewater"));
    await act(async () => fireEvent.click(screen.getByTestId("save-company")));

    expect(backend.calls("SearchRecords").at(-1)).toEqual(["companies", "tide", 8]);
    expect(backend.calls("UpdateRecord")).toEqual([
      [
        "people",
        "rec-ada",
        { company: { target_object: "companies", target_record_id: "rec-tide" } },
        true,
      ],
    ]);
  });

  it("leaves values Attio sets itself read-only", async () => {
    setup();
    await screen.findByTestId("record-page");
    expect(screen.queryByTestId("edit-created_at")).toBeNull();
    expect(screen.getByTestId("attribute-created_at")).toBeDefined();
  });
});
