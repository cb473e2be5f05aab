import { LiveLabel } from "@/components/live/LiveLabel";
import { LiveUpdateEntry } from "@/components/live/LiveUpdateEntry";
import { SiteLink } from "@/components/site/SiteLink";
import { formatDateTime } from "@/lib/dates";
import { ISLAND_SCRIPTS } from "@/lib/islands";
import type { LivePageModel } from "@/lib/pages/live";

/** The status line at the top of a live page: LIVE while coverage runs, when it ended after. */
export function LiveStatus({ page }: { page: LivePageModel }) {
  return (
    <p className="live-status">
      {page.status.running ? (
        <>
          <LiveLabel /> Latest update{" "}
          <time dateTime={page.latestAt}>{formatDateTime(page.latestAt, page.timeZone)}</time>
        </>
      ) : (
        <>
          Coverage ended at{" "}
          <time dateTime={page.status.endedAt}>
            {formatDateTime(page.status.endedAt, page.timeZone)}
          </time>
        </>
      )}
    </p>
  );
}

/**
 * The key events, the pinned update and the timeline (newest first), with
 * newer and older pages. While coverage runs, readers without JavaScript get
 * a link that reloads the page; our script (public/scripts/live.js) replaces
 * it with "N new updates", which shows them without a reload.
 */
export function LiveCoverage({ page }: { page: LivePageModel }) {
  return (
    <>
      {page.keyEvents.length > 0 ? (
        <nav className="live-key-events" aria-labelledby="key-events-heading">
          <h2 id="key-events-heading">Key events</h2>
          <ol>
            {page.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={event.href}>
                  <time dateTime={event.at}>{formatDateTime(event.at, page.timeZone)}</time>{" "}
                  {event.headline}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {page.pinned ? (
        <LiveUpdateEntry update={page.pinned} timeZone={page.timeZone} pinned />
      ) : null}
      <section
        className="live-timeline"
        aria-labelledby="updates-heading"
        data-live-timeline=""
        data-updates={page.updatesHref}
        data-latest={page.latestAt}
        data-running={page.status.running ? "true" : "false"}
      >
        <h2 id="updates-heading">
          {page.page > 1 ? `Updates, page ${page.page} of ${page.pages}` : "Updates"}
        </h2>
        {page.status.running && page.page === 1 ? (
          <p className="live-timeline__notice" data-live-notice="">
            <a href={page.path}>Reload this page for the latest updates</a>
          </p>
        ) : null}
        <div className="live-timeline__updates" data-live-updates="">
          {page.updates.map((update) => (
            <LiveUpdateEntry key={update.id} update={update} timeZone={page.timeZone} />
          ))}
        </div>
        {page.updates.length === 0 && !page.pinned ? (
          <p className="live-timeline__empty">No updates yet.</p>
        ) : null}
      </section>
      {page.pages > 1 ? (
        <nav className="pagination" aria-label="Pages">
          {page.newerHref ? (
            <SiteLink href={page.newerHref} rel="prev" className="pagination__link">
              <span aria-hidden="true">← </span>Newer updates
            </SiteLink>
          ) : null}
          <p className="pagination__status">
            Page {page.page} of {page.pages}
          </p>
          {page.olderHref ? (
            <SiteLink href={page.olderHref} rel="next" className="pagination__link">
              Older updates<span aria-hidden="true"> →</span>
            </SiteLink>
          ) : null}
        </nav>
      ) : null}
      {page.status.running && page.page === 1 ? (
        <>
          {/* A module script is deferred: it runs once the document is parsed. */}
          {/* eslint-disable-next-line @next/next/no-sync-scripts */}
          <script type="module" src={ISLAND_SCRIPTS.live} />
        </>
      ) : null}
    </>
  );
}
