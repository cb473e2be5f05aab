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
import { articlePage, articlePageMetadata, articleParams, findArticle } from "@/lib/pages/article";

type Props = { params: Promise<{ slug: string }> };

/**
 * Articles are prerendered at build and regenerated in the background, so
 * edits, new files and scheduled articles go live without a rebuild. Slugs
 * not known at build are rendered on first request (a new file, an alias) or
 * answer 404.
 */
export const revalidate = 30;

export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articlePageMetadata((await params).slug, (await draftMode()).isEnabled);
}

export default async function ArticlePage({ params }: Props) {
  const found = await findArticle((await params).slug, (await draftMode()).isEnabled);
  if (found.kind === "moved") permanentRedirect(found.to);
  if (found.kind === "missing") notFound();
  const page = await articlePage(found);
  if (!page) notFound();
  return (
    <article className="article">
      {page.draftBanner ? <DraftBanner {...page.draftBanner} /> : null}
      <JsonLd data={page.jsonLd} />
      <Breadcrumbs crumbs={page.crumbs} />
      <ArticleHeader title={page.title} summary={page.summary} section={page.section} />
      <Byline
        authors={page.authors}
        publishedAt={page.publishedAt}
        updatedAt={page.updatedAt}
        timeZone={page.timeZone}
        readingTime={page.readingTime}
      />
      <ArticleFigure image={page.image} />
      <ArticleBody html={page.html} />
      <Corrections corrections={page.corrections} timeZone={page.timeZone} />
      <ArticleTags tags={page.tags} />
      <ShareLinks url={page.share.url} links={page.share.links} />
      <RelatedArticles cards={page.related} timeZone={page.timeZone} />
      <SignupBlock model={page.signup} />
    </article>
  );
}
