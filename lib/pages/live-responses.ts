import "server-only";
import { liveAtomFeed } from "../seo/live-feed";
import { site } from "../site";
import { findLivePage, liveUpdatesSummary } from "./live";

/** A live page's Atom feed; 404 for anything that is not a live page readers may see. */
export async function liveFeedResponse(slug: string): Promise<Response> {
  const found = await findLivePage(slug);
  if (found.kind !== "found") return notALivePage(slug);
  return new Response(liveAtomFeed(found.article, site), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}

/** The compact list of a live page's latest updates its script asks for. */
export async function liveUpdatesResponse(slug: string): Promise<Response> {
  const found = await findLivePage(slug);
  if (found.kind !== "found") return notALivePage(slug);
  return Response.json(liveUpdatesSummary(found.article));
}

function notALivePage(slug: string): Response {
  return new Response(`No live page is called "${slug}".\n`, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
