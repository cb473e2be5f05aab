import { subscribeResponse } from "@/lib/pages/newsletter";

/** The signup form's endpoint (lib/pages/newsletter.ts). */
export const POST = subscribeResponse;
