import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderInSurface } from "../../testing/renderInSurface";
import { Badge } from "./Badge";
import { TextBlock } from "./TextBlock";
import { Widget } from "./Widget";

describe("Widget", () => {
  it("draws a text widget with its parts", () => {
    renderInSurface(
      <Widget.TextWidget>
        <Widget.Title>ARR</Widget.Title>
        <Widget.Text.Primary>$12,000</Widget.Text.Primary>
        <Widget.Text.Secondary>up 4%</Widget.Text.Secondary>
        <Badge color="green">Healthy</Badge>
      </Widget.TextWidget>,
    );
    expect(screen.getByText("$12,000").className).toBe("sdk-widget__primary");
    expect(screen.getByText("Healthy")).toBeDefined();
  });

  it.each([
    {
      name: "a part outside a text widget",
      element: <Widget.Title>ARR</Widget.Title>,
      error: "<Widget.Title> belongs inside <Widget.TextWidget>.",
    },
    {
      name: "another SDK component inside it",
      element: (
        <Widget.TextWidget>
          <TextBlock>no</TextBlock>
        </Widget.TextWidget>
      ),
      error: "not <TextBlock>",
    },
    {
      name: "a nested text widget",
      element: (
        <Widget.TextWidget>
          <Widget.TextWidget />
        </Widget.TextWidget>
      ),
      error: "not <Widget.TextWidget>",
    },
  ])("refuses $name", ({ element, error }) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderInSurface(element);
    expect(screen.getByTestId("render-error").textContent).toContain(error);
  });
});
