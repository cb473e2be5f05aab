import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleFigure } from "@/components/article/ArticleFigure";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { Byline } from "@/components/article/Byline";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticle, getArticles } from "@/lib/content/queries";
import { findSection } from "@/lib/sections";
import { articlePageJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

/** Only prerendered slugs exist: anything else is a 404, never a render attempt. */
export const dynamicParams = false;

export async function generateStaticParams() {
  const articles = await getArticles();
  return articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  const section = article ? findSection(article.section) : undefined;
  if (!article || !section) return {};
  return articleMetadata(article, section, site);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getArticle(slug);
  const section = article ? findSection(article.section) : undefined;
  if (!article || !section) notFound();
  return (
    <article className="article">
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
      <SignupBlock sourcePath={`/articles/${article.slug}`} />
    </article>
  );
}
