import Link from "next/link";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * A link to another page of the site: next/link with prefetching off.
 *
 * By default next/link fetches every linked page's data as soon as the link
 * scrolls into view. A news page links to dozens of pages (sections, authors,
 * tags, related stories), so a reader on a phone would download and parse all
 * of them before tapping anything: 14 extra requests on one article, and the
 * main-thread work that kept the mobile Lighthouse score low. A tap still
 * navigates without a full page load; it fetches that one page then.
 */
export function SiteLink(props: Props) {
  return <Link {...props} prefetch={false} />;
}
