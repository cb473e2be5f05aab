import { notFound } from "next/navigation";

/**
 * Every URL no other route claims. Without this route Next.js answers such
 * URLs itself and forces `private, no-store` on the 404; matched here, the
 * site's 404 page carries the short shared-cache lifetime of next.config.ts.
 */
export default function MissingPage(): never {
  notFound();
}
