import { ArrowDown, ArrowUp } from "lucide-react";
import type { Attribute } from "../../../api/types";
import { isSortable } from "./listQuery";
import type { ListViewState } from "./useListView";

interface SortHeaderProps {
  title: string;
  attribute: Attribute | undefined;
  list: ListViewState;
}

/** A column heading that sorts the list by its attribute when clicked. */
export function SortHeader({ title, attribute, list }: SortHeaderProps) {
  if (!attribute || !isSortable(attribute)) return <th title={title}>{title}</th>;
  const sort = list.view.sort?.attribute === attribute.slug ? list.view.sort : null;
  const ariaSort = sort ? (sort.direction === "asc" ? "ascending" : "descending") : "none";
  return (
    <th aria-sort={ariaSort}>
      <button
        type="button"
        className={`record-list__sort${sort ? " record-list__sort--active" : ""}`}
        title={`Sort by ${attribute.title}`}
        data-testid={`sort-${attribute.slug}`}
        onClick={() => list.sortBy(attribute.slug)}
      >
        <span>{title}</span>
        {sort?.direction === "asc" && <ArrowUp size={12} />}
        {sort?.direction === "desc" && <ArrowDown size={12} />}
      </button>
    </th>
  );
}
