import { bodyDigest } from "@/lib/content/body-digest";
import type { Article } from "@/lib/content/schema";

/**
 * A complete, valid Article for tests; override what the test is about.
 * `html` is the body's HTML, held in memory.
 */
export function makeArticle({
  html = "<p>Body.</p>",
  ...overrides
}: Partial<Article> & { html?: string } = {}): Article {
  return {
    slug: "a-story",
    title: "A story",
    summary: "What happened, in a sentence long enough to stand alone as a standfirst.",
    section: "europe",
    tags: [],
    authors: ["A Reporter"],
    publishedAt: "2019-02-24T23:30:00Z",
    draft: false,
    withdrawn: false,
    live: false,
    updates: [],
    corrections: [],
    aliases: [],
    // Test articles are made from HTML: as Markdown it reads as raw HTML, whose tags search drops.
    body: { html: () => html, markdown: () => html, digest: bodyDigest(html) },
    image: {
      src: "/images/photo.jpg",
      alt: "A blue test rectangle.",
      caption: "Caption.",
      credit: "Credit",
      width: 40,
      height: 30,
    },
    ...overrides,
  };
}
