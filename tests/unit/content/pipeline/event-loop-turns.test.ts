import { describe, expect, it } from "vitest";
import { eventLoopTurns } from "@/lib/content/pipeline/event-loop-turns";

describe("eventLoopTurns", () => {
  it("lets queued callbacks run on every `every`-th pass, and on no other", async () => {
    const turns = eventLoopTurns(3);
    const gaveATurn: boolean[] = [];
    for (let pass = 1; pass <= 7; pass += 1) {
      let ran = false;
      setImmediate(() => (ran = true));
      await turns.pass();
      gaveATurn.push(ran);
    }
    expect(gaveATurn).toEqual([false, false, true, false, false, true, false]);
  });
});
