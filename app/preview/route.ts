import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { previewRequest } from "@/lib/pages/preview";

/**
 * `/preview?secret=...&slug=...` turns on Next's draft mode for this browser
 * and opens the article, drafts and scheduled articles included.
 */
export async function GET(request: Request): Promise<Response> {
  const preview = previewRequest(new URL(request.url));
  if (preview.kind === "refused") return preview.response;
  (await draftMode()).enable();
  redirect(preview.to);
}
