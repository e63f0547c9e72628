import { Check } from "lucide-react";
import { useEffect, useState, type KeyboardEvent } from "react";
import { Spinner } from "../../../ui/Spinner";
import type { ComboOption } from "./comboboxOptions";
import { OptionDecoration } from "./OptionDecoration";

interface OptionListProps {
  searchPlaceholder: string;
  query: string;
  onQuery: (query: string) => void;
  options: ComboOption[];
  loading: boolean;
  chosenKey: string | null;
  onChoose: (option: ComboOption) => void;
}

function groups(options: ComboOption[]): [string, ComboOption[]][] {
  const byCategory = new Map<string, ComboOption[]>();
  for (const option of options) {
    const category = option.categoryLabel ?? "";
    byCategory.set(category, [...(byCategory.get(category) ?? []), option]);
  }
  return [...byCategory.entries()];
}

/** The search box and the options under it, grouped by category, chosen by click or keys. */
export function OptionList(props: OptionListProps) {
  const { options, loading, chosenKey, onChoose } = props;
  const [active, setActive] = useState(0);
  const ordered = groups(options).flatMap(([, list]) => list);
  useEffect(() => setActive(0), [options]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => Math.min(Math.max(index + step, 0), ordered.length - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = ordered[active];
      if (option) onChoose(option);
    }
  };

  let index = -1;
  return (
    <>
      <div className="sdk-combobox__search">
        <input
          autoFocus
          className="sdk-combobox__search-input"
          placeholder={props.searchPlaceholder}
          value={props.query}
          onChange={(event) => props.onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          aria-label={props.searchPlaceholder}
        />
        {loading && <Spinner />}
      </div>
      <ul className="sdk-combobox__options" role="listbox">
        {ordered.length === 0 && !loading && <li className="sdk-combobox__empty">No results</li>}
        {groups(options).map(([category, list]) => (
          <li key={category || "-"} className="sdk-combobox__group">
            {category && <span className="sdk-combobox__category">{category}</span>}
            <ul>
              {list.map((option) => {
                index += 1;
                const position = index;
                return (
                  <li
                    key={option.key}
                    role="option"
                    aria-selected={option.key === chosenKey}
                    className={`sdk-combobox__option${position === active ? " sdk-combobox__option--active" : ""}`}
                    onMouseEnter={() => setActive(position)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onChoose(option)}
                  >
                    <OptionDecoration option={option} />
                    <span className="sdk-combobox__option-text">
                      <span>{option.label}</span>
                      {option.description && (
                        <span className="sdk-combobox__option-description">
                          {option.description}
                        </span>
                      )}
                    </span>
                    {option.key === chosenKey && <Check size={14} />}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
