import type { ArmStats, BanditStore } from "./bandit-store.js";

/** Bandit state in this process's memory: fast, lost on restart, not shared. */
export function createMemoryBanditStore(): BanditStore {
  const buckets = new Map<string, Map<string, ArmStats>>();
  return {
    async getArms(bucket, modelIds) {
      const arms = buckets.get(bucket);
      const result = new Map<string, ArmStats>();
      if (!arms) return result;
      for (const id of modelIds) {
        const stats = arms.get(id);
        if (stats) result.set(id, { ...stats });
      }
      return result;
    },
    async update(bucket, modelId, reward) {
      const clipped = Math.min(1, Math.max(0, reward));
      let arms = buckets.get(bucket);
      if (!arms) buckets.set(bucket, (arms = new Map()));
      const stats = arms.get(modelId) ?? { successes: 0, failures: 0 };
      stats.successes += clipped;
      stats.failures += 1 - clipped;
      arms.set(modelId, stats);
    },
    async snapshot() {
      const out: Record<string, Record<string, ArmStats>> = {};
      for (const [bucket, arms] of buckets) out[bucket] = Object.fromEntries([...arms].map(([id, s]) => [id, { ...s }]));
      return out;
    },
    async reset() {
      buckets.clear();
    },
    async close() {},
  };
}
