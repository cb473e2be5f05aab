// "N new updates" on a running live page (components/live/LiveCoverage.tsx).
// Without this script the page offers a link that reloads it. With it, the
// page asks its compact list of updates every 15 seconds while the tab is
// visible (less often after a failure), says how many are new, and on a click
// shows them without a reload.
const timeline = document.querySelector("[data-live-timeline]");

if (timeline instanceof HTMLElement && timeline.dataset.running === "true") {
  const notice = timeline.querySelector("[data-live-notice]");
  const list = timeline.querySelector("[data-live-updates]");
  const every = 15000;
  let latest = Date.parse(timeline.dataset.latest || "");
  let delay = every;
  let timer = 0;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "live-timeline__new";
  button.hidden = true;
  if (notice) notice.replaceChildren(button);

  const schedule = () => {
    clearTimeout(timer);
    if (!document.hidden) timer = setTimeout(check, delay);
  };

  const check = async () => {
    try {
      const response = await fetch(timeline.dataset.updates || "", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const { updates } = await response.json();
      const fresh = updates.filter((update) => Date.parse(update.at) > latest).length;
      button.textContent = fresh === 1 ? "1 new update" : `${fresh} new updates`;
      button.hidden = fresh === 0;
      delay = every;
    } catch {
      delay = Math.min(delay * 2, 8 * every);
    }
    schedule();
  };

  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const response = await fetch(location.pathname, { cache: "no-store" });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const updates = page.querySelector("[data-live-updates]");
      const fresh = page.querySelector("[data-live-timeline]");
      const shown = Date.parse((fresh instanceof HTMLElement && fresh.dataset.latest) || "");
      if (list && updates && shown > latest) {
        list.replaceChildren(...updates.children);
        for (const part of [".live-key-events", ".live-status"]) {
          const now = document.querySelector(part);
          const next = page.querySelector(part);
          if (now && next) now.replaceWith(next);
        }
        latest = shown;
        button.hidden = true;
        const first = list.firstElementChild;
        if (first instanceof HTMLElement) {
          first.tabIndex = -1;
          first.focus();
        }
      }
    } catch {
      location.reload();
    }
    button.disabled = false;
  });

  document.addEventListener("visibilitychange", () => {
    if (document.hidden) clearTimeout(timer);
    else check();
  });
  schedule();
}
