import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Corrections } from "@/components/article/Corrections";
import { DraftBanner } from "@/components/article/DraftBanner";

describe("Corrections", () => {
  it("lists each correction with its date as a machine-readable time", () => {
    const { container } = render(
      <Corrections
        timeZone="Europe/Paris"
        corrections={[
          { date: "2019-02-25T09:15:00+01:00", text: "An earlier version misspelt Pacaraima." },
        ]}
      />,
    );
    expect(screen.getByRole("complementary", { name: "Corrections" })).toBeInTheDocument();
    expect(screen.getByRole("listitem")).toHaveTextContent(
      "25 February 2019, 09:15 CET: An earlier version misspelt Pacaraima.",
    );
    expect(container.querySelector("time")).toHaveAttribute(
      "datetime",
      "2019-02-25T09:15:00+01:00",
    );
  });

  it("renders nothing without corrections", () => {
    const { container } = render(<Corrections timeZone="Europe/Paris" corrections={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("DraftBanner", () => {
  it("says it is a preview, why, and how to leave", () => {
    render(<DraftBanner draft scheduledFor="1 March 2027, 07:00 CET" exitHref="/preview/exit" />);
    const banner = screen.getByRole("status");
    expect(banner).toHaveTextContent("Draft preview");
    expect(banner).toHaveTextContent("This article is a draft");
    expect(banner).toHaveTextContent("scheduled for 1 March 2027, 07:00 CET");
    expect(screen.getByRole("link", { name: "Leave preview" })).toHaveAttribute(
      "href",
      "/preview/exit",
    );
  });
});
