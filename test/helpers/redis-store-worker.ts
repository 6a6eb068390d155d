/**
 * Child process for the "several processes learn together" test: waits until `startAt` (epoch
 * ms), then fires `count` concurrent updates on one arm of a Redis bandit store and exits 0.
 * Rewards alternate 1 and 0.5 (exact in binary, so totals compare exactly).
 *
 *   node --import tsx test/helpers/redis-store-worker.ts <redisUrl> <keyPrefix> <bucket> <modelId> <count> <startAt>
 */
import { createRedisBanditStore } from "../../src/stores/redis-bandit-store.js";

const [url, keyPrefix, bucket, modelId, countText, startAtText] = process.argv.slice(2);
if (!url || !keyPrefix || !bucket || !modelId || !countText || !startAtText) {
  console.error("usage: redis-store-worker <redisUrl> <keyPrefix> <bucket> <modelId> <count> <startAt>");
  process.exit(2);
}
const store = createRedisBanditStore({ url, keyPrefix, commandTimeoutMs: 10_000 });
await store.getArms(bucket, [modelId]); // connected before the start line
const wait = Number(startAtText) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const count = Number(countText);
await Promise.all(Array.from({ length: count }, (_, index) => store.update(bucket, modelId, index % 2 === 0 ? 1 : 0.5)));
await store.close();
process.stdout.write(`done ${count}\n`);
