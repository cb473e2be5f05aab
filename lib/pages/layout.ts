import type { Metadata, Viewport } from "next";
import { pathTo } from "../routes";
import { sections } from "../sections";
import { rootMetadata } from "../seo/metadata";
import { site } from "../site";

/** What every page's frame shows: the header with its search form and sections, the footer. */
export type LayoutModel = {
  language: string;
  siteName: string;
  tagline: string;
  homeHref: string;
  searchAction: string;
  sections: { slug: string; name: string; href: string }[];
  year: number;
};

export function layoutModel(now: Date = new Date()): LayoutModel {
  return {
    language: site.language,
    siteName: site.name,
    tagline: site.tagline,
    homeHref: pathTo("home"),
    searchAction: pathTo("search"),
    sections: sections.map((section) => ({
      slug: section.slug,
      name: section.name,
      href: pathTo("section", { section: section.slug }),
    })),
    year: now.getFullYear(),
  };
}

export const layoutMetadata: Metadata = rootMetadata(site);

export const layoutViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
};
