import { notFound } from "next/navigation";

/**
 * Every URL no other route claims. proxy.ts already sends paths of no route's
 * shape to the prerendered 404 page; what still arrives here ends in a file
 * name (/x.php). Without this route Next.js answers such URLs itself and forces
 * `private, no-store` on the 404; matched here, the site's 404 page carries the
 * short shared-cache lifetime of next.config.ts.
 */
export default function MissingPage(): never {
  notFound();
}
