import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, sourceFiles } from "../support/source-files";

/**
 * The unit project runs with `isolate: false` (vitest.config.mts): its test
 * files share each worker's modules, so none may change what the others see.
 * Such a test belongs in tests/integration, which isolates every file.
 */
const SHARED_STATE: [RegExp, string][] = [
  [
    /\bvi\.(?:mock|doMock|stubEnv|stubGlobal|useFakeTimers|spyOn)\(/,
    "a vitest mock, stub or fake timer",
  ],
  [/\bprocess\.env(?:\.\w+|\[[^\]]+\])\s*=[^=]/, "a write to process.env"],
  [/\bdelete\s+process\.env\b/, "a write to process.env"],
  [/\bprocess\.chdir\(/, "a change of working folder"],
  [/\bchild_process\b/, "a spawned process"],
];

describe("the unit tests", () => {
  const files = sourceFiles(["tests/unit"]).filter(
    (file) => file !== "tests/unit/isolation.test.ts",
  );

  it("are found", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)("%s changes no state other test files share and spawns nothing", (file) => {
    const text = readFileSync(path.join(projectRoot, file), "utf8");
    const found = SHARED_STATE.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
    expect(found).toEqual([]);
  });

  it("would catch each of those", () => {
    const samples = [
      'vi.mock("@/lib/config")',
      'process.env.EXAMPLE = "x"',
      "process.env[name] = value",
      "delete process.env.EXAMPLE",
      'process.chdir("/tmp")',
      'import { spawnSync } from "node:child_process"',
    ];
    for (const sample of samples) {
      expect(
        SHARED_STATE.some(([pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    }
    expect(SHARED_STATE.some(([pattern]) => pattern.test("process.env.EXAMPLE === x"))).toBe(false);
  });
});
