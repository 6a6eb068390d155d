import { describe, expect, it } from "vitest";
import { fitShrinkage, SHRINKAGE_GRID } from "../../src/learning/fit-shrinkage.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { MISSING_SCORE } from "../../src/learning/router-model.js";

/** Two clusters of 8-d Int8 vectors; `informative`: cluster decides the score, else scores are coin flips. */
function examples(informative: boolean, count = 200) {
  const random = createSeededRandom(5);
  const dimensions = 8;
  const vectors = new Int8Array(count * dimensions);
  const scales = new Float32Array(count).fill(1 / 127 / Math.sqrt(dimensions));
  const scores = new Uint8Array(count * 2);
  for (let row = 0; row < count; row++) {
    const cluster = row % 2;
    for (let d = 0; d < dimensions; d++) vectors[row * dimensions + d] = Math.round((d % 2 === cluster ? 100 : 10) + 20 * (random() - 0.5));
    const good = informative ? (cluster === 0 ? random() < 0.95 : random() < 0.05) : random() < 0.5;
    scores[row * 2] = good ? 254 : 0;
    scores[row * 2 + 1] = row % 7 === 0 ? MISSING_SCORE : 254;
  }
  return { count, dimensions, vectors, scales, scores, modelCount: 2, neighbours: 20 };
}

describe("fitShrinkage (leave-one-out prior strength)", () => {
  it("trusts informative neighbourhoods: the weakest pull toward the mean", () => {
    const { priorStrength, errors } = fitShrinkage(examples(true));
    expect(priorStrength).toBeLessThanOrEqual(4);
    expect(errors).toHaveLength(SHRINKAGE_GRID.length);
  });

  it("pulls hard toward the mean when neighbours carry no signal", () => {
    expect(fitShrinkage(examples(false)).priorStrength).toBeGreaterThanOrEqual(25);
  });
});
