import { MAX_SLUG_LENGTH } from "../schema";

/** A slug for a headline: "Night trains return!" -> "night-trains-return". */
export function slugify(headline: string): string {
  const slug = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
}
