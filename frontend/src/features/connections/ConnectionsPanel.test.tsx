import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Connection, ConnectionSpec } from "../../api";
import { manifest } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { ConnectionsPanel } from "./ConnectionsPanel";

const members = [
  { id: "m-sam", first_name: "Sam", last_name: "Rivera", email_address: "sam@acme.example" },
  { id: "m-priya", first_name: "Priya", last_name: "Patel", email_address: "priya@acme.example" },
];

function connection(overrides: Partial<Connection> = {}): Connection {
  return {
    id: "c1",
    kind: "workspace",
    key: "",
    value: "alc_test_7f3c9a2e",
    createdBy: "m-sam",
    ownedBy: "ws-1",
    createdAt: "2025-01-01T10:00:00Z",
    ...overrides,
  };
}

/** A backend keeping connections in memory; addConnection throws when told to. */
function setup(
  options: {
    initial?: Connection[];
    addThrows?: string;
    removeThrows?: string;
    switchThrows?: string;
  } = {},
) {
  let stored = [...(options.initial ?? [])];
  let current = members[0];
  const { backend, runtime } = fakeRuntime({
    Connections: () => stored,
    Members: () => members,
    CurrentUser: () => current,
    SetCurrentUser: (id: string) => {
      if (options.switchThrows) throw new Error(options.switchThrows);
      current = members.find((m) => m.id === id) ?? current;
      return current;
    },
    AddConnection: (spec: ConnectionSpec) => {
      if (options.addThrows) throw new Error(options.addThrows);
      const added = connection({ ...spec, id: `c${stored.length + 2}`, ownedBy: "ws-1" });
      stored = [...stored, added];
      return added;
    },
    RemoveConnection: (id: string) => {
      if (options.removeThrows) throw new Error(options.removeThrows);
      stored = stored.filter((c) => c.id !== id);
      return null;
    },
  });
  renderWithRuntime(
    runtime,
    <ConnectionsPanel
      manifest={manifest({ events: ["connection-added", "connection-removed"] })}
    />,
  );
  return backend;
}

const rows = () => screen.queryAllByTestId("connection-row");
const picker = () => screen.getByTestId<HTMLSelectElement>("current-user-picker");

