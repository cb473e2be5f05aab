import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleFigure } from "@/components/article/ArticleFigure";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { Byline } from "@/components/article/Byline";
import { Corrections } from "@/components/article/Corrections";
import { DraftBanner } from "@/components/article/DraftBanner";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { JsonLd } from "@/components/seo/JsonLd";
import {
  findArticleByAlias,
  getArticle,
  getArticleForPreview,
  getArticles,
} from "@/lib/content/queries";
import { isScheduled } from "@/lib/content/publication";
import { isValidSlug } from "@/lib/content/slug";
import { formatDateTime } from "@/lib/dates";
import { findSection } from "@/lib/sections";
import { articlePageJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

/**
 * Articles are prerendered at build and regenerated in the background at most
 * this often, so edits, new files and scheduled articles go live without a
 * rebuild. Slugs not known at build are rendered on first request (a new file,
 * an alias) or answer 404.
 */
export const revalidate = 30;

export async function generateStaticParams() {
  const articles = await getArticles();
  return articles.map((article) => ({ slug: article.slug }));
}

async function findArticle(slug: string) {
  if (!isValidSlug(slug)) return undefined;
  const preview = (await draftMode()).isEnabled;
  const article = preview ? await getArticleForPreview(slug) : await getArticle(slug);
  return article ? { article, preview } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findArticle((await params).slug);
  const section = found ? findSection(found.article.section) : undefined;
  if (!found || !section) return {};
  const metadata = articleMetadata(found.article, section, site);
  // Previews of drafts and scheduled articles must never be indexed.
  return found.preview ? { ...metadata, robots: { index: false, follow: false } } : metadata;
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const found = await findArticle(slug);
  if (!found) {
    const renamed = isValidSlug(slug) ? await findArticleByAlias(slug) : undefined;
    if (renamed) permanentRedirect(`/articles/${renamed.slug}`);
    notFound();
  }
  const { article, preview } = found;
  const section = findSection(article.section);
  if (!section) notFound();
  const scheduled = isScheduled(article);
  return (
    <article className="article">
      {preview && (article.draft || scheduled) ? (
        <DraftBanner
          draft={article.draft}
          scheduledFor={scheduled ? formatDateTime(article.publishedAt, site.timeZone) : undefined}
        />
      ) : null}
      <JsonLd data={articlePageJsonLd(article, section, site)} />
      <ArticleHeader title={article.title} summary={article.summary} section={section} />
      <Byline
        authors={article.authors}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        timeZone={site.timeZone}
      />
      <ArticleFigure image={article.image} />
      <ArticleBody html={article.html} />
      <Corrections corrections={article.corrections} timeZone={site.timeZone} />
      <SignupBlock sourcePath={`/articles/${article.slug}`} />
    </article>
  );
}
