import Link from "next/link";
import { SearchForm } from "@/components/search/SearchForm";
import type { Section } from "@/lib/sections";

type Props = { siteName: string; tagline: string; sections: readonly Section[] };

export function SiteHeader({ siteName, tagline, sections }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          {siteName}
          <span className="site-header__tagline">{tagline}</span>
        </Link>
        <SearchForm id="site-search-q" className="search-form search-form--header" />
      </div>
      <nav aria-label="Sections" className="site-nav">
        <ul className="site-nav__list">
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={`/sections/${section.slug}`}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
