import { act, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Runtime } from "../../sdk/runtime";
import { manifest } from "../../test/fixtures";
import { fakeRuntime } from "../../test/runtimeHarness";
import { TopBar } from "../shell/TopBar";
import { useBuild } from "./useBuild";

function Probe({ runtime }: { runtime: Runtime }) {
  const build = useBuild(runtime);
  return <TopBar manifest={build.manifest} backendError={build.error} />;
}

const bundle = (label: string) => `globalThis.__attioStudioHost.registerSurfaces({
  recordActions: [{ id: "a", label: ${JSON.stringify(label)}, onTrigger() {} }] });`;

describe("following rebuilds", () => {
  it.each([
    { shape: "{version, manifest}", event: (m: object) => ({ version: 2, manifest: m }) },
    { shape: "a bare manifest", event: (m: object) => m },
  ])("shows the new build status and reloads a changed bundle ($shape)", async ({ event }) => {
    let current = { version: 1, code: bundle("First") };
    const { backend, runtime } = fakeRuntime({
      Manifest: () => manifest(),
      ClientBundle: () => current,
    });
    render(<Probe runtime={runtime} />);
    await waitFor(() => expect(screen.getByTestId("build-status").textContent).toContain("ok"));
    await waitFor(() => expect(runtime.app.get().surfaces.recordActions[0]?.label).toBe("First"));

    const broken = manifest({
      buildVersion: 2,
      diagnostics: [
        { severity: "error", text: "Unexpected ','", file: "a.ts", line: 1, column: 2 },
      ],
    });
    await act(async () => backend.emit("build", event(broken)));
    expect(screen.getByTestId("build-status").textContent).toBe("1 error");
    expect(runtime.app.get().mount).toBe(1);

    current = { version: 2, code: bundle("Second") };
    await act(async () => backend.emit("build", event(manifest({ buildVersion: 3 }))));
    await waitFor(() => expect(runtime.app.get().surfaces.recordActions[0]?.label).toBe("Second"));
    expect(runtime.app.get().mount).toBe(2);
    expect(screen.getByTestId("build-status").textContent).toBe("Build 3 ok");
  });
});
