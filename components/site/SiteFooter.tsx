import { SiteLink } from "@/components/site/SiteLink";

type Props = { siteName: string; year: number };

export function SiteFooter({ siteName, year }: Props) {
  return (
    <footer className="site-footer">
      <p>
        <SiteLink href="/">{siteName}</SiteLink> publishes international news written from Markdown.
      </p>
      <p>
        © {year} {siteName}. Sample articles about fictional places are demonstrations, not news.
      </p>
    </footer>
  );
}
