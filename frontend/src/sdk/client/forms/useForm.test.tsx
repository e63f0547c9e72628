import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { person } from "../../../test/fixtures";
import { renderInSurface } from "../../testing/renderInSurface";
import { Forms, type FormSchema } from "./schema";
import { useForm, type FormApi } from "./useForm";

function FormUnderTest(props: {
  schema: FormSchema;
  initial?: Record<string, unknown>;
  onSubmit: (values: Record<string, unknown>) => unknown;
  body: (form: FormApi) => React.ReactNode;
  expose?: (form: FormApi) => void;
}) {
  const form = useForm(props.schema, props.initial ?? {});
  props.expose?.(form);
  return (
    <form.Form onSubmit={async (values) => void (await props.onSubmit(values))}>
      {props.body(form)}
      <form.SubmitButton label="Save" />
    </form.Form>
  );
}

const contactSchema = {
  name: Forms.string(),
  age: Forms.number().min(18),
  website: Forms.string().url().optional(),
  subscribed: Forms.boolean(),
};

function contactForm(onSubmit = vi.fn()) {
  renderInSurface(
    <FormUnderTest
      schema={contactSchema}
      onSubmit={onSubmit}
      body={({ TextInput, NumberInput, Checkbox }) => (
        <>
          <TextInput label="Name" name="name" />
          <NumberInput label="Age" name="age" />
          <TextInput label="Website" name="website" type="url" />
          <Checkbox label="Subscribed" name="subscribed" />
        </>
      )}
    />,
  );
  return onSubmit;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("useForm", () => {
  it("shows the errors and does not submit an invalid form", async () => {
    const onSubmit = contactForm();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(2));
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toEqual([
      "Required",
      "Required",
    ]);
    type("Age", "12");
    expect(screen.getByText("Must be at least 18")).toBeDefined();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows a field's error once the user leaves it, before any submit", () => {
    contactForm();
    type("Website", "not a site");
    expect(screen.queryByText("Must be a valid URL")).toBeNull();
    fireEvent.blur(screen.getByLabelText("Website"));
    expect(screen.getByText("Must be a valid URL")).toBeDefined();
  });

  it("submits the parsed values, and is submitting until onSubmit settles", async () => {
    let finish!: () => void;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    contactForm(onSubmit);
    type("Name", "Ada");
    type("Age", "36");
    type("Website", "ada.dev");
    fireEvent.click(screen.getByLabelText("Subscribed"));

    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({
      name: "Ada",
      age: 36,
      website: "https://ada.dev",
      subscribed: true,
    });
    const save = screen.getByRole("button", { name: "Save" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect((screen.getByLabelText("Name") as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(save);
    await act(async () => finish());
    expect(save.disabled).toBe(false);
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it("submits on Enter in a text input", async () => {
    const onSubmit = vi.fn();
    renderInSurface(
      <FormUnderTest
        schema={{ q: Forms.string() }}
        onSubmit={onSubmit}
        body={({ TextInput }) => <TextInput label="Query" name="q" />}
      />,
    );
    type("Query", "acme");
    fireEvent.keyDown(screen.getByLabelText("Query"), { key: "Enter" });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ q: "acme" }));
  });

  it("starts from the initial values and takes change() and submit() from the app", async () => {
    const onSubmit = vi.fn();
    let api!: FormApi;
    renderInSurface(
      <FormUnderTest
        schema={{ title: Forms.string(), notes: Forms.string().multiline().optional() }}
        initial={{ title: "Q3 review" }}
        onSubmit={onSubmit}
        expose={(form) => (api = form)}
        body={({ TextInput }) => (
          <>
            <TextInput label="Title" name="title" />
            <TextInput label="Notes" name="notes" />
          </>
        )}
      />,
    );
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Q3 review");
    expect(screen.getByLabelText("Notes").tagName).toBe("TEXTAREA");
    act(() => api.change("notes", "Bring numbers"));
    act(() => api.submit());
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ title: "Q3 review", notes: "Bring numbers" }),
    );
  });

  it("shows the live state through WithState", () => {
    renderInSurface(
      <FormUnderTest
        schema={{ plan: Forms.string() }}
        onSubmit={() => {}}
        body={({ TextInput, WithState }) => (
          <>
            <TextInput label="Plan" name="plan" />
            <WithState values errors>
              {({ values, errors }) => (
                <span data-testid="state">{JSON.stringify({ values, errors })}</span>
              )}
            </WithState>
          </>
        )}
      />,
    );
    expect(screen.getByTestId("state").textContent).toBe(
      '{"values":{},"errors":{"plan":"Required"}}',
    );
    type("Plan", "Pro");
    expect(screen.getByTestId("state").textContent).toBe('{"values":{"plan":"Pro"},"errors":{}}');
  });

  it("adds and removes the elements of a Collection", async () => {
    const onSubmit = vi.fn();
    renderInSurface(
      <FormUnderTest
        schema={{ people: Forms.array({ email: Forms.string() }) }}
        onSubmit={onSubmit}
        body={({ Collection, CollectionItem, TextInput }) => (
          <Collection label="People" name="people">
            {({ path, index }) => (
              <CollectionItem label={`Person ${index + 1}`}>
                <TextInput label={`Email ${index + 1}`} name={`${path}.email`} />
              </CollectionItem>
            )}
          </Collection>
        )}
      />,
    );
    fireEvent.click(screen.getByText(/Add people/));
    fireEvent.click(screen.getByText(/Add people/));
    type("Email 1", "a@x.io");
    type("Email 2", "b@x.io");
    fireEvent.click(screen.getByRole("button", { name: "Remove Person 1" }));
    expect((screen.getByLabelText("Email 1") as HTMLInputElement).value).toBe("b@x.io");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ people: [{ email: "b@x.io" }] }));
  });

  it("binds radio groups, toggles and dates", async () => {
    const onSubmit = vi.fn();
    renderInSurface(
      <FormUnderTest
        schema={{
          tier: Forms.string(),
          active: Forms.boolean(),
          due: Forms.plainDate(),
          at: Forms.dateTime().optional(),
        }}
        onSubmit={onSubmit}
        body={({ RadioGroup, Toggle, PlainDateInput, DateTimeInput }) => (
          <>
            <RadioGroup name="tier" label="Tier">
              <RadioGroup.Item value="free" label="Free" />
              <RadioGroup.Item value="pro" label="Pro" />
            </RadioGroup>
            <Toggle label="Active" name="active" />
            <PlainDateInput label="Due" name="due" />
            <DateTimeInput label="At" name="at" />
          </>
        )}
      />,
    );
    fireEvent.click(screen.getByLabelText("Pro"));
    fireEvent.click(screen.getByRole("switch", { name: "Active" }));
    type("Due", "2025-03-01");
    type("At", "2025-03-01T09:30");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0][0]).toEqual({
      tier: "pro",
      active: true,
      due: "2025-03-01",
      at: new Date(2025, 2, 1, 9, 30),
    });
  });

  it("refuses an input whose name the schema does not have, or of another type", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderInSurface(
      <FormUnderTest
        schema={{ age: Forms.number() }}
        onSubmit={() => {}}
        body={({ TextInput }) => <TextInput label="Age" name="age" />}
      />,
    );
    expect(screen.getByTestId("render-error").textContent).toBe(
      '<TextInput name="age"> needs a Forms.string() field, but "age" is Forms.number().',
    );
  });
});

