import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { AttioObject, AttioRecord, RecordQuery } from "../../api/types";
import { person, personAttributes } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { ObjectView } from "./ObjectView";

const people: AttioObject = {
  id: "obj-people",
  slug: "people",
  singularNoun: "Person",
  pluralNoun: "People",
};

function workspace(size: number) {
  let names = (index: number) => `Person ${index}`;
  const records = (): AttioRecord[] =>
    Array.from({ length: size }, (_, index) => person(`r${index}`, names(index)));
  return {
    QueryRecords: (_object: string, query: RecordQuery) => {
      const all = records();
      if (query.sorts?.[0]?.direction === "desc") all.reverse();
      return all.slice(query.offset, query.offset + query.limit);
    },
    CountRecords: () => size,
    Attributes: () => personAttributes,
    GetRecord: (_object: string, id: string) => records().find((r) => r.id.record_id === id),
    rename: (to: (index: number) => string) => (names = to),
  };
}

function setup(size = 1000, extra: Record<string, (...args: never[]) => unknown> = {}) {
  const data = workspace(size);
  const opened: string[] = [];
  const { backend, runtime } = fakeRuntime({ ...data, ...extra });
  renderWithRuntime(
    runtime,
    <ObjectView object={people} recordId="r0" manifest={null} onOpen={(id) => opened.push(id)} />,
  );
  return { backend, data, opened };
}

const rowNames = () =>
  screen
    .getAllByTestId("record-row")
    .map((row) => within(row).getAllByText(/Person|Renamed/)[0].textContent);

const queries = (backend: ReturnType<typeof setup>["backend"]) =>
  backend.calls("QueryRecords").map((args) => args[1] as RecordQuery);

beforeEach(() => {
  window.location.hash = "#/people/r0";
  window.localStorage.clear();
});

