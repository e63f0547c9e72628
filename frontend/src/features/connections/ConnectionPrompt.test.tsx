import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ConnectionSpec } from "../../api";
import { call, manifest } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { ConnectionPrompt } from "./ConnectionPrompt";
import { missingConnectionOf } from "./missingConnection";

const noWorkspace = call("call-7", {
  name: "send-to-alc.server",
  status: "error",
  error: {
    name: "AttioNoWorkspaceConnectionError",
    code: "no-workspace-connection",
    message:
      "No workspace connection is set up for this app. Add one in the studio's Connections panel.",
  },
});

const noUserWithKey = call("call-8", {
  name: "sync.server",
  status: "error",
  error: {
    code: "no-user-connection",
    message:
      'The current user has no connection for this app (key "crm"). Add one in the studio\'s Connections panel.',
  },
});

describe("the connection a failed call missed", () => {
  it.each([
    { name: "a missing workspace connection", given: noWorkspace, kind: "workspace", key: "" },
    {
      name: "a missing user connection with a key",
      given: noUserWithKey,
      kind: "user",
      key: "crm",
    },
  ])("is read from $name", ({ given, kind, key }) => {
    expect(missingConnectionOf(given)).toMatchObject({ kind, key, callId: given.id });
  });

  it.each([
    { name: "a call that is still running", given: { ...noWorkspace, status: "running" as const } },
    {
      name: "another error",
      given: call("c", { status: "error", error: { message: "x", code: "other" } }),
    },
    { name: "a call that worked", given: call("c") },
  ])("is nothing for $name", ({ given }) => {
    expect(missingConnectionOf(given)).toBeNull();
  });
});

describe("the missing-connection prompt", () => {
  function setup() {
    const { backend, runtime } = fakeRuntime({
      Members: () => [],
      Connections: () => [],
      AddConnection: (spec: ConnectionSpec) => ({ id: "c1", ...spec }),
    });
    renderWithRuntime(
      runtime,
      <ConnectionPrompt manifest={manifest({ events: ["connection-added"] })} />,
    );
    return backend;
  }

  it("offers to add the connection a server call could not read, kind and key filled in", async () => {
    const backend = setup();
    expect(screen.queryByTestId("connection-prompt")).toBeNull();

    act(() => backend.emit("call", noUserWithKey));
    const prompt = screen.getByTestId("connection-prompt");
    expect(prompt.textContent).toContain('sync.server needs your user connection (key "crm")');

    fireEvent.click(screen.getByTestId("prompt-add-connection"));
    expect(screen.getByTestId("connection-reason").textContent).toContain("sync.server failed");
    expect((screen.getByTestId("connection-kind-user") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId("connection-key") as HTMLInputElement).value).toBe("crm");
    fireEvent.change(screen.getByTestId("connection-value"), { target: { value: "tok" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("AddConnection")).toEqual([[{ kind: "user", key: "crm", value: "tok" }]]);
    expect(screen.queryByTestId("connection-prompt")).toBeNull();
    expect(screen.queryByTestId("studio-dialog")).toBeNull();
  });

  it("goes away when dismissed", () => {
    const backend = setup();
    act(() => backend.emit("call", noWorkspace));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("connection-prompt")).toBeNull();
  });
});
