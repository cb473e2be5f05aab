import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ section: string }> };

/** The sections are fixed in lib/sections.ts: any other is a 404 without rendering. */
export const dynamicParams = false;
/** Regenerated in the background, so new and scheduled articles appear without a rebuild. */
export const revalidate = 30;

export const generateStaticParams = listingParams.sections;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata("section", (await params).section);
}

export default async function SectionPage({ params }: Props) {
  return <ListingRoute kind="section" listingKey={(await params).section} />;
}
