import { afterEach, describe, expect, it } from "vitest";
import { createBodyStore, type BodyStore } from "@/lib/content/body-store";
import { inlineBody } from "@/lib/content/inline-body";

let store: BodyStore;
afterEach(() => store.close());

describe("createBodyStore", () => {
  it("gives back each body as it was kept, however many there are", () => {
    store = createBodyStore();
    const bodies = Array.from({ length: 500 }, (_, i) => store.keep(`<p>Body ${i} ${"é".repeat(i)}</p>`));
    expect(store.size).toBe(500);
    expect(bodies[0]?.html()).toBe("<p>Body 0 </p>");
    expect(bodies[499]?.html()).toBe(`<p>Body 499 ${"é".repeat(499)}</p>`);
  });

  it("keeps two versions of one file apart", () => {
    store = createBodyStore();
    const good = store.keep("<p>Last good version.</p>");
    const newer = store.keep("<p>Newer version.</p>");
    expect(good.html()).toBe("<p>Last good version.</p>");
    expect(newer.html()).toBe("<p>Newer version.</p>");
  });

  it("deletes a body no longer retained one call late, and a never-retained one at once", () => {
    store = createBodyStore();
    const kept = store.keep("<p>Kept.</p>");
    const replaced = store.keep("<p>Replaced.</p>");
    store.retain([kept, replaced]);
    const rejected = store.keep("<p>Failed a check across files.</p>");
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
    const kept = store.keep("<p>Kept.</p>");
    store.retain([inlineBody("<p>Elsewhere.</p>"), kept]);
    store.retain([kept]);
    expect(store.size).toBe(1);
  });
});
