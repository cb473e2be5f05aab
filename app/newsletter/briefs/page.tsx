import type { Metadata } from "next";
import { connection } from "next/server";
import { BriefList } from "@/components/newsletter/BriefList";
import { listArchivedEditions } from "@/lib/newsletter/brief/archive";
import { editionPath, editionTitleDate } from "@/lib/newsletter/brief/edition-names";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Daily news brief: past editions",
  description: "Every edition of the Dateline Daily news brief, newest first.",
};

/** The brief's archive, newest first: read from the newsletter database on every request. */
export default async function BriefsPage() {
  await connection();
  const editions = await listArchivedEditions();
  return (
    <BriefList
      editions={editions.map((edition) => ({
        href: editionPath(edition.date),
        date: edition.date,
        title: editionTitleDate(edition.date, site.timeZone),
        lead: edition.stories[0]?.headline ?? "",
        storyCount: edition.stories.length,
      }))}
    />
  );
}
