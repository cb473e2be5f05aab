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
 * Turbopack often puts our small leaves in one chunk with framework modules
 * (next/image's client code, for one): only the source of our own factories
 * is weighed as ours; the rest of that chunk is framework. Each of our factories is gzipped on its own,
 * which errs towards "ours" (no shared compression context). Everything else
 * the page loads is framework (React, Next.js runtime, next/link, next/image).
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

/**
 * The modules a chunk defines, by id, with each factory's source. The chunk is
 * run in an empty VM context whose TURBOPACK array only records what is
 * pushed; the factories themselves are never called. A chunk that does
 * anything else (the runtime chunk) defines no modules here.
 */
export function definedModules(chunkSource: string): Map<string, string> {
  const pushed: unknown[] = [];
  const context = vm.createContext({
    TURBOPACK: { push: (...entries: unknown[]) => pushed.push(...entries) },
    document: { currentScript: null },
  });
  try {
    vm.runInContext(chunkSource, context, { timeout: 1000 });
  } catch {
    // Not a plain module chunk; whatever it pushed before failing still counts.
  }
  const modules = new Map<string, string>();
  for (const entry of pushed) {
    if (!Array.isArray(entry)) continue;
    entry.forEach((item: unknown, index) => {
      const factory: unknown = entry[index + 1];
      if (typeof item === "number" && typeof factory === "function") {
        modules.set(String(item), Function.prototype.toString.call(factory));
      }
    });
  }
  return modules;
}

/** The modules of `ours` that this chunk's source defines. */
export function ourModulesIn(chunkSource: string, ours: readonly ClientModule[]): ClientModule[] {
  const defined = definedModules(chunkSource);
  return ours.filter((module) => defined.has(module.id));
}

/** Each of our modules this chunk defines, with its source (the factory function). */
export function ourModuleSources(
  chunkSource: string,
  ours: readonly ClientModule[],
): { id: string; source: string }[] {
  const defined = definedModules(chunkSource);
  return ours.flatMap((module) => {
    const source = defined.get(module.id);
    return source === undefined ? [] : [{ id: module.id, source }];
  });
}

/**
 * Gzip bytes of our own code among these chunks, each module counted once: a
 * page also fetches other routes' chunks when it prefetches their links, and
 * those repeat the same leaves (the signup form is on every page).
 */
export function ourCodeGzipSize(
  chunkSources: readonly string[],
  ours: readonly ClientModule[],
  gzipSize: (source: string) => number,
): { bytes: number; modules: number } {
  const sizes = new Map<string, number>();
  for (const chunk of chunkSources) {
    for (const { id, source } of ourModuleSources(chunk, ours)) {
      sizes.set(id, Math.max(sizes.get(id) ?? 0, gzipSize(source)));
    }
  }
  return {
    bytes: [...sizes.values()].reduce((total, size) => total + size, 0),
    modules: sizes.size,
  };
}

export type ChunkOwner = "ours" | "framework";

export function chunkOwner(chunkSource: string, ours: readonly ClientModule[]): ChunkOwner {
  return ourModulesIn(chunkSource, ours).length > 0 ? "ours" : "framework";
}
