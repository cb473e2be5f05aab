import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Gives the event loop a turn every `every` calls of `pass()` (the other
 * calls resolve at once), for loops of synchronous work over a whole
 * archive: reading and checking 50,000 files takes seconds, and a server
 * loading them must still answer its health checks and its static files.
 */
export function eventLoopTurns(every: number): { pass(): Promise<void> } {
  let calls = 0;
  return {
    async pass() {
      calls += 1;
      if (calls % every === 0) await nextTurn();
    },
  };
}
