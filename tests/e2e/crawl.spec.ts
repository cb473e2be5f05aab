import { expect, test, type APIRequestContext } from "@playwright/test";
import { site } from "../../lib/site";
import {
  attribute,
  elements,
  jsonLdBlocks,
  links,
  metaContents,
  parseHtml,
  textContent,
} from "../support/html";
import { parseXml, textOf } from "../support/xml";

/**
 * What a crawler or a feed reader gets from the production server: plain HTTP
 * requests, no browser, no JavaScript. URLs in the documents use the
 * configured origin (SITE_URL at build time); they are fetched here by path.
 */

type Node = Record<string, unknown>;

const articlePath = "/articles/venezuelan-soldiers-desert-posts";
const articleUrl = `${site.origin}${articlePath}`;
const headline = "More than 100 Venezuelan soldiers cross into Colombia after border clashes";

async function getOk(request: APIRequestContext, url: string, contentType: RegExp) {
  const response = await request.get(new URL(url, site.origin).pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(contentType);
  return response;
}

async function page(request: APIRequestContext, path: string) {
  const response = await getOk(request, path, /^text\/html/);
  return parseHtml(await response.text());
}

function nodeOfType(graph: unknown, type: string): Node {
  const nodes = (graph as { "@graph": Node[] })["@graph"];
  const found = nodes.find((node) => node["@type"] === type);
  expect(found, `a ${type} in the JSON-LD`).toBeDefined();
  return found as Node;
}

/** Every page URL listed in the sitemaps, following the index at /sitemap.xml. */
async function sitemapUrls(request: APIRequestContext): Promise<Map<string, string | undefined>> {
  const response = await getOk(request, "/sitemap.xml", /^application\/xml/);
  const index = parseXml(await response.text()).sitemapindex as Node;
  const urls = new Map<string, string | undefined>();
  for (const child of index.sitemap as Node[]) {
    const loc = textOf(child.loc);
    expect(loc.startsWith(`${site.origin}/`)).toBe(true);
    const sitemap = await getOk(request, loc, /^application\/xml/);
    const urlset = parseXml(await sitemap.text()).urlset as Node;
    for (const url of (urlset.url ?? []) as Node[]) {
      urls.set(textOf(url.loc), url.lastmod === undefined ? undefined : textOf(url.lastmod));
    }
  }
  return urls;
}

test.describe("the article page without JavaScript", () => {
  test("has the headline, the body, the canonical link and the Open Graph tags", async ({
    request,
  }) => {
    const tree = await page(request, articlePath);
    const h1 = elements(tree, (element) => element.tagName === "h1");
    expect(h1.map(textContent)).toEqual([headline]);
    const text = textContent(tree);
    expect(text).toContain("shocked and saddened");
    expect(text).toContain("Aid at the centre of the standoff");
    expect(text).toContain("The opposition has said it will keep trying to bring the aid in");

    expect(elements(tree, (element) => element.tagName === "title").map(textContent)).toEqual([
      `${headline} | Dateline`,
    ]);
    expect(links(tree, "canonical").map((link) => attribute(link, "href"))).toEqual([articleUrl]);
    expect(metaContents(tree, "description")[0]).toMatch(/^Colombia says over a hundred members/);
    expect(metaContents(tree, "robots")).toEqual(["index, follow, max-image-preview:large"]);

    const image = `${site.origin}/images/articles/venezuela-border-guard.jpg`;
    const og = (key: string) => metaContents(tree, key);
    expect(og("og:type")).toEqual(["article"]);
    expect(og("og:title")).toEqual([headline]);
    expect(og("og:url")).toEqual([articleUrl]);
    expect(og("og:site_name")).toEqual(["Dateline"]);
    expect(og("og:image")).toEqual([image]);
    expect(og("og:image:width")).toEqual(["1600"]);
    expect(og("og:image:height")).toEqual(["900"]);
    expect(og("og:image:alt")[0]).toMatch(/^Illustration of uniformed guards/);
    expect(og("article:published_time")).toEqual(["2019-02-24T18:05:00+01:00"]);
    expect(og("article:modified_time")).toEqual(["2019-02-24T21:30:00+01:00"]);
    expect(og("article:section")).toEqual(["Americas"]);
    expect(og("article:tag")).toEqual(["venezuela", "colombia", "brazil", "border-crossings"]);
    expect(og("twitter:card")).toEqual(["summary_large_image"]);
    expect(og("twitter:image")).toEqual([image]);
    await getOk(request, image, /^image\/jpeg/);
  });

  test("has NewsArticle and BreadcrumbList JSON-LD with every documented field, typed", async ({
    request,
  }) => {
    const tree = await page(request, articlePath);
    const blocks = jsonLdBlocks(tree);
    expect(blocks).toHaveLength(1);
    const [graph] = blocks;
    expect((graph as Node)["@context"]).toBe("https://schema.org");

    const article = nodeOfType(graph, "NewsArticle");
    expect(article.headline).toBe(headline);
    expect(article.description).toEqual(expect.stringMatching(/^Colombia says/));
    expect(article.datePublished).toBe("2019-02-24T18:05:00+01:00");
    expect(article.dateModified).toBe("2019-02-24T21:30:00+01:00");
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": articleUrl });
    expect(article.articleSection).toBe("Americas");
    expect(article.keywords).toEqual(["venezuela", "colombia", "brazil", "border-crossings"]);
    expect(article.isAccessibleForFree).toBe(true);
    expect(article.author).toEqual([
      {
        "@type": "Organization",
        name: "Dateline newsroom",
        url: `${site.origin}/authors/dateline-newsroom`,
      },
    ]);

    const [photo] = article.image as Node[];
    expect(photo).toMatchObject({
      "@type": "ImageObject",
      url: `${site.origin}/images/articles/venezuela-border-guard.jpg`,
      width: 1600,
      height: 900,
      creditText: "Illustration by Dateline Graphics",
      creator: { "@type": "Organization", name: "Dateline Graphics" },
      copyrightNotice: "Dateline Graphics",
    });
    expect(photo?.caption).toEqual(expect.stringContaining("Pacaraima, Brazil"));

    const publisher = article.publisher as Node;
    expect(publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "Dateline" });
    const logo = publisher.logo as Node;
    expect(logo).toMatchObject({ "@type": "ImageObject", width: 512, height: 512 });
    await getOk(request, String(logo.url), /^image\/png/);

    const breadcrumb = nodeOfType(graph, "BreadcrumbList");
    expect(breadcrumb.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Dateline", item: `${site.origin}/` },
      {
        "@type": "ListItem",
        position: 2,
        name: "Americas",
        item: `${site.origin}/sections/americas`,
      },
      { "@type": "ListItem", position: 3, name: headline, item: articleUrl },
    ]);
  });
});

