import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleFigure } from "@/components/article/ArticleFigure";

const image = {
  src: "/images/articles/photo.jpg",
  alt: "Guards at a border barrier.",
  caption: "Guards at the border on 24 February 2019.",
  credit: "Illustration by Dateline Graphics",
  width: 1600,
  height: 900,
};

describe("ArticleFigure", () => {
  it("renders the photo with its size, then the caption followed by the credit", () => {
    const { container } = render(<ArticleFigure image={image} />);
    const figure = container.querySelector("figure");
    expect(figure).not.toBeNull();
    const img = screen.getByRole("img", { name: image.alt });
    expect(img).toHaveAttribute("width", "1600");
    expect(img).toHaveAttribute("height", "900");
    expect(img).toHaveAttribute("sizes");
    const caption = figure?.querySelector("figcaption");
    expect(caption).toHaveTextContent(`${image.caption} ${image.credit}`);
    expect(caption?.textContent?.trim().endsWith(image.credit)).toBe(true);
  });
});
