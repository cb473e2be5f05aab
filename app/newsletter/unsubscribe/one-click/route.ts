import { getNewsletter } from "@/lib/newsletter/instance";
import { redeemLink } from "@/lib/newsletter/subscriptions";

/**
 * The List-Unsubscribe address of every email. Mail programs that offer
 * one-click unsubscribe (RFC 8058) POST "List-Unsubscribe=One-Click" here;
 * the token in the URL is what authorizes it, so no form fields or Origin are
 * needed. The body is not read.
 */
export async function POST(request: Request): Promise<Response> {
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

/** A person who opens the address in a browser gets the unsubscribe page with its button. */
export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: {
      location: `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
      "cache-control": "no-store",
    },
  });
}