test.describe("other pages", () => {
  test("the front page has its canonical URL and WebSite and organization JSON-LD", async ({
    request,
  }) => {
    const tree = await page(request, "/");
    expect(links(tree, "canonical").map((link) => attribute(link, "href"))).toEqual([
      // Next.js writes the root URL without its trailing slash.
      site.origin,
    ]);
    expect(metaContents(tree, "og:type")).toEqual(["website"]);
    expect(metaContents(tree, "og:image")).toEqual([`${site.origin}/brand/social.png`]);
    const [graph] = jsonLdBlocks(tree);
    expect(nodeOfType(graph, "WebSite")).toMatchObject({
      name: "Dateline",
      url: `${site.origin}/`,
    });
    expect(nodeOfType(graph, "NewsMediaOrganization")).toMatchObject({ name: "Dateline" });
  });

  test("a section page has its own title, description and canonical URL", async ({ request }) => {
    const tree = await page(request, "/sections/science");
    expect(elements(tree, (element) => element.tagName === "title").map(textContent)).toEqual([
      "Science | Dateline",
    ]);
    expect(metaContents(tree, "description")).toEqual([
      "Research, the environment and technology.",
    ]);
    expect(links(tree, "canonical").map((link) => attribute(link, "href"))).toEqual([
      `${site.origin}/sections/science`,
    ]);
  });

  for (const path of ["/", "/sections/europe", articlePath, "/no/such/page"]) {
    test(`${path} announces the RSS, Atom and JSON feeds`, async ({ request }) => {
      const response = await request.get(path);
      const tree = parseHtml(await response.text());
      const feeds = links(tree, "alternate").map((link) => [
        attribute(link, "type"),
        attribute(link, "href"),
      ]);
      expect(feeds).toEqual([
        ["application/rss+xml", `${site.origin}/feed.xml`],
        ["application/atom+xml", `${site.origin}/atom.xml`],
        ["application/feed+json", `${site.origin}/feed.json`],
      ]);
    });
  }

  test("the Page not found page answers 404 and is not indexed", async ({ request }) => {
    const response = await request.get("/no/such/page");
    expect(response.status()).toBe(404);
    const tree = parseHtml(await response.text());
    const robots = metaContents(tree, "robots");
    expect(robots.length).toBeGreaterThan(0);
    expect(robots.every((content) => content.includes("noindex"))).toBe(true);
  });
});

