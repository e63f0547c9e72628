import { render, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AssetIconLoader, AttioIcon, isAssetIcon, isAttioIconName } from "./AttioIcon";
import { attioIcons } from "./attioIcons";

describe("AttioIcon", () => {
  it("draws each of the SDK's 311 icon names with an icon of its own", () => {
    const names = Object.keys(attioIcons);
    expect(names).toHaveLength(311);
    for (const name of names) {
      const { container, unmount } = render(<AttioIcon name={name} />);
      const svg = container.querySelector("svg");
      expect(svg, name).not.toBeNull();
      expect(svg?.dataset.icon).toBe(name);
      unmount();
    }
  });

  it.each([
    { name: "Send", known: true, asset: false },
    { name: "send", known: false, asset: false },
    { name: "logo.png", known: false, asset: true },
    { name: "toString", known: false, asset: false },
  ])("$name: known $known, asset $asset", ({ name, known, asset }) => {
    expect(isAttioIconName(name)).toBe(known);
    expect(isAssetIcon(name)).toBe(asset);
  });

  it("draws the default icon for a name it does not know", () => {
    const { container } = render(<AttioIcon name="Sparkle" />);
    expect(container.querySelector("svg")?.dataset.icon).toBe("fallback");
  });

  it("draws the app's image an asset icon names, and the default icon until then", async () => {
    let resolve!: (url: string) => void;
    const load = (name: string) =>
      name === "logo.png" ? new Promise<string>((r) => (resolve = r)) : Promise.reject(new Error());
    const { container } = render(
      <AssetIconLoader value={load}>
        <AttioIcon name="logo.png" size={16} />
        <AttioIcon name="missing.png" />
      </AssetIconLoader>,
    );
    expect([...container.querySelectorAll("svg")].map((svg) => svg.dataset.icon)).toEqual([
      "fallback",
      "fallback",
    ]);
    resolve("data:image/png;base64,AAAA");
    await waitFor(() => expect(container.querySelector("img")).not.toBeNull());
    const image = container.querySelector("img")!;
    expect(image.getAttribute("src")).toBe("data:image/png;base64,AAAA");
    expect(image.dataset.icon).toBe("logo.png");
    expect(container.querySelectorAll("svg")).toHaveLength(1);
  });

  it("fills the filled shapes", () => {
    const { container } = render(<AttioIcon name="CircleFilled" />);
    expect(container.querySelector("svg")?.getAttribute("fill")).toBe("currentColor");
  });
});
