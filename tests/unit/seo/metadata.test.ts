import { describe, expect, it } from "vitest";
import { findSection, type Section } from "@/lib/sections";
import {
  articleMetadata,
  feedAlternates,
  homeMetadata,
  notFoundMetadata,
  rootMetadata,
  sectionMetadata,
} from "@/lib/seo/metadata";
import { seoFixture, seoFixtureAuthors, testSite } from "../../support/seo";

function section(slug: string): Section {
  const found = findSection(slug);
  if (!found) throw new Error(`no section ${slug}`);
  return found;
}

const feeds = {
  "application/rss+xml": [{ url: "https://news.example/feed.xml", title: "Dateline (RSS)" }],
  "application/atom+xml": [{ url: "https://news.example/atom.xml", title: "Dateline (Atom)" }],
  "application/feed+json": [
    { url: "https://news.example/feed.json", title: "Dateline (JSON Feed)" },
  ],
};

describe("article metadata", () => {
  it("has the headline, summary, canonical URL, Open Graph article and a large Twitter card", async () => {
    const article = await seoFixture("relative-links");
    const metadata = articleMetadata(
      article,
      section("science"),
      testSite,
      await seoFixtureAuthors(article),
    );
    expect(metadata).toEqual({
      title: "Links inside the body are relative on the site",
      description: "Feeds must make them absolute.",
      authors: [
        { name: "First Author", url: "https://news.example/authors/first-author" },
        { name: "Second Author", url: "https://news.example/authors/second-author" },
      ],
      alternates: { canonical: "https://news.example/articles/relative-links", types: feeds },
      robots: { index: true, follow: true, "max-image-preview": "large" },
      openGraph: {
        type: "article",
        url: "https://news.example/articles/relative-links",
        title: "Links inside the body are relative on the site",
        description: "Feeds must make them absolute.",
        siteName: "Dateline",
        locale: "en_GB",
        publishedTime: "2024-06-08T13:00:00Z",
        modifiedTime: "2024-06-09T10:00:00+02:00",
        section: "Science",
        tags: ["links"],
        authors: [
          "https://news.example/authors/first-author",
          "https://news.example/authors/second-author",
        ],
        images: [
          {
            url: "https://news.example/images/photo.jpg",
            width: 64,
            height: 48,
            alt: "A blue test rectangle standing in for a photo.",
          },
        ],
      },
      twitter: {
        card: "summary_large_image",
        title: "Links inside the body are relative on the site",
        description: "Feeds must make them absolute.",
        images: [
          {
            url: "https://news.example/images/photo.jpg",
            alt: "A blue test rectangle standing in for a photo.",
          },
        ],
      },
    });
  });

  it("falls back to the publication time for modified_time", async () => {
    const article = await seoFixture("at-now");
    const metadata = articleMetadata(article, section("africa"), testSite, []);
    expect(metadata.openGraph).toMatchObject({
      publishedTime: "2024-06-10T14:00:00+02:00",
      modifiedTime: "2024-06-10T14:00:00+02:00",
    });
  });
});

describe("listing and site metadata", () => {
  it("the root layout sets the title template, feeds, robots and the default social image", () => {
    const metadata = rootMetadata(testSite);
    expect(metadata.metadataBase?.toString()).toBe("https://news.example/");
    expect(metadata.title).toEqual({
      default: "Dateline: International news, clearly told",
      template: "%s | Dateline",
    });
    expect(metadata.alternates).toEqual({ types: feeds });
    expect(metadata.robots).toEqual({ index: true, follow: true, "max-image-preview": "large" });
    expect(metadata.openGraph?.images).toEqual([
      {
        url: "https://news.example/brand/social.png",
        width: 1200,
        height: 630,
        alt: testSite.defaultSocialImage.alt,
      },
    ]);
  });

  it("the home page has its own full title and canonical URL", () => {
    const metadata = homeMetadata(testSite);
    expect(metadata.title).toEqual({ absolute: "Dateline: International news, clearly told" });
    expect(metadata.alternates).toEqual({ canonical: "https://news.example/", types: feeds });
    expect(metadata.openGraph).toMatchObject({ type: "website", url: "https://news.example/" });
  });

  it("a section page has its name, description and canonical URL", () => {
    const metadata = sectionMetadata(section("europe"), testSite);
    expect(metadata.title).toBe("Europe");
    expect(metadata.description).toBe(section("europe").description);
    expect(metadata.alternates).toEqual({
      canonical: "https://news.example/sections/europe",
      types: feeds,
    });
  });

  it("every page that replaces the layout's alternates keeps the three feeds", async () => {
    const article = await seoFixture("at-now");
    for (const metadata of [
      homeMetadata(testSite),
      sectionMetadata(section("europe"), testSite),
      articleMetadata(article, section("africa"), testSite, []),
    ]) {
      expect(metadata.alternates?.types).toEqual(feedAlternates(testSite));
    }
  });

  it("the 404 page is not indexed", () => {
    expect(notFoundMetadata.robots).toEqual({ index: false, follow: true });
  });
});
