import { describe, expect, it } from "vitest";
import { mapLimited } from "@/lib/content/pipeline/map-limited";
import { eventLoopTurns } from "@/lib/content/pipeline/event-loop-turns";

describe("eventLoopTurns", () => {
  it("lets queued callbacks run once the time is up, and not before", async () => {
    let now = 0;
    const turns = eventLoopTurns(10, () => now);
    const gaveATurn: boolean[] = [];
    for (const at of [3, 6, 10, 12, 19, 25]) {
      now = at;
      let ran = false;
      setImmediate(() => (ran = true));
      await turns.pass();
      gaveATurn.push(ran);
    }
    // Turns at 10 (10 after the start) and 25 (13 after the turn at 10).
    expect(gaveATurn).toEqual([false, false, true, false, false, true]);
  });

  it("makes every lane of mapLimited wait for the same turn, so the loop gets it at once", async () => {
    let now = 0;
    const turns = eventLoopTurns(10, () => now);
    let stepsSinceTurn = 0;
    const between: number[] = [];
    // Runs once per turn of the event loop, noting how many steps ran since the last.
    let watching = true;
    const watch = () => {
      between.push(stepsSinceTurn);
      stepsSinceTurn = 0;
      if (watching) setImmediate(watch);
    };
    setImmediate(watch);
    // 32 lanes of synchronous steps, each step one unit of time.
    await mapLimited(
      Array.from({ length: 400 }, (_, index) => index),
      32,
      async () => {
        await turns.pass();
        now += 1;
        stepsSinceTurn += 1;
      },
    );
    watching = false;
    // A turn comes after about 10 steps plus one per other lane, never after hundreds.
    expect(Math.max(...between)).toBeLessThanOrEqual(10 + 32);
    expect(between.filter((steps) => steps > 0).length).toBeGreaterThan(5);
  });
});
