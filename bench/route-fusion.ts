/**
 * npx tsx bench/route-fusion.ts — what fusing the pure decision nodes saves: the same router with
 * `fusePureNodes: false` (one LangGraph node per definition node) and with the default (fused),
 * interleaved in rounds in one process; CPU time per request (less sensitive to a loaded machine
 * than wall time) and wall p50/p99. Environment: N requests per round (500), ROUNDS (6).
 */
import { createMemoryBanditStore, createRouter, createSeededRandom } from "../src/index.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { ROUTE_BENCH_CONFIG, ROUTE_BENCH_PROMPTS } from "./route-bench-workload.js";
const config = ROUTE_BENCH_CONFIG;
const PROMPTS = ROUTE_BENCH_PROMPTS;
const make = (extra: object) =>
  createRouter(config, {
    models: Object.fromEntries(config.models.map((model) => [model.id, new InstantChatModel("Sure, here is a short answer.")])),
    random: createSeededRandom(1),
    banditStore: createMemoryBanditStore(Date.now, 1000),
    ...extra,
  });
const all = { unfused: () => make({ fusePureNodes: false }), fused: () => make({}) } as Record<string, () => ReturnType<typeof make>>;
const variants = Object.fromEntries((process.env.VARIANTS ?? "unfused,fused").split(",").map((name) => [name, all[name]!()]));
const N = Number(process.env.N ?? 500),
  ROUNDS = Number(process.env.ROUNDS ?? 6);
const cpu: Record<string, number[]> = {},
  wall: Record<string, number[]> = {};
for (const [name, r] of Object.entries(variants)) {
  cpu[name] = [];
  wall[name] = [];
  for (let i = 0; i < 1200; i++) await r.invoke(PROMPTS[i % 4]!);
}
for (let round = 0; round < ROUNDS; round++)
  for (const [name, r] of Object.entries(variants)) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) {
      const t = performance.now();
      await r.invoke(PROMPTS[i % 4]!);
      wall[name]!.push((performance.now() - t) * 1000);
    }
    const c = process.cpuUsage(c0);
    cpu[name]!.push((c.user + c.system) / N);
  }
for (const name of Object.keys(variants)) {
  const w = wall[name]!.sort((a, b) => a - b);
  const cs = cpu[name]!.sort((a, b) => a - b);
  console.log(
    `${name}: cpu/req median ${cs[Math.floor(cs.length / 2)]!.toFixed(0)} µs (rounds ${cs.map((x) => x.toFixed(0)).join(",")}) wall p50 ${w[Math.floor(w.length / 2)]!.toFixed(0)} µs p99 ${w[Math.floor(w.length * 0.99)]!.toFixed(0)} µs`,
  );
}
