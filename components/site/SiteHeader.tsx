import { SiteLink } from "@/components/site/SiteLink";
import { SearchForm } from "@/components/search/SearchForm";

type Props = {
  siteName: string;
  tagline: string;
  homeHref: string;
  searchAction: string;
  sections: readonly { slug: string; name: string; href: string }[];
};

export function SiteHeader({ siteName, tagline, homeHref, searchAction, sections }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href={homeHref} className="site-header__brand">
          {siteName}
          <span className="site-header__tagline">{tagline}</span>
        </SiteLink>
        <SearchForm
          id="site-search-q"
          action={searchAction}
          className="search-form search-form--header"
        />
      </div>
      <nav aria-label="Sections" className="site-nav">
        <ul className="site-nav__list">
          {sections.map((section) => (
            <li key={section.slug}>
              <SiteLink href={section.href}>{section.name}</SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
