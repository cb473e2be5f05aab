import { isScheduled } from "../article";
import type { Article } from "../content/schema";
import { formatDateTime } from "../dates";
import { pathTo } from "../routes";
import { site } from "../site";

/** What the banner on a preview of a draft or a scheduled article says. */
export type DraftBannerModel = { draft: boolean; scheduledFor?: string; exitHref: string };

/** The banner for an article seen through a preview link, if readers cannot see it yet. */
export function draftBanner(
  article: Pick<Article, "draft" | "publishedAt">,
  preview: boolean,
  now: Date,
): DraftBannerModel | undefined {
  const scheduled = isScheduled(article, now);
  if (!preview || !(article.draft || scheduled)) return undefined;
  return {
    draft: article.draft,
    scheduledFor: scheduled ? formatDateTime(article.publishedAt, site.timeZone) : undefined,
    exitHref: pathTo("previewExit"),
  };
}
