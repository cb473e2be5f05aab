import type { Metadata } from "next";
import { SiteLink } from "@/components/site/SiteLink";
import { LeadStory } from "@/components/home/LeadStory";
import { ArticleCard } from "@/components/listing/ArticleCard";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticles } from "@/lib/content/queries";
import { frontPage } from "@/lib/listing/listing";
import { findSection } from "@/lib/sections";
import { homePageJsonLd } from "@/lib/seo/json-ld";
import { homeMetadata } from "@/lib/seo/metadata";
import { sectionPath } from "@/lib/seo/urls";
import { site } from "@/lib/site";

/** Regenerated in the background, so new and scheduled articles appear without a rebuild. */
export const revalidate = 30;

export const metadata: Metadata = homeMetadata(site);

const sectionName = (slug: string) => findSection(slug)?.name ?? slug;

export default async function HomePage() {
  const { lead, top, bySection } = frontPage(await getArticles());
  return (
    <div className="front">
      <JsonLd data={homePageJsonLd(site)} />
      <h1 className="visually-hidden">{site.name}: latest news</h1>
      {!lead ? (
        <p>No stories have been published yet.</p>
      ) : (
        <>
          <LeadStory
            article={lead}
            sectionName={sectionName(lead.section)}
            sectionHref={sectionPath(lead.section)}
            timeZone={site.timeZone}
          />
          {top.length > 0 ? (
            <section className="front__band" aria-labelledby="top-stories">
              <h2 id="top-stories" className="front__heading">
                Top stories
              </h2>
              <ol className="listing__items listing__items--band">
                {top.map((article) => (
                  <li key={article.slug}>
                    <ArticleCard
                      article={article}
                      sectionName={sectionName(article.section)}
                      timeZone={site.timeZone}
                      headingLevel={3}
                    />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {bySection.map(({ section, articles }) => (
            <section
              key={section.slug}
              className="front__section"
              aria-labelledby={`latest-${section.slug}`}
            >
              <h2 id={`latest-${section.slug}`} className="front__heading">
                <SiteLink href={sectionPath(section.slug)}>Latest in {section.name}</SiteLink>
              </h2>
              <ol className="listing__items">
                {articles.map((article) => (
                  <li key={article.slug}>
                    <ArticleCard
                      article={article}
                      sectionName={section.name}
                      timeZone={site.timeZone}
                      headingLevel={3}
                    />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
      <SignupBlock sourcePath="/" />
    </div>
  );
}
