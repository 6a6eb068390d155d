import { createSeededRandom, type RandomSource } from "../index.js";

/** 32-bit FNV-1a hash of some parts joined: stable across processes and platforms. */
export function hash32(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  const text = parts.join("\u0000");
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  // murmur3 finaliser: FNV alone mixes the last characters poorly into the high bits.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A seeded random source for one named purpose: the same parts always give the same sequence. */
export function randomFor(...parts: ReadonlyArray<string | number>): RandomSource {
  return createSeededRandom(hash32(...parts));
}

/** Standard normal draw (Box-Muller). */
export function normal(random: RandomSource): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
