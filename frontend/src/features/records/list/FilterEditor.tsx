import { Plus, X } from "lucide-react";
import type { Attribute } from "../../../api/types";
import { Button } from "../../../ui/Button";
import { isFilterable, operatorsFor, type ValueKind } from "./filterOperators";
import type { FilterCondition } from "./listQuery";
import type { ListViewState } from "./useListView";
import "./FilterEditor.css";

interface FilterEditorProps {
  attributes: Attribute[];
  list: ListViewState;
}

/** The list's filter conditions: attribute, operator and value, one row each. */
export function FilterEditor({ attributes, list }: FilterEditorProps) {
  const filterable = attributes.filter(isFilterable);
  const add = () => {
    const attribute = filterable[0];
    if (attribute) {
      list.addFilter({
        attribute: attribute.slug,
        operator: operatorsFor(attribute)[0].id,
        value: "",
      });
    }
  };
  return (
    <div className="filter-editor" data-testid="filter-editor">
      {list.view.filters.length === 0 && (
        <p className="filter-editor__none">No filters: every record is listed.</p>
      )}
      {list.view.filters.map((condition) => (
        <ConditionRow
          key={condition.id}
          condition={condition}
          attributes={filterable}
          list={list}
        />
      ))}
      <div className="filter-editor__footer">
        <Button small variant="ghost" onClick={add} testId="add-filter">
          <Plus size={13} />
          Add filter
        </Button>
        {list.view.filters.length > 0 && (
          <Button small variant="ghost" onClick={list.clearFilters}>
            Clear all
          </Button>
        )}
      </div>
    </div>
  );
}

interface ConditionRowProps {
  condition: FilterCondition;
  attributes: Attribute[];
  list: ListViewState;
}

function ConditionRow({ condition, attributes, list }: ConditionRowProps) {
  const attribute = attributes.find((a) => a.slug === condition.attribute) ?? attributes[0];
  const operators = attribute ? operatorsFor(attribute) : [];
  const operator = operators.find((op) => op.id === condition.operator) ?? operators[0];
  const update = (change: Partial<FilterCondition>) => list.updateFilter(condition.id, change);
  return (
    <div className="filter-editor__row" data-testid="filter-condition">
      <select
        aria-label="Attribute"
        value={attribute?.slug}
        onChange={(event) => {
          const next = attributes.find((a) => a.slug === event.target.value)!;
          update({ attribute: next.slug, operator: operatorsFor(next)[0].id, value: "" });
        }}
      >
        {attributes.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.title}
          </option>
        ))}
      </select>
      <select
        aria-label="Operator"
        value={operator?.id}
        onChange={(event) => update({ operator: event.target.value })}
      >
        {operators.map((op) => (
          <option key={op.id} value={op.id}>
            {op.label}
          </option>
        ))}
      </select>
      {operator && attribute && (
        <ValueInput
          kind={operator.value}
          attribute={attribute}
          value={condition.value}
          onChange={(value) => update({ value })}
        />
      )}
      <Button
        small
        iconOnly
        variant="ghost"
        aria-label="Remove filter"
        onClick={() => list.removeFilter(condition.id)}
      >
        <X size={13} />
      </Button>
    </div>
  );
}

interface ValueInputProps {
  kind: ValueKind;
  attribute: Attribute;
  value: string;
  onChange: (value: string) => void;
}

function ValueInput({ kind, attribute, value, onChange }: ValueInputProps) {
  const common = {
    "aria-label": "Value",
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  switch (kind) {
    case "none":
      return <span className="filter-editor__spacer" />;
    case "option":
      return (
        <select {...common}>
          <option value="">Choose…</option>
          {(attribute.options ?? []).map((option) => (
            <option key={option.id} value={option.title}>
              {option.title}
            </option>
          ))}
        </select>
      );
    case "boolean":
      return (
        <select {...common} value={value || "true"}>
          <option value="true">checked</option>
          <option value="false">not checked</option>
        </select>
      );
    case "number":
      return <input type="number" {...common} placeholder="Number" />;
    case "date":
      return <input type="date" {...common} />;
    default:
      return <input type="text" {...common} placeholder="Value" autoFocus />;
  }
}
