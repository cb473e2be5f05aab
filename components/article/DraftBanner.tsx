type Props = { draft: boolean; scheduledFor?: string };

/** Shown on every page viewed through a preview link, so nobody mistakes it for the live site. */
export function DraftBanner({ draft, scheduledFor }: Props) {
  return (
    <div className="draft-banner" role="status">
      <strong>Draft preview</strong>
      <span>
        {draft ? " This article is a draft and is not published." : null}
        {scheduledFor ? ` It is scheduled for ${scheduledFor}.` : null}
      </span>{" "}
      {/* A route handler, not a page: a full navigation. (The lint rule takes any path
          for a page because app/[...missing] matches every URL.) */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/preview/exit">Leave preview</a>
    </div>
  );
}
