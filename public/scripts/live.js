// "N new updates" on a running live page (components/live/LiveCoverage.tsx):
// asks updates.json every 15 s while visible, backs off after failures, and
// shows new updates on a click without a reload.
const timeline = document.querySelector("[data-live-timeline]");

if (timeline instanceof HTMLElement && timeline.dataset.running === "true") {
  const notice = timeline.querySelector("[data-live-notice]");
  const list = timeline.querySelector("[data-live-updates]");
  const every = 15000;
  let latest = Date.parse(timeline.dataset.latest || "");
  let announced = latest;
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
      const times = updates.map((update) => Date.parse(update.at));
      const fresh = times.filter((at) => at > latest).length;
      announced = Math.max(latest, ...times);
      button.textContent = fresh === 1 ? "1 new update" : `${fresh} new updates`;
      button.hidden = fresh === 0;
      delay = every;
    } catch {
      delay = Math.min(delay * 2, 8 * every);
    }
    schedule();
  };

  // Page and list are cached apart (10 s each): ask again until the page
  // holds what the list announced, else reload.
  const pageWith = async (at) => {
    for (let attempt = 0; attempt < 6; attempt += 1) {
      if (attempt > 0) await new Promise((done) => setTimeout(done, 2000));
      const response = await fetch(location.pathname, { cache: "no-store" });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.querySelector("[data-live-timeline]");
      const shown = Date.parse((fresh instanceof HTMLElement && fresh.dataset.latest) || "");
      if (shown >= at) return { page, shown };
    }
    return undefined;
  };

  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const found = await pageWith(announced);
      const updates = found && found.page.querySelector("[data-live-updates]");
      if (!found || !list || !updates) throw new Error("not yet");
      list.replaceChildren(...updates.children);
      for (const part of [".live-key-events", ".live-status"]) {
        const now = document.querySelector(part);
        const next = found.page.querySelector(part);
        if (now && next) now.replaceWith(next);
      }
      latest = found.shown;
      button.hidden = true;
      const first = list.firstElementChild;
      if (first instanceof HTMLElement) {
        first.tabIndex = -1;
        first.focus();
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
