import { pathTo } from "../routes";
import { notFoundMetadata } from "../seo/metadata";

/** The "Page not found" page, for every unknown URL. */
export const notFoundPage = {
  metadata: notFoundMetadata,
  homeHref: pathTo("home"),
};
