import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { settings } from "@/lib/config";
import { isValidSlug } from "@/lib/content/slug";
import { isPreviewSecret } from "@/lib/preview";

/**
 * `/preview?secret=...&slug=...` turns on Next's draft mode for this browser
 * and opens the article, drafts and scheduled articles included.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const slug = url.searchParams.get("slug") ?? "";
  const secret = settings().PREVIEW_SECRET;
  if (!secret) {
    return text(404, "Previews are not enabled on this site (PREVIEW_SECRET is not set).");
  }
  if (!isPreviewSecret(url.searchParams.get("secret"), secret)) {
    return text(401, "This preview link is not valid: check the secret with your editor.");
  }
  if (!isValidSlug(slug)) return text(400, "The preview link needs the article's slug: ?slug=...");
  (await draftMode()).enable();
  redirect(`/articles/${slug}`);
}

function text(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
