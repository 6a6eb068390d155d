import { createMemoryBanditStore, createRouter, createSeededRandom } from "../src/index.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { ROUTE_BENCH_CONFIG, ROUTE_BENCH_PROMPTS } from "./route-bench-workload.js";
const router = createRouter(ROUTE_BENCH_CONFIG, { models: Object.fromEntries(ROUTE_BENCH_CONFIG.models.map((m) => [m.id, new InstantChatModel("Sure, here is a short answer.")])), random: createSeededRandom(1), banditStore: createMemoryBanditStore(Date.now, 1000) });
for (let i = 0; i < 2000; i++) await router.invoke(ROUTE_BENCH_PROMPTS[i % 4]!);
const c0 = process.cpuUsage(); const N = Number(process.env.N ?? 3000);
for (let i = 0; i < N; i++) await router.invoke(ROUTE_BENCH_PROMPTS[i % 4]!);
const c = process.cpuUsage(c0); console.log("cpu/req µs", ((c.user + c.system) / N).toFixed(0));
