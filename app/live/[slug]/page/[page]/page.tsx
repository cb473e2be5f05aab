import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { LivePageView } from "@/components/live/LivePageView";
import {
  findLivePage,
  livePage,
  livePageMetadata,
  livePagePath,
  parseLivePage,
} from "@/lib/pages/live";

type Props = { params: Promise<{ slug: string; page: string }> };

/** Older updates of a long live page, 20 a page; rendered on first request, then cached. */
export const revalidate = 10;

export async function generateStaticParams(): Promise<{ slug: string; page: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return livePageMetadata(slug, Number(page), (await draftMode()).isEnabled);
}

export default async function OlderLiveUpdates({ params }: Props) {
  const { slug, page: pageParam } = await params;
  const found = await findLivePage(slug, (await draftMode()).isEnabled);
  if (found.kind === "moved") permanentRedirect(found.to);
  if (found.kind === "missing") notFound();
  if (pageParam === "1") permanentRedirect(livePagePath(slug, 1));
  const number = parseLivePage(pageParam, found.article);
  if (number === undefined) notFound();
  const page = await livePage(found, number);
  if (!page) notFound();
  return <LivePageView page={page} />;
}
