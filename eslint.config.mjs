import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/** The files the Next.js configs (and their plugins) cover. */
const SOURCE = ["**/*.{js,jsx,mjs,ts,tsx,mts}"];

/** Node's file system and the databases: only lib/ reaches them, never a component or a route. */
const STORAGE = [
  { regex: "^(node:)?fs(/promises)?$", message: "Read files in lib/ (the content store)." },
  { regex: "^(better-sqlite3|pg)$", message: "Databases are reached through lib/." },
];

/** lib/ is the data flow itself: it never reaches back into routes or components. */
const LIB = [
  {
    regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
    message: "lib/ never imports app/ or components/.",
  },
];

/** Listing, search and SEO take articles as arguments: only lib/pages/ calls the store. */
const TAKES_ARTICLES = {
  regex: "^(@/lib/|(\\.\\./)+)content/(?!schema$)",
  message: "Listing, search and SEO take articles as arguments; only lib/pages/ calls the store.",
};

/**
 * What the modules of each layer may not import: a regex over the import
 * path, and why. A later entry replaces an earlier one for the files both
 * match, so each repeats the rules of the layers it is part of.
 */
const layers = [
  { files: ["lib/**"], patterns: LIB },
  {
    files: ["lib/content/**"],
    patterns: [
      ...LIB,
      {
        regex: "^(@/lib/|(\\.\\./)+)(listing|search|seo|pages)(/|$)",
        message:
          "Content flows out of lib/content/: it never imports listing, search, SEO or pages.",
      },
    ],
  },
  ...["listing", "search", "seo"].map((area) => ({
    files: [`lib/${area}/**`],
    patterns: [
      ...LIB,
      TAKES_ARTICLES,
      {
        regex: `^(@/lib/|(\\.\\./)+)(${["listing", "search", "seo"].filter((other) => other !== area).join("|")}|pages)(/|$)`,
        message: "Listing, search and SEO are side by side: none imports another, or a page model.",
      },
    ],
  })),
  {
    // Routes fetch their page model and hand it to components: nothing else of lib/.
    files: ["app/**"],
    patterns: [
      {
        regex: "^(@/|(\\.\\./)+)lib/(?!pages/)",
        message:
          "A route imports its page model (lib/pages/) and components, nothing else of lib/.",
      },
      ...STORAGE,
    ],
  },
  {
    // Components are presentational: props in, markup out.
    files: ["components/**"],
    patterns: [
      {
        regex:
          "^(@/|(\\.\\./)+)lib/(content/(store|live-content|pipeline)|newsletter/(instance|open-store|sqlite|postgres))",
        message: "Components get data as props; they never reach a store or a database.",
      },
      {
        regex: "^(@/|(\\.\\./)+)lib/pages/",
        message: "Components may take page-model types, not call page models.",
        allowTypeImports: true,
      },
      ...STORAGE,
    ],
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    files: SOURCE,
    rules: {
      // Named exports everywhere except where Next.js requires a default export.
      "import/no-default-export": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, varsIgnorePattern: "^_" },
      ],
      // Internal links go through SiteLink, which turns off viewport prefetching.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message: "Use SiteLink from @/components/site/SiteLink (no viewport prefetching).",
            },
          ],
        },
      ],
    },
  },
  // The layer rules: data flows content -> store -> page models -> routes -> components.
  ...layers.map(({ files, patterns }) => ({
    files,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message: "Use SiteLink from @/components/site/SiteLink (no viewport prefetching).",
            },
          ],
          patterns,
        },
      ],
    },
  })),
  {
    // Preloaded with `node --require` (worker threads run it too; --import they do not).
    files: ["bench/**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["components/site/SiteLink.tsx"],
    rules: { "no-restricted-imports": "off", "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    files: [
      "app/**/{page,layout,not-found,error,global-error,template,default,icon,sitemap,robots}.tsx",
      "app/**/*.ts",
      "*.config.{ts,mts,mjs}",
      "lib/platform/cache-handler.{mjs,d.mts}",
      "eslint.config.mjs",
      // The bench's minimal App Router app (bench/baseline): Next.js's own file conventions.
      "bench/baseline/**/*.{jsx,mjs}",
    ],
    rules: { "import/no-default-export": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
