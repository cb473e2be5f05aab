import readingTime from "reading-time";
import { plainText } from "./plain-text";

/** "4 min read" for an article body (at least 1 minute), with the reading-time package's 200 words a minute. */
export function readingTimeLabel(html: string): string {
  const { minutes } = readingTime(plainText(html));
  return `${Math.max(1, Math.round(minutes))} min read`;
}
