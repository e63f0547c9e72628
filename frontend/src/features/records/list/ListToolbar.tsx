import { Columns3, ListFilter, Search, X } from "lucide-react";
import type { Attribute } from "../../../api/types";
import { Button } from "../../../ui/Button";
import { ColumnPicker } from "./ColumnPicker";
import { FilterEditor } from "./FilterEditor";
import { Popover } from "./Popover";
import type { ListViewState } from "./useListView";
import "./ListToolbar.css";

interface ListToolbarProps {
  object: string;
  pluralNoun: string;
  attributes: Attribute[];
  list: ListViewState;
}

/** Search, filters and columns of a record list. */
export function ListToolbar({ object, pluralNoun, attributes, list }: ListToolbarProps) {
  const filterCount = list.view.filters.length;
  return (
    <div className="list-toolbar">
      <label className="list-toolbar__search">
        <Search size={13} />
        <input
          type="search"
          placeholder={`Search ${pluralNoun.toLowerCase()}`}
          aria-label={`Search ${pluralNoun.toLowerCase()}`}
          data-testid="record-search"
          value={list.view.search}
          onChange={(event) => list.setSearch(event.target.value)}
        />
        {list.view.search && (
          <button
            type="button"
            className="list-toolbar__clear"
            aria-label="Clear the search"
            onClick={() => list.setSearch("")}
          >
            <X size={12} />
          </button>
        )}
      </label>
      <Popover
        label="Filters"
        trigger={({ toggle, open }) => (
          <Button
            small
            variant={filterCount > 0 ? "primary" : "default"}
            aria-expanded={open}
            onClick={toggle}
            testId="filter-button"
          >
            <ListFilter size={13} />
            {filterCount > 0 ? `Filters · ${filterCount}` : "Filter"}
          </Button>
        )}
      >
        <FilterEditor attributes={attributes} list={list} />
      </Popover>
      <Popover
        label="Columns"
        align="end"
        trigger={({ toggle, open }) => (
          <Button small aria-expanded={open} onClick={toggle} testId="columns-button">
            <Columns3 size={13} />
            Columns
          </Button>
        )}
      >
        <ColumnPicker
          object={object}
          attributes={attributes}
          columns={list.columns}
          onChange={list.setColumns}
        />
      </Popover>
    </div>
  );
}
