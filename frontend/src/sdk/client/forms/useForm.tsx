import { useState, type ComponentType } from "react";
import { Fieldset, InputGroup } from "./layout";
import { Checkbox, Toggle } from "./BooleanInputs";
import { Collection, CollectionItem } from "./Collection";
import { AttioRecordCombobox, AttioUserCombobox, Combobox } from "./ComboboxFields";
import { DateTimeInput, PlainDateInput } from "./DateInputs";
import { Form } from "./Form";
import { FormState } from "./formState";
import { NumberInput } from "./NumberInput";
import { RadioGroup, RadioGroupItem } from "./RadioGroup";
import { RichTextInput } from "./RichTextInput";
import type { FormSchema } from "./schema";
import { SubmitButton } from "./SubmitButton";
import { TextInput } from "./TextInput";
import type { CustomValidate } from "./validate";
import { WithState } from "./WithState";

// Each input bound to one form: made once per form, so React keeps the inputs (and focus) across
// the app's re-renders.
function bind<P extends object>(
  form: FormState,
  View: ComponentType<P & { form: FormState }>,
  name: string,
) {
  const Bound = (props: P) => <View {...props} form={form} />;
  Object.defineProperty(Bound, "name", { value: name });
  return Bound;
}

function createFormApi(form: FormState) {
  const radioGroup = Object.assign(bind(form, RadioGroup, "RadioGroup"), { Item: RadioGroupItem });
  const richText = bind(form, RichTextInput, "RichTextInput");
  const dateTime = bind(form, DateTimeInput, "DateTimeInput");
  const plainDate = bind(form, PlainDateInput, "PlainDateInput");
  const recordCombobox = bind(form, AttioRecordCombobox, "AttioRecordCombobox");
  return {
    Form: bind(form, Form, "Form"),
    SubmitButton: Object.assign(bind(form, SubmitButton, "SubmitButton"), { submitsForm: true }),
    TextInput: bind(form, TextInput, "TextInput"),
    NumberInput: bind(form, NumberInput, "NumberInput"),
    Checkbox: bind(form, Checkbox, "Checkbox"),
    Toggle: bind(form, Toggle, "Toggle"),
    Combobox: bind(form, Combobox, "Combobox"),
    DateTimeInput: dateTime,
    PlainDateInput: plainDate,
    AttioRecordCombobox: recordCombobox,
    AttioUserCombobox: bind(form, AttioUserCombobox, "AttioUserCombobox"),
    RichTextInput: richText,
    Collection: bind(form, Collection, "Collection"),
    CollectionItem,
    RadioGroup: radioGroup,
    Fieldset,
    InputGroup,
    WithState: bind(form, WithState, "WithState"),
    // The names these had while experimental, which apps of that time still use.
    Experimental_RichTextInput: richText,
    Experimental_DateTimeInput: dateTime,
    Experimental_PlainDateInput: plainDate,
    Experimental_AttioRecordCombobox: recordCombobox,
    Experimental_RecordCombobox: recordCombobox,
    Experimental_RadioGroup: radioGroup,
    Experimental_Fieldset: Fieldset,
    submit: () => void form.submit(),
    change: (path: string, value: unknown) => form.change(path, value),
  };
}

export type FormApi = ReturnType<typeof createFormApi>;

/**
 * useForm from attio/client: a form over schema, starting from initialValues. The returned
 * components are bound to this form and stay the same across renders.
 */
export function useForm(
  schema: FormSchema,
  initialValues: Record<string, unknown> = {},
  validate?: CustomValidate,
): FormApi {
  const [state] = useState(() => {
    const form = new FormState(schema ?? {}, initialValues ?? {});
    return { form, api: createFormApi(form) };
  });
  state.form.validate = validate;
  return state.api;
}
