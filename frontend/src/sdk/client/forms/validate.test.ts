import { describe, expect, it } from "vitest";
import { normalizeUrl } from "./parse";
import { Forms, type FormSchema } from "./schema";
import { validateForm } from "./validate";

const one = (field: ReturnType<typeof Forms.string>, raw: unknown) => {
  const { values, errors } = validateForm({ field }, { field: raw });
  return { value: values.field, error: (errors as Record<string, unknown> | undefined)?.field };
};

describe("Forms validation", () => {
  it.each([
    { name: "required string, empty", field: Forms.string(), raw: "", error: "Required" },
    { name: "required string, missing", field: Forms.string(), raw: undefined, error: "Required" },
    { name: "required string, spaces", field: Forms.string(), raw: "   ", error: "Required" },
    { name: "required string, given", field: Forms.string(), raw: "Ada", value: "Ada" },
    { name: "optional string, empty", field: Forms.string().optional(), raw: "", value: undefined },
    {
      name: "optional string, null",
      field: Forms.string().optional(),
      raw: null,
      value: undefined,
    },
    {
      name: "default used when empty",
      field: Forms.string().default("n/a"),
      raw: "",
      value: "n/a",
    },
    {
      name: "default not used when set",
      field: Forms.string().default("n/a"),
      raw: "x",
      value: "x",
    },
    {
      name: "too short",
      field: Forms.string().minLength(3),
      raw: "ab",
      error: "Must be at least 3 characters",
    },
    {
      name: "too long",
      field: Forms.string().maxLength(1),
      raw: "ab",
      error: "Must be at most 1 character",
    },
    {
      name: "bare domain as URL",
      field: Forms.string().url(),
      raw: "attio.com",
      value: "https://attio.com",
    },
    {
      name: "URL kept",
      field: Forms.string().url(),
      raw: "http://attio.com/x?y=1",
      value: "http://attio.com/x?y=1",
    },
    {
      name: "not a URL",
      field: Forms.string().url(),
      raw: "not a url",
      error: "Must be a valid URL",
    },
    {
      name: "URL without a dot",
      field: Forms.string().url(),
      raw: "attio",
      error: "Must be a valid URL",
    },
    {
      name: "URL of another protocol",
      field: Forms.string().url(),
      raw: "ftp://attio.com",
      error: "Must be a valid URL",
    },
    {
      name: "URL with its own protocol and message",
      field: Forms.string().url({ protocol: /^ftp$/, message: "FTP only" }),
      raw: "https://attio.com",
      error: "FTP only",
    },
    {
      name: "optional URL, empty",
      field: Forms.string().url().optional(),
      raw: "",
      value: undefined,
    },
    { name: "number", field: Forms.number(), raw: 4, value: 4 },
    { name: "number typed", field: Forms.number(), raw: "4.5", value: 4.5 },
    { name: "number, empty", field: Forms.number(), raw: "", error: "Required" },
    { name: "number, not a number", field: Forms.number(), raw: "4x", error: "Must be a number" },
    { name: "optional number, empty", field: Forms.number().optional(), raw: "", value: undefined },
    { name: "number default", field: Forms.number().default(7), raw: undefined, value: 7 },
    { name: "number below min", field: Forms.number().min(5), raw: 4, error: "Must be at least 5" },
    { name: "number at min", field: Forms.number().min(5), raw: 5, value: 5 },
    { name: "number above max", field: Forms.number().max(5), raw: 6, error: "Must be at most 5" },
    { name: "boolean untouched", field: Forms.boolean(), raw: undefined, value: false },
    {
      name: "optional boolean untouched",
      field: Forms.boolean().optional(),
      raw: undefined,
      value: undefined,
    },
    { name: "boolean checked", field: Forms.boolean(), raw: true, value: true },
    { name: "plain date", field: Forms.plainDate(), raw: "2025-02-28", value: "2025-02-28" },
    {
      name: "impossible date",
      field: Forms.plainDate(),
      raw: "2025-02-30",
      error: "Must be a valid date",
    },
    {
      name: "plain date default",
      field: Forms.plainDate().default("2025-01-01"),
      raw: "",
      value: "2025-01-01",
    },
    { name: "date-time, empty", field: Forms.dateTime(), raw: undefined, error: "Required" },
    {
      name: "date-time before min, own message",
      field: Forms.dateTime().min(new Date("2025-01-01T00:00:00Z"), { message: "Too early" }),
      raw: new Date("2024-12-31T00:00:00Z"),
      error: "Too early",
    },
    {
      name: "record",
      field: Forms.attioRecord(),
      raw: { recordId: "r1", object: "people" },
      value: { recordId: "r1", object: "people" },
    },
    { name: "record, none", field: Forms.attioRecord(), raw: undefined, error: "Required" },
    {
      name: "record of another object",
      field: Forms.attioRecord().object({ slug: ["companies", "deals"] }),
      raw: { recordId: "r1", object: "people" },
      error: "Must be a record of companies or deals",
    },
  ])("$name", ({ field, raw, value, error }) => {
    const result = one(field, raw);
    expect(result.error).toBe(error);
    if (error === undefined) expect(result.value).toEqual(value);
  });

  it("walks nested objects and arrays, addressing errors like the values", () => {
    const schema: FormSchema = {
      name: Forms.string(),
      address: { street: Forms.string(), city: Forms.string().optional() },
      phones: Forms.array(Forms.string().minLength(3)),
      contacts: Forms.array({ email: Forms.string() }),
      tags: Forms.array(Forms.string()).optional(),
    };
    const result = validateForm(schema, {
      name: "Ada",
      address: { street: "" },
      phones: ["+44", "1"],
      contacts: [{ email: "a@b.c" }, {}],
    });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual({
      address: { street: "Required" },
      phones: [undefined, "Must be at least 3 characters"],
      contacts: [undefined, { email: "Required" }],
    });
    expect(result.values.tags).toBeUndefined();
  });

  it("lets the schema's message win over the app's validate, and keeps the app's others", () => {
    const schema = { name: Forms.string(), nickname: Forms.string().optional() };
    const result = validateForm(schema, { name: "" }, () => ({
      name: "Pick a name",
      nickname: "Taken",
    }));
    expect(result.errors).toEqual({ name: "Required", nickname: "Taken" });
    expect(result.valid).toBe(false);
  });

  it("passes the app's validate the parsed values", () => {
    const seen: unknown[] = [];
    validateForm(
      { site: Forms.string().url(), n: Forms.number() },
      { site: "attio.com", n: "3" },
      (v) => {
        seen.push(v);
        return {};
      },
    );
    expect(seen).toEqual([{ site: "https://attio.com", n: 3 }]);
  });

  it("builds immutably: a modifier does not change the value it was called on", () => {
    const base = Forms.string();
    base.optional();
    expect(base.spec.optional).toBe(false);
  });
});

describe("normalizeUrl", () => {
  it.each([
    ["attio.com", "https://attio.com"],
    ["https://app.attio.com/x", "https://app.attio.com/x"],
    ["localhost:3000", "https://localhost:3000"],
    ["a b.com", null],
    [".com", null],
  ])("%s → %s", (text, want) => {
    expect(normalizeUrl(text, /^https?$/)).toBe(want);
  });
});
