import { SiteLink } from "@/components/site/SiteLink";

type Props = {
  page: number;
  totalPages: number;
  previousHref?: string;
  nextHref?: string;
};

/** Newer and older pages of a listing, as plain links. */
export function Pagination({ page, totalPages, previousHref, nextHref }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {previousHref ? (
        <SiteLink href={previousHref} rel="prev" className="pagination__link">
          <span aria-hidden="true">← </span>Newer stories
        </SiteLink>
      ) : null}
      <p className="pagination__status">
        Page {page} of {totalPages}
      </p>
      {nextHref ? (
        <SiteLink href={nextHref} rel="next" className="pagination__link">
          Older stories<span aria-hidden="true"> →</span>
        </SiteLink>
      ) : null}
    </nav>
  );
}
