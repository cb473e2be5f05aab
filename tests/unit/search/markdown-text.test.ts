import { describe, expect, it } from "vitest";
import { bodyText } from "@/lib/article";
import { bodyHtml } from "@/lib/content/pipeline/markdown";
import { markdownText } from "@/lib/search/markdown-text";
import { searchWords } from "@/lib/search/words";

const renderedWords = (markdown: string) => searchWords(bodyText(bodyHtml(markdown)));
const wordsOf = (markdown: string) => searchWords(markdownText(markdown));

describe("markdownText", () => {
  it.each([
    [
      "paragraphs and emphasis",
      "The *council* met on **Monday**.\n\nIt _voted_ 7-2 for the __budget__.",
    ],
    ["subheadings", "Intro.\n\n## What happens next\n\nMore text.\n\n### Détails précis\n"],
    [
      "inline links",
      'Read [the earlier report](/articles/ferry-strike) and [the minister\'s letter](https://example.org/letter.pdf "Letter").',
    ],
    ["reference links", 'See [the report][r] today.\n\n[r]: https://example.org/report "Report"\n'],
    ["images", "Before.\n\n![A harbour at dusk](/images/harbour.jpg)\n\nAfter."],
    ["lists", "Steps:\n\n1. Close the road\n2. Open the bridge\n\n- one item\n- another item\n"],
    [
      "code and quotes",
      "> A quoted line from the mayor.\n\nRun `make build` then:\n\n    indented code words\n",
    ],
    [
      "entities and escapes",
      "Caf&eacute; owners say fish &amp; chips cost &#163;5 \\*each\\* &mdash; or more.",
    ],
    ["raw HTML (removed, its text kept)", 'Text <b>bold</b> and <span class="x">span text</span>.'],
  ])("gives the words of the rendered page: %s", (_name, markdown) => {
    expect(wordsOf(markdown)).toEqual(renderedWords(markdown));
  });

  it("leaves out link addresses and image files, which the page does not show as text", () => {
    const words = wordsOf(
      "[Report](https://example.org/secret-word) ![Alt words](/images/file-name.jpg)",
    );
    expect(words).toEqual(["report"]);
  });
});
