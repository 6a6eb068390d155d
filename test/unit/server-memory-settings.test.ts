import { afterEach, describe, expect, it } from "vitest";
import { workerMemoryFlags } from "../../src/server/memory-settings.js";
import { parseConfig } from "../../src/index.js";

const savedArgv = [...process.execArgv];
const savedOptions = process.env["NODE_OPTIONS"];
afterEach(() => {
  process.execArgv.splice(0, process.execArgv.length, ...savedArgv);
  if (savedOptions === undefined) delete process.env["NODE_OPTIONS"];
  else process.env["NODE_OPTIONS"] = savedOptions;
});

describe("server.memory", () => {
  it("defaults to 1 MB semi-spaces and 20% heap growth, passed to forked workers", () => {
    const { memory } = parseConfig({ models: [{ id: "m", provider: "ollama", model: "m", tier: "local" }] }).server;
    expect(memory).toEqual({ semiSpaceMb: 1, heapGrowingPercent: 20 });
    delete process.env["NODE_OPTIONS"];
    expect(workerMemoryFlags(memory)).toEqual(["--max-semi-space-size=1", "--heap-growing-percent=20"]);
  });

  it("leaves out what the user set on node's command line or in NODE_OPTIONS, and settings of 0", () => {
    process.execArgv.push("--heap-growing-percent=20");
    process.env["NODE_OPTIONS"] = "--max-semi-space-size=8";
    expect(workerMemoryFlags({ semiSpaceMb: 1, heapGrowingPercent: 20 })).toEqual([]);
    process.execArgv.splice(process.execArgv.indexOf("--heap-growing-percent=20"), 1);
    expect(workerMemoryFlags({ semiSpaceMb: 0, heapGrowingPercent: 50 })).toEqual(["--heap-growing-percent=50"]);
  });

  it("rejects a bad value with its path", () => {
    expect(() => parseConfig({ models: [{ id: "m", provider: "ollama", model: "m", tier: "local" }], server: { memory: { semiSpaceMb: -1 } } })).toThrow(
      /server\.memory\.semiSpaceMb/,
    );
  });
});
