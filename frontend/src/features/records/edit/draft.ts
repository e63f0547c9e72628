import type { AttioValue, Attribute } from "../../../api/types";
import { referenceOf, type RecordReference } from "../recordValues";

/** An attribute's value while it is being edited, shaped for its editor. */
export type Draft =
  | { kind: "text"; text: string }
  | { kind: "list"; items: string[]; pending: string }
  | { kind: "options"; selected: string[] }
  | { kind: "name"; first: string; last: string }
  | { kind: "currency"; amount: string; code: string }
  | { kind: "location"; fields: Record<string, string> }
  | { kind: "references"; refs: RecordReference[] }
  | { kind: "members"; ids: string[] }
  | { kind: "checkbox"; checked: boolean }
  | { kind: "rating"; stars: number };

export type DraftKind = Draft["kind"];

export const locationFields = [
  ["line_1", "Address"],
  ["locality", "City"],
  ["region", "Region"],
  ["postcode", "Postcode"],
  ["country_code", "Country code"],
] as const;

// Attributes Attio fills in itself even where the backend does not say so.
const systemSlugs = new Set(["created_at", "created_by", "record_id"]);
const listTypes = new Set(["email-address", "phone-number", "domain"]);
const textTypes = new Set(["text", "number", "date", "timestamp"]);

/** How an attribute is edited, or null when people cannot write it (Attio sets it). */
export function draftKind(attribute: Attribute): DraftKind | null {
  if (attribute.isWritable === false || systemSlugs.has(attribute.slug)) return null;
  const type = attribute.type;
  if (listTypes.has(type)) return attribute.isMultiselect ? "list" : "text";
  if (textTypes.has(type)) return "text";
  const kinds: Record<string, DraftKind> = {
    select: "options",
    status: "options",
    "personal-name": "name",
    currency: "currency",
    location: "location",
    "record-reference": "references",
    "actor-reference": "members",
    checkbox: "checkbox",
    rating: "rating",
  };
  return kinds[type] ?? null;
}

const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));

/** The text a one-line editor starts with for one stored value. */
function valueAsText(attribute: Attribute, value: AttioValue | undefined): string {
  if (!value) return "";
  switch (attribute.type) {
    case "email-address":
      return str(value.original_email_address ?? value.email_address);
    case "phone-number":
      return str(value.original_phone_number ?? value.normalized_phone_number);
    case "domain":
      return str(value.domain);
    case "timestamp":
      return toLocalInput(str(value.value));
    default:
      return str(value.value);
  }
}

function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return iso;
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function optionTitle(value: AttioValue): string {
  const option = (value.option ?? value.status) as { title?: string } | undefined;
  return str(option?.title);
}

/** The draft an editor starts from: the attribute's current values. */
export function draftOf(attribute: Attribute, values: AttioValue[]): Draft | null {
  const [first] = values;
  switch (draftKind(attribute)) {
    case "text":
      return { kind: "text", text: valueAsText(attribute, first) };
    case "list":
      return { kind: "list", items: values.map((v) => valueAsText(attribute, v)), pending: "" };
    case "options":
      return { kind: "options", selected: values.map(optionTitle).filter(Boolean) };
    case "name":
      return { kind: "name", first: str(first?.first_name), last: str(first?.last_name) };
    case "currency":
      return {
        kind: "currency",
        amount: str(first?.currency_value),
        code: str(first?.currency_code) || attribute.currencyCode || "",
      };
    case "location":
      return {
        kind: "location",
        fields: Object.fromEntries(locationFields.map(([key]) => [key, str(first?.[key])])),
      };
    case "references":
      return {
        kind: "references",
        refs: values.map(referenceOf).filter((r): r is RecordReference => r !== null),
      };
    case "members":
      return {
        kind: "members",
        ids: values.map((v) => str(v.referenced_actor_id)).filter(Boolean),
      };
    case "checkbox":
      return { kind: "checkbox", checked: Boolean(first?.value) };
    case "rating":
      return { kind: "rating", stars: Number(first?.value ?? 0) };
    default:
      return null;
  }
}

// A number as typed; text that is not one goes to the backend as is, to be refused there
// with Attio's own message.
function numberOrText(text: string): number | string {
  const number = Number(text);
  return Number.isNaN(number) ? text : number;
}

function textWrite(attribute: Attribute, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (attribute.type === "number") return numberOrText(trimmed);
  if (attribute.type === "timestamp") {
    const date = new Date(trimmed);
    return Number.isNaN(date.getTime()) ? trimmed : date.toISOString();
  }
  return attribute.type === "text" ? text : trimmed;
}

/**
 * The draft in one of Attio's write forms (attio-sdk.md §13.2), to be written with overwrite
 * so it replaces every current value; null or [] clears the attribute.
 */
export function writeOf(attribute: Attribute, draft: Draft): unknown {
  const single = (list: unknown[]) => (attribute.isMultiselect ? list : (list[0] ?? null));
  switch (draft.kind) {
    case "text":
      return textWrite(attribute, draft.text);
    case "list":
      return [...draft.items, draft.pending].map((item) => item.trim()).filter(Boolean);
    case "options":
      return single(draft.selected);
    case "name": {
      const [first, last] = [draft.first.trim(), draft.last.trim()];
      const full = `${first} ${last}`.trim();
      return full ? { first_name: first, last_name: last, full_name: full } : null;
    }
    case "currency":
      if (draft.amount.trim() === "") return null;
      return {
        currency_value: numberOrText(draft.amount.trim()),
        ...(draft.code ? { currency_code: draft.code.trim().toUpperCase() } : {}),
      };
    case "location": {
      const filled = Object.entries(draft.fields).filter(([, value]) => value.trim() !== "");
      return filled.length === 0
        ? null
        : Object.fromEntries(filled.map(([key, value]) => [key, value.trim()]));
    }
    case "references":
      return single(
        draft.refs.map((ref) => ({ target_object: ref.object, target_record_id: ref.recordId })),
      );
    case "members":
      return single(
        draft.ids.map((id) => ({
          referenced_actor_type: "workspace-member",
          referenced_actor_id: id,
        })),
      );
    case "checkbox":
      return draft.checked;
    case "rating":
      return draft.stars;
  }
}

/** Whether a draft holds nothing to write (a create form leaves such attributes out). */
export function isEmptyDraft(attribute: Attribute, draft: Draft): boolean {
  if (draft.kind === "checkbox") return !draft.checked;
  if (draft.kind === "rating") return draft.stars === 0;
  const write = writeOf(attribute, draft);
  return write === null || (Array.isArray(write) && write.length === 0);
}

/** The part of a backend error about one attribute, without the slug it starts with. */
export function fieldError(slug: string, message: string): string | null {
  const prefix = `${slug}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : null;
}
