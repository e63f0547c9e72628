import type { Attribute } from "../../../api/types";

// The attributes a record's title comes from, in the order recordTitle tries them.
const titleSlugs = ["name", "domains", "email_addresses", "primary_email_address"];

/** The attribute the list's Name column shows and sorts by. */
export function titleAttribute(attributes: Attribute[]): Attribute | undefined {
  for (const slug of titleSlugs) {
    const found = attributes.find((attribute) => attribute.slug === slug);
    if (found) return found;
  }
  return attributes[0];
}
