import { defineConfig } from "vitest/config";

// Two projects: `unit` (no network, no Redis; fast) and `int` (real Redis, local protocol servers).
// scripts/test.mjs makes sure Redis answers and passes its URL in ROUTELLM_TEST_REDIS_URL.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      {
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
