/**
 * A page's HTML without Next.js's browser runtime (lib/platform/README.md,
 * "Pages without the framework runtime"): the React and router chunks, their
 * preloads, Turbopack's chunk list and the inline RSC payload
 * (`self.__next_f.push(...)`, which repeats the page's content). Reading
 * pages are complete HTML whose links, forms and images work without any of
 * it; our own enhancements are small scripts of their own (public/scripts/).
 *
 * What stays: every other element, data blocks such as JSON-LD
 * (`<script type="application/ld+json">`), and scripts of ours.
 */

/** Where Next.js serves its hashed chunks. */
const FRAMEWORK_ASSETS = "/_next/static/";

/** How the inline scripts Next.js writes begin: the RSC payload and Turbopack's chunk list. */
const FRAMEWORK_INLINE = /^\s*\(?(?:self\.__next_f|globalThis\["TURBOPACK"\])/;

// React escapes "</script" inside inline scripts, so the first one closes the element.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;
const SRC = /\bsrc="([^"]*)"/i;
const HREF = /\bhref="([^"]*)"/i;
const PRELOAD_SCRIPT = /\brel="(?:preload|modulepreload)"/i;

export function withoutFrameworkRuntime(html: string): string {
  return html
    .replace(SCRIPT, (element, attributes: string, content: string) =>
      isFrameworkScript(attributes, content) ? "" : element,
    )
    .replace(LINK, (element) => (isFrameworkPreload(element) ? "" : element));
}

function isFrameworkScript(attributes: string, content: string): boolean {
  const src = SRC.exec(attributes)?.[1];
  if (src !== undefined) return src.startsWith(FRAMEWORK_ASSETS);
  return FRAMEWORK_INLINE.test(content);
}

function isFrameworkPreload(link: string): boolean {
  if (!PRELOAD_SCRIPT.test(link)) return false;
  const isScript = /\bas="script"/i.test(link) || /\brel="modulepreload"/i.test(link);
  return isScript && (HREF.exec(link)?.[1] ?? "").startsWith(FRAMEWORK_ASSETS);
}
