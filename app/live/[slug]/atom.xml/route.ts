import { liveFeedResponse } from "@/lib/pages/live-responses";

/** A live page's updates as an Atom feed, as current as the page. */
export const revalidate = 10;

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  return liveFeedResponse((await context.params).slug);
}
