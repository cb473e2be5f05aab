import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ author: string; page: string }> };

export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = listingParams.laterPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, page } = await params;
  return listingMetadata("author", author, page);
}

export default async function AuthorPageN({ params }: Props) {
  const { author, page } = await params;
  return <ListingRoute kind="author" listingKey={author} pageSegment={page} />;
}
