import type { Metadata } from "next";
import { ListingRoute } from "@/app/_listing/listing-route";
import { listingMetadata, listingParams } from "@/lib/pages/listing";

type Props = { params: Promise<{ author: string }> };

/** Authors added after the build render on first request; an unknown author is a 404. */
export const dynamicParams = true;
export const revalidate = 30;

export const generateStaticParams = listingParams.authors;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata("author", (await params).author);
}

export default async function AuthorPage({ params }: Props) {
  return <ListingRoute kind="author" listingKey={(await params).author} />;
}
