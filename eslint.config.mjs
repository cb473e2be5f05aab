import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
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
  {
    files: ["components/site/SiteLink.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: [
      "app/**/{page,layout,not-found,error,global-error,template,default,icon,sitemap,robots}.tsx",
      "app/**/*.ts",
      "*.config.{ts,mts,mjs}",
      "lib/cache/cache-handler.{mjs,d.mts}",
      "eslint.config.mjs",
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
