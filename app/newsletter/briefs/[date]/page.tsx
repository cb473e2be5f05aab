import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BriefEdition } from "@/components/newsletter/BriefEdition";
import { briefEdition, briefEditionMetadata } from "@/lib/pages/brief";

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return briefEditionMetadata((await params).date);
}

/** One edition of the brief as a page: the same stories as the email. Unknown dates are 404. */
export default async function BriefPage({ params }: Props) {
  // Read from the database on every request: an edition can appear at any time.
  await connection();
  const edition = await briefEdition((await params).date);
  if (!edition) notFound();
  return <BriefEdition {...edition} />;
}
