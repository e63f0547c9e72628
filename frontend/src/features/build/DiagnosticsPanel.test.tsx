import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../api/types";
import { DiagnosticsPanel } from "./DiagnosticsPanel";

const syntaxError: Diagnostic = {
  severity: "error",
  text: 'Expected identifier but found ","',
  file: "src/send-to-alc.tsx",
  line: 9,
  column: 24,
  lineText: '  label: "Send to ALC",,',
  notes: [{ text: "Remove the second comma." }],
};

const unusedImport: Diagnostic = {
  severity: "warning",
  text: '"Forms" is imported but never used',
  file: "src/dialog.tsx",
  line: 2,
  column: 0,
};

describe("the diagnostics panel", () => {
  it("lists each build error with file:line:column, the source line and its notes", () => {
    render(<DiagnosticsPanel diagnostics={[syntaxError, unusedImport]} />);

    const panel = screen.getByTestId("diagnostics");
    expect(panel.textContent).toContain("Build failed: 1 error");
    const [error, warning] = screen.getAllByTestId("diagnostic");
    expect(error.textContent).toContain("src/send-to-alc.tsx:9:24");
    expect(error.textContent).toContain('Expected identifier but found ","');
    expect(error.textContent).toContain('  label: "Send to ALC",,\n' + " ".repeat(23) + "^");
    expect(error.textContent).toContain("Remove the second comma.");
    expect(warning.textContent).toContain("src/dialog.tsx:2");
  });

  it("keeps warnings apart from a failed build, and shows nothing when clean", () => {
    const { rerender } = render(<DiagnosticsPanel diagnostics={[unusedImport]} />);
    expect(screen.queryByTestId("diagnostics")).toBeNull();
    expect(screen.getByTestId("build-warnings").textContent).toContain("1 build warning");

    rerender(<DiagnosticsPanel diagnostics={[]} />);
    expect(screen.queryByTestId("build-warnings")).toBeNull();
  });
});
