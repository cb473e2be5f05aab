import { setImmediate as nextTurn } from "node:timers/promises";

/** How long loading may hold the event loop at most: a request waits no longer than this for it. */
export const LONGEST_WITHOUT_A_TURN_MS = 5;

/**
 * Gives the event loop a turn once `everyMs` have passed since the last one,
 * for loops of synchronous work over a whole archive: reading and checking
 * 50,000 files takes seconds (longer on a cold disk, as the reads are
 * synchronous), and a server loading them must still answer its health
 * checks and its static files. Callers running side by side (mapLimited's
 * lanes) all wait for the same turn: were only the caller that found the
 * time up to wait, the others would carry on through microtasks, and the
 * loop would get its turn only once every one of them had stopped.
 */
export function eventLoopTurns(
  everyMs: number = LONGEST_WITHOUT_A_TURN_MS,
  clock: () => number = performance.now.bind(performance),
): { pass(): Promise<void> } {
  let last = clock();
  let turn: Promise<void> | undefined;
  return {
    pass() {
      if (turn) return turn;
      if (clock() - last < everyMs) return Promise.resolve();
      turn = nextTurn().then(() => {
        turn = undefined;
        last = clock();
      });
      return turn;
    },
  };
}
