import Link from "next/link";

type Props = { crumbs: readonly { name: string; href: string }[] };

/** Home > Section: where the article sits in the site. */
export function Breadcrumbs({ crumbs }: Props) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href}>{crumb.name}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
