import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/listing/ArticleCard";
import { getArticlesInSection } from "@/lib/content/queries";
import { findSection, sections } from "@/lib/sections";
import { sectionMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ section: string }> };

export const dynamicParams = false;
/** Regenerated in the background, so new and scheduled articles appear without a rebuild. */
export const revalidate = 30;

export function generateStaticParams() {
  return sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = findSection((await params).section);
  if (!section) return {};
  return sectionMetadata(section, site);
}

export default async function SectionPage({ params }: Props) {
  const section = findSection((await params).section);
  if (!section) notFound();
  const articles = await getArticlesInSection(section.slug);
  return (
    <div className="listing">
      <h1 className="listing__heading">{section.name}</h1>
      <p className="listing__description">{section.description}</p>
      {articles.length === 0 ? (
        <p>No stories in this section yet.</p>
      ) : (
        <ol className="listing__items">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} sectionName={section.name} timeZone={site.timeZone} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
