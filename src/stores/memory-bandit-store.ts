import type { ArmStats, BanditStore, DecisionRecord, DecisionStore } from "./bandit-store.js";

/** Most decisions remembered for feedback in one process by default (the oldest are forgotten first); use the Redis store for more. */
const MAX_DECISIONS = 10_000;

/**
 * Bandit state in this process's memory: fast, lost on restart, not shared. Remembers at most
 * `maxDecisions` routing decisions awaiting feedback.
 */
export function createMemoryBanditStore(now: () => number = Date.now, maxDecisions = MAX_DECISIONS): BanditStore & DecisionStore {
  const buckets = new Map<string, Map<string, ArmStats>>();
  const decisions = new Map<string, { decision: DecisionRecord; expiresAt: number }>();
  return {
    async rememberDecision(requestId, decision, ttlMs) {
      decisions.delete(requestId);
      decisions.set(requestId, { decision, expiresAt: now() + ttlMs });
      if (decisions.size > maxDecisions) decisions.delete(decisions.keys().next().value!);
    },
    async takeDecision(requestId) {
      const entry = decisions.get(requestId);
      if (!entry) return undefined;
      decisions.delete(requestId);
      return entry.expiresAt >= now() ? entry.decision : undefined;
    },
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
      decisions.clear();
    },
    async close() {},
  };
}
