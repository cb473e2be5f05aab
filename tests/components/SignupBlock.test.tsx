import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SignupBlock } from "@/components/newsletter/SignupBlock";
import { consentWording } from "@/lib/newsletter/wording";
import { signupBlock } from "@/lib/pages/signup";
import { runIsland } from "../support/islands";

afterEach(() => vi.unstubAllGlobals());

describe("SignupBlock", () => {
  it("has the Daily news brief heading, the pitch, a labelled email field and a button", () => {
    render(<SignupBlock model={signupBlock("/articles/a-story")} />);
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

  it("links to the archive of past editions (a static link: article pages are prerendered)", () => {
    render(<SignupBlock model={signupBlock("/articles/a-story")} />);
    expect(screen.getByRole("link", { name: "See a recent brief" })).toHaveAttribute(
      "href",
      "/newsletter/briefs",
    );
  });

  it("says what the reader gets and how to leave, next to the field", () => {
    render(<SignupBlock model={signupBlock("/articles/a-story")} />);
    const consent = screen.getByText(consentWording.text);
    expect(consent.textContent).toMatch(/each morning/);
    expect(consent.textContent).toMatch(/unsubscribe/);
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(consentWording.text);
  });

  it("posts as a plain form with the page's path, so it works without JavaScript", () => {
    const { container } = render(<SignupBlock model={signupBlock("/articles/a-story")} />);
    const form = container.querySelector("form");
    expect(form).toHaveAttribute("method", "post");
    expect(form).toHaveAttribute("action", "/newsletter/subscribe");
    expect(container.querySelector('input[type="hidden"][name="source"]')).toHaveValue(
      "/articles/a-story",
    );
  });

  it("hides the honeypot field from people, screen readers and the keyboard", () => {
    const { container } = render(<SignupBlock model={signupBlock("/x")} />);
    const trap = container.querySelector<HTMLInputElement>('input[name="website"]');
    expect(trap).not.toBeNull();
    expect(trap).toHaveAttribute("tabindex", "-1");
    expect(trap).toHaveAttribute("autocomplete", "off");
    expect(trap?.closest('[aria-hidden="true"]')).toHaveClass("signup__trap");
    // Not exposed to assistive technology: only one textbox is in the accessibility tree.
    expect(screen.getAllByRole("textbox")).toHaveLength(1);
  });

  it("shows a problem from a previous post next to the field, with the typed value", () => {
    render(
      <SignupBlock
        model={signupBlock("/x", {
          email: "Name <a@b.c>",
          result: { ok: false, message: "Enter one address.", fieldInvalid: true },
        })}
      />,
    );
    const field = screen.getByLabelText("Email address");
    expect(field).toHaveValue("Name <a@b.c>");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Enter one address."));
    expect(screen.getByRole("status")).toHaveTextContent("Enter one address.");
  });

  it("loads its script as a module, and no other", () => {
    const { container } = render(<SignupBlock model={signupBlock("/x")} />);
    const scripts = [...container.querySelectorAll("script")];
    expect(scripts.map((script) => [script.type, script.getAttribute("src")])).toEqual([
      ["module", "/scripts/signup.js"],
    ]);
  });

  it("with its script, sends the form itself and announces the answer in the live region, focused", async () => {
    const fetch = vi.fn(async () =>
      Response.json(
        { outcome: "problem", message: "Too many attempts.", field: null },
        { status: 429 },
      ),
    );
    vi.stubGlobal("fetch", fetch);
    const { container } = render(<SignupBlock model={signupBlock("/articles/a")} />);
    runIsland("signup");
    fireEvent.change(screen.getByLabelText("Email address"), {
      target: { value: "a@example.com" },
    });
    fireEvent.submit(container.querySelector("form")!);

    const status = screen.getByRole("status");
    await waitFor(() => expect(status).toHaveTextContent("Too many attempts."));
    expect(status).toHaveAttribute("aria-live", "polite");
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.getByLabelText("Email address")).toHaveValue("a@example.com");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/newsletter\/subscribe$/);
    expect(new Headers(init.headers).get("accept")).toBe("application/json");
    expect(String(init.body)).toBe("source=%2Farticles%2Fa&email=a%40example.com&website=");
    expect(container.querySelector("form")).toHaveAttribute("novalidate");
    expect(screen.getByRole("button", { name: "Subscribe" })).toBeEnabled();
  });

  it("with its script, marks the field after a problem with it and clears it after a success", async () => {
    const answers = [
      Response.json(
        { outcome: "problem", message: "Enter one address.", field: "email" },
        { status: 400 },
      ),
      Response.json({ outcome: "accepted", message: "Check your inbox.", field: null }),
    ];
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answers.shift()),
    );
    const { container } = render(<SignupBlock model={signupBlock("/x")} />);
    runIsland("signup");
    const field = screen.getByLabelText("Email address");
    fireEvent.change(field, { target: { value: "nope" } });
    fireEvent.submit(container.querySelector("form")!);
    const status = screen.getByRole("status");
    await waitFor(() => expect(status).toHaveTextContent("Enter one address."));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(status).toHaveClass("signup__message--problem");
    fireEvent.change(field, { target: { value: "a@example.com" } });
    fireEvent.submit(container.querySelector("form")!);
    await waitFor(() => expect(status).toHaveTextContent("Check your inbox."));
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(field).toHaveValue("");
    expect(status).not.toHaveClass("signup__message--problem");
  });

  it("with its script, says nothing was stored when the network fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("offline");
      }),
    );
    const { container } = render(<SignupBlock model={signupBlock("/x")} />);
    runIsland("signup");
    fireEvent.change(screen.getByLabelText("Email address"), { target: { value: "a@b.c" } });
    fireEvent.submit(container.querySelector("form")!);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("nothing was stored"));
    expect(screen.getByLabelText("Email address")).toHaveValue("a@b.c");
  });
});
