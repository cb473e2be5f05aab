import type { Metadata } from "next";
import { ArticleCard } from "@/components/listing/ArticleCard";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticles } from "@/lib/content/queries";
import { findSection } from "@/lib/sections";
import { homePageJsonLd } from "@/lib/seo/json-ld";
import { homeMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

/** Regenerated in the background, so new and scheduled articles appear without a rebuild. */
export const revalidate = 30;

export const metadata: Metadata = homeMetadata(site);

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <div className="listing">
      <JsonLd data={homePageJsonLd(site)} />
      <h1 className="listing__heading">Latest news</h1>
      {articles.length === 0 ? (
        <p>No stories have been published yet.</p>
      ) : (
        <ol className="listing__items">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard
                article={article}
                sectionName={findSection(article.section)?.name ?? article.section}
                timeZone={site.timeZone}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
