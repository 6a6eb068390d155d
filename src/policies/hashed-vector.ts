/** FNV-1a 32-bit hash of a string. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const WORD = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

/**
 * Feature hashing of word unigrams (weight 1), word bigrams (0.7) and character trigrams (0.3)
 * into `dimensions` buckets with a sign hash, then L2 normalisation. Pure and deterministic.
 */
export function hashedVector(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  const lower = text.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const add = (feature: string, weight: number) => {
    const hash = fnv1a(feature);
    const sign = hash & 1 ? 1 : -1;
    const index = (hash >>> 1) % dimensions;
    vector[index] = (vector[index] ?? 0) + sign * weight;
  };
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    add(`w:${word}`, 1);
    if (index > 0) add(`b:${words[index - 1]}_${word}`, 0.7);
    if (word.length >= 3) {
      const padded = ` ${word} `;
      for (let start = 0; start + 3 <= padded.length; start++) add(`c:${padded.slice(start, start + 3)}`, 0.3);
    }
  }
  let norm = 0;
  for (let index = 0; index < dimensions; index++) norm += vector[index]! * vector[index]!;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < dimensions; index++) vector[index]! *= scale;
  }
  return vector;
}

/** Cosine similarity of two L2-normalised vectors (their dot product). */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) sum += a[index]! * b[index]!;
  return sum;
}
