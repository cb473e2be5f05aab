import { readFileSync } from "node:fs";
import path from "node:path";
import { ISLAND_SCRIPTS } from "@/lib/islands";

/** Runs one of our client scripts (public/scripts/) against the current jsdom document. */
export function runIsland(name: keyof typeof ISLAND_SCRIPTS): void {
  const file = path.join(path.resolve("public"), ISLAND_SCRIPTS[name]);
  // The scripts are modules without imports or exports: their body runs as a function's.
  new Function(readFileSync(file, "utf8"))();
}
