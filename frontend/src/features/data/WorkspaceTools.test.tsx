import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "../../api/api";
import { createHttpTransport } from "../../api/http";
import { createWailsTransport } from "../../api/wails";
import { Runtime } from "../../sdk/runtime";
import { FakeTransport } from "../../test/fakeTransport";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { readText } from "./download";
import { WorkspaceTools } from "./WorkspaceTools";

function setup(methods: Record<string, (...args: never[]) => unknown> = {}) {
  const { backend, runtime } = fakeRuntime(methods);
  renderWithRuntime(runtime, <WorkspaceTools appName="Acme Lead Checker" consoleOpen={false} />);
  return backend;
}

afterEach(() => vi.restoreAllMocks());

describe("the workspace's reset, export and import", () => {
  it("resets only after the user confirms", async () => {
    const backend = setup({ ResetWorkspace: () => null });

    fireEvent.click(screen.getByTestId("reset-workspace"));
    expect(screen.getByTestId("studio-dialog").textContent).toContain("Reset the mock workspace?");
    fireEvent.click(screen.getByTestId("studio-dialog-cancel"));
    expect(backend.calls("ResetWorkspace")).toEqual([]);

    fireEvent.click(screen.getByTestId("reset-workspace"));
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("ResetWorkspace")).toEqual([[]]);
    expect(screen.queryByTestId("studio-dialog")).toBeNull();
    expect(screen.getByTestId("workspace-notice").textContent).toContain("default records");
  });

  it("downloads the exported workspace as a dated JSON file", async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:export";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    setup({ ExportWorkspace: () => ({ version: 1, objects: [] }) });

    await act(async () => fireEvent.click(screen.getByTestId("export-workspace")));

    expect(clicked).toHaveBeenCalled();
    expect(JSON.parse(await readText(created[0]))).toEqual({ version: 1, objects: [] });
    expect(screen.getByTestId("workspace-notice").textContent).toMatch(
      /Exported to acme-lead-checker-workspace-\d{4}-\d{2}-\d{2}\.json\./,
    );
  });

  it("imports a picked file after the user confirms replacing the workspace", async () => {
    const backend = setup({ ImportWorkspace: () => null });
    const file = new File(['{"version": 1, "objects": []}'], "saved.json", {
      type: "application/json",
    });

    await act(async () =>
      fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } }),
    );
    await waitFor(() =>
      expect(screen.getByTestId("studio-dialog").textContent).toContain("Import saved.json?"),
    );
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("ImportWorkspace")).toEqual([[{ version: 1, objects: [] }]]);
    expect(screen.getByTestId("workspace-notice").textContent).toBe("Imported saved.json.");
  });

  it("says when a picked file is not JSON, without asking to import it", async () => {
    const backend = setup({ ImportWorkspace: () => null });
    const file = new File(["name,email"], "people.csv");

    await act(async () =>
      fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } }),
    );

    await waitFor(() =>
      expect(screen.getByTestId("workspace-notice").textContent).toContain(
        "people.csv is not a JSON file",
      ),
    );
    expect(screen.queryByTestId("studio-dialog")).toBeNull();
    expect(backend.calls("ImportWorkspace")).toEqual([]);
  });

  it("shows the backend's refusal", async () => {
    setup();
    await act(async () => fireEvent.click(screen.getByTestId("export-workspace")));
    expect(screen.getByTestId("workspace-notice").textContent).toBe(
      "The fake backend has no method ExportWorkspace.",
    );
  });
});

// The desktop window's backend, whose transport says it has native file dialogs.
function setupWindow(methods: Record<string, (...args: never[]) => unknown> = {}) {
  const backend = new FakeTransport(methods);
  Object.defineProperty(backend, "nativeFileDialogs", { value: true });
  renderWithRuntime(
    new Runtime(createApi(backend)),
    <WorkspaceTools appName="Acme Lead Checker" consoleOpen={false} />,
  );
  return backend;
}

describe("export and import in the desktop window", () => {
  it("uses the native dialogs on the Wails transport and the page's in a browser", () => {
    expect(createApi(createWailsTransport()).nativeFileDialogs).toBe(true);
    expect(createApi(createHttpTransport()).nativeFileDialogs).toBe(false);
  });

  it("saves the export where the save dialog says, without a blob download", async () => {
    const blobs = vi.spyOn(URL, "createObjectURL");
    const backend = setupWindow({ ExportWorkspaceToFile: () => "/home/ada/acme.json" });

    await act(async () => fireEvent.click(screen.getByTestId("export-workspace")));

    expect(backend.calls("ExportWorkspaceToFile")).toEqual([
      [expect.stringMatching(/^acme-lead-checker-workspace-\d{4}-\d{2}-\d{2}\.json$/)],
    ]);
    expect(backend.calls("ExportWorkspace")).toEqual([]);
    expect(blobs).not.toHaveBeenCalled();
    expect(screen.getByTestId("workspace-notice").textContent).toBe(
      "Exported to /home/ada/acme.json.",
    );
  });

  it("says nothing when the save dialog is cancelled", async () => {
    setupWindow({ ExportWorkspaceToFile: () => "" });
    await act(async () => fireEvent.click(screen.getByTestId("export-workspace")));
    expect(screen.queryByTestId("workspace-notice")).toBeNull();
  });

  it("imports the file the open dialog chose after the user confirms", async () => {
    const picked = vi.spyOn(HTMLInputElement.prototype, "click");
    const backend = setupWindow({
      ChooseWorkspaceFile: () => "/home/ada/saved.json",
      ImportWorkspaceFile: () => null,
    });

    await act(async () => fireEvent.click(screen.getByTestId("import-workspace")));
    expect(picked).not.toHaveBeenCalled();
    expect(screen.getByTestId("studio-dialog").textContent).toContain("Import saved.json?");
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("ImportWorkspaceFile")).toEqual([["/home/ada/saved.json"]]);
    expect(backend.calls("ImportWorkspace")).toEqual([]);
    expect(screen.getByTestId("workspace-notice").textContent).toBe("Imported saved.json.");
  });

  it("asks nothing when the open dialog is cancelled", async () => {
    const backend = setupWindow({ ChooseWorkspaceFile: () => "" });
    await act(async () => fireEvent.click(screen.getByTestId("import-workspace")));
    expect(screen.queryByTestId("studio-dialog")).toBeNull();
    expect(backend.calls("ImportWorkspaceFile")).toEqual([]);
  });
});