test.describe("robots.txt and sitemaps", () => {
  test("robots.txt allows crawling and points to both sitemaps", async ({ request }) => {
    const response = await getOk(request, "/robots.txt", /^text\/plain/);
    const lines = (await response.text()).split("\n").map((line) => line.trim());
    expect(lines).toContain("User-Agent: *");
    expect(lines).toContain("Allow: /");
    expect(lines).not.toContain("Disallow: /");
    expect(lines).toContain(`Sitemap: ${site.origin}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${site.origin}/news-sitemap.xml`);
  });

  test("the sitemaps list every published page with its own lastmod, and each answers 200", async ({
    request,
  }) => {
    const urls = await sitemapUrls(request);
    expect(urls.get(articleUrl)).toBe("2019-02-24T21:30:00+01:00");
    expect(urls.get(`${site.origin}/articles/night-trains-return`)).toBe(
      "2026-11-21T08:00:00+01:00",
    );
    expect(urls.has(`${site.origin}/`)).toBe(true);
    for (const section of ["americas", "europe", "africa", "asia-pacific", "science"]) {
      expect(urls.has(`${site.origin}/sections/${section}`)).toBe(true);
    }

    // Every article the section pages list is in the sitemap, and nothing else is.
    const listed = new Set<string>();
    for (const section of ["americas", "europe", "africa", "asia-pacific", "science"]) {
      const tree = await page(request, `/sections/${section}`);
      for (const a of elements(tree, (element) => element.tagName === "a")) {
        const href = attribute(a, "href") ?? "";
        if (href.startsWith("/articles/")) listed.add(`${site.origin}${href}`);
      }
    }
    const inSitemap = [...urls.keys()].filter((url) => url.startsWith(`${site.origin}/articles/`));
    expect(new Set(inSitemap)).toEqual(listed);

    for (const url of urls.keys()) {
      const response = await request.get(new URL(url).pathname);
      expect(response.status(), url).toBe(200);
    }
  });

  test("the news sitemap is a Google News sitemap of published pages", async ({ request }) => {
    const response = await getOk(request, "/news-sitemap.xml", /^application\/xml/);
    const urlset = parseXml(await response.text()).urlset as Node;
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const sitemap = await sitemapUrls(request);
    // Which articles are in the 48-hour window depends on when the site was built;
    // the window itself is tested with fixed dates in tests/unit/seo/news-sitemap.test.ts.
    for (const url of (urlset.url ?? []) as Node[]) {
      const loc = textOf(url.loc);
      expect(sitemap.has(loc), loc).toBe(true);
      const news = url["news:news"] as Node;
      expect(news["news:publication"]).toEqual({
        "news:name": "Dateline",
        "news:language": "en",
      });
      expect(textOf(news["news:publication_date"])).toMatch(
        /^\d{4}-\d\d-\d\dT.*([+-]\d\d:\d\d|Z)$/,
      );
      expect(textOf(news["news:title"]).length).toBeGreaterThan(0);
      expect((await request.get(new URL(loc).pathname)).status()).toBe(200);
    }
  });
});

