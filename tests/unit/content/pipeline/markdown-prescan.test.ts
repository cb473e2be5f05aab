import { describe, expect, it } from "vitest";
import { inspectMarkdown, renderMarkdown } from "@/lib/content/pipeline/markdown";
import { mayNeedBodyInspection } from "@/lib/content/pipeline/markdown-prescan";

/** Bodies with each thing the body checks look at, in every place CommonMark allows it. */
const inspected = [
  "# A second headline",
  "Intro.\n\n  # Indented headline",
  "#\tTab after the marker",
  "#",
  "> # Headline in a quote",
  "- # Headline in a list",
  "A setext headline\n===",
  "> Quoted setext\n> =",
  "Text <b>bold</b>.",
  "<div>block</div>",
  "<!-- a comment -->",
  "An autolink: <javascript:alert(1)>.",
  "[x](javascript:alert(1))",
  "![y](data:image/png;base64,AAAA)",
  '[a link with a title](/articles/other "Other")',
  "## A subheading with a [link](/articles/other)",
  "## Subheading\n\nSee [this](/articles/other-story).",
];

/** Bodies with none of them: no parse is needed. */
const plain = [
  "",
  "Just a paragraph.",
  "## A subheading\n\nText under it.\n\n### Deeper\n\n###### Deepest",
  "##",
  "Some **strong**, _emphasis_, `code` and a list:\n\n- one\n- two\n\n1. first",
  "```\ncode block\n```",
  "Ordinary punctuation: (a), {b}, 50% & more! \"quoted\" 'single'.",
];

describe("mayNeedBodyInspection", () => {
  it.each(inspected)("says a body may need inspecting: %j", (body) => {
    expect(mayNeedBodyInspection(body)).toBe(true);
    // And the full parse does find something there (the prescan is not merely cautious here).
    const { problems, internalLinks } = renderMarkdown(body);
    expect(problems.length + internalLinks.length).toBeGreaterThan(0);
  });

  it.each(plain)("lets a body without headline, HTML or links skip the parse: %j", (body) => {
    expect(mayNeedBodyInspection(body)).toBe(false);
    const { problems, internalLinks } = renderMarkdown(body);
    expect({ problems, internalLinks }).toEqual({ problems: [], internalLinks: [] });
  });

  it("is cautious about a # or = that turns out to be plain text", () => {
    expect(mayNeedBodyInspection("Issue #4 of the paper.")).toBe(true);
    expect(mayNeedBodyInspection("a = b")).toBe(true);
    expect(mayNeedBodyInspection(" ## indented subheading")).toBe(true);
    expect(mayNeedBodyInspection("####### seven hashes")).toBe(true);
    expect(mayNeedBodyInspection("## Closing hashes ##")).toBe(true);
  });
});

describe("inspectMarkdown", () => {
  it.each([...inspected, ...plain])(
    "finds exactly the problems and links rendering finds, at file lines: %j",
    (body) => {
      const { html: _html, ...rendered } = renderMarkdown(body, 14);
      expect(inspectMarkdown(body, 14)).toEqual(rendered);
    },
  );
});
