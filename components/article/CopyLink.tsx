import { ISLAND_SCRIPTS } from "@/lib/islands";

/**
 * Where "Copy link" appears: our script (public/scripts/copy-link.js) puts
 * the button here when it runs and the clipboard is available. Without it
 * nothing shows; the address printed beside it is there to copy by hand.
 */
export function CopyLink({ url }: { url: string }) {
  return (
    <>
      <span className="copy-link" data-copy-link={url} hidden />
      {/* A module script is deferred: it runs once the document is parsed. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={ISLAND_SCRIPTS.copyLink} />
    </>
  );
}
