import { oneClickUnsubscribePage, oneClickUnsubscribeResponse } from "@/lib/pages/newsletter";

/** The List-Unsubscribe address of every email: RFC 8058's POST, and a browser's GET. */
export const POST = oneClickUnsubscribeResponse;
export const GET = oneClickUnsubscribePage;
