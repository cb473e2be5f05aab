import type { Metadata } from "next";
import { ListingRoute, listingMetadata } from "@/app/_listing/listing-route";
import { getAuthors } from "@/lib/content/queries";

type Props = { params: Promise<{ author: string }> };

/** Authors added after the build render on first request; an unknown author is a 404. */
export const dynamicParams = true;
export const revalidate = 30;

export async function generateStaticParams() {
  return (await getAuthors()).map((author) => ({ author: author.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata("author", (await params).author);
}

export default async function AuthorPage({ params }: Props) {
  return <ListingRoute kind="author" listingKey={(await params).author} />;
}
