import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

/**
 * Tells JavaScript chunks that carry our own code from framework chunks.
 *
 * Method: every route's client reference manifest
 * (`.next/server/app/**\/*_client-reference-manifest.js`, written by the build)
 * lists each client module the browser may load, by source path
 * (`[project]/components/...`) and by the numeric id Turbopack gives it. A
 * module outside `node_modules` is ours (a `*.client.tsx` leaf). A chunk is
 * ours when it defines one of those modules: Turbopack's production chunks
 * push `id, factory` pairs, so the chunk contains `,<id>,(` (or `[<id>,`).
 * A chunk that holds our module and framework code counts as ours in full,
 * so the split errs towards "ours". Everything else the page loads is
 * framework (React, Next.js runtime, next/link, next/image).
 */
export type ClientModule = { path: string; id: string };

export function clientModules(nextDir: string): ClientModule[] {
  const appDir = path.join(nextDir, "server", "app");
  const files = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith("_client-reference-manifest.js"),
  );
  const modules = new Map<string, ClientModule>();
  for (const file of files) {
    const context = vm.createContext({});
    vm.runInContext(readFileSync(path.join(appDir, file), "utf8"), context);
    const manifests =
      (context as { __RSC_MANIFEST?: Record<string, unknown> }).__RSC_MANIFEST ?? {};
    for (const manifest of Object.values(manifests)) {
      const entries = (manifest as { clientModules?: Record<string, { id: unknown }> })
        .clientModules;
      for (const [modulePath, entry] of Object.entries(entries ?? {})) {
        modules.set(modulePath, { path: modulePath, id: String(entry.id) });
      }
    }
  }
  return [...modules.values()];
}

/** Client modules from our own source tree (not from node_modules). */
export function ourClientModules(nextDir: string): ClientModule[] {
  return clientModules(nextDir).filter(
    (module) => module.path.startsWith("[project]/") && !module.path.includes("/node_modules/"),
  );
}

/** The modules of `ours` that this chunk's source defines. */
export function ourModulesIn(chunkSource: string, ours: readonly ClientModule[]): ClientModule[] {
  return ours.filter((module) =>
    new RegExp(`[,\\[]\\s*${module.id}\\s*,\\s*(?:\\(|function\\b|[A-Za-z_$][\\w$]*\\s*=>)`).test(
      chunkSource,
    ),
  );
}

export type ChunkOwner = "ours" | "framework";

export function chunkOwner(chunkSource: string, ours: readonly ClientModule[]): ChunkOwner {
  return ourModulesIn(chunkSource, ours).length > 0 ? "ours" : "framework";
}