describe("an object's record list", () => {
  it("shows the count and draws only the rows in view of a long list", async () => {
    const { backend } = setup(100_000);

    await waitFor(() => expect(screen.getByTestId("record-count").textContent).toBe("100,000"));
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));
    expect(screen.getAllByTestId("record-row").length).toBeLessThan(60);
    expect(queries(backend).map((q) => [q.offset, q.limit])).toEqual([[0, 100]]);
  });

  it("fetches the page of the rows scrolled to", async () => {
    const { backend } = setup(100_000);
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    const scroller = document.querySelector(".record-list__scroll")!;
    act(() => {
      scroller.scrollTop = 36 * 50_000;
      fireEvent.scroll(scroller);
    });

    await waitFor(() => expect(rowNames()).toContain("Person 50010"));
    expect(queries(backend).map((q) => q.offset)).toContain(50_000);
  });

  it("sorts by a column when its heading is clicked, descending on the second click", async () => {
    const { backend } = setup(300);
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    fireEvent.click(screen.getByTestId("sort-name"));
    fireEvent.click(screen.getByTestId("sort-name"));

    await waitFor(() => expect(rowNames()[0]).toBe("Person 299"));
    expect(queries(backend).at(-1)?.sorts).toEqual([{ attribute: "name", direction: "desc" }]);
    expect(screen.getByTestId("sort-name").closest("th")?.getAttribute("aria-sort")).toBe(
      "descending",
    );
  });

  it("asks the backend to search the text of the records", async () => {
    const { backend } = setup(30);
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    fireEvent.change(screen.getByTestId("record-search"), { target: { value: "lovelace" } });

    await waitFor(() => expect(queries(backend).at(-1)?.search).toBe("lovelace"));
    expect(queries(backend).at(-1)?.filter).toBeUndefined();
  });

  it("filters by an attribute, operator and value", async () => {
    const { backend } = setup(30);
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    fireEvent.click(screen.getByTestId("filter-button"));
    fireEvent.click(screen.getByTestId("add-filter"));
    const condition = screen.getByTestId("filter-condition");
    fireEvent.change(within(condition).getByLabelText("Attribute"), {
      target: { value: "alc_status" },
    });
    fireEvent.change(within(condition).getByLabelText("Operator"), { target: { value: "empty" } });

    await waitFor(() =>
      expect(queries(backend).at(-1)?.filter).toEqual({
        $not: { alc_status: { $not_empty: true } },
      }),
    );
    expect(screen.getByTestId("filter-button").textContent).toContain("Filters · 1");
  });

  it("shows the columns chosen, and remembers them for the object", async () => {
    setup(5);
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));
    const headings = () =>
      [...document.querySelectorAll(".record-list__head th")].map((th) => th.textContent);
    expect(headings()).toEqual(["", "Name", "Email addresses", "Company", "ALC status"]);

    fireEvent.click(screen.getByTestId("columns-button"));
    const picker = screen.getByTestId("column-picker");
    expect(within(picker).queryByText("Name")).toBeNull();
    fireEvent.click(within(picker).getByLabelText(/Company/));
    fireEvent.click(within(picker).getByLabelText(/Phone numbers/));

    expect(headings()).toEqual(["", "Name", "Email addresses", "ALC status", "Phone numbers"]);
    expect(JSON.parse(window.localStorage.getItem("attio-studio:columns:people")!)).toEqual([
      "email_addresses",
      "alc_status",
      "phone_numbers",
    ]);
  });

  it("shows the exact count of a short list when the backend cannot count", async () => {
    setup(40, {
      CountRecords: () => {
        throw new Error('The studio has no method "CountRecords"');
      },
    });
    await waitFor(() => expect(screen.getByTestId("record-count").textContent).toBe("40"));
  });

  it("reloads the rows in view when the backend says the records changed", async () => {
    const { backend, data } = setup(50);
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    data.rename((index) => `Renamed ${index}`);
    act(() =>
      backend.emit("records-changed", { kind: "updated", object: "people", recordId: "r3" }),
    );

    await waitFor(() => expect(rowNames()[0]).toBe("Renamed 0"));
  });

  it("creates a record from the form and opens it", async () => {
    const created = person("r-new", "Mary Somerville");
    const { backend, opened } = setup(5, { CreateRecord: () => created });
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    fireEvent.click(screen.getByTestId("new-record"));
    const form = screen.getByTestId("create-record");
    fireEvent.change(within(form).getByLabelText("First name"), { target: { value: "Mary" } });
    fireEvent.change(within(form).getByLabelText("Last name"), {
      target: { value: "Somerville" },
    });
    fireEvent.change(within(form).getByLabelText("Add to Email addresses"), {
      target: { value: "mary@example.com" },
    });
    fireEvent.click(screen.getByTestId("studio-dialog-ok"));

    await waitFor(() => expect(opened).toContain("r-new"));
    expect(backend.calls("CreateRecord")).toEqual([
      [
        "people",
        {
          name: { first_name: "Mary", last_name: "Somerville", full_name: "Mary Somerville" },
          email_addresses: ["mary@example.com"],
        },
      ],
    ]);
    expect(screen.queryByTestId("studio-dialog")).toBeNull();
  });

  it("shows why a new record was refused next to its field", async () => {
    setup(5, {
      CreateRecord: () => {
        throw new Error('phone_numbers: "12345" is not a valid phone number');
      },
    });
    await waitFor(() => expect(rowNames()[0]).toBe("Person 0"));

    fireEvent.click(screen.getByTestId("new-record"));
    const form = screen.getByTestId("create-record");
    fireEvent.change(within(form).getByLabelText("Add to Phone numbers"), {
      target: { value: "12345" },
    });
    fireEvent.click(screen.getByTestId("studio-dialog-ok"));

    const error = await within(form).findByTestId("attribute-error-phone_numbers");
    expect(error.textContent).toBe('"12345" is not a valid phone number');
    expect(screen.getByTestId("studio-dialog")).toBeDefined();
  });
});
