import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/pipeline/markdown";

function html(body: string): string {
  return renderMarkdown(body).html;
}

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis, subheadings and links", () => {
    expect(html("Hello **world**.\n\n## Next part\n\n[Link](https://example.org/x)")).toBe(
      '<p>Hello <strong>world</strong>.</p>\n<h2>Next part</h2>\n<p><a href="https://example.org/x">Link</a></p>',
    );
  });

  it("removes raw <script> elements", () => {
    const out = html('Text.\n\n<script>alert("x")</script>\n');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("alert");
  });

  it("removes event-handler attributes", () => {
    const out = html(
      '<img src="/a.jpg" onerror="alert(1)">\n\n<a href="#" onclick="alert(2)">x</a>',
    );
    expect(out).not.toMatch(/onerror|onclick|alert/);
  });

  it("removes javascript: and data: URLs", () => {
    const out = html("[x](javascript:alert(1))\n\n![y](data:image/png;base64,AAAA)");
    expect(out).not.toContain("javascript:");
    expect(out).not.toContain("data:");
  });

  it("keeps ordinary https links", () => {
    expect(html("[ok](https://example.org/)")).toContain('href="https://example.org/"');
  });

  it("rejects level-one headings in the body, at the file's line", () => {
    const { problems } = renderMarkdown("Intro.\n\n# Second headline\n", 10);
    expect(problems).toEqual([
      expect.objectContaining({ rule: "heading-level", severity: "error", line: 12, column: 1 }),
    ]);
  });

  it("warns about raw HTML and unsafe links it removes, where they are", () => {
    const { problems } = renderMarkdown("Text <b>bold</b>.\n\n[x](javascript:alert(1))\n");
    expect(problems.map(({ rule, severity, line }) => ({ rule, severity, line }))).toEqual([
      { rule: "raw-html", severity: "warning", line: 1 },
      { rule: "raw-html", severity: "warning", line: 1 },
      { rule: "unsafe-link", severity: "warning", line: 3 },
    ]);
  });

  it("collects links to other articles with their position", () => {
    const { internalLinks, problems } = renderMarkdown(
      "See [this](/articles/other-story) and [that](/articles/third#part).\n",
      5,
    );
    expect(problems).toEqual([]);
    expect(internalLinks).toEqual([
      { slug: "other-story", at: { line: 5, column: 5 } },
      { slug: "third", at: { line: 5, column: 39 } },
    ]);
  });
});
