import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { isTrainId } from "../../src/simulation/dataset.js";

/**
 * A small recorded-outcomes file whose two sides differ on purpose: on the train side of the split
 * (simulation.trainFraction 0.5) both local models give the same right answer; on the held-out side
 * they disagree and are wrong, so a knob that keeps the train side local sends the held-out side to
 * the cloud. Written with its config (two local models, one priced cloud model) into `folder`.
 */
export function writeShiftedFixture(folder: string, count = 48): { config: string; dataset: string; train: number; heldOut: number } {
  const lines: string[] = [];
  let train = 0;
  for (let index = 0; index < count; index++) {
    const id = `shift-${index}`;
    const a = 3 + ((index * 7) % 23);
    const b = 5 + ((index * 11) % 31);
    const gold = String(a * b);
    const seen = isTrainId(id, 0.5);
    if (seen) train++;
    const local = (answer: string) => ({ score: answer === gold ? 1 : 0, out_chars: 400, answer });
    lines.push(
      JSON.stringify({
        id,
        source: "fixture",
        category: "math",
        prompt: `A crate holds ${a} boxes of ${b} bolts each (order ${index}). How many bolts are in the crate?`,
        gold,
        outcomes: {
          "small-a": local(seen ? gold : String(a + b)),
          "small-b": local(seen ? gold : String(a * b + 1)),
          big: { score: 1, out_chars: 500, answer: gold },
        },
      }),
    );
  }
  const dataset = join(folder, "shift.outcomes.jsonl");
  writeFileSync(dataset, `${lines.join("\n")}\n`);
  const config = join(folder, "routellm.config.yaml");
  writeFileSync(
    config,
    [
      "version: 1",
      "models:",
      "  - { id: small-a, provider: ollama, model: small-a, tier: local }",
      "  - { id: small-b, provider: ollama, model: small-b, tier: local }",
      "  - { id: big, provider: openai, model: big, tier: cloud, apiKeyEnv: OPENAI_API_KEY, pricing: { inputPer1M: 2.5, outputPer1M: 10 } }",
      "ladder: [small-a, small-b, big]",
      "simulation:",
      "  models: { small-a: small-a, small-b: small-b, big: big }",
      "  privacyShare: 0",
      "",
    ].join("\n"),
  );
  return { config, dataset, train, heldOut: count - train };
}
