/**
 * What of Next.js's browser runtime a page's HTML still holds: its chunks,
 * their preloads, Turbopack's list, the inline RSC payload. Empty for a page
 * the site's server sent (lib/platform/page-responses.ts).
 */
export function frameworkRuntimeIn(html: string): string[] {
  const found = [
    ...html.matchAll(/<script[^>]+src="\/_next\/[^"]*"/g),
    ...html.matchAll(/<link[^>]+as="script"[^>]*>/g),
    ...html.matchAll(/self\.__next_f|globalThis\["TURBOPACK"\]/g),
  ];
  return found.map((match) => match[0]);
}
