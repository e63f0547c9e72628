import type { Attribute } from "../../../api/types";
import { Button } from "../../../ui/Button";
import { listColumns } from "../columns";
import { titleAttribute } from "./titleAttribute";
import "./ColumnPicker.css";

interface ColumnPickerProps {
  object: string;
  attributes: Attribute[];
  columns: Attribute[];
  onChange: (slugs: string[]) => void;
}

/** Which attributes the list shows as columns, after the name. */
export function ColumnPicker({ object, attributes, columns, onChange }: ColumnPickerProps) {
  const shown = columns.map((column) => column.slug);
  const name = titleAttribute(attributes)?.slug;
  const toggle = (slug: string, on: boolean) =>
    onChange(on ? [...shown, slug] : shown.filter((s) => s !== slug));
  return (
    <div className="column-picker" data-testid="column-picker">
      <div className="column-picker__list">
        {attributes
          .filter((attribute) => attribute.slug !== name)
          .map((attribute) => (
            <label key={attribute.slug} className="column-picker__item">
              <input
                type="checkbox"
                checked={shown.includes(attribute.slug)}
                onChange={(event) => toggle(attribute.slug, event.target.checked)}
              />
              <span>{attribute.title}</span>
              <code className="column-picker__slug">{attribute.slug}</code>
            </label>
          ))}
      </div>
      <Button
        small
        variant="ghost"
        onClick={() => onChange(listColumns(object, attributes).map((a) => a.slug))}
      >
        Reset to default columns
      </Button>
    </div>
  );
}
