import type { AttioRecord, AttioValue } from "../../api/types";

export function valuesOf(record: AttioRecord, slug: string): AttioValue[] {
  return record.values?.[slug] ?? [];
}

function field(value: AttioValue, name: string): unknown {
  return value[name];
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** What a person sees for a record: its name, else its first domain or email address. */
export function recordTitle(record: AttioRecord): string {
  const [name] = valuesOf(record, "name");
  if (name) {
    const title = text(field(name, "full_name") ?? field(name, "value"));
    if (title) return title;
  }
  const [domain] = valuesOf(record, "domains");
  if (domain) return text(field(domain, "domain"));
  const [email] = [
    ...valuesOf(record, "email_addresses"),
    ...valuesOf(record, "primary_email_address"),
  ];
  if (email) return text(field(email, "email_address") ?? field(email, "value"));
  return "Unnamed record";
}

export function initials(title: string): string {
  const words = title.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const letters = words.length === 1 ? words[0].slice(0, 2) : words[0][0] + words.at(-1)![0];
  return letters.toUpperCase();
}

const currencyFormat = (amount: number, code: string) => {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: code }).format(amount);
  } catch {
    return `${amount} ${code}`;
  }
};

function formatDate(iso: string, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return withTime
    ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
    : date.toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" });
}

/** One value as plain text, by Attio's attribute type (attio-sdk.md §13.2). */
export function valueText(value: AttioValue): string {
  switch (value.attribute_type) {
    case "personal-name":
      return text(field(value, "full_name"));
    case "email-address":
      return text(field(value, "email_address") ?? field(value, "original_email_address"));
    case "phone-number":
      return text(field(value, "original_phone_number") ?? field(value, "normalized_phone_number"));
    case "domain":
      return text(field(value, "domain"));
    case "select":
      return text((field(value, "option") as { title?: string } | undefined)?.title);
    case "status":
      return text((field(value, "status") as { title?: string } | undefined)?.title);
    case "checkbox":
      return field(value, "value") ? "Yes" : "No";
    case "date":
      return formatDate(text(field(value, "value")), false);
    case "timestamp":
      return formatDate(text(field(value, "value")), true);
    case "currency": {
      const amount = Number(field(value, "currency_value"));
      const code = text(field(value, "currency_code"));
      return code ? currencyFormat(amount, code) : String(amount);
    }
    case "location":
      return ["locality", "region", "country_code"]
        .map((name) => text(field(value, name)))
        .filter(Boolean)
        .join(", ");
    case "actor-reference":
      return text(field(value, "referenced_actor_type"));
    case "record-reference":
      return text(field(value, "target_record_id"));
    default:
      return text(field(value, "value"));
  }
}

export interface RecordReference {
  object: string;
  recordId: string;
}

export function referenceOf(value: AttioValue): RecordReference | null {
  const object = field(value, "target_object");
  const recordId = field(value, "target_record_id");
  return typeof object === "string" && typeof recordId === "string" ? { object, recordId } : null;
}
