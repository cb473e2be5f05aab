import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AuthorIntro } from "@/components/listing/AuthorIntro";
import { ListingView } from "@/components/listing/ListingView";
import { getListing, type Listing } from "@/lib/listing/listings";
import { pagePath, parsePageNumber } from "@/lib/listing/pagination";
import { listingPageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

/**
 * Shared by the section, tag and author routes and their /page/<n> routes
 * (a private folder: not a route itself). `pageSegment` is undefined on page 1.
 */
async function resolve(kind: Listing["kind"], key: string, pageSegment: string | undefined) {
  const page = pageSegment === undefined ? 1 : parsePageNumber(pageSegment);
  if (page === undefined) return undefined;
  return getListing(kind, key, page);
}

export async function listingMetadata(
  kind: Listing["kind"],
  key: string,
  pageSegment?: string,
): Promise<Metadata> {
  const listing = await resolve(kind, key, pageSegment);
  if (!listing) return {};
  return listingPageMetadata({ ...listing, page: listing.page.page }, site);
}

const EMPTY_TEXT: Record<Listing["kind"], string> = {
  section: "No stories in this section yet.",
  tag: "No stories with this tag yet.",
  author: "No stories by this author yet.",
};

export async function ListingRoute({
  kind,
  listingKey,
  pageSegment,
}: {
  kind: Listing["kind"];
  listingKey: string;
  pageSegment?: string;
}) {
  const listing = await resolve(kind, listingKey, pageSegment);
  if (!listing) notFound();
  // Page 1 has one address: the listing's own.
  if (pageSegment !== undefined && listing.page.page === 1) permanentRedirect(listing.basePath);
  const { page, basePath } = listing;
  return (
    <ListingView
      heading={listing.heading}
      description={listing.description}
      intro={listing.author ? <AuthorIntro author={listing.author} /> : undefined}
      page={page}
      previousHref={page.previousPage ? pagePath(basePath, page.previousPage) : undefined}
      nextHref={page.nextPage ? pagePath(basePath, page.nextPage) : undefined}
      timeZone={site.timeZone}
      emptyText={EMPTY_TEXT[kind]}
    />
  );
}
