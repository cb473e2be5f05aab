import { formatDateTime } from "@/lib/dates";
import type { Article } from "@/lib/content/schema";

type Props = { corrections: Article["corrections"]; timeZone: string };

/** The dated corrections box at the end of an article. */
export function Corrections({ corrections, timeZone }: Props) {
  if (corrections.length === 0) return null;
  return (
    <aside className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {corrections.map((correction) => (
          <li key={`${correction.date}-${correction.text}`}>
            <time dateTime={correction.date}>{formatDateTime(correction.date, timeZone)}</time>:{" "}
            {correction.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
