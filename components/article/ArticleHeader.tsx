import { SiteLink } from "@/components/site/SiteLink";

type Props = { title: string; summary: string; section: { name: string; href: string } };

/** Section label, headline (the page's only h1) and standfirst. */
export function ArticleHeader({ title, summary, section }: Props) {
  return (
    <header className="article-header">
      <p className="article-header__section">
        <SiteLink href={section.href}>{section.name}</SiteLink>
      </p>
      <h1>{title}</h1>
      <p className="article-header__standfirst">{summary}</p>
    </header>
  );
}
