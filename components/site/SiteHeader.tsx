import { SiteLink } from "@/components/site/SiteLink";
import { SearchForm } from "@/components/search/SearchForm";
import type { Section } from "@/lib/sections";

type Props = { siteName: string; tagline: string; sections: readonly Section[] };

export function SiteHeader({ siteName, tagline, sections }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href="/" className="site-header__brand">
          {siteName}
          <span className="site-header__tagline">{tagline}</span>
        </SiteLink>
        <SearchForm id="site-search-q" className="search-form search-form--header" />
      </div>
      <nav aria-label="Sections" className="site-nav">
        <ul className="site-nav__list">
          {sections.map((section) => (
            <li key={section.slug}>
              <SiteLink href={`/sections/${section.slug}`}>{section.name}</SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
