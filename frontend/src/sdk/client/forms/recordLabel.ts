import type { AttioRecord, AttioValue } from "../../../api/types";

const first = (record: AttioRecord, slug: string): AttioValue | undefined =>
  record.values?.[slug]?.[0];

/** What a record is called in pickers: its name, else an email or domain, else its id. */
export function recordLabel(record: AttioRecord): string {
  const name = first(record, "name");
  const text =
    (name?.full_name as string | undefined) ??
    (name?.value as string | undefined) ??
    (first(record, "email_addresses")?.email_address as string | undefined) ??
    (first(record, "primary_email_address")?.email_address as string | undefined) ??
    (first(record, "domains")?.domain as string | undefined);
  return text && text.trim() !== "" ? text : record.id.record_id;
}
