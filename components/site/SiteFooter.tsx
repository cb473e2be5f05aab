import { SiteLink } from "@/components/site/SiteLink";

type Props = { siteName: string; year: number; homeHref: string };

export function SiteFooter({ siteName, year, homeHref }: Props) {
  return (
    <footer className="site-footer">
      <p>
        <SiteLink href={homeHref}>{siteName}</SiteLink> publishes international news written from
        Markdown.
      </p>
      <p>
        © {year} {siteName}. Sample articles about fictional places are demonstrations, not news.
      </p>
    </footer>
  );
}
