import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { renderSummaryReport, renderTextReport, SUMMARY_LABELS } from "../../src/simulation/format-table.js";
import { definitionLines, definitionOf } from "../../src/simulation/metric-definitions.js";
import { CALIBRATE_LABELS } from "../../src/cli/commands/calibrate.js";
import { simulateTiny } from "../helpers/tiny-simulation.js";

/** The headers of every table in a printed report (the line above each "---" rule), Strategy excepted. */
function printedHeaders(text: string): string[] {
  const lines = text.split("\n");
  return lines.flatMap((line, index) =>
    /^-+( +-+)*$/.test(line) && index > 0
      ? lines[index - 1]!.trim()
          .split(/ {2,}/)
          .filter((cell) => cell !== "Strategy")
      : [],
  );
}

/** The labels defined in a printed "Definitions:" block. */
function definedLabels(text: string): string[] {
  const block = text.split("Definitions:\n")[1]!.split("\n\n")[0]!;
  return block.split("\n").flatMap((line) => line.trim().split(": ")[0]!.split(", "));
}

describe("every printed figure is defined in the output", () => {
  it("simulate's full report and npm start's summary define each column they print", async () => {
    const config = parseConfig({
      models: [
        { id: "a", provider: "ollama", model: "a", tier: "local" },
        { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
      ],
      simulation: { models: { a: "small-a", big: "big" }, sweep: [0, 0.3, 3], privacyShare: 0.3 },
    });
    const report = await simulateTiny(config, {
      trainOnTest: true,
      adaptivity: false,
      strategies: ["all-cloud", "static-rules", "random", "router"],
    });
    for (const text of [renderTextReport(report), renderSummaryReport(report)]) {
      const headers = printedHeaders(text);
      expect(headers.length).toBeGreaterThan(3);
      const defined = definedLabels(text);
      const covered = (header: string) => defined.includes(header) || defined.some((label) => definitionOf(label) === definitionOf(header));
      expect(headers.filter((header) => definitionOf(header) === undefined || !covered(header))).toEqual([]);
    }
    const summaryText = renderSummaryReport(report);
    for (const label of SUMMARY_LABELS) expect(definedLabels(summaryText)).toContain(label);
    // The dataset line says why held-out prompts are missing.
    expect(summaryText).toMatch(/held-out prompts \(\d+ for training(; \d+ skipped: no record for [^)]+)?\)/);
    expect(renderSummaryReport({ ...report, dataset: { ...report.dataset, seenExcluded: 5 } })).toContain("5 excluded: the learned model was trained on them");
  }, 60_000);

  it("calibrate's labels and the summary's labels each have a definition", () => {
    for (const label of [...CALIBRATE_LABELS, ...SUMMARY_LABELS]) expect(definitionOf(label), label).toBeDefined();
    expect(definitionLines([...CALIBRATE_LABELS])).toHaveLength(CALIBRATE_LABELS.length);
  });
});
