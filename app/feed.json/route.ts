import { feedResponse } from "@/lib/pages/feeds";

/** Regenerated in the background like the pages, so new articles reach feed readers without a rebuild. */
export const revalidate = 30;

export function GET(): Promise<Response> {
  return feedResponse("json");
}
