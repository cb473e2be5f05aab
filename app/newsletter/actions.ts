"use server";

import { redirect } from "next/navigation";
import { redeemEmailLink } from "@/lib/pages/newsletter";

/** The confirm page's button (a POST: link scanners that only open the link change nothing). */
export async function confirmSubscription(formData: FormData): Promise<void> {
  redirect(await redeemEmailLink(formData, "confirm"));
}

/** The unsubscribe page's button. */
export async function unsubscribe(formData: FormData): Promise<void> {
  redirect(await redeemEmailLink(formData, "unsubscribe"));
}
