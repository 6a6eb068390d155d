/**
 * The halves of a generated development set: the entries shuffled with a committed seed (Fisher–Yates over
 * `createSeededRandom`), so which half an entry lands in does not follow writing order, then split by dev-14's
 * `interleavedAssignment` within each (language, class) group, and numbered `<prefix>a-001` … / `<prefix>b-001` ….
 * dev-89, dev-90 and dev-91 use it (session 52; their halves byte-identical to the copies dev-89.ts and dev-90.ts had);
 * dev-87.ts (no shuffle) and dev-88.ts (a sort by seeded keys) split their own way.
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { createSeededRandom } from "../../src/policies/clock.js";

export function seededInterleavedHalves(
  entries: readonly MarkedEntry[],
  seed: number,
  prefix: string,
): { a: Array<readonly [MarkedEntry, string]>; b: Array<readonly [MarkedEntry, string]> } {
  const random = createSeededRandom(seed);
  const order = [...entries];
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const names = interleavedAssignment(order, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  order.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `${prefix}${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  return halves;
}
