import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleFigure } from "@/components/article/ArticleFigure";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ArticleTags } from "@/components/article/ArticleTags";
import { Breadcrumbs } from "@/components/article/Breadcrumbs";
import { Byline } from "@/components/article/Byline";
import { Corrections } from "@/components/article/Corrections";
import { DraftBanner } from "@/components/article/DraftBanner";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { ShareLinks } from "@/components/article/ShareLinks";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { JsonLd } from "@/components/seo/JsonLd";
import {
  findArticleByAlias,
  getArticle,
  getArticleForPreview,
  getArticles,
  getAuthors,
  getRelatedArticles,
} from "@/lib/content/queries";
import { authorsOf } from "@/lib/content/authors";
import { isScheduled } from "@/lib/content/publication";
import { readingTimeLabel } from "@/lib/content/reading-time";
import { isValidSlug } from "@/lib/content/slug";
import { formatDateTime } from "@/lib/dates";
import { tagLabel } from "@/lib/listing/listing";
import { findSection } from "@/lib/sections";
import { shareLinks } from "@/lib/share/links";
import { articlePageJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { absoluteUrl, site } from "@/lib/site";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/seo/urls";

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
  const authors = authorsOf(found.article, await getAuthors());
  const metadata = articleMetadata(found.article, section, site, authors);
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
  const authors = authorsOf(article, await getAuthors());
  const related = await getRelatedArticles(article);
  const url = absoluteUrl(articlePath(article.slug), site.origin);
  return (
    <article className="article">
      {preview && (article.draft || scheduled) ? (
        <DraftBanner
          draft={article.draft}
          scheduledFor={scheduled ? formatDateTime(article.publishedAt, site.timeZone) : undefined}
        />
      ) : null}
      <JsonLd data={articlePageJsonLd(article, section, site, authors)} />
      <Breadcrumbs
        crumbs={[
          { name: "Home", href: "/" },
          { name: section.name, href: sectionPath(section.slug) },
        ]}
      />
      <ArticleHeader title={article.title} summary={article.summary} section={section} />
      <Byline
        authors={authors.map((author) => ({ name: author.name, href: authorPath(author.id) }))}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        timeZone={site.timeZone}
        readingTime={readingTimeLabel(article.html)}
      />
      <ArticleFigure image={article.image} />
      <ArticleBody html={article.html} />
      <Corrections corrections={article.corrections} timeZone={site.timeZone} />
      <ArticleTags
        tags={article.tags.map((tag) => ({ label: tagLabel(tag), href: tagPath(tag) }))}
      />
      <ShareLinks url={url} links={shareLinks(url, article.title)} />
      <RelatedArticles articles={related} timeZone={site.timeZone} />
      <SignupBlock sourcePath={articlePath(article.slug)} />
    </article>
  );
}
