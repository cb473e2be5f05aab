import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

function html(body: string): string {
  const result = renderMarkdown(body);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.value;
}

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis, subheadings and links", () => {
    expect(html("Hello **world**.\n\n## Next part\n\n[Link](/articles/x)")).toBe(
      '<p>Hello <strong>world</strong>.</p>\n<h2>Next part</h2>\n<p><a href="/articles/x">Link</a></p>',
    );
  });

  it("removes raw <script> elements", () => {
    const out = html('Text.\n\n<script>alert("x")</script>\n');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("alert");
  });

  it("removes event-handler attributes", () => {
    const out = html('<img src="/a.jpg" onerror="alert(1)">\n\n<a href="#" onclick="alert(2)">x</a>');
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

  it("rejects level-one headings in the body, with the line", () => {
    const result = renderMarkdown("Intro.\n\n# Second headline\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe("body (line 3)");
  });
});
