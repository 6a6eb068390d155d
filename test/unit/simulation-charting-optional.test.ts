// Report charting (vega, vega-lite) is an optional dependency loaded only when a report renders charts.
import { describe, expect, it } from "vitest";
import { loadCharting } from "../../src/simulation/charts.js";

describe("optional report charting", () => {
  it("fails with DEPENDENCY_MISSING naming the install command when vega is absent, and loads once installed", async () => {
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find package 'vega'"), { code: "ERR_MODULE_NOT_FOUND" }));
    await expect(loadCharting(missing)).rejects.toMatchObject({ code: "DEPENDENCY_MISSING", message: expect.stringContaining("npm install vega vega-lite") });
    const charting = await loadCharting();
    expect(typeof charting.compile).toBe("function");
    expect(typeof charting.View).toBe("function");
  });
});
