import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeRuntime } from "../../test/runtimeHarness";
import { renderInSurface } from "../testing/renderInSurface";

describe("workspace settings", () => {
  it("saves fields as they change, keeping values that break a field's rules out", () => {
    const { runtime } = fakeRuntime();
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
    fireEvent.change(screen.getByLabelText("Team name"), { target: { value: "ab" } });
    expect(screen.getByText("Must be at least 3 characters")).toBeDefined();
    fireEvent.change(screen.getByLabelText("Team name"), { target: { value: "abc" } });
    fireEvent.change(screen.getByLabelText("Batch size"), { target: { value: "500" } });
    expect(screen.getByText("Must be at most 100")).toBeDefined();
    fireEvent.click(screen.getByRole("switch", { name: "Enabled" }));
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "eu" } });
    expect(runtime.settings.values.get()).toEqual({ team: "abc", enabled: true, region: "eu" });
  });

  it("reads and writes through the client's experimental functions", async () => {
    const { runtime } = fakeRuntime();
    const client = runtime.client;
    function Show() {
      const values = client.experimental_useWorkspaceSettings();
      return <p data-testid="values">{JSON.stringify(values)}</p>;
    }
    renderInSurface(<Show />, { runtime });
    await act(() => client.experimental_setWorkspaceSetting("team", "Ops"));
    expect(screen.getByTestId("values").textContent).toBe('{"team":"Ops"}');
    expect(await client.experimental_getWorkspaceSettings()).toEqual({ team: "Ops" });
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
});
