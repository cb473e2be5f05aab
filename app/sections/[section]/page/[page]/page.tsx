import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ section: string; page: string }> };

/** Rendered on first request, then cached (lib/pages/listing.ts, listingParams); past the last page: 404. */
export const revalidate = 30;

export const generateStaticParams = listingParams.laterPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, page } = await params;
  return listingMetadata("section", section, page);
}

export default async function SectionPageN({ params }: Props) {
  const { section, page } = await params;
  return <ListingRoute kind="section" listingKey={section} pageSegment={page} />;
}
