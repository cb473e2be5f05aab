import { ArticleCard } from "@/components/listing/ArticleCard";
import { LeadStory } from "@/components/home/LeadStory";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { JsonLd } from "@/components/seo/JsonLd";
import { SiteLink } from "@/components/site/SiteLink";
import { frontPageMetadata, frontPageModel } from "@/lib/pages/front";

/** Regenerated in the background, so new and scheduled articles appear without a rebuild. */
export const revalidate = 30;

export const metadata = frontPageMetadata;

export default async function HomePage() {
  const front = await frontPageModel();
  return (
    <div className="front">
      <JsonLd data={front.jsonLd} />
      <h1 className="visually-hidden">{front.siteName}: latest news</h1>
      {!front.lead ? (
        <p>No stories have been published yet.</p>
      ) : (
        <>
          <LeadStory card={front.lead} timeZone={front.timeZone} />
          {front.top.length > 0 ? (
            <section className="front__band" aria-labelledby="top-stories">
              <h2 id="top-stories" className="front__heading">
                Top stories
              </h2>
              <ol className="listing__items listing__items--band">
                {front.top.map((card) => (
                  <li key={card.slug}>
                    <ArticleCard card={card} timeZone={front.timeZone} headingLevel={3} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {front.sections.map((section) => (
            <section
              key={section.slug}
              className="front__section"
              aria-labelledby={`latest-${section.slug}`}
            >
              <h2 id={`latest-${section.slug}`} className="front__heading">
                <SiteLink href={section.href}>Latest in {section.name}</SiteLink>
              </h2>
              <ol className="listing__items">
                {section.cards.map((card) => (
                  <li key={card.slug}>
                    <ArticleCard card={card} timeZone={front.timeZone} headingLevel={3} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
      <SignupBlock model={front.signup} />
    </div>
  );
}
