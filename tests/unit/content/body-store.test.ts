import { afterEach, describe, expect, it } from "vitest";
import { createBodyStore, type BodyStore } from "@/lib/content/body-store";
import { inlineBody } from "@/lib/content/inline-body";
import { renderMarkdown } from "@/lib/content/pipeline/markdown";

let store: BodyStore;
afterEach(() => store.close());

describe("createBodyStore", () => {
  it("gives back each body as it was kept, rendered, however many there are", () => {
    store = createBodyStore();
    const bodies = Array.from({ length: 500 }, (_, i) => store.keep(`Body ${i} *${"é".repeat(i + 1)}*`));
    expect(store.size).toBe(500);
    expect(bodies[0]?.html()).toBe("<p>Body 0 <em>é</em></p>");
    expect(bodies[499]?.html()).toBe(`<p>Body 499 <em>${"é".repeat(500)}</em></p>`);
  });

  it("renders what the loader checked: sanitized, as renderMarkdown does", () => {
    store = createBodyStore();
    const markdown = "Text <b>bold</b> and [a link](/articles/other).\n\n## Then\n";
    expect(store.keep(markdown).html()).toBe(renderMarkdown(markdown).html);
    expect(store.keep(markdown).html()).not.toContain("<b>");
  });

  it("changes a body's digest when its Markdown changes, and only then", () => {
    store = createBodyStore();
    expect(store.keep("Same.").digest).toBe(store.keep("Same.").digest);
    expect(store.keep("Same.").digest).not.toBe(store.keep("Other.").digest);
  });

  it("keeps two versions of one file apart", () => {
    store = createBodyStore();
    const good = store.keep("Last good version.");
    const newer = store.keep("Newer version.");
    expect(good.html()).toBe("<p>Last good version.</p>");
    expect(newer.html()).toBe("<p>Newer version.</p>");
  });

  it("deletes a body no longer retained one call late, and a never-retained one at once", () => {
    store = createBodyStore();
    const kept = store.keep("Kept.");
    const replaced = store.keep("Replaced.");
    store.retain([kept, replaced]);
    const rejected = store.keep("Failed a check across files.");
    store.retain([kept]);
    // A page that began rendering the replaced article can still read it.
    expect(replaced.html()).toBe("<p>Replaced.</p>");
    expect(() => rejected.html()).toThrow(/no longer stored/);
    expect(store.size).toBe(2);
    store.retain([kept]);
    expect(() => replaced.html()).toThrow(/no longer stored/);
    expect(kept.html()).toBe("<p>Kept.</p>");
    expect(store.size).toBe(1);
  });

  it("ignores bodies it did not keep", () => {
    store = createBodyStore();
    const kept = store.keep("Kept.");
    store.retain([inlineBody("Elsewhere."), kept]);
    store.retain([kept]);
    expect(store.size).toBe(1);
  });
});

describe("createBodyStore's batched writes", () => {
  it("reads a body kept a moment ago, and after it is written", async () => {
    store = createBodyStore();
    const body = store.keep("Just *kept*.");
    expect(body.html()).toBe("<p>Just <em>kept</em>.</p>");
    await new Promise((resolve) => setImmediate(resolve));
    expect(body.html()).toBe("<p>Just <em>kept</em>.</p>");
  });

  it("keeps more bodies in one turn than a batch holds", () => {
    store = createBodyStore();
    const bodies = Array.from({ length: 1234 }, (_, i) => store.keep(`Body ${i}.`));
    store.retain(bodies);
    expect(store.size).toBe(1234);
    expect(bodies.map((body) => body.html())).toEqual(bodies.map((_, i) => `<p>Body ${i}.</p>`));
  });

  it("goes on keeping bodies after a write fails", async () => {
    store = createBodyStore();
    // SQLite refuses a value it cannot bind, as it would refuse a row on a full disk.
    expect(() => store.keep(Symbol("not text") as unknown as string)).toThrow();
    const body = store.keep("Kept *after* the failure.");
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.keep("And later.").markdown()).toBe("And later.");
    expect(body.markdown()).toBe("Kept *after* the failure.");
  });
});
