import { connection } from "next/server";
import { BriefList } from "@/components/newsletter/BriefList";
import { briefList, briefListMetadata } from "@/lib/pages/brief";

export const metadata = briefListMetadata;

/** The brief's archive, newest first: read from the newsletter database on every request. */
export default async function BriefsPage() {
  await connection();
  return <BriefList editions={(await briefList()).editions} />;
}
