/**
 * Our own client scripts (public/scripts/): small modules that enhance a page
 * that already works without them, each doing nothing where its element is
 * absent. Reading pages carry no other JavaScript (lib/platform/README.md,
 * "Pages without the framework runtime").
 */
export const ISLAND_SCRIPTS = {
  /** The signup form's in-page answer. */
  signup: "/scripts/signup.js",
  /** The "Copy link" button beside an article's address. */
  copyLink: "/scripts/copy-link.js",
  /** A running live page's "N new updates", shown without a reload. */
  live: "/scripts/live.js",
} as const;