test.describe("feeds", () => {
  /** Articles the sitemaps list: the feeds carry the same ones (there are fewer than 50). */
  async function publishedArticleUrls(request: APIRequestContext): Promise<string[]> {
    // Live pages are stories too: the feeds carry each once, at its /live address.
    return [...(await sitemapUrls(request)).keys()].filter(
      (url) => url.startsWith(`${site.origin}/articles/`) || url.startsWith(`${site.origin}/live/`),
    );
  }

  function expectFullArticle(html: string) {
    const tree = parseHtml(html, true);
    expect(textContent(tree)).toContain("shocked and saddened");
    expect(elements(tree, (element) => element.tagName === "script")).toEqual([]);
    const [img] = elements(tree, (element) => element.tagName === "img");
    expect(img && attribute(img, "src")).toBe(
      `${site.origin}/images/articles/venezuela-border-guard.jpg`,
    );
  }

  test("RSS 2.0 at /feed.xml", async ({ request }) => {
    const response = await getOk(request, "/feed.xml", /^application\/rss\+xml/);
    const channel = (parseXml(await response.text()).rss as Node).channel as Node;
    const items = channel.item as Node[];
    const urls = await publishedArticleUrls(request);
    expect(new Set(items.map((item) => textOf(item.link)))).toEqual(new Set(urls));
    const item = items.find((candidate) => textOf(candidate.link) === articleUrl) as Node;
    expect(textOf(item.title)).toBe(headline);
    expectFullArticle(textOf(item["content:encoded"]));
    const enclosure = item.enclosure as Node;
    expect(enclosure["@_type"]).toBe("image/jpeg");
    const photo = await getOk(request, String(enclosure["@_url"]), /^image\/jpeg/);
    expect(Number(enclosure["@_length"])).toBe((await photo.body()).length);
  });

  test("Atom at /atom.xml", async ({ request }) => {
    const response = await getOk(request, "/atom.xml", /^application\/atom\+xml/);
    const entries = (parseXml(await response.text()).feed as Node).entry as Node[];
    const hrefOf = (entry: Node) =>
      ((entry.link as Node[]).find((link) => link["@_rel"] === undefined) ?? {})["@_href"];
    expect(new Set(entries.map(hrefOf))).toEqual(new Set(await publishedArticleUrls(request)));
    const entry = entries.find((candidate) => hrefOf(candidate) === articleUrl) as Node;
    expect(textContent(parseHtml(textOf(entry.title), true))).toBe(headline);
    expectFullArticle(textOf(entry.content));
  });

  test("JSON Feed 1.1 at /feed.json", async ({ request }) => {
    const response = await getOk(request, "/feed.json", /^application\/feed\+json/);
    const feed = JSON.parse(await response.text()) as Node & { items: Node[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("Dateline");
    expect(feed.feed_url).toBe(`${site.origin}/feed.json`);
    expect(new Set(feed.items.map((item) => item.url))).toEqual(
      new Set(await publishedArticleUrls(request)),
    );
    const item = feed.items.find((candidate) => candidate.url === articleUrl) as Node;
    expect(item).toMatchObject({
      id: articleUrl,
      title: headline,
      authors: [{ name: "Dateline newsroom" }],
      image: `${site.origin}/images/articles/venezuela-border-guard.jpg`,
    });
    expectFullArticle(String(item.content_html));
  });
});
