import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { SkipLink } from "@/components/site/SkipLink";

describe("ArticleHeader", () => {
  it("shows the section as a link, the headline as the only h1 and the standfirst", () => {
    render(
      <ArticleHeader
        title="A headline"
        summary="The standfirst."
        section={{ name: "Americas", href: "/sections/americas" }}
      />,
    );
    expect(screen.getByRole("link", { name: "Americas" })).toHaveAttribute(
      "href",
      "/sections/americas",
    );
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("A headline");
    expect(screen.getByText("The standfirst.")).toBeInTheDocument();
  });
});

describe("SkipLink", () => {
  it("points at the main landmark", () => {
    render(<SkipLink />);
    expect(screen.getByRole("link", { name: "Skip to main content" })).toHaveAttribute(
      "href",
      "#main",
    );
  });
});
