import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ section: string; page: string }> };

/** Pages that exist at build are prerendered; later ones render on first request, or 404. */
export const revalidate = 30;

export const generateStaticParams = listingParams.sectionPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, page } = await params;
  return listingMetadata("section", section, page);
}

export default async function SectionPageN({ params }: Props) {
  const { section, page } = await params;
  return <ListingRoute kind="section" listingKey={section} pageSegment={page} />;
}
