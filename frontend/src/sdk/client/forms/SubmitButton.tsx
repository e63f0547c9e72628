import { useContext } from "react";
import { createPortal } from "react-dom";
import { Spinner } from "../../../ui/Spinner";
import { DialogFooterContext } from "../components/dialogFooter";
import { useFormSlice, type FormState } from "./formState";
import "../components/Button.css";

export interface SubmitButtonProps {
  label: string;
  disabled?: boolean;
}

/** The form's one primary button: disabled while submitting, drawn in a dialog's footer. */
export function SubmitButton({
  form,
  label,
  disabled = false,
}: SubmitButtonProps & { form: FormState }) {
  const footer = useContext(DialogFooterContext);
  const submitting = useFormSlice(form, (snapshot) => snapshot.submitting);
  const button = (
    <button
      type="button"
      className="sdk-button sdk-button--primary sdk-submit"
      data-testid="submit-button"
      disabled={disabled || submitting}
      aria-busy={submitting}
      onClick={() => void form.submit()}
    >
      {submitting && <Spinner />}
      {label}
    </button>
  );
  return footer ? createPortal(button, footer) : button;
}
