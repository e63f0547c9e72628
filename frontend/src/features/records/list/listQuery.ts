import type { Attribute, RecordQuery, RecordSort } from "../../../api/types";
import { filterValue, operatorsFor } from "./filterOperators";

/** One condition of the list's filter as the user set it up. */
export interface FilterCondition {
  id: number;
  attribute: string;
  operator: string;
  /** As typed; converted for the attribute's type when the query is built. */
  value: string;
}

/** How a user is looking at an object's records: search, filters, sort and columns. */
export interface ListView {
  search: string;
  filters: FilterCondition[];
  sort: RecordSort | null;
}

export const emptyView: ListView = { search: "", filters: [], sort: null };

function conditionClause(condition: FilterCondition, attributes: Attribute[]) {
  const attribute = attributes.find((a) => a.slug === condition.attribute);
  if (!attribute) return null;
  const operator = operatorsFor(attribute).find((op) => op.id === condition.operator);
  if (!operator) return null;
  const value = filterValue(operator.value, condition.value);
  return value === undefined ? null : operator.build(attribute.slug, value);
}

/** The Attio filter for a view's conditions; undefined when they select every record. */
export function viewFilter(
  view: ListView,
  attributes: Attribute[],
): Record<string, unknown> | undefined {
  const clauses = view.filters
    .map((condition) => conditionClause(condition, attributes))
    .filter((clause): clause is Record<string, unknown> => clause !== null);
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

// Attio sorts a location by a part of it; the city is what a person expects.
const sortFields: Record<string, string> = { location: "locality" };

export function isSortable(attribute: Attribute): boolean {
  return attribute.type !== "interaction";
}

/** Whether a view leaves out records: a search or a condition. */
export function viewNarrows(view: ListView, attributes: Attribute[]): boolean {
  return view.search.trim() !== "" || viewFilter(view, attributes) !== undefined;
}

/**
 * The backend query for one page of the view. The search goes as the query's own search,
 * which the backend combines with the filter, the sort and paging: it reads each record's text
 * once, where a filter of one $contains a text attribute would read it once per attribute.
 */
export function pageQuery(
  view: ListView,
  attributes: Attribute[],
  offset: number,
  limit: number,
): RecordQuery {
  const query: RecordQuery = { limit, offset };
  const filter = viewFilter(view, attributes);
  if (filter) query.filter = filter;
  const search = view.search.trim();
  if (search) query.search = search;
  if (view.sort) {
    const attribute = attributes.find((a) => a.slug === view.sort!.attribute);
    const field = attribute && sortFields[attribute.type];
    query.sorts = [field ? { ...view.sort, field } : view.sort];
  }
  return query;
}

/** The next sort when a column header is clicked: ascending, then descending, then none. */
export function nextSort(current: RecordSort | null, attribute: string): RecordSort | null {
  if (current?.attribute !== attribute) return { attribute, direction: "asc" };
  return current.direction === "asc" ? { attribute, direction: "desc" } : null;
}
