import { liveUpdatesResponse } from "@/lib/pages/live-responses";

/** What a live page's script checks for new updates: compact, as current as the page. */
export const revalidate = 10;

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  return liveUpdatesResponse((await context.params).slug);
}
