import type { Attribute } from "../../../api/types";
import { titleAttribute } from "../list/titleAttribute";
import { draftKind } from "./draft";

// What a person fills in first when adding a record of a standard object.
const preferred: Record<string, string[]> = {
  people: ["name", "email_addresses", "phone_numbers", "job_title", "company"],
  companies: ["name", "domains", "description"],
  deals: ["name", "stage", "owner", "value", "associated_company"],
  users: ["primary_email_address", "person", "user_id"],
  workspaces: ["workspace_id", "name", "company"],
};

/** The attributes the "New record" form asks for: the title, the required ones, the usual. */
export function createFields(object: string, attributes: Attribute[]): Attribute[] {
  const writable = attributes.filter((attribute) => draftKind(attribute) !== null);
  const wanted = new Set([
    titleAttribute(writable)?.slug,
    ...writable.filter((attribute) => attribute.isRequired).map((attribute) => attribute.slug),
    ...(preferred[object] ?? []),
  ]);
  return writable.filter((attribute) => wanted.has(attribute.slug));
}
