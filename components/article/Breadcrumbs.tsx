import { SiteLink } from "@/components/site/SiteLink";

type Props = { crumbs: readonly { name: string; href: string }[] };

/** Home > Section: where the article sits in the site. */
export function Breadcrumbs({ crumbs }: Props) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <SiteLink href={crumb.href}>{crumb.name}</SiteLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
