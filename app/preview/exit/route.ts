import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { previewExitTo } from "@/lib/pages/preview";

/** Leaves draft preview and goes back to the published site. */
export async function GET(): Promise<Response> {
  (await draftMode()).disable();
  redirect(previewExitTo);
}
