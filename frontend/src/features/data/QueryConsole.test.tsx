import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { person } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { QueryConsole } from "./QueryConsole";

function setup(answer: (...args: never[]) => unknown) {
  const { backend, runtime } = fakeRuntime({
    ListRecords: (object: string) => (object === "people" ? [person("rec-ada", "Ada")] : []),
    RunQuery: answer,
  });
  renderWithRuntime(runtime, <QueryConsole />);
  return backend;
}

beforeEach(() => window.localStorage.clear());

describe("the query console", () => {
  it("starts from the example app's query with a real person's id and shows the data", async () => {
    const backend = setup(() => ({ data: { person: { name: { full_name: "Ada" } } } }));
    await waitFor(() =>
      expect((screen.getByTestId("query-variables") as HTMLTextAreaElement).value).toContain(
        "rec-ada",
      ),
    );

    await act(async () => fireEvent.click(screen.getByTestId("query-run")));

    const [query, variables, parent] = backend.calls("RunQuery")[0];
    expect(query).toContain("person(id: $recordId)");
    expect(variables).toEqual({ recordId: "rec-ada" });
    expect(parent).toBe("");
    expect(screen.getByTestId("query-result").textContent).toContain('"full_name": "Ada"');
  });

  it("lists GraphQL errors with the line and column they point at", async () => {
    setup(() => ({
      data: null,
      errors: [
        {
          message: 'Cannot query field "nope" on type "Person".',
          locations: [{ line: 3, column: 5 }],
        },
      ],
    }));
    fireEvent.change(screen.getByTestId("query-text"), {
      target: { value: 'query {\n  person(id: "x") {\n    nope\n  }\n}' },
    });
    await act(async () =>
      fireEvent.keyDown(screen.getByTestId("query-text"), { key: "Enter", ctrlKey: true }),
    );

    const errors = screen.getByTestId("query-errors");
    expect(errors.textContent).toContain('3:5Cannot query field "nope" on type "Person".');
    fireEvent.click(within(errors).getByRole("button", { name: "3:5" }));
    const editor = screen.getByTestId("query-text") as HTMLTextAreaElement;
    expect(editor.selectionStart).toBe('query {\n  person(id: "x") {\n    '.length);
  });

  it("says when the variables are not a JSON object, without running the query", async () => {
    const backend = setup(() => ({ data: {} }));
    fireEvent.change(screen.getByTestId("query-variables"), { target: { value: "[1, 2]" } });
    await act(async () => fireEvent.click(screen.getByTestId("query-run")));

    expect(screen.getByRole("alert").textContent).toContain("The variables must be a JSON object");
    expect(backend.calls("RunQuery")).toEqual([]);
  });

  it("loads an example's query and variables", async () => {
    setup(() => ({ data: {} }));
    fireEvent.change(screen.getByTestId("query-examples"), { target: { value: "3" } });
    expect((screen.getByTestId("query-text") as HTMLTextAreaElement).value).toContain(
      "experimental_searchCompanies",
    );
    expect(
      JSON.parse((screen.getByTestId("query-variables") as HTMLTextAreaElement).value),
    ).toEqual({ text: "labs" });
  });
});
