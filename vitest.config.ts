import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Examples import the package by name, as users do: in tests, "routellm" is this tree's source.
const alias = [
  { find: /^routellm$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  { find: /^routellm\/(config|server|batch|simulation)$/, replacement: fileURLToPath(new URL("./src/$1/index.ts", import.meta.url)) },
];

// Two projects: `unit` (no network, no Redis; fast) and `int` (real Redis, local protocol servers).
// scripts/test.mjs makes sure Redis answers and passes its URL in ROUTELLM_TEST_REDIS_URL.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "int",
          include: ["test/int/**/*.int.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
