import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = listingParams.laterPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return listingMetadata("tag", tag, page);
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  return <ListingRoute kind="tag" listingKey={tag} pageSegment={page} />;
}
