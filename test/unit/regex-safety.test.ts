import { describe, expect, it } from "vitest";
import { cachedVerdict, checkPattern, extractPatterns, failure, patternHash, type ReviewEntry } from "../../scripts/regex-safety.js";

const FIXTURE = [
  "const EXPONENTIAL = /^(a|a)*$/;",
  'const POLYNOMIAL = new RegExp("\\\\s*=\\\\s*x", "g");',
  "const SAFE = RegExp(`^abc$`);",
  "const COMPUTED = new RegExp(`${name}+`);",
  "const ALSO_COMPUTED = new RegExp(name, 'u');",
].join("\n");

describe("regex safety check (scripts/regex-safety.ts)", () => {
  it("finds literals and RegExp calls with literal patterns, and counts computed ones apart", () => {
    const { patterns, dynamic } = extractPatterns("fixture.ts", FIXTURE);
    expect(patterns.map(({ line, source, flags, form }) => [line, source, flags, form])).toEqual([
      [1, "^(a|a)*$", "", "literal"],
      [2, "\\s*=\\s*x", "g", "constructor"],
      [3, "^abc$", "", "constructor"],
    ]);
    expect(dynamic.map((call) => call.line)).toEqual([4, 5]);
  });

  it("calls the exponential, polynomial and safe patterns what they are (recheck, native)", async () => {
    process.env.RECHECK_BACKEND ??= "native";
    const [exponential, polynomial, safe] = await Promise.all(
      extractPatterns("fixture.ts", FIXTURE).patterns.map(({ source, flags }) => checkPattern(source, flags)),
    );
    expect(exponential).toMatchObject({ status: "exponential", attack: expect.stringContaining("repeat") });
    expect(polynomial).toMatchObject({ status: "polynomial", degree: 2 });
    expect(safe).toEqual({ status: "safe" });
  }, 60_000);

  it("fails exponential patterns always, and polynomial or undecided ones unless reviewed with a reason", () => {
    const hash = patternHash("\\s*=\\s*x", "g");
    const reviewed: Record<string, ReviewEntry> = {
      [hash]: { status: "linear", where: "fixture.ts:2", pattern: "/\\s*=\\s*x/g", reason: "anchored by a one-character gate" },
    };
    const polynomial = { status: "polynomial", degree: 2, attack: "'\\t'.repeat(9)", summary: "2nd degree polynomial" } as const;
    expect(failure(polynomial, hash, reviewed)).toBeUndefined();
    expect(failure(polynomial, hash, {})).toMatch(/not in the review list/);
    expect(failure({ ...polynomial, status: "exponential" }, hash, reviewed)).toMatch(/exponential/);
    expect(failure({ status: "unknown", reason: "timeout" }, hash, {})).toMatch(/timeout/);
    expect(failure({ status: "unknown", reason: "timeout" }, hash, { [hash]: { ...reviewed[hash]!, reason: " " } })).toMatch(/timeout/);
  });

  it("uses a cached verdict only when the entry holds the same source and flags", () => {
    const hash = patternHash("^abc$", "");
    const cache = {
      checker: "recheck@test",
      params: { timeout: 10_000, randomSeed: 0 } as const,
      entries: { [hash]: { source: "^abd$", flags: "", verdict: { status: "safe" } as const } },
    };
    expect(cachedVerdict(cache, hash, "^abc$", "")).toBeUndefined();
    cache.entries[hash]!.source = "^abc$";
    expect(cachedVerdict(cache, hash, "^abc$", "")).toEqual({ status: "safe" });
    expect(cachedVerdict(cache, hash, "^abc$", "i")).toBeUndefined();
  });
});
