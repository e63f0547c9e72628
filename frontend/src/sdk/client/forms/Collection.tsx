import { Plus, X } from "lucide-react";
import { createContext, useContext, type ReactNode } from "react";
import { AttioComponentError } from "../components/childRules";
import { useField } from "./Field";
import type { FormState } from "./formState";
import { isFormValue } from "./schema";

export interface CollectionProps {
  label: string;
  name: string;
  children: (item: { path: string; index: number }) => ReactNode;
}

const ItemRemover = createContext<(() => void) | null>(null);

/** An array field: one group of inputs per element, with buttons to add and remove them. */
export function Collection({ form, label, name, children }: CollectionProps & { form: FormState }) {
  const field = useField(form, name, ["array"], "Collection");
  if (typeof children !== "function") {
    throw new AttioComponentError(
      `<Collection name="${name}"> takes a function as its child: ({path, index}) => inputs.`,
    );
  }
  const items = Array.isArray(field.value) ? field.value : [];
  const element = field.spec.element;
  const blank = () => (element && !isFormValue(element) ? {} : undefined);
  const remove = (index: number) => field.set(items.filter((_, at) => at !== index));
  return (
    <fieldset className="sdk-collection">
      <legend className="sdk-field__label">{label}</legend>
      {items.map((_, index) => (
        <ItemRemover key={index} value={() => remove(index)}>
          {children({ path: `${name}.${index}`, index })}
        </ItemRemover>
      ))}
      <button
        type="button"
        className="sdk-collection__add"
        disabled={field.submitting}
        onClick={() => field.set([...items, blank()])}
      >
        <Plus size={13} /> Add {label.toLowerCase()}
      </button>
      {field.error && <p className="sdk-field__error">{field.error}</p>}
    </fieldset>
  );
}

/** One element of a Collection, with its label and a remove button. */
export function CollectionItem({ label, children }: { label: string; children?: ReactNode }) {
  const remove = useContext(ItemRemover);
  return (
    <div className="sdk-collection__item">
      <header className="sdk-collection__item-header">
        <span>{label}</span>
        {remove && (
          <button
            type="button"
            className="sdk-collection__remove"
            aria-label={`Remove ${label}`}
            onClick={remove}
          >
            <X size={13} />
          </button>
        )}
      </header>
      <div className="sdk-collection__item-body">{children}</div>
    </div>
  );
}
