import type { Metadata } from "next";
import { ListingRoute, listingMetadata } from "@/app/_listing/listing-route";
import { getArticles } from "@/lib/content/queries";
import { allTags, withTag } from "@/lib/listing/listing";
import { laterPageParams } from "@/lib/listing/listings";

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = true;
export const revalidate = 30;

export async function generateStaticParams() {
  const articles = await getArticles();
  return allTags(articles).flatMap((tag) =>
    laterPageParams(withTag(articles, tag).length).map(({ page }) => ({ tag, page })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return listingMetadata("tag", tag, page);
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  return <ListingRoute kind="tag" listingKey={tag} pageSegment={page} />;
}
