import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("docs/errors.md: the error-code reference", () => {
  it("documents every RouterErrorCode with what failed and what to do", () => {
    const union = /export type RouterErrorCode =([^;]+);/.exec(read("src/errors.ts"))![1]!;
    const codes = [...union.matchAll(/"([A-Z_]+)"/g)].map((match) => match[1]!);
    expect(codes.length).toBeGreaterThan(15);
    const reference = read("docs/errors.md");
    const rows = new Map([...reference.matchAll(/^\| `([A-Z_]+)` \|([^\n]+)$/gm)].map((match) => [match[1]!, match[2]!.split("|").length - 1]));
    expect(codes.filter((code) => !rows.has(code))).toEqual([]);
    // code, then HTTP status, what failed, what to do: three more cells.
    for (const code of codes) expect(rows.get(code), code).toBe(3);
  });

  it("ships the licence package.json names", () => {
    expect((JSON.parse(read("package.json")) as { license: string }).license).toBe("Apache-2.0");
    expect(read("LICENSE")).toMatch(/Apache License\s+Version 2\.0/);
  });
});
