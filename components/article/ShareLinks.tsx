import type { ShareLink } from "@/lib/share/links";
import { CopyLink } from "./CopyLink";

type Props = { url: string; links: readonly ShareLink[] };

/** Plain share links (no third-party scripts) and the article's address. */
export function ShareLinks({ url, links }: Props) {
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        Share this story
      </h2>
      <ul className="share__links">
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              target={link.id === "email" ? undefined : "_blank"}
            >
              {link.label}
              {link.id === "email" ? null : (
                <span className="visually-hidden"> (opens in a new tab)</span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <p className="share__url">
        <span className="share__url-label">Link: </span>
        <span className="share__url-text">{url}</span> <CopyLink url={url} />
      </p>
    </section>
  );
}
