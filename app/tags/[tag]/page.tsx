import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ tag: string }> };

/** Tags that appear after the build render on first request; a tag no story carries is a 404. */
export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = listingParams.tags;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata("tag", (await params).tag);
}

export default async function TagPage({ params }: Props) {
  return <ListingRoute kind="tag" listingKey={(await params).tag} />;
}
