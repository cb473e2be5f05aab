import { settings } from "../config";
import { isValidSlug } from "../content/schema";
import { isPreviewSecret } from "../preview";
import { pathTo } from "../routes";

/**
 * `/preview?secret=...&slug=...`: whether to turn on Next's draft mode for
 * this browser and open the article (drafts and scheduled ones included), or
 * why not.
 */
export function previewRequest(
  url: URL,
): { kind: "open"; to: string } | { kind: "refused"; response: Response } {
  const secret = settings().PREVIEW_SECRET;
  const slug = url.searchParams.get("slug") ?? "";
  if (!secret) {
    return refused(404, "Previews are not enabled on this site (PREVIEW_SECRET is not set).");
  }
  if (!isPreviewSecret(url.searchParams.get("secret"), secret)) {
    return refused(401, "This preview link is not valid: check the secret with your editor.");
  }
  if (!isValidSlug(slug))
    return refused(400, "The preview link needs the article's slug: ?slug=...");
  return { kind: "open", to: pathTo("article", { slug }) };
}

/** Where leaving the preview goes: the published site. */
export const previewExitTo = pathTo("home");

function refused(status: number, message: string) {
  return {
    kind: "refused" as const,
    response: new Response(`${message}\n`, {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    }),
  };
}
