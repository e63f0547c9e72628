import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeRuntime } from "../../test/runtimeHarness";
import { renderInSurface, settle } from "../testing/renderInSurface";

/**
 * A runtime whose backend keeps settings like the real one: a schema's keys read as null until
 * set, and a value of the wrong type or an unknown key is refused with the backend's message.
 */
function settingsRuntime(schema: Record<string, "string" | "number" | "boolean">) {
  const saved: Record<string, unknown> = {};
  const made = fakeRuntime({
    WorkspaceSettings: () => ({
      ...Object.fromEntries(Object.keys(schema).map((key) => [key, null])),
      ...saved,
    }),
    SetWorkspaceSetting: async (key: string, value: unknown) => {
      // Answers arrive in another order than asked, as separate requests may.
      await new Promise((resolve) =>
        setTimeout(resolve, typeof value === "string" ? 5 - value.length : 0),
      );
      if (!(key in schema))
        throw new Error(`the app's settings schema has no workspace setting "${key}"`);
      if (value !== null && typeof value !== schema[key]) {
        throw new Error(`workspace setting "${key}" is a ${schema[key]}`);
      }
      saved[key] = value;
      made.backend.emit("settings-changed", { key, value });
    },
  });
  return { ...made, saved };
}

describe("workspace settings", () => {
  it("saves fields as they change, in order, keeping values that break a field's rules out", async () => {
    const { runtime, saved } = settingsRuntime({
      team: "string",
      batch: "number",
      enabled: "boolean",
      region: "string",
    });
    const { Form, TextInput, Toggle, NumberInput, RadioGroup, Section } = runtime.settingsForm;
    renderInSurface(
      <Form>
        <Section title="Sync" description="How records sync">
          <TextInput label="Team name" name="team" minLength={3} />
          <NumberInput label="Batch size" name="batch" min={1} max={100} />
          <Toggle label="Enabled" name="enabled" description="Sync every hour" />
          <RadioGroup label="Region" name="region">
            <RadioGroup.Item value="eu" label="Europe" />
            <RadioGroup.Item value="us" label="United States" />
          </RadioGroup>
        </Section>
      </Form>,
      { runtime },
    );
    await settle();
    expect(runtime.settings.values.get()).toEqual({
      team: null,
      batch: null,
      enabled: null,
      region: null,
    });
    fireEvent.change(screen.getByLabelText("Team name"), { target: { value: "ab" } });
    expect(screen.getByText("Must be at least 3 characters")).toBeDefined();
    fireEvent.change(screen.getByLabelText("Team name"), { target: { value: "abc" } });
    fireEvent.change(screen.getByLabelText("Team name"), { target: { value: "abcd" } });
    fireEvent.change(screen.getByLabelText("Batch size"), { target: { value: "500" } });
    expect(screen.getByText("Must be at most 100")).toBeDefined();
    fireEvent.click(screen.getByRole("switch", { name: "Enabled" }));
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "eu" } });
    await vi.waitFor(() => expect(saved).toEqual({ team: "abcd", enabled: true, region: "eu" }));
    expect(runtime.settings.values.get()).toEqual({
      team: "abcd",
      batch: null,
      enabled: true,
      region: "eu",
    });
  });

  it("shows what server code saved, and the backend's refusal beside the field", async () => {
    const { runtime, backend } = settingsRuntime({ limit: "string" });
    const { Form, NumberInput } = runtime.settingsForm;
    renderInSurface(
      <Form>
        <NumberInput label="Limit" name="limit" />
      </Form>,
      { runtime },
    );
    await settle();
    act(() => backend!.emit("settings-changed", { key: "limit", value: "7" }));
    expect((screen.getByLabelText("Limit") as HTMLInputElement).value).toBe("7");
    fireEvent.change(screen.getByLabelText("Limit"), { target: { value: "9" } });
    await settle(10);
    expect(screen.getByRole("alert").textContent).toBe('workspace setting "limit" is a string');
    expect(runtime.settings.values.get()).toEqual({ limit: null });
  });

  it("reads and writes through the client's experimental functions", async () => {
    const { runtime } = settingsRuntime({ team: "string" });
    const client = runtime.client;
    function Show() {
      const values = client.experimental_useWorkspaceSettings();
      return <p data-testid="values">{JSON.stringify(values)}</p>;
    }
    renderInSurface(<Show />, { runtime });
    await settle();
    expect(screen.getByTestId("values").textContent).toBe('{"team":null}');
    await act(() => client.experimental_setWorkspaceSetting("team", "Ops"));
    expect(screen.getByTestId("values").textContent).toBe('{"team":"Ops"}');
    expect(await client.experimental_getWorkspaceSettings()).toEqual({ team: "Ops" });
    await expect(client.experimental_setWorkspaceSetting("colour", "red")).rejects.toThrow(
      'no workspace setting "colour"',
    );
  });

  it("gives Gen 2 and Gen 3 apps their Settings builders", () => {
    const { runtime } = fakeRuntime();
    const { Settings } = runtime.modules.attio as {
      Settings: Record<string, (...args: unknown[]) => unknown> & {
        Schema: Record<string, () => unknown>;
      };
    };
    expect(Settings.string!()).toEqual({ kind: "string" });
    expect(Settings.Schema.boolean!()).toEqual({ kind: "boolean" });
    const schema = Settings.defineWorkspaceSchema!({ on: Settings.Schema.boolean!() });
    const Page = () => null;
    expect(Settings.defineWorkspacePage!(schema, Page)).toEqual({ schema, Page });
    expect(Settings.useForm!(schema)).toBe(runtime.settingsForm);
  });

  it("gives Gen 3 apps the same Settings from attio/client", () => {
    const { runtime } = fakeRuntime();
    const { Settings } = runtime.modules["attio/client"] as {
      Settings: Record<string, (...args: unknown[]) => unknown>;
    };
    const Page = () => null;
    expect(Settings.defineWorkspacePage!({}, Page)).toEqual({ schema: {}, Page });
    expect(Settings.useForm!({})).toBe(runtime.settingsForm);
  });
});
