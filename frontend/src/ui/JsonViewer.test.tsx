import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JsonViewer } from "./JsonViewer";

const text = () => screen.getByTestId("json").textContent;

describe("JsonViewer", () => {
  it("shows nested values open to its depth and folds deeper ones", () => {
    render(<JsonViewer testId="json" openDepth={1} value={{ lead: { id: "l1" }, ok: true }} />);
    expect(text()).toContain('"ok": true');
    expect(text()).toContain("1 key");
    expect(text()).not.toContain('"l1"');

    fireEvent.click(screen.getByText("1 key"));
    expect(text()).toContain('"id": "l1"');
  });

  it("folds an open object with its toggle", () => {
    render(<JsonViewer testId="json" value={{ items: [1, 2, 3] }} />);
    expect(text()).toContain("3");
    fireEvent.click(screen.getAllByRole("button", { name: "Fold" })[1]);
    expect(text()).toContain("3 items");
  });

  it.each([
    ["a string", "text", '"text"'],
    ["null", null, "null"],
    ["an empty array", [], "[]"],
  ])("shows %s as JSON", (_name, value, shown) => {
    render(<JsonViewer testId="json" value={value} />);
    expect(text()).toBe(shown);
  });
});
