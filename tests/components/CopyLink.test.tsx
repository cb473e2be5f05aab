import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareLinks } from "@/components/article/ShareLinks";
import { runIsland } from "../support/islands";

const url = "https://dateline.example/articles/a-story";

afterEach(() => vi.unstubAllGlobals());

function renderShare() {
  return render(<ShareLinks url={url} links={[]} />);
}

describe("Copy link", () => {
  it("shows nothing without its script: the address is printed to copy by hand", () => {
    const { container } = renderShare();
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull();
    expect(screen.getByText(url)).toBeInTheDocument();
    expect(container.querySelector("script")).toHaveAttribute("src", "/scripts/copy-link.js");
  });

  it("with its script and a clipboard, copies the address and says so", async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal("navigator", { clipboard: { writeText } });
    renderShare();
    runIsland("copyLink");
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Link copied"));
    expect(writeText).toHaveBeenCalledWith(url);
  });

  it("with its script, says so when the clipboard refuses", async () => {
    vi.stubGlobal("navigator", {
      clipboard: { writeText: vi.fn(async () => Promise.reject(new Error("denied"))) },
    });
    renderShare();
    runIsland("copyLink");
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("select the address instead"),
    );
  });

  it("with its script but no clipboard, adds no button", () => {
    vi.stubGlobal("navigator", {});
    renderShare();
    runIsland("copyLink");
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull();
  });
});
