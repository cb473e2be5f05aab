import "server-only";
import { draftCookie, decodeDraft, encodeDraft, problemMessage } from "../newsletter/draft";
import { getNewsletter } from "../newsletter/instance";
import { handleSignupPost, type SignupReply } from "../newsletter/signup-post";
import { isLinkUsable, redeemLink } from "../newsletter/subscriptions";
import { signupMessages } from "../newsletter/wording";
import { pathTo } from "../routes";
import { signupBlock, type SignupBlockModel } from "./signup";

/**
 * The newsletter's pages and endpoints: the signup form's endpoint and result
 * pages, and the confirm and unsubscribe links of the emails.
 */

/** Every newsletter page ends with the way back to the news. */
export const newsletterHomeHref = pathTo("home");

export const checkYourInboxMessage = signupMessages.accepted;

export type LinkKind = "confirm" | "unsubscribe";

/** The page a link from an email opens: a button when the token is usable, else "this link does not work". */
export async function emailLinkPage(
  token: string | string[] | undefined,
  kind: LinkKind,
): Promise<{ usable: true; token: string } | { usable: false }> {
  if (typeof token !== "string") return { usable: false };
  return (await isLinkUsable(getNewsletter().newsletter, token, kind))
    ? { usable: true, token }
    : { usable: false };
}

/** The button of such a page (a Server Action's POST): where the reader goes next. */
export async function redeemEmailLink(formData: FormData, kind: LinkKind): Promise<string> {
  const ok = await redeemLink(getNewsletter().newsletter, formData.get("token"), kind);
  if (!ok) return pathTo("linkNotValid");
  return kind === "confirm" ? pathTo("confirmed") : pathTo("unsubscribed");
}

/**
 * The signup form on its own page. A signup without JavaScript that had a
 * problem comes back here: the problem is shown next to the field, which
 * keeps what the reader typed (carried in a short-lived cookie, `draftCookie`).
 */
export function signupPage(draftCookieValue: string | undefined): SignupBlockModel {
  const draft = decodeDraft(draftCookieValue);
  return signupBlock(
    draft?.source ?? null,
    draft && {
      email: draft.email,
      result: {
        ok: false,
        message: problemMessage(draft.problem),
        fieldInvalid: draft.problem !== "rateLimited" && draft.problem !== "mailFailed",
      },
    },
  );
}

export const signupDraftCookieName = draftCookie.name;

/**
 * The signup form's endpoint. Our script asks for JSON and shows the answer in
 * the page; a plain form post (JavaScript off) is redirected (303) to a page:
 * the check-your-inbox page, or the signup page with the problem and the
 * typed address. Refusals (foreign origin, oversized or non-form bodies) are
 * answered directly with their status.
 */
export async function subscribeResponse(request: Request): Promise<Response> {
  const { config, newsletter, rateLimiter } = getNewsletter();
  const reply = await handleSignupPost(request, {
    newsletter,
    rateLimiter,
    trustedProxies: config.trustedProxies,
    siteOrigin: config.siteOrigin,
  });
  const headers = new Headers({ "cache-control": "no-store" });
  if (reply.outcome === "problem" && reply.retryAfterSeconds !== undefined) {
    headers.set("retry-after", String(reply.retryAfterSeconds));
  }

  if (wantsJson(request)) {
    headers.set("content-type", "application/json; charset=utf-8");
    return new Response(JSON.stringify(jsonBody(reply)), { status: reply.status, headers });
  }
  if (reply.outcome === "refused") {
    headers.set("content-type", "text/plain; charset=utf-8");
    return new Response(`${reply.message}\n`, { status: reply.status, headers });
  }
  if (reply.outcome === "accepted") {
    headers.set("location", pathTo("checkYourInbox"));
    return new Response(null, { status: 303, headers });
  }
  const secure = new URL(config.siteOrigin).protocol === "https:" ? "; Secure" : "";
  headers.set(
    "set-cookie",
    `${draftCookie.name}=${encodeDraft(reply.draft)}; Path=${draftCookie.path}; Max-Age=${draftCookie.maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`,
  );
  headers.set("location", pathTo("signup"));
  return new Response(null, { status: 303, headers });
}

function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

function jsonBody(reply: SignupReply) {
  if (reply.outcome === "problem") {
    const field = ["rateLimited", "mailFailed"].includes(reply.draft.problem) ? null : "email";
    return { outcome: reply.outcome, message: reply.message, field };
  }
  return { outcome: reply.outcome, message: reply.message };
}

/**
 * The List-Unsubscribe address of every email. Mail programs that offer
 * one-click unsubscribe (RFC 8058) POST "List-Unsubscribe=One-Click" here;
 * the token in the URL is what authorizes it, so no form fields or Origin are
 * needed. The body is not read.
 */
export async function oneClickUnsubscribeResponse(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  const ok = await redeemLink(getNewsletter().newsletter, token, "unsubscribe");
  return new Response(
    ok
      ? "Unsubscribed: no more Daily news brief emails will be sent to this address.\n"
      : "This unsubscribe link does not work: it may have expired or been used already.\n",
    {
      status: ok ? 200 : 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    },
  );
}

/** A person who opens the one-click address in a browser gets the unsubscribe page with its button. */
export function oneClickUnsubscribePage(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: { location: pathTo("unsubscribe", {}, { token }), "cache-control": "no-store" },
  });
}
