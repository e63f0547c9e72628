import { describe, expect, it } from "vitest";
import type { Attribute } from "../../../api/types";
import { personAttributes } from "../../../test/fixtures";
import { emptyView, nextSort, pageQuery, viewFilter, type ListView } from "./listQuery";

const attributes: Attribute[] = [
  ...personAttributes,
  { ...personAttributes[0], id: "a-age", slug: "age", title: "Age", type: "number" },
  {
    ...personAttributes[0],
    id: "a-loc",
    slug: "primary_location",
    title: "Where",
    type: "location",
  },
  { ...personAttributes[0], id: "a-vip", slug: "vip", title: "VIP", type: "checkbox" },
];

function view(filters: [string, string, string][], search = ""): ListView {
  return {
    ...emptyView,
    search,
    filters: filters.map(([attribute, operator, value], id) => ({
      id,
      attribute,
      operator,
      value,
    })),
  };
}

describe("the list view's Attio filter", () => {
  it.each<{ name: string; view: ListView; want: unknown }>([
    { name: "no conditions", view: view([]), want: undefined },
    {
      name: "contains",
      view: view([["name", "contains", "ada"]]),
      want: { name: { $contains: "ada" } },
    },
    {
      name: "is not",
      view: view([["alc_status", "neq", "Pending"]]),
      want: { $not: { alc_status: { $eq: "Pending" } } },
    },
    {
      name: "a number comparison",
      view: view([["age", "gte", "42"]]),
      want: { age: { $gte: 42 } },
    },
    {
      name: "is empty",
      view: view([["phone_numbers", "empty", ""]]),
      want: { $not: { phone_numbers: { $not_empty: true } } },
    },
    {
      name: "a location's city",
      view: view([["primary_location", "city_contains", "lon"]]),
      want: { primary_location: { locality: { $contains: "lon" } } },
    },
    { name: "a checkbox", view: view([["vip", "eq", "false"]]), want: { vip: { $eq: false } } },
    {
      name: "a condition still missing its value is left out",
      view: view([
        ["name", "contains", "ada"],
        ["age", "gt", ""],
      ]),
      want: { name: { $contains: "ada" } },
    },
    {
      name: "two conditions",
      view: view([
        ["name", "starts_with", "a"],
        ["email_addresses", "ends_with", ".org"],
      ]),
      want: {
        $and: [{ name: { $starts_with: "a" } }, { email_addresses: { $ends_with: ".org" } }],
      },
    },
  ])("$name", ({ view, want }) => {
    expect(viewFilter(view, attributes)).toEqual(want);
  });
});

describe("the list view's page query", () => {
  it("sends the search beside the filter, for the backend to combine", () => {
    expect(pageQuery(view([["age", "lt", "30"]], " lov "), attributes, 0, 100)).toEqual({
      limit: 100,
      offset: 0,
      filter: { age: { $lt: 30 } },
      search: "lov",
    });
    expect(pageQuery(view([], "   "), attributes, 0, 100)).toEqual({ limit: 100, offset: 0 });
  });

  it("pages with limit and offset and sorts by one attribute", () => {
    const sorted = { ...emptyView, sort: { attribute: "name", direction: "desc" as const } };
    expect(pageQuery(sorted, attributes, 300, 100)).toEqual({
      limit: 100,
      offset: 300,
      sorts: [{ attribute: "name", direction: "desc" }],
    });
  });

  it("sorts a location by its city", () => {
    const sorted = {
      ...emptyView,
      sort: { attribute: "primary_location", direction: "asc" as const },
    };
    expect(pageQuery(sorted, attributes, 0, 100).sorts).toEqual([
      { attribute: "primary_location", direction: "asc", field: "locality" },
    ]);
  });

  it.each([
    { from: null, click: "name", want: { attribute: "name", direction: "asc" } },
    {
      from: { attribute: "name", direction: "asc" as const },
      click: "name",
      want: { attribute: "name", direction: "desc" },
    },
    { from: { attribute: "name", direction: "desc" as const }, click: "name", want: null },
    {
      from: { attribute: "name", direction: "desc" as const },
      click: "age",
      want: { attribute: "age", direction: "asc" },
    },
  ])("a header click goes from $from.direction to $want.direction", ({ from, click, want }) => {
    expect(nextSort(from, click)).toEqual(want);
  });
});
