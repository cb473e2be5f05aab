import "server-only";
import type { Metadata } from "next";
import { getArchivedEdition, listArchivedEditions, sitePath } from "../newsletter/brief/archive";
import { editionPath, editionTitleDate } from "../newsletter/brief/edition-names";
import { pathTo } from "../routes";
import { site } from "../site";

/** The web archive of the Daily news brief: read from the newsletter database on every request. */

export type BriefListModel = {
  editions: { href: string; date: string; title: string; lead: string; storyCount: number }[];
};

export const briefListMetadata: Metadata = {
  title: "Daily news brief: past editions",
  description: "Every edition of the Dateline Daily news brief, newest first.",
};

export async function briefList(): Promise<BriefListModel> {
  const editions = await listArchivedEditions();
  return {
    editions: editions.map((edition) => ({
      href: editionPath(edition.date),
      date: edition.date,
      title: editionTitleDate(edition.date, site.timeZone),
      lead: edition.stories[0]?.headline ?? "",
      storyCount: edition.stories.length,
    })),
  };
}

export type BriefEditionModel = {
  title: string;
  archiveHref: string;
  timeZone: string;
  stories: {
    slug: string;
    href: string;
    headline: string;
    standfirst: string;
    sectionName: string;
    image: { src: string; alt: string; credit: string; width: number; height: number };
    /** A live page: LIVE while it ran at send time, and its latest key events then. */
    live?: { running: boolean; keyEvents: { headline: string; at: string; href: string }[] };
  }[];
};

/** One edition as a page, the same stories as the email; undefined for a date with no edition. */
export async function briefEdition(date: string): Promise<BriefEditionModel | undefined> {
  const edition = await getArchivedEdition(date);
  if (!edition) return undefined;
  return {
    title: `Daily news brief, ${editionTitleDate(edition.date, site.timeZone)}`,
    archiveHref: pathTo("briefs"),
    timeZone: site.timeZone,
    stories: edition.stories.map((story) => ({
      slug: story.slug,
      href: sitePath(story.url),
      headline: story.headline,
      standfirst: story.standfirst,
      sectionName: story.sectionName,
      image: { ...story.image, src: sitePath(story.image.url) },
      ...(story.live
        ? {
            live: {
              running: story.live.running,
              keyEvents: story.live.keyEvents.map((event) => ({
                headline: event.headline,
                at: event.at,
                href: sitePath(event.url),
              })),
            },
          }
        : {}),
    })),
  };
}

export async function briefEditionMetadata(date: string): Promise<Metadata> {
  const edition = await getArchivedEdition(date);
  if (!edition) return {};
  return {
    title: `Daily news brief, ${editionTitleDate(edition.date, site.timeZone)}`,
    description: edition.stories[0]?.standfirst,
  };
}
