import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { LivePageView } from "@/components/live/LivePageView";
import { findLivePage, livePage, livePageMetadata, liveParams } from "@/lib/pages/live";

type Props = { params: Promise<{ slug: string }> };

/**
 * A live page (docs/editing.md, "Live pages"), regenerated every
 * LIVE_REGENERATE_SECONDS (lib/routes.ts) so that an update saved to its file
 * is on the page within seconds, without a rebuild.
 */
export const revalidate = 10;

export const generateStaticParams = liveParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return livePageMetadata((await params).slug, 1, (await draftMode()).isEnabled);
}

export default async function LivePage({ params }: Props) {
  const found = await findLivePage((await params).slug, (await draftMode()).isEnabled);
  if (found.kind === "moved") permanentRedirect(found.to);
  if (found.kind === "missing") notFound();
  const page = await livePage(found, 1);
  if (!page) notFound();
  return <LivePageView page={page} />;
}
