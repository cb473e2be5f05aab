import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>The content you requested does not exist or is no longer available.</p>
      <p>
        <Link href="/">Go to the Dateline front page</Link>
      </p>
    </div>
  );
}
