import { draftCookie, encodeDraft } from "@/lib/newsletter/draft";
import { getNewsletter } from "@/lib/newsletter/instance";
import { handleSignupPost, type SignupReply } from "@/lib/newsletter/signup-post";

/**
 * The signup form's endpoint. Our script asks for JSON and shows the answer in
 * the page; a plain form post (JavaScript off) is redirected (303) to a page:
 * /newsletter/check-your-inbox, or /newsletter/signup with the problem and the
 * typed address. Refusals (foreign origin, oversized or non-form bodies) are
 * answered directly with their status.
 */
export async function POST(request: Request): Promise<Response> {
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
    headers.set("location", "/newsletter/check-your-inbox");
    return new Response(null, { status: 303, headers });
  }
  const secure = new URL(config.siteOrigin).protocol === "https:" ? "; Secure" : "";
  headers.set(
    "set-cookie",
    `${draftCookie.name}=${encodeDraft(reply.draft)}; Path=${draftCookie.path}; Max-Age=${draftCookie.maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`,
  );
  headers.set("location", "/newsletter/signup");
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