describe("the connections panel", () => {
  it("lists connections with their kind, a hidden value, and who made and owns them", async () => {
    setup({
      initial: [
        connection(),
        connection({ id: "c2", kind: "user", key: "crm", ownedBy: "m-priya" }),
      ],
    });

    await waitFor(() => expect(rows()).toHaveLength(2));
    const [workspace, user] = rows();
    expect(workspace.textContent).toContain("Workspace");
    expect(workspace.textContent).toContain("default");
    expect(workspace.textContent).toContain("alc_••••9a2e");
    expect(workspace.textContent).not.toContain("alc_test_7f3c9a2e");
    expect(workspace.textContent).toContain("Sam Rivera");
    expect(user.textContent).toContain("crm");
    expect(user.textContent).toContain("Priya Patel");
    expect(picker().value).toBe("m-sam");

    fireEvent.click(within(workspace).getByRole("button", { name: "Show the value" }));
    expect(workspace.textContent).toContain("alc_test_7f3c9a2e");
  });

  it("adds a connection with a key and secret, and lists it", async () => {
    const backend = setup();
    await screen.findByTestId("no-connections");

    fireEvent.click(screen.getByTestId("add-connection"));
    fireEvent.click(screen.getByTestId("connection-kind-user"));
    fireEvent.change(screen.getByTestId("connection-key"), { target: { value: " crm " } });
    fireEvent.change(screen.getByTestId("connection-value"), { target: { value: "s3cret" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("AddConnection")).toEqual([
      [{ kind: "user", key: "crm", value: "s3cret" }],
    ]);
    expect(screen.queryByTestId("studio-dialog")).toBeNull();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0].dataset.key).toBe("crm");
  });

  it("asks for the secret before calling the backend", async () => {
    const backend = setup();
    fireEvent.click(screen.getByTestId("add-connection"));
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));
    expect(screen.getByTestId("studio-dialog").textContent).toContain("Enter the secret.");
    expect(backend.calls("AddConnection")).toEqual([]);
  });

  it("fills a generated token for a simulated OAuth connection", async () => {
    const backend = setup();
    fireEvent.click(screen.getByTestId("add-connection"));
    fireEvent.click(screen.getByTestId("connection-auth-oauth"));
    const token = screen.getByTestId("connection-token").textContent ?? "";
    expect(token).toMatch(/^oauth_sim_[A-Za-z0-9]{32}$/);
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));
    expect(backend.calls("AddConnection")).toEqual([
      [{ kind: "workspace", key: "", value: token }],
    ]);
  });

  it("shows a throwing connection-added in the dialog and lists nothing", async () => {
    const message = "the app's connection-added handler threw, so nothing changed: Refused: 401";
    setup({ addThrows: message });
    await screen.findByTestId("no-connections");

    fireEvent.click(screen.getByTestId("add-connection"));
    fireEvent.change(screen.getByTestId("connection-value"), { target: { value: "bad" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(screen.getByRole("alert").textContent).toBe(message);
    expect(screen.getByTestId("studio-dialog")).toBeTruthy();
    expect(rows()).toHaveLength(0);
  });

  it("removes a connection only after the user confirms", async () => {
    const backend = setup({ initial: [connection()] });
    await waitFor(() => expect(rows()).toHaveLength(1));

    fireEvent.click(screen.getByTestId("remove-connection"));
    expect(screen.getByTestId("studio-dialog").textContent).toContain("connection-removed");
    fireEvent.click(screen.getByTestId("studio-dialog-cancel"));
    expect(backend.calls("RemoveConnection")).toEqual([]);

    fireEvent.click(screen.getByTestId("remove-connection"));
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));
    expect(backend.calls("RemoveConnection")).toEqual([["c1"]]);
    await waitFor(() => expect(rows()).toHaveLength(0));
  });

  it("keeps the connection and shows why when connection-removed throws", async () => {
    const message = "the app's connection-removed handler threw, so nothing changed: busy";
    setup({ initial: [connection()], removeThrows: message });
    await waitFor(() => expect(rows()).toHaveLength(1));

    fireEvent.click(screen.getByTestId("remove-connection"));
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(screen.getByRole("alert").textContent).toBe(message);
    expect(rows()).toHaveLength(1);
  });

  it("acts as the member picked, and new user connections are theirs", async () => {
    const backend = setup();
    await waitFor(() => expect(picker().value).toBe("m-sam"));
    expect([...picker().options].map((o) => o.textContent)).toEqual([
      "Sam Rivera · sam@acme.example",
      "Priya Patel · priya@acme.example",
    ]);

    await act(async () => fireEvent.change(picker(), { target: { value: "m-priya" } }));
    expect(backend.calls("SetCurrentUser")).toEqual([["m-priya"]]);
    await waitFor(() => expect(picker().value).toBe("m-priya"));

    fireEvent.click(screen.getByTestId("add-connection"));
    fireEvent.click(screen.getByTestId("connection-kind-user"));
    expect(screen.getByTestId("studio-dialog").textContent).toContain(
      "Owned by Priya Patel, the current user.",
    );
  });

  it("stays on the current member and says why when a switch fails", async () => {
    setup({ switchThrows: 'set the current user: workspace member "m-priya" not found' });
    await waitFor(() => expect(picker().value).toBe("m-sam"));

    await act(async () => fireEvent.change(picker(), { target: { value: "m-priya" } }));
    expect(screen.getByTestId("current-user").querySelector("[role=alert]")?.textContent).toBe(
      'set the current user: workspace member "m-priya" not found',
    );
    await waitFor(() => expect(picker().value).toBe("m-sam"));
  });
});
