import { isSameOriginPost } from "../newsletter/origin";
import { matchRoute } from "../routes";

/**
 * Refusals for bad server-action requests, answered by proxy.ts before Next.js
 * handles them (lib/platform/README.md, "Server actions"): Next.js 16 answers
 * a server action posted from another origin, with a body that is not a form,
 * or over its body size limit with a 500 and a stack trace in the log.
 *
 * Our server actions are all form actions (the confirm and unsubscribe
 * buttons): React posts them as multipart/form-data, with or without
 * JavaScript, from a page of this site.
 */
export type ActionRefusal = { status: 400 | 403 | 413; message: string };

/** Next.js's default `serverActions.bodySizeLimit`. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export function serverActionRefusal(
  method: string,
  pathname: string,
  headers: Headers,
  siteOrigin: string,
): ActionRefusal | undefined {
  if (method !== "POST") return undefined;
  const route = matchRoute(pathname);
  // Route handlers that take POSTs themselves, with their own checks.
  if (route?.accepts === "post") return undefined;
  const contentType = headers.get("content-type") ?? "";
  // What makes Next.js treat a POST as a server action: the header its client
  // sends, or a form body (the no-JavaScript post of a form action).
  const isAction = headers.has("next-action") || contentType.startsWith("multipart/form-data");
  if (!isAction) return undefined;
  if (!isSameOriginPost(headers, siteOrigin)) {
    return { status: 403, message: "This form can only be sent from a page of this site." };
  }
  if (!contentType.startsWith("multipart/form-data")) {
    return { status: 400, message: "A form action takes a multipart/form-data body." };
  }
  const length = Number(headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) {
    return {
      status: 413,
      message: `A form action's body must state its length and be at most ${ACTION_BODY_LIMIT} bytes.`,
    };
  }
  return undefined;
}
