import type { Metadata } from "next";
import { ListingRoute, listingMetadata } from "@/app/_listing/listing-route";
import { getArticles } from "@/lib/content/queries";
import { allTags } from "@/lib/listing/listing";

type Props = { params: Promise<{ tag: string }> };

/** Tags that appear after the build render on first request; a tag no story carries is a 404. */
export const dynamicParams = true;
export const revalidate = 30;

export async function generateStaticParams() {
  return allTags(await getArticles()).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata("tag", (await params).tag);
}

export default async function TagPage({ params }: Props) {
  return <ListingRoute kind="tag" listingKey={(await params).tag} />;
}
