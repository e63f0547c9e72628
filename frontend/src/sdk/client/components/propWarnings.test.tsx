import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInSurface } from "../../testing/renderInSurface";
import { Badge } from "./Badge";
import { Button } from "./Button";
import { StatusBadge } from "./StatusBadge";

// Props Attio's types refuse are drawn anyway, each with one warning naming the mistake.
describe("props outside Attio's types", () => {
  it.each([
    {
      element: <Button label="Go" variant={"primary" as "secondary"} />,
      warning: 'The button "Go" has variant "primary"',
    },
    {
      element: <Button label="Go" keyboardHint="F1" />,
      warning: 'The button "Go" has keyboardHint "F1", which is not a KeyboardKey',
    },
    { element: <Badge color="violet">New</Badge>, warning: "A Badge's color is one of amber" },
    {
      element: <StatusBadge color="lavender">Open</StatusBadge>,
      warning: 'or "#RRGGBB"; "lavender" is not',
    },
  ])("warns: $warning", ({ element, warning }) => {
    const { runtime } = renderInSurface(element);
    const warnings = runtime.appErrors.warnings.get();
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(warning);
  });

  it.each([
    <Button key="a" label="Go" variant="destructive" keyboardHint="mod" />,
    <Button key="b" label="Go" keyboardHint="k" />,
    <Badge key="c" color="lavender">
      New
    </Badge>,
    <StatusBadge key="d" color="#1d8a4c">
      Open
    </StatusBadge>,
    <StatusBadge key="e" color="violet">
      Open
    </StatusBadge>,
  ])("does not warn about what the types allow (%#)", (element) => {
    const { runtime } = renderInSurface(element);
    expect(runtime.appErrors.warnings.get()).toEqual([]);
    expect(screen.getByText(/Go|New|Open/)).toBeDefined();
  });
});
