import { SiteLink } from "@/components/site/SiteLink";

type Props = {
  editions: { href: string; date: string; title: string; lead: string; storyCount: number }[];
};

/** The list of past editions of the Daily news brief. */
export function BriefList({ editions }: Props) {
  return (
    <div className="listing">
      <h1 className="listing__heading">Daily news brief: past editions</h1>
      {editions.length === 0 ? (
        <p>No edition has been sent yet.</p>
      ) : (
        <ol className="brief-list">
          {editions.map((edition) => (
            <li key={edition.date}>
              <SiteLink href={edition.href}>
                <time dateTime={edition.date}>{edition.title}</time>
              </SiteLink>
              <p>
                {edition.lead}
                {edition.storyCount > 1 ? ` and ${edition.storyCount - 1} more` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
