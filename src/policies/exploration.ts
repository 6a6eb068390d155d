import type { ArmEvidence } from "./bandit.js";

/** FNV-1a over the parts, as an unsigned 32-bit integer. */
export function fnv1a(parts: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let index = 0; index < part.length; index += 1) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The exploration draw of one request: a value in [0, 1) (the request explores when it is below
 * the exploration share) and a seed for its posterior samples, both from a hash of the request
 * text, its bucket and the evidence the bandit holds for that bucket. The same request with no
 * new evidence draws the same; every new observation in its bucket draws afresh.
 */
export function explorationDraw(text: string, bucket: string, arms: ReadonlyMap<string, ArmEvidence> | undefined): { value: number; seed: number } {
  const evidence = arms
    ? [...arms.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, arm]) => `${id}:${arm.successes}:${arm.failures}`)
    : [];
  const hash = fnv1a([text, bucket, ...evidence]);
  return { value: hash / 4294967296, seed: fnv1a([String(hash), "sample"]) };
}
