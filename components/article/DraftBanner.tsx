type Props = { draft: boolean; scheduledFor?: string; exitHref: string };

/** Shown on every page viewed through a preview link, so nobody mistakes it for the live site. */
export function DraftBanner({ draft, scheduledFor, exitHref }: Props) {
  return (
    <div className="draft-banner" role="status">
      <strong>Draft preview</strong>
      <span>
        {draft ? " This article is a draft and is not published." : null}
        {scheduledFor ? ` It is scheduled for ${scheduledFor}.` : null}
      </span>{" "}
      {/* A route handler, not a page: a full navigation. */}
      <a href={exitHref}>Leave preview</a>
    </div>
  );
}
