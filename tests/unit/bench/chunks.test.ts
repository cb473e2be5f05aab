import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  chunkOwner,
  clientModules,
  definedModules,
  ourClientModules,
  ourCodeGzipSize,
  ourModuleSources,
  ourModulesIn,
} from "@/bench/lib/chunks";

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

  it("finds our modules in a chunk and weighs only their own factories", () => {
    const ours = ourClientModules(nextDir);
    const push = (body: string) =>
      `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,${body}]);`;
    const ourChunk = push(`4242,e=>{"use strict";e.s(["SignupResult",0,function(){return 1}])}`);
    const mixed = push(`22016,(e,t,r)=>{let big="framework code"},777,e=>{let menu=2}`);
    const framework = push(`22016,(e,t,r)=>{let n=e.r(4242);var a=[1,4242]}`);
    expect(chunkOwner(ourChunk, ours)).toBe("ours");
    // An export descriptor's ",0,function" inside our factory is not another module.
    expect(ourModuleSources(ourChunk, ours)).toEqual([
      { id: "4242", source: 'e=>{"use strict";e.s(["SignupResult",0,function(){return 1}])}' },
    ]);
    expect(ourModulesIn(mixed, ours).map((module) => module.id)).toEqual(["777"]);
    expect(ourModuleSources(mixed, ours)).toEqual([{ id: "777", source: "e=>{let menu=2}" }]);
    // A module repeated in another route's (prefetched) chunk counts once.
    expect(ourCodeGzipSize([ourChunk, mixed, mixed], ours, (source) => source.length)).toEqual({
      bytes: 'e=>{"use strict";e.s(["SignupResult",0,function(){return 1}])}'.length + 15,
      modules: 2,
    });
    // Only requiring our module, or the same number as data, does not make a chunk ours.
    expect(chunkOwner(framework, ours)).toBe("framework");
    expect(ourModuleSources(framework, ours)).toEqual([]);
  });

  it("treats a chunk that is not a module push (the runtime, polyfills) as framework", () => {
    const ours = ourClientModules(nextDir);
    expect(definedModules("!function(){self.x=1}()").size).toBe(0);
    expect(chunkOwner("!function(){self.x=[4242,()=>{}]}()", ours)).toBe("framework");
  });
});
