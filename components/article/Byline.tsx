import { formatDateTime } from "@/lib/dates";

type Props = {
  authors: readonly string[];
  publishedAt: string;
  updatedAt?: string;
  timeZone: string;
};

/** Who wrote it and when, with machine-readable times. */
export function Byline({ authors, publishedAt, updatedAt, timeZone }: Props) {
  return (
    <div className="byline">
      <p className="byline__authors">By {joinNames(authors)}</p>
      <p className="byline__dates">
        <span>
          Published <time dateTime={publishedAt}>{formatDateTime(publishedAt, timeZone)}</time>
        </span>
        {updatedAt ? (
          <span>
            Updated <time dateTime={updatedAt}>{formatDateTime(updatedAt, timeZone)}</time>
          </span>
        ) : null}
      </p>
    </div>
  );
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
