import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Examples import the package by name, as users do: in tests, "routellm" is this tree's source.
const alias = [
  { find: /^routellm$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  { find: /^routellm\/(config|server|batch|simulation)$/, replacement: fileURLToPath(new URL("./src/$1/index.ts", import.meta.url)) },
];

const ISOLATED_UNIT_FILES = [
  "test/unit/simulation-charting-optional.test.ts",
  "test/unit/privacy-keyword-filter.test.ts",
  "test/unit/graph-executor-fallback.test.ts",
  // vi.mock of the learned verifier's planning (scripted plans): needs its own module graph.
  "test/unit/kept-race-hedge.test.ts",
  "test/unit/through-local-check.test.ts",
  // vi.mock of createOnlineCalibration (to read what the router learned): needs its own module graph.
  "test/unit/graph-local-check.test.ts",
];

// The longest files, dispatched before all others (session 56, docs/testing.md "session 56: CI time"). Vitest queues the
// projects one after the other by name (int, unit, unit-isolated), each largest file first (longest first once it has
// timings), and its two workers take files from that queue: privacy-linear-time, one file of ~200 CPU-time scaling
// measurements that one worker runs alone for about half of the suite's time, started only after the whole int project,
// finished last with the other worker idle; first in the queue, it runs beside everything else. The others here took over
// 45 s each at the session's baseline (`.ci/run`'s per-file durations); they follow it so that none starts at the end.
const FIRST_FILES = [
  "test/unit/privacy-linear-time.test.ts",
  "test/unit/eval-cli.test.ts",
  "test/unit/calibrate-cli.test.ts",
  "test/unit/eval-calibrate-graph.test.ts",
  "test/unit/simulation-workers.test.ts",
];
class LongestFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => FIRST_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
    const first = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...first, ...sorted.filter((spec) => rank(spec) < 0)];
  }
}

// Three projects: `unit` and `unit-isolated` (no network, no Redis; fast) and `int` (real Redis, local protocol servers).
// scripts/test.mjs makes sure Redis answers and passes its URL in ROUTELLM_TEST_REDIS_URL.
// Workers: vitest's default is one fewer than the cores (one on a 2-core machine, leaving a core to the main process, which
// only transforms and reports). The tests are CPU-bound, so a 2-core machine runs two workers: session 49 measured the
// int project at load 11 with and without `--no-isolate --maxWorkers=2` (docs/testing.md).
export default defineConfig({
  resolve: { alias },
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFilesFirst },
    projects: [
      // Unit files share a worker's module graph (isolate: false): evaluating the imports once per worker instead of
      // once per file took the unit project from 529 s to 237 s on a 2-core machine (load 6-10; docs/testing.md).
      // Files that depend on a fresh module graph run isolated: a module-level cache they test (the optional charting
      // import), process-wide keyword automata they fill with random lists, or stubbed environment variables, or modules they mock.
      // Unit tests assert no time limits; their timeout only guards against a hang. Vitest's 5 s default failed tests
      // that take 5–7 s on this 2-core machine at load 13 (graph-local-check, session 45), so it is 30 s.
      {
        resolve: { alias },
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], exclude: ISOLATED_UNIT_FILES, isolate: false, environment: "node", testTimeout: 30_000 },
      },
      { resolve: { alias }, test: { name: "unit-isolated", include: ISOLATED_UNIT_FILES, environment: "node", testTimeout: 30_000 } },
      {
        resolve: { alias },
        test: {
          name: "int",
          include: ["test/int/**/*.int.test.ts"],
          // Int files share a worker's module graph too (each uses its own Redis prefix, queue, servers and ports, and
          // closes them): evaluating the imports once per worker took the project's CPU time from 302 s to 113 s (session
          // 49, load 11; vitest had reported "import 49%" of the project's time).
          isolate: false,
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
