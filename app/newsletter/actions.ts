"use server";

import { redirect } from "next/navigation";
import { getNewsletter } from "@/lib/newsletter/instance";
import { redeemLink } from "@/lib/newsletter/subscriptions";

/** The confirm page's button (a POST: link scanners that only open the link change nothing). */
export async function confirmSubscription(formData: FormData): Promise<void> {
  const ok = await redeemLink(getNewsletter().newsletter, formData.get("token"), "confirm");
  redirect(ok ? "/newsletter/confirmed" : "/newsletter/link-not-valid");
}

/** The unsubscribe page's button. */
export async function unsubscribe(formData: FormData): Promise<void> {
  const ok = await redeemLink(getNewsletter().newsletter, formData.get("token"), "unsubscribe");
  redirect(ok ? "/newsletter/unsubscribed" : "/newsletter/link-not-valid");
}
