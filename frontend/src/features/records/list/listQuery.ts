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

// Types whose values hold text a person would type into the search box.
const searchableTypes = new Set([
  "text",
  "personal-name",
  "email-address",
  "domain",
  "phone-number",
  "select",
  "status",
]);

/**
 * The list's search as an Attio filter: any searchable attribute contains the text. Built here
 * rather than sent as `search`, so it combines with the filters, the sort and paging.
 */
function searchClause(text: string, attributes: Attribute[]): Record<string, unknown> | null {
  const needle = text.trim();
  if (!needle) return null;
  const clauses = attributes
    .filter((attribute) => searchableTypes.has(attribute.type))
    .map((attribute) => ({ [attribute.slug]: { $contains: needle } }));
  return clauses.length > 0 ? { $or: clauses } : null;
}

function conditionClause(condition: FilterCondition, attributes: Attribute[]) {
  const attribute = attributes.find((a) => a.slug === condition.attribute);
  if (!attribute) return null;
  const operator = operatorsFor(attribute).find((op) => op.id === condition.operator);
  if (!operator) return null;
  const value = filterValue(operator.value, condition.value);
  return value === undefined ? null : operator.build(attribute.slug, value);
}

/** The Attio filter for a view; undefined when it selects every record. */
export function viewFilter(
  view: ListView,
  attributes: Attribute[],
): Record<string, unknown> | undefined {
  const clauses = [
    searchClause(view.search, attributes),
    ...view.filters.map((condition) => conditionClause(condition, attributes)),
  ].filter((clause): clause is Record<string, unknown> => clause !== null);
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

// Attio sorts a location by a part of it; the city is what a person expects.
const sortFields: Record<string, string> = { location: "locality" };

export function isSortable(attribute: Attribute): boolean {
  return attribute.type !== "interaction";
}

/** The backend query for one page of the view. */
export function pageQuery(
  view: ListView,
  attributes: Attribute[],
  offset: number,
  limit: number,
): RecordQuery {
  const query: RecordQuery = { limit, offset };
  const filter = viewFilter(view, attributes);
  if (filter) query.filter = filter;
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
