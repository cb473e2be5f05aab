import { describe, expect, it } from "vitest";
import { findSection, type Section } from "@/lib/sections";
import {
  articleAuthors,
  articlePageJsonLd,
  homePageJsonLd,
  personJsonLd,
  publisherJsonLd,
} from "@/lib/seo/json-ld";
import { seoFixture, seoFixtureAuthors, testSite } from "../../support/seo";

function section(slug: string): Section {
  const found = findSection(slug);
  if (!found) throw new Error(`no section ${slug}`);
  return found;
}

async function articleGraph(slug: string) {
  const article = await seoFixture(slug);
  const authors = await seoFixtureAuthors(article);
  const graph = articlePageJsonLd(article, section(article.section), testSite, authors);
  const [newsArticle, breadcrumb] = graph["@graph"];
  return { article, graph, newsArticle, breadcrumb };
}

describe("article page JSON-LD", () => {
  it("is a NewsArticle with every property Google documents for articles", async () => {
    const { graph, newsArticle } = await articleGraph("relative-links");
    expect(graph["@context"]).toBe("https://schema.org");
    expect(newsArticle).toEqual({
      "@type": "NewsArticle",
      "@id": "https://news.example/articles/relative-links#article",
      url: "https://news.example/articles/relative-links",
      mainEntityOfPage: {
        "@type": "WebPage",
        "@id": "https://news.example/articles/relative-links",
      },
      headline: "Links inside the body are relative on the site",
      description: "Feeds must make them absolute.",
      image: [
        {
          "@type": "ImageObject",
          url: "https://news.example/images/photo.jpg",
          contentUrl: "https://news.example/images/photo.jpg",
          width: 64,
          height: 48,
          caption: "A fixture caption.",
          creditText: "Illustration by Dateline Graphics",
          creator: { "@type": "Organization", name: "Dateline Graphics" },
          copyrightNotice: "Dateline Graphics",
        },
      ],
      datePublished: "2024-06-08T13:00:00Z",
      dateModified: "2024-06-09T10:00:00+02:00",
      author: [
        {
          "@type": "Person",
          name: "First Author",
          url: "https://news.example/authors/first-author",
        },
        {
          "@type": "Person",
          name: "Second Author",
          url: "https://news.example/authors/second-author",
        },
      ],
      publisher: {
        "@type": "NewsMediaOrganization",
        "@id": "https://news.example/#publisher",
        name: "Dateline",
        url: "https://news.example/",
        logo: {
          "@type": "ImageObject",
          url: "https://news.example/brand/logo.png",
          contentUrl: "https://news.example/brand/logo.png",
          width: 512,
          height: 512,
        },
      },
      articleSection: "Science",
      keywords: ["links"],
      inLanguage: "en",
      isAccessibleForFree: true,
    });
  });

  it("uses the publication time as dateModified when the article was never updated", async () => {
    const { newsArticle } = await articleGraph("at-now");
    expect(newsArticle).toMatchObject({
      datePublished: "2024-06-10T14:00:00+02:00",
      dateModified: "2024-06-10T14:00:00+02:00",
    });
    expect(newsArticle).not.toHaveProperty("keywords");
  });

  it("has a breadcrumb trail Home > Section > Article", async () => {
    const { breadcrumb } = await articleGraph("relative-links");
    expect(breadcrumb).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Dateline", item: "https://news.example/" },
        {
          "@type": "ListItem",
          position: 2,
          name: "Science",
          item: "https://news.example/sections/science",
        },
        {
          "@type": "ListItem",
          position: 3,
          name: "Links inside the body are relative on the site",
          item: "https://news.example/articles/relative-links",
        },
      ],
    });
  });

  it("carries hostile text unchanged (escaping is the serializer's job)", async () => {
    const { article, newsArticle } = await articleGraph("hostile-title");
    expect(newsArticle).toMatchObject({
      headline: article.title,
      description: article.summary,
      author: [
        {
          "@type": "Person",
          name: "Reporter </script> & Co",
          url: "https://news.example/authors/hostile-reporter",
        },
      ],
      image: [
        { caption: "A caption with </script><!-- & ]]> inside.", copyrightNotice: "Agence & Co" },
      ],
    });
  });
});

describe("authors", () => {
  it("are people with a name and the url of their author page", async () => {
    const article = await seoFixture("relative-links");
    expect(articleAuthors(await seoFixtureAuthors(article), testSite)).toEqual([
      { name: "First Author", url: "https://news.example/authors/first-author" },
      { name: "Second Author", url: "https://news.example/authors/second-author" },
    ]);
    expect(personJsonLd({ name: "A", url: "https://news.example/authors/a" })).toEqual({
      "@type": "Person",
      name: "A",
      url: "https://news.example/authors/a",
    });
  });
});

describe("the newsroom as author", () => {
  it("is an Organization with the url of its page", () => {
    const newsroom = { id: "newsroom", name: "Dateline newsroom", role: "newsroom", bio: "Us." };
    const [author] = articleAuthors([newsroom], testSite);
    expect(author && personJsonLd(author)).toEqual({
      "@type": "Organization",
      name: "Dateline newsroom",
      url: "https://news.example/authors/newsroom",
    });
  });
});

describe("home page JSON-LD", () => {
  it("describes the website and the organization publishing it", () => {
    const graph = homePageJsonLd(testSite);
    expect(graph["@graph"]).toEqual([
      {
        "@type": "WebSite",
        "@id": "https://news.example/#website",
        url: "https://news.example/",
        name: "Dateline",
        description: testSite.description,
        inLanguage: "en",
        publisher: { "@id": "https://news.example/#publisher" },
      },
      publisherJsonLd(testSite),
    ]);
  });
});
