import "server-only";
import type { Metadata } from "next";
import { contentStore } from "../content/store";
import { frontPage } from "../listing/listing";
import { pathTo } from "../routes";
import { homePageJsonLd, type JsonLdGraph } from "../seo/json-ld";
import { homeMetadata } from "../seo/metadata";
import { site } from "../site";
import { storyCard, type StoryCard } from "./cards";
import { signupBlock, type SignupBlockModel } from "./signup";

/** The front page: the lead story, the band of top stories, the latest of each section. */
export type FrontPageModel = {
  jsonLd: JsonLdGraph;
  siteName: string;
  lead?: StoryCard;
  top: StoryCard[];
  sections: { slug: string; name: string; href: string; cards: StoryCard[] }[];
  timeZone: string;
  signup: SignupBlockModel;
};

export const frontPageMetadata: Metadata = homeMetadata(site);

export async function frontPageModel(): Promise<FrontPageModel> {
  const { lead, top, bySection } = frontPage(await contentStore().visibleArticles());
  return {
    jsonLd: homePageJsonLd(site),
    siteName: site.name,
    lead: lead && storyCard(lead),
    top: top.map((article) => storyCard(article)),
    sections: bySection.map(({ section, articles }) => ({
      slug: section.slug,
      name: section.name,
      href: pathTo("section", { section: section.slug }),
      cards: articles.map((article) => storyCard(article)),
    })),
    timeZone: site.timeZone,
    signup: signupBlock(pathTo("home")),
  };
}
