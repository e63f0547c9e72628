import { describe, expect, it } from "vitest";
import { renderInSurface } from "../../testing/renderInSurface";
import { Forms } from "./schema";
import { useForm } from "./useForm";

function Editor({ buttons, nested = false }: { buttons: number; nested?: boolean }) {
  const { Form, TextInput, SubmitButton, InputGroup } = useForm({ name: Forms.string() }, {});
  const submits = Array.from({ length: buttons }, (_, i) => (
    <SubmitButton key={i} label={`Save ${i}`} />
  ));
  return (
    <Form onSubmit={() => {}}>
      <TextInput label="Name" name="name" />
      {nested ? <InputGroup>{submits}</InputGroup> : submits}
    </Form>
  );
}

describe("a form's SubmitButton", () => {
  it.each([
    { buttons: 0, nested: false, warning: "this one has none" },
    { buttons: 2, nested: false, warning: "this one has 2" },
    { buttons: 1, nested: true, warning: "this one has none" },
  ])(
    "is one direct child of the Form: $buttons, nested $nested",
    ({ buttons, nested, warning }) => {
      const { runtime } = renderInSurface(<Editor buttons={buttons} nested={nested} />);
      const warnings = runtime.appErrors.warnings.get();
      expect(warnings.map((w) => w.message)).toEqual([
        `A <Form> holds exactly one <SubmitButton> as a direct child, as Attio's lint rule requires; ${warning}.`,
      ]);
    },
  );

  it("is not a warning when the Form has exactly one", () => {
    const { runtime } = renderInSurface(<Editor buttons={1} />);
    expect(runtime.appErrors.warnings.get()).toEqual([]);
  });
});
