import { describe, expect, it } from "vitest";
import type { AttioValue, Attribute } from "../../../api/types";
import { draftKind, draftOf, fieldError, isEmptyDraft, writeOf, type Draft } from "./draft";

function attribute(type: string, extra: Partial<Attribute> = {}): Attribute {
  return {
    id: `a-${type}`,
    slug: type.replace(/-/g, "_"),
    title: type,
    type,
    isMultiselect: false,
    isRequired: false,
    isUnique: false,
    ...extra,
  };
}

const multi = { isMultiselect: true };

describe("editing a stored value", () => {
  it.each<{ name: string; attribute: Attribute; values: AttioValue[]; want: Draft }>([
    {
      name: "phone numbers as typed",
      attribute: attribute("phone-number", multi),
      values: [
        {
          attribute_type: "phone-number",
          original_phone_number: "+44 7700 900123",
          normalized_phone_number: "+447700900123",
        },
      ],
      want: { kind: "list", items: ["+44 7700 900123"], pending: "" },
    },
    {
      name: "a personal name",
      attribute: attribute("personal-name"),
      values: [{ attribute_type: "personal-name", first_name: "Ada", last_name: "Lovelace" }],
      want: { kind: "name", first: "Ada", last: "Lovelace" },
    },
    {
      name: "a status by title",
      attribute: attribute("status"),
      values: [{ attribute_type: "status", status: { title: "Lead" } }],
      want: { kind: "options", selected: ["Lead"] },
    },
    {
      name: "a currency keeps its code",
      attribute: attribute("currency", { currencyCode: "USD" }),
      values: [{ attribute_type: "currency", currency_value: 1200, currency_code: "EUR" }],
      want: { kind: "currency", amount: "1200", code: "EUR" },
    },
    {
      name: "an empty currency starts with the attribute's code",
      attribute: attribute("currency", { currencyCode: "USD" }),
      values: [],
      want: { kind: "currency", amount: "", code: "USD" },
    },
    {
      name: "references",
      attribute: attribute("record-reference", multi),
      values: [
        { attribute_type: "record-reference", target_object: "people", target_record_id: "r1" },
      ],
      want: { kind: "references", refs: [{ object: "people", recordId: "r1" }] },
    },
  ])("$name", ({ attribute, values, want }) => {
    expect(draftOf(attribute, values)).toEqual(want);
  });

  it.each([
    { name: "interactions", attribute: attribute("interaction") },
    { name: "created_at", attribute: { ...attribute("timestamp"), slug: "created_at" } },
    {
      name: "an attribute the backend says is not writable",
      attribute: attribute("text", { isWritable: false }),
    },
  ])("leaves $name read-only", ({ attribute }) => {
    expect(draftKind(attribute)).toBeNull();
  });
});

describe("writing a draft in Attio's write forms", () => {
  it.each<{ name: string; attribute: Attribute; draft: Draft; want: unknown }>([
    {
      name: "phone numbers, with the one still being typed",
      attribute: attribute("phone-number", multi),
      draft: { kind: "list", items: ["+447700900123", " "], pending: "+447700900999 " },
      want: ["+447700900123", "+447700900999"],
    },
    {
      name: "a full personal name",
      attribute: attribute("personal-name"),
      draft: { kind: "name", first: " Ada ", last: "Lovelace" },
      want: { first_name: "Ada", last_name: "Lovelace", full_name: "Ada Lovelace" },
    },
    {
      name: "an empty name clears it",
      attribute: attribute("personal-name"),
      draft: { kind: "name", first: "", last: " " },
      want: null,
    },
    {
      name: "a number",
      attribute: attribute("number"),
      draft: { kind: "text", text: "42.5" },
      want: 42.5,
    },
    {
      name: "text that is not a number, for the backend to refuse",
      attribute: attribute("number"),
      draft: { kind: "text", text: "lots" },
      want: "lots",
    },
    {
      name: "a single select option by title",
      attribute: attribute("select"),
      draft: { kind: "options", selected: ["Pending"] },
      want: "Pending",
    },
    {
      name: "no option clears a single select",
      attribute: attribute("select"),
      draft: { kind: "options", selected: [] },
      want: null,
    },
    {
      name: "a multi-select's options",
      attribute: attribute("select", multi),
      draft: { kind: "options", selected: ["B2B", "SaaS"] },
      want: ["B2B", "SaaS"],
    },
    {
      name: "a currency amount and code",
      attribute: attribute("currency"),
      draft: { kind: "currency", amount: "99.5", code: "gbp" },
      want: { currency_value: 99.5, currency_code: "GBP" },
    },
    {
      name: "a location's filled fields",
      attribute: attribute("location"),
      draft: {
        kind: "location",
        fields: { line_1: "", locality: "London", region: "", postcode: "", country_code: "GB" },
      },
      want: { locality: "London", country_code: "GB" },
    },
    {
      name: "a single record reference",
      attribute: attribute("record-reference"),
      draft: { kind: "references", refs: [{ object: "companies", recordId: "c1" }] },
      want: { target_object: "companies", target_record_id: "c1" },
    },
    {
      name: "a workspace member",
      attribute: attribute("actor-reference"),
      draft: { kind: "members", ids: ["m1"] },
      want: { referenced_actor_type: "workspace-member", referenced_actor_id: "m1" },
    },
    {
      name: "a timestamp typed in local time, as ISO",
      attribute: attribute("timestamp"),
      draft: { kind: "text", text: "2025-03-01T09:30" },
      want: new Date("2025-03-01T09:30").toISOString(),
    },
    {
      name: "a rating",
      attribute: attribute("rating"),
      draft: { kind: "rating", stars: 4 },
      want: 4,
    },
  ])("$name", ({ attribute, draft, want }) => {
    expect(writeOf(attribute, draft)).toEqual(want);
  });

  it.each<{ draft: Draft; empty: boolean }>([
    { draft: { kind: "text", text: " " }, empty: true },
    { draft: { kind: "text", text: "0" }, empty: false },
    { draft: { kind: "checkbox", checked: false }, empty: true },
    { draft: { kind: "list", items: [], pending: "" }, empty: true },
  ])("tells an empty draft $draft.kind ($empty)", ({ draft, empty }) => {
    expect(isEmptyDraft(attribute("number", multi), draft)).toBe(empty);
  });
});

describe("backend errors about a field", () => {
  it.each([
    {
      message:
        'phone_numbers: "12345" is not a valid phone number: ' +
        "it must start with + and a country code",
      want: '"12345" is not a valid phone number: it must start with + and a country code',
    },
    { message: 'No record "r9" in people.', want: null },
  ])("$message", ({ message, want }) => {
    expect(fieldError("phone_numbers", message)).toBe(want);
  });
});
