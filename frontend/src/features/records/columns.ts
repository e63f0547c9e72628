import type { Attribute } from "../../api/types";

const preferredColumns: Record<string, string[]> = {
  people: ["email_addresses", "company", "phone_numbers", "job_title"],
  companies: ["domains", "categories", "primary_location", "team"],
  deals: ["stage", "value", "associated_company", "owner"],
};

// Attio's own attributes; anything else on a standard object was added by the workspace or app.
const standardSlugs = new Set([
  "name",
  "email_addresses",
  "phone_numbers",
  "company",
  "job_title",
  "description",
  "primary_location",
  "angellist",
  "facebook",
  "instagram",
  "linkedin",
  "twitter",
  "avatar_url",
  "associated_deals",
  "associated_users",
  "associated_people",
  "associated_company",
  "associated_workspaces",
  "domains",
  "categories",
  "team",
  "logo_url",
  "estimated_arr_usd",
  "funding_raised_usd",
  "foundation_date",
  "employee_range",
  "twitter_follower_count",
  "stage",
  "owner",
  "value",
  "created_at",
  "created_by",
  "record_id",
  "first_calendar_interaction",
  "last_calendar_interaction",
  "next_calendar_interaction",
  "first_email_interaction",
  "last_email_interaction",
  "first_interaction",
  "last_interaction",
  "next_interaction",
  "strongest_connection_strength",
  "strongest_connection_user",
  "strongest_connection_strength_legacy",
  "workspace_id",
  "users",
  "person",
  "primary_email_address",
]);

export function isAppAttribute(attribute: Attribute): boolean {
  return !standardSlugs.has(attribute.slug);
}

/** The record list's columns after the name: two useful ones, then one the app added. */
export function listColumns(object: string, attributes: Attribute[]): Attribute[] {
  const bySlug = new Map(attributes.map((attribute) => [attribute.slug, attribute]));
  const preferred = (preferredColumns[object] ?? [])
    .map((slug) => bySlug.get(slug))
    .filter((attribute): attribute is Attribute => Boolean(attribute))
    .slice(0, 2);
  const fallback =
    preferred.length > 0 ? [] : attributes.filter((a) => a.slug !== "name").slice(0, 2);
  const added = attributes.filter(isAppAttribute).slice(0, 1);
  const seen = new Set<string>();
  return [...preferred, ...fallback, ...added].filter(
    (attribute) => !seen.has(attribute.slug) && seen.add(attribute.slug),
  );
}
