import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleFigure } from "@/components/article/ArticleFigure";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { Breadcrumbs } from "@/components/article/Breadcrumbs";
import { Byline } from "@/components/article/Byline";
import { Corrections } from "@/components/article/Corrections";
import { DraftBanner } from "@/components/article/DraftBanner";
import { ShareLinks } from "@/components/article/ShareLinks";
import { LiveCoverage, LiveStatus } from "@/components/live/LiveCoverage";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { JsonLd } from "@/components/seo/JsonLd";
import type { LivePageModel } from "@/lib/pages/live";

/** A live page, top to bottom: status, headline, standfirst, key events, pinned update, updates. */
export function LivePageView({ page }: { page: LivePageModel }) {
  return (
    <article className="article live-page">
      {page.draftBanner ? <DraftBanner {...page.draftBanner} /> : null}
      <JsonLd data={page.jsonLd} />
      <Breadcrumbs crumbs={page.crumbs} />
      <LiveStatus page={page} />
      <ArticleHeader title={page.title} summary={page.summary} section={page.section} />
      <Byline authors={page.authors} publishedAt={page.publishedAt} timeZone={page.timeZone} />
      {page.page === 1 ? <ArticleFigure image={page.image} /> : null}
      {page.page === 1 && page.html ? <ArticleBody html={page.html} /> : null}
      <LiveCoverage page={page} />
      <Corrections corrections={page.corrections} timeZone={page.timeZone} />
      <ShareLinks url={page.share.url} links={page.share.links} />
      <SignupBlock model={page.signup} />
    </article>
  );
}
