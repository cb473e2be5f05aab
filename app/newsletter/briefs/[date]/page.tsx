import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BriefEdition } from "@/components/newsletter/BriefEdition";
import { getArchivedEdition, sitePath } from "@/lib/newsletter/brief/archive";
import { editionTitleDate } from "@/lib/newsletter/brief/edition-names";
import { site } from "@/lib/site";

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const edition = await getArchivedEdition((await params).date);
  if (!edition) return {};
  return {
    title: `Daily news brief, ${editionTitleDate(edition.date, site.timeZone)}`,
    description: edition.stories[0]?.standfirst,
  };
}

/** One edition of the brief as a page: the same stories as the email. Unknown dates are 404. */
export default async function BriefPage({ params }: Props) {
  // Read from the database on every request: an edition can appear at any time.
  await connection();
  const edition = await getArchivedEdition((await params).date);
  if (!edition) notFound();
  return (
    <BriefEdition
      title={`Daily news brief, ${editionTitleDate(edition.date, site.timeZone)}`}
      stories={edition.stories.map((story) => ({
        slug: story.slug,
        href: sitePath(story.url),
        headline: story.headline,
        standfirst: story.standfirst,
        sectionName: story.sectionName,
        image: { ...story.image, src: sitePath(story.image.url) },
      }))}
    />
  );
}
