import type { TopLevelSpec } from "vega-lite";
import { RouterError } from "../index.js";
import { LATENCY_BIN_EDGES_MS } from "./metrics.js";
import type { SimulationReport } from "./run-simulation.js";

/**
 * vega and vega-lite (~16 MB) are optional dependencies used only by HTML reports: loaded on first
 * use, with DEPENDENCY_MISSING naming the install command when they are absent (e.g. after
 * `npm install --omit=optional`, as in the Docker image).
 */
let charting: Promise<{ compile: typeof import("vega-lite").compile; parse: typeof import("vega").parse; View: typeof import("vega").View }> | undefined;
export function loadCharting(importModule: (name: string) => Promise<unknown> = (name) => import(name)) {
  return (charting ??= Promise.all([importModule("vega-lite"), importModule("vega")]).then(
    (modules) => {
      const [vegaLite, vega] = modules as [typeof import("vega-lite"), typeof import("vega")];
      return { compile: vegaLite.compile, parse: vega.parse, View: vega.View };
    },
    (cause: unknown) => {
      charting = undefined;
      throw new RouterError(
        "DEPENDENCY_MISSING",
        "report charts need the optional dependencies vega and vega-lite: run `npm install vega vega-lite` (report.json and report.md need neither)",
        { cause },
      );
    },
  ));
}

/** Renders a vega-lite spec to an SVG string (server-side, no browser). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { compile, parse, View } = await loadCharting();
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const WIDTH = 460;
/** Legends under the plot, so a chart keeps its width in a two-column page. */
const LEGEND_BELOW = { legend: { orient: "bottom", columns: 4, labelLimit: 220 } } as const;
const HEIGHT = 300;

export function costQualitySpec(report: SimulationReport): TopLevelSpec {
  const sweep = report.sweep.map((point) => ({ cost: point.costPer1MTokens, quality: point.quality * 100, knob: point.knob, cloud: point.cloudShare * 100 }));
  const strategies = report.strategies.map((summary) => ({ cost: summary.costPer1MTokens, quality: summary.quality * 100, name: summary.name }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: LEGEND_BELOW,
    title: { text: "Cost-quality: the router's cost-knob sweep and every strategy", subtitle: "up and to the left is better" },
    width: WIDTH,
    height: HEIGHT,
    layer: [
      {
        data: { values: sweep },
        mark: { type: "line", point: true, color: "#4c78a8" },
        encoding: {
          x: { field: "cost", type: "quantitative", title: "cost per 1M tokens ($)" },
          y: { field: "quality", type: "quantitative", title: "quality (%)", scale: { zero: false } },
          tooltip: [
            { field: "knob", title: "costWeight" },
            { field: "cloud", title: "cloud %", format: ".1f" },
          ],
        },
      },
      {
        data: { values: strategies },
        mark: { type: "point", filled: true, size: 90 },
        encoding: {
          x: { field: "cost", type: "quantitative" },
          y: { field: "quality", type: "quantitative" },
          color: { field: "name", type: "nominal", title: "strategy" },
          shape: { field: "name", type: "nominal", title: "strategy" },
        },
      },
      {
        data: { values: strategies },
        mark: { type: "text", align: "left", dx: 7, dy: -7, fontSize: 10 },
        encoding: { x: { field: "cost", type: "quantitative" }, y: { field: "quality", type: "quantitative" }, text: { field: "name" } },
      },
    ],
  } as TopLevelSpec;
}

export function latencySpec(report: SimulationReport): TopLevelSpec {
  const labels = LATENCY_BIN_EDGES_MS.map((edge) => `< ${edge >= 1000 ? `${edge / 1000}s` : `${edge}ms`}`);
  labels.push(`>= ${LATENCY_BIN_EDGES_MS[LATENCY_BIN_EDGES_MS.length - 1]! / 1000}s`);
  const values = report.strategies.flatMap((summary) =>
    summary.latencyHistogram.map((count, bin) => ({
      strategy: summary.name,
      bin,
      label: labels[bin],
      share: summary.prompts === 0 ? 0 : (count / summary.prompts) * 100,
    })),
  );
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: LEGEND_BELOW,
    title: { text: "End-to-end latency distribution", subtitle: "share of prompts per latency bin (virtual clock)" },
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: "line", point: true, interpolate: "monotone" },
    encoding: {
      x: { field: "label", type: "ordinal", sort: { field: "bin" }, title: "latency", axis: { labelAngle: -30 } },
      y: { field: "share", type: "quantitative", title: "prompts (%)" },
      color: { field: "strategy", type: "nominal" },
    },
  } as TopLevelSpec;
}

export function regretSpec(report: SimulationReport): TopLevelSpec {
  const values = report.learningCurve.flatMap((point) => [
    { prompts: point.prompts, regret: point.regret, series: "router (bandit learns online)" },
    ...(point.baselineRegret === undefined ? [] : [{ prompts: point.prompts, regret: point.baselineRegret, series: "router without bandit" }]),
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: LEGEND_BELOW,
    title: { text: "Bandit learning curve: regret against the oracle", subtitle: "mean (oracle quality - router quality) per window of the replay" },
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "prompts", type: "quantitative", title: "prompts replayed" },
      y: { field: "regret", type: "quantitative", title: "regret (quality points)" },
      color: { field: "series", type: "nominal", title: null },
    },
  } as TopLevelSpec;
}

export function adaptivitySpec(report: SimulationReport, metric: "cloudShare" | "latencyMs"): TopLevelSpec | undefined {
  const adaptivity = report.adaptivity;
  if (!adaptivity) return undefined;
  const total = report.dataset.prompts;
  const values = adaptivity.windows.flatMap((window) => [
    { prompts: window.prompts, value: metric === "cloudShare" ? window.adaptive.cloudShare * 100 : window.adaptive.latencyMs, series: "adaptive router" },
    { prompts: window.prompts, value: metric === "cloudShare" ? window.fixed.cloudShare * 100 : window.fixed.latencyMs, series: "no adaptation" },
  ]);
  const stretch = [{ start: adaptivity.scenario.start * total, end: adaptivity.scenario.end * total }];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: LEGEND_BELOW,
    title: {
      text:
        metric === "cloudShare"
          ? `Traffic to the cloud during a cloud ${adaptivity.scenario.kind}`
          : `Average latency during a cloud ${adaptivity.scenario.kind}`,
      subtitle: "shaded: the stretch of the replay under the scenario",
    },
    width: WIDTH,
    height: 220,
    layer: [
      {
        data: { values: stretch },
        mark: { type: "rect", color: "#f58518", opacity: 0.15 },
        encoding: { x: { field: "start", type: "quantitative" }, x2: { field: "end" } },
      },
      {
        data: { values },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "prompts", type: "quantitative", title: "prompts replayed" },
          y: { field: "value", type: "quantitative", title: metric === "cloudShare" ? "prompts reaching the cloud (%)" : "avg latency (ms)" },
          color: { field: "series", type: "nominal", title: null },
        },
      },
    ],
  } as TopLevelSpec;
}
