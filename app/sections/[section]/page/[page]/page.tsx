import type { Metadata } from "next";
import { ListingRoute, listingMetadata } from "@/app/_listing/listing-route";
import { getArticlesInSection } from "@/lib/content/queries";
import { laterPageParams } from "@/lib/listing/listings";
import { sections } from "@/lib/sections";

type Props = { params: Promise<{ section: string; page: string }> };

/** Pages that exist at build are prerendered; later ones render on first request, or 404. */
export const revalidate = 30;

export async function generateStaticParams() {
  const params = await Promise.all(
    sections.map(async (section) =>
      laterPageParams((await getArticlesInSection(section.slug)).length).map(({ page }) => ({
        section: section.slug,
        page,
      })),
    ),
  );
  return params.flat();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, page } = await params;
  return listingMetadata("section", section, page);
}

export default async function SectionPageN({ params }: Props) {
  const { section, page } = await params;
  return <ListingRoute kind="section" listingKey={section} pageSegment={page} />;
}
