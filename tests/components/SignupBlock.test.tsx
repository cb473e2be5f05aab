import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SignupBlock } from "@/components/newsletter/SignupBlock";

describe("SignupBlock", () => {
  it("has the Daily news brief heading, the pitch, a labelled email field and a button", () => {
    render(<SignupBlock sourcePath="/articles/a-story" />);
    expect(screen.getByRole("heading", { name: "Daily news brief" })).toBeInTheDocument();
    expect(
      screen.getByText("Receive essential international news every morning"),
    ).toBeInTheDocument();
    const field = screen.getByLabelText("Email address");
    expect(field).toHaveAttribute("type", "email");
    expect(field).toHaveAttribute("autocomplete", "email");
    expect(field).toBeRequired();
    expect(screen.getByRole("button", { name: "Subscribe" })).toHaveAttribute("type", "submit");
    expect(screen.getByRole("region", { name: "Daily news brief" })).toBeInTheDocument();
  });

  it("posts as a plain form, so it works without JavaScript", () => {
    const { container } = render(<SignupBlock sourcePath="/articles/a-story" />);
    const form = container.querySelector("form");
    expect(form).toHaveAttribute("method", "post");
    expect(form?.getAttribute("action")).toMatch(/^\//);
  });
});
