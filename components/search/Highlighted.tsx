import { highlight } from "@/lib/search/highlight";

type Props = { text: string; terms: readonly string[] };

/** Text with the matched words in <mark>; every piece is a text node, so React escapes it. */
export function Highlighted({ text, terms }: Props) {
  return (
    <>
      {highlight(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
