import { Fragment } from "react";
import { SiteLink } from "@/components/site/SiteLink";
import { formatDateTime } from "@/lib/dates";

type Props = {
  /** In byline order, each linking to its author page. */
  authors: readonly { name: string; href: string }[];
  publishedAt: string;
  updatedAt?: string;
  timeZone: string;
  /** "4 min read". */
  readingTime?: string;
};

/** Who wrote it (linked to their pages), when, and how long it takes to read. */
export function Byline({ authors, publishedAt, updatedAt, timeZone, readingTime }: Props) {
  return (
    <div className="byline">
      <p className="byline__authors">
        By{" "}
        {authors.map((author, index) => (
          <Fragment key={author.href}>
            {separator(index, authors.length)}
            <SiteLink href={author.href}>{author.name}</SiteLink>
          </Fragment>
        ))}
      </p>
      <p className="byline__dates">
        <span>
          Published <time dateTime={publishedAt}>{formatDateTime(publishedAt, timeZone)}</time>
        </span>
        {updatedAt ? (
          <span>
            Updated <time dateTime={updatedAt}>{formatDateTime(updatedAt, timeZone)}</time>
          </span>
        ) : null}
        {readingTime ? <span>{readingTime}</span> : null}
      </p>
    </div>
  );
}

/** ", " between names and " and " before the last. */
function separator(index: number, count: number): string {
  if (index === 0) return "";
  return index === count - 1 ? " and " : ", ";
}
