/** An api slug from a title, the way Attio proposes one: lowercase words joined by "_". */
export function slugFrom(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[0-9]/.test(slug) ? `n_${slug}` : slug;
}
