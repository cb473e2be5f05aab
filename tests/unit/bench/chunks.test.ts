import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chunkOwner, clientModules, ourClientModules, ourModulesIn } from "@/bench/lib/chunks";

const nextDir = mkdtempSync(path.join(os.tmpdir(), "dateline-chunks-"));
afterAll(() => rmSync(nextDir, { recursive: true, force: true }));

function manifest(route: string, modules: Record<string, number>) {
  const clientModulesJson = Object.fromEntries(
    Object.entries(modules).map(([modulePath, id]) => [modulePath, { id, name: "*", chunks: [] }]),
  );
  return [
    "globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};",
    `globalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ clientModules: clientModulesJson })};`,
  ].join("\n");
}

const dir = path.join(nextDir, "server", "app", "articles", "[slug]");
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, "page_client-reference-manifest.js"),
  manifest("/articles/[slug]/page", {
    "[project]/node_modules/next/dist/client/app-dir/link.js": 22016,
    "[project]/components/newsletter/SignupResult.client.tsx": 4242,
  }),
);
writeFileSync(
  path.join(nextDir, "server", "app", "page_client-reference-manifest.js"),
  manifest("/page", { "[project]/components/site/Menu.client.tsx": 777 }),
);

describe("chunk classification", () => {
  it("reads every route's client modules and keeps ours apart from node_modules", () => {
    expect(clientModules(nextDir)).toHaveLength(3);
    expect(
      ourClientModules(nextDir)
        .map((module) => module.id)
        .sort(),
    ).toEqual(["4242", "777"]);
  });

  it("calls a chunk ours when it defines one of our modules, framework otherwise", () => {
    const ours = ourClientModules(nextDir);
    const ourChunk = `(globalThis.TURBOPACK||[]).push([document.currentScript,4242,(e,t,r)=>{"use strict"}])`;
    const mixed = `push(["x",22016,(e,t,r)=>{},777,e=>{}])`;
    const framework = `push(["x",22016,(e,t,r)=>{let n=e.r(4242)}]);var a=[1,4242]`;
    expect(chunkOwner(ourChunk, ours)).toBe("ours");
    expect(ourModulesIn(mixed, ours).map((module) => module.id)).toEqual(["777"]);
    // Only requiring our module, or the same number as data, does not make a chunk ours.
    expect(chunkOwner(framework, ours)).toBe("framework");
  });
});
