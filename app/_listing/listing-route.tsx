import { notFound, permanentRedirect } from "next/navigation";
import { ListingView } from "@/components/listing/ListingView";
import { listingPage, type ListingKind } from "@/lib/pages/listing";

/**
 * Shared by the section, tag and author routes and their /page/<n> routes
 * (a private folder: not a route itself). `pageSegment` is undefined on page 1.
 */
export async function ListingRoute({
  kind,
  listingKey,
  pageSegment,
}: {
  kind: ListingKind;
  listingKey: string;
  pageSegment?: string;
}) {
  const found = await listingPage(kind, listingKey, pageSegment);
  if (found.kind === "missing") notFound();
  if (found.kind === "moved") permanentRedirect(found.to);
  return <ListingView {...found.page} />;
}
