import { SiteLink } from "@/components/site/SiteLink";
import type { Section } from "@/lib/sections";

type Props = { title: string; summary: string; section: Section };

/** Section label, headline (the page's only h1) and standfirst. */
export function ArticleHeader({ title, summary, section }: Props) {
  return (
    <header className="article-header">
      <p className="article-header__section">
        <SiteLink href={`/sections/${section.slug}`}>{section.name}</SiteLink>
      </p>
      <h1>{title}</h1>
      <p className="article-header__standfirst">{summary}</p>
    </header>
  );
}
