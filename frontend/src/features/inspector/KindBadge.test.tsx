import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { KindBadge } from "./KindBadge";

describe("KindBadge", () => {
  it.each([
    ["record-action", "action"],
    ["record-tab", "tab"],
    ["object-action", "object action"],
    ["call-recording-text-action", "text action"],
    ["something-new", "something-new"],
  ])("labels %s as %s", (kind, label) => {
    render(<KindBadge kind={kind} />);
    expect(screen.getByText(label)).toBeTruthy();
  });

  it("colours every surface kind the page starts", () => {
    const { container } = render(
      <>
        <KindBadge kind="record-tab" />
        <KindBadge kind="object-action" />
        <KindBadge kind="call-recording-text-action" />
      </>,
    );
    expect(container.querySelectorAll(".tag--grey")).toHaveLength(0);
  });
});