describe("comboboxes", () => {
  const open = (label: string) => fireEvent.click(screen.getByLabelText(label));

  it("chooses from a list of options, searching by label", async () => {
    const onSubmit = vi.fn();
    renderInSurface(
      <FormUnderTest
        schema={{ stage: Forms.string() }}
        onSubmit={onSubmit}
        body={({ Combobox }) => (
          <Combobox
            label="Stage"
            name="stage"
            options={[
              { value: "lead", label: "Lead", color: "#2a6bf0" },
              { value: "won", label: "Won", color: "#1d8a4c" },
            ]}
          />
        )}
      />,
    );
    open("Stage");
    fireEvent.change(await screen.findByPlaceholderText("Search..."), { target: { value: "wo" } });
    fireEvent.click(await screen.findByRole("option", { name: "Won" }));
    expect(screen.getByLabelText("Stage").textContent).toContain("Won");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ stage: "won" }));
  });

  it("asks the app's provider for options and for the chosen one's label", async () => {
    const provider = {
      search: vi.fn(async (query: string) => [{ value: "id-1", label: `Issue for "${query}"` }]),
      getOption: vi.fn(async () => ({ label: "ENG-1 Crash on save" })),
    };
    renderInSurface(
      <FormUnderTest
        schema={{ issue: Forms.string() }}
        initial={{ issue: "id-1" }}
        onSubmit={() => {}}
        body={({ Combobox }) => <Combobox label="Issue" name="issue" options={provider} />}
      />,
    );
    await waitFor(() => expect(screen.getByLabelText("Issue").textContent).toContain("ENG-1"));
    open("Issue");
    await screen.findByRole("option", { name: 'Issue for ""' });
    expect(provider.search).toHaveBeenCalledWith("");
  });

  it("finds records of the workspace and workspace members", async () => {
    const onSubmit = vi.fn();
    renderInSurface(
      <FormUnderTest
        schema={{ company: Forms.attioRecord(), owner: Forms.string() }}
        onSubmit={onSubmit}
        body={({ AttioRecordCombobox, AttioUserCombobox }) => (
          <>
            <AttioRecordCombobox label="Person" name="company" object="people" />
            <AttioUserCombobox label="Owner" name="owner" />
          </>
        )}
      />,
      {
        methods: {
          SearchRecords: (_object: string, text: string) => [person("p-1", `Ada ${text}`)],
          Members: () => [
            { id: "m-1", first_name: "Grace", last_name: "Hopper", email_address: "g@x.io" },
          ],
        },
      },
    );
    open("Person");
    fireEvent.change(await screen.findByPlaceholderText("Search..."), { target: { value: "Lov" } });
    fireEvent.click(await screen.findByRole("option", { name: "Ada Lov" }));
    open("Owner");
    fireEvent.click(await screen.findByRole("option", { name: /Grace Hopper/ }));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        company: { recordId: "p-1", object: "people" },
        owner: "m-1",
      }),
    );
  });
});
