import type { Metadata } from "next";
import { ListingRoute, listingMetadata } from "@/app/_listing/listing-route";
import { getArticles, getAuthors } from "@/lib/content/queries";
import { byAuthor } from "@/lib/listing/listing";
import { laterPageParams } from "@/lib/listing/listings";

type Props = { params: Promise<{ author: string; page: string }> };

export const dynamicParams = true;
export const revalidate = 30;

export async function generateStaticParams() {
  const articles = await getArticles();
  return (await getAuthors()).flatMap((author) =>
    laterPageParams(byAuthor(articles, author.id).length).map(({ page }) => ({
      author: author.id,
      page,
    })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, page } = await params;
  return listingMetadata("author", author, page);
}

export default async function AuthorPageN({ params }: Props) {
  const { author, page } = await params;
  return <ListingRoute kind="author" listingKey={author} pageSegment={page} />;
}
