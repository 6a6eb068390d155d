import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { DEFAULT_CONFIG } from "../../src/index.js";

/** Every path of a plain object inside the config (arrays by index), the config itself first. */
function objectPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((entry, index) => objectPaths(entry, [...path, index]));
  if (value === null || typeof value !== "object") return [];
  return [path, ...Object.entries(value).flatMap(([key, entry]) => objectPaths(entry, [...path, key]))];
}

function withKey(config: unknown, path: ReadonlyArray<string | number>, key: string): unknown {
  const copy = structuredClone(config) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path) node = node[step] as Record<string | number, unknown>;
  node[key] = true;
  return copy;
}

describe("config: every section is strict", () => {
  it("refuses an unknown key in every object of the full config, naming its exact path", () => {
    // The parsed default: every section with every default filled in.
    const full = JSON.parse(JSON.stringify(parseConfig(DEFAULT_CONFIG))) as unknown;
    expect(() => parseConfig(full)).not.toThrow();
    const paths = objectPaths(full);
    expect(paths.length).toBeGreaterThan(30);
    const accepted: string[] = [];
    for (const path of paths) {
      const where = [...path, "zzUnknownKey"]
        .map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`))
        .join("")
        .replace(/^\./, "")
        .replace(/\.\[/g, "[");
      try {
        parseConfig(withKey(full, path, "zzUnknownKey"));
        accepted.push(where);
      } catch (error) {
        const issues = (error as { details?: { issues?: Array<{ path: string }> } }).details?.issues ?? [];
        if (!issues.some((issue) => issue.path === where)) accepted.push(`${where} (issues: ${issues.map((issue) => issue.path).join(", ")})`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it("refuses a misspelt price instead of pricing the model at zero", () => {
    const model = { id: "gpt", provider: "openai", model: "gpt-4o", tier: "cloud", pricing: { inputPer1m: 2.5, outputPer1M: 10 } };
    expect(() => parseConfig({ models: [model] })).toThrow(/models\[0\]\.pricing\.inputPer1m: unknown key "inputPer1m" \(did you mean "inputPer1M"\?\)/);
  });
});
