import type { Attribute } from "../../../api/types";

/** What a filter's value is typed as in the filter editor. */
export type ValueKind = "none" | "text" | "number" | "date" | "option" | "boolean";

/** One way to compare an attribute, and the Attio filter it becomes (attio-sdk.md §13.3). */
export interface FilterOperator {
  id: string;
  label: string;
  value: ValueKind;
  build: (slug: string, value: unknown) => Record<string, unknown>;
}

type Clause = Record<string, unknown>;

const on = (slug: string, condition: unknown, field?: string): Clause =>
  field ? { [slug]: { [field]: condition } } : { [slug]: condition };
const not = (clause: Clause): Clause => ({ $not: clause });

function compare(id: string, label: string, op: string, value: ValueKind, field?: string) {
  return { id, label, value, build: (slug, v) => on(slug, { [op]: v }, field) } as FilterOperator;
}

function negated(id: string, label: string, of: FilterOperator): FilterOperator {
  return { id, label, value: of.value, build: (slug, v) => not(of.build(slug, v)) };
}

function emptiness(field?: string): FilterOperator[] {
  const present: FilterOperator = {
    id: "not_empty",
    label: "is not empty",
    value: "none",
    build: (slug) => on(slug, { $not_empty: true }, field),
  };
  return [negated("empty", "is empty", present), present];
}

function textOperators(value: ValueKind = "text"): FilterOperator[] {
  const is = compare("eq", "is", "$eq", value);
  const contains = compare("contains", "contains", "$contains", value);
  return [
    contains,
    negated("not_contains", "does not contain", contains),
    is,
    negated("neq", "is not", is),
    compare("starts_with", "starts with", "$starts_with", value),
    compare("ends_with", "ends with", "$ends_with", value),
    ...emptiness(),
  ];
}

function orderedOperators(value: ValueKind, names: [string, string]): FilterOperator[] {
  const is = compare("eq", "is", "$eq", value);
  return [
    is,
    negated("neq", "is not", is),
    compare("gt", names[1], "$gt", value),
    compare("gte", `is ${names[1]} or equal to`, "$gte", value),
    compare("lt", names[0], "$lt", value),
    compare("lte", `is ${names[0]} or equal to`, "$lte", value),
    ...emptiness(),
  ];
}

function optionOperators(): FilterOperator[] {
  const is = compare("eq", "is", "$eq", "option");
  return [is, negated("neq", "is not", is), ...emptiness()];
}

const numberNames: [string, string] = ["less than", "greater than"];
const dateNames: [string, string] = ["before", "after"];

const byType: Record<string, () => FilterOperator[]> = {
  text: () => textOperators(),
  "personal-name": () => textOperators(),
  "email-address": () => textOperators(),
  domain: () => textOperators(),
  "phone-number": () => textOperators(),
  number: () => orderedOperators("number", numberNames),
  currency: () => orderedOperators("number", numberNames),
  rating: () => orderedOperators("number", numberNames),
  date: () => orderedOperators("date", dateNames),
  timestamp: () => [
    compare("gt", "after", "$gt", "date"),
    compare("lt", "before", "$lt", "date"),
    ...emptiness(),
  ],
  checkbox: () => [compare("eq", "is", "$eq", "boolean")],
  select: optionOperators,
  status: optionOperators,
  "record-reference": () => emptiness(),
  "actor-reference": () => emptiness(),
  location: () => [
    compare("city_contains", "city contains", "$contains", "text", "locality"),
    compare("country_is", "country code is", "$eq", "text", "country_code"),
    ...emptiness("country_code"),
  ],
};

/** The operators the filter editor offers for an attribute; none for types Attio cannot filter. */
export function operatorsFor(attribute: Attribute): FilterOperator[] {
  return byType[attribute.type]?.() ?? [];
}

export function isFilterable(attribute: Attribute): boolean {
  return operatorsFor(attribute).length > 0;
}

/** The filter's value as Attio compares it, or undefined while it is not usable yet. */
export function filterValue(kind: ValueKind, raw: string): unknown {
  switch (kind) {
    case "none":
      return null;
    case "number": {
      const number = Number(raw);
      return raw.trim() === "" || Number.isNaN(number) ? undefined : number;
    }
    case "boolean":
      return raw !== "false";
    default:
      return raw.trim() === "" ? undefined : raw.trim();
  }
}
