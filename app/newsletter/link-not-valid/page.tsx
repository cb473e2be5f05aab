import type { Metadata } from "next";
import { LinkNotValid } from "@/components/newsletter/LinkNotValid";
import { newsletterHomeHref } from "@/lib/pages/newsletter";

export const metadata: Metadata = {
  title: "This link does not work",
  robots: { index: false, follow: false },
};

export default function LinkNotValidPage() {
  return <LinkNotValid homeHref={newsletterHomeHref} />;
}
