import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { notFound } from "next/navigation";
import { remark } from "remark";
import html from "remark-html";

// The same folder of articles the site is built from (BASELINE_CONTENT_DIR/articles).
const articlesDir = path.join(process.env.BASELINE_CONTENT_DIR ?? "content", "articles");

// Like the site: prerender the article the bench loads, cache for 30 s, render others on request.
export const revalidate = 30;

export function generateStaticParams() {
  return [{ slug: process.env.BASELINE_SLUG ?? "" }];
}

export default async function ArticlePage({ params }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]+$/.test(slug)) notFound();
  const source = await readFile(path.join(articlesDir, `${slug}.md`), "utf8").catch(() => null);
  if (source === null) notFound();
  const { data, content } = matter(source);
  const body = String(await remark().use(html).process(content));
  return (
    <article>
      <h1>{data.title}</h1>
      <p>{data.summary}</p>
      <div dangerouslySetInnerHTML={{ __html: body }} />
    </article>
  );
}
