// RouteLLM's layers (docs/architecture.md), enforced in CI by `npm run depcruise`.
// Imports point down only; type-only imports count (tsPreCompilationDeps); no cycles.
//
//   6 runtimes   src/server  src/batch  src/simulation  src/cli  workers/  examples/   public API only
//   5 api        src/index.ts (+ the entry points src/{config,server,batch,simulation}/index.ts)
//   4 router     src/router          createRouter, RouterChatModel, extensions loading
//   3 graph      src/graphs > src/nodes > src/state     definition > node functions > state and records
//   2 services   src/models  src/stores  src/learning   LangChain clients, stores, learned routing
//   1 pure       src/policies  src/privacy  src/embeddings
//   0 base       src/errors.ts  src/config
//
// Tools: src/learning/evaluation (offline evaluation of the learned router) may read the simulator's
// datasets and metrics besides the layers below runtimes.
const BASE = "^src/(errors\\.ts$|config/)";
const PURE = "^src/(policies|privacy|embeddings)/";
const SERVICES = "^src/(models|stores|learning/(?!evaluation/))";
const STATE = "^src/state/";
const NODES = "^src/nodes/";
const GRAPHS = "^src/graphs/";
const ROUTER = "^src/router/";
const API = "^src/index\\.ts$";
const RUNTIMES = "^(src/(server|batch|simulation|cli)/|workers/|examples/)";
const TOOLS = "^src/learning/evaluation/";

const above = (...layers) => layers.join("|");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles, type-only imports included.",
      from: {},
      to: { circular: true },
    },
    {
      name: "base-is-the-bottom",
      severity: "error",
      comment: "errors.ts and config/ import nothing else of RouteLLM.",
      from: { path: BASE },
      to: { path: "^src/", pathNot: BASE },
    },
    {
      name: "pure-layer",
      severity: "error",
      comment: "policies, privacy and embeddings import only the base and each other.",
      from: { path: PURE },
      to: { path: above(SERVICES, STATE, NODES, GRAPHS, ROUTER, API, RUNTIMES, TOOLS) },
    },
    {
      name: "services-layer",
      severity: "error",
      comment: "models, stores and learning import only the pure layer and the base.",
      from: { path: SERVICES },
      to: { path: above(STATE, NODES, GRAPHS, ROUTER, API, RUNTIMES, TOOLS) },
    },
    {
      name: "state-is-the-bottom-of-the-graph",
      severity: "error",
      comment: "The state schema and shared records know nothing of nodes, graphs or the router.",
      from: { path: STATE },
      to: { path: above(NODES, GRAPHS, ROUTER, API, RUNTIMES, TOOLS) },
    },
    {
      name: "nodes-layer",
      severity: "error",
      from: { path: NODES },
      to: { path: above(GRAPHS, ROUTER, API, RUNTIMES, TOOLS) },
    },
    {
      name: "graphs-layer",
      severity: "error",
      from: { path: GRAPHS },
      to: { path: above(ROUTER, API, RUNTIMES, TOOLS) },
    },
    {
      name: "router-layer",
      severity: "error",
      from: { path: ROUTER },
      to: { path: above(API, RUNTIMES, TOOLS) },
    },
    {
      name: "api-exports-no-runtime",
      severity: "error",
      from: { path: API },
      to: { path: above(RUNTIMES, TOOLS) },
    },
    {
      name: "runtimes-use-the-public-api",
      severity: "error",
      comment:
        "Server, batch, simulation, CLI, workers and examples import src/index.ts, the package's entry points, and their own folder. " +
        "src/server/start-cluster.ts is the light entry point `routellm serve`'s primary loads without the router.",
      from: { path: "^src/(server|batch|simulation|cli)/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/$1/",
          API,
          "^src/(config|server|batch|simulation|learning/evaluation)/index\\.ts$",
          "^src/server/start-cluster\\.ts$",
          // Transitional: the budget and client-limit modules the batch worker shares with the server
          // (added in parallel); they belong below the runtimes (e.g. src/stores) or in an entry point.
          "^src/server/(http-errors|cost-estimate|client-limits)\\.ts$",
        ],
      },
    },
    {
      name: "workers-and-examples-use-the-public-api",
      severity: "error",
      from: { path: "^(workers|examples)/" },
      to: { path: "^src/", pathNot: [API, "^src/(config|server|batch|simulation)/index\\.ts$"] },
    },
    {
      name: "tools-are-not-runtimes",
      severity: "error",
      comment: "The learned router's offline evaluation may read the simulator, not the server, batch or CLI.",
      from: { path: TOOLS },
      to: { path: "^(src/(server|batch|cli)/|workers/|examples/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
