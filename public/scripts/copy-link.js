// "Copy link" beside an article's address (components/article/ShareLinks.tsx).
// The button exists only where this script runs and the clipboard is there;
// without them the printed address is there to copy by hand.
const copyLinks = document.querySelectorAll("[data-copy-link]");

if (typeof navigator.clipboard?.writeText === "function") {
  for (const holder of copyLinks) {
    if (!(holder instanceof HTMLElement)) continue;
    const url = holder.dataset.copyLink || "";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link__button";
    button.textContent = "Copy link";
    const status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "copy-link__status";
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = "Link copied";
      } catch {
        status.textContent = "Could not copy: select the address instead";
      }
    });
    holder.replaceChildren(button, " ", status);
    holder.hidden = false;
  }
}
