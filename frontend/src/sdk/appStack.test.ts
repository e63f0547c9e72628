import { describe, expect, it } from "vitest";
import { appStack } from "./appStack";
import { bundleLineOffset, bundleUrl } from "./host";
import { SourceMap } from "./sourceMap";

const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += chars[digit];
  } while (rest > 0);
  return out;
}

// Bundle line 1 maps to src/card.tsx:1:1 and line 3, column 5 to src/card.tsx:10:3; line 2
// is the studio's own entry.
const map = {
  version: 3,
  sources: ["src/card.tsx", "<attio-studio-entry>"],
  mappings: [
    [0, 0, 0, 0].map(vlq).join(""),
    [0, 1, 0, 0].map(vlq).join(""),
    [4, -1, 9, 2].map(vlq).join(""),
  ].join(";"),
};
const code = `x;\ny;\nz;\n//# sourceMappingURL=data:application/json;base64,${btoa(JSON.stringify(map))}`;

describe("appStack", () => {
  it("maps the bundle's frames into the app's files and drops the studio's frames", () => {
    const line = (n: number) => n + bundleLineOffset();
    const stack = [
      "TypeError: record is undefined",
      `    at Card (${bundleUrl}:${line(3)}:5)`,
      `    at entry (${bundleUrl}:${line(2)}:1)`,
      "    at renderWithHooks (http://localhost/assets/index.js:1:2000)",
    ].join("\n");

    expect(appStack(stack, SourceMap.fromCode(code))).toBe(
      "TypeError: record is undefined\n    at Card (src/card.tsx:10:3)",
    );
  });

  it("leaves a stack without bundle frames, or without a map, as it is", () => {
    const stack = "Error: x\n    at studio (http://localhost/assets/index.js:1:1)";
    expect(appStack(stack, SourceMap.fromCode(code))).toBe(stack);
    expect(appStack(stack, SourceMap.fromCode("no map here"))).toBe(stack);
  });
});
