import { z } from "zod";
import { HARDWARE_PROFILE_NAMES, HARDWARE_PROFILES, type HardwareProfileName } from "./latency-profiles.js";

/**
 * Settings of `routellm simulate`: which dataset model stands for each configured model, latency
 * profiles, the train/test split, the adaptivity scenario and the privacy injection.
 *
 * Latency defaults and where they come from (all approximate, public, and overridable):
 * - cloud (gpt-4o / gpt-4o-mini class over the public API): time to first token ~450 ms and
 *   ~90 output tokens/s, the order of magnitude reported by the Artificial Analysis API
 *   leaderboard for GPT-4o (Aug 2024) and GPT-4o-mini in late 2024.
 * - local (7-9B model, 4-bit, served by Ollama on one consumer GPU or Apple silicon): time to
 *   first token ~150 ms for a short prompt and ~60 output tokens/s, between the ~100+ tok/s of an
 *   RTX 4090 and the ~35-45 tok/s of an M2 Pro reported in Ollama / llama.cpp community benchmarks.
 * - cloud spikes: an assumption, not a measurement. 3% of cloud calls get extra delay with a
 *   2 s median (log-normal), which puts the cloud p95 at 2-3x its median, as public API
 *   latency trackers commonly show. Set `probability: 0` to turn it off.
 */
export const latencyProfileSchema = z
  .object({
    /** Median time to first token, ms. */
    ttftMs: z.number().nonnegative(),
    /** Median output speed, tokens per second. */
    tokensPerSecond: z.number().positive(),
    /** Spread of the log-normal jitter applied to both (sigma of ln). 0 = deterministic. */
    jitter: z.number().min(0).max(2).default(0.25),
  })
  .strict();

export const spikeProcessSchema = z
  .object({
    /** Chance that one call gets a spike. */
    probability: z.number().min(0).max(1).default(0.03),
    /** Median extra delay of a spike, ms (log-normal with sigma 0.5). */
    medianExtraMs: z.number().nonnegative().default(2000),
  })
  .strict();

export const DEFAULT_LOCAL_LATENCY = { ttftMs: 150, tokensPerSecond: 60, jitter: 0.25 } as const;
export const DEFAULT_CLOUD_LATENCY = { ttftMs: 450, tokensPerSecond: 90, jitter: 0.25 } as const;
export const DEFAULT_CLOUD_SPIKES = { probability: 0.03, medianExtraMs: 2000 } as const;

export const latencySchema = z
  .object({
    local: latencyProfileSchema.default({ ...DEFAULT_LOCAL_LATENCY }),
    cloud: latencyProfileSchema.default({ ...DEFAULT_CLOUD_LATENCY }),
    /** Per configured model id; falls back to the profile of its tier. */
    models: z.record(z.string(), latencyProfileSchema).default({}),
    /** Random latency spikes of cloud models. */
    cloudSpikes: spikeProcessSchema.default({ ...DEFAULT_CLOUD_SPIKES }),
    /**
     * Local models share one accelerator: calls decoding at the same time split its speed (k calls:
     * each at 1/k), as memory-bandwidth-bound token generation does. False = every call runs at full speed.
     */
    sharedLocalDevice: z.boolean().default(false),
  })
  .strict()
  .default({
    local: { ...DEFAULT_LOCAL_LATENCY },
    cloud: { ...DEFAULT_CLOUD_LATENCY },
    models: {},
    cloudSpikes: { ...DEFAULT_CLOUD_SPIKES },
    sharedLocalDevice: false,
  });

export const scenarioSchema = z
  .object({
    /** What happens to cloud models during the stretch. `none` skips the adaptivity report. */
    kind: z.enum(["latency-spike", "outage", "none"]).default("latency-spike"),
    /** Start and end of the stretch, as fractions of the replay (by prompt position). */
    start: z.number().min(0).max(1).default(0.4),
    end: z.number().min(0).max(1).default(0.6),
    /** Latency spike: cloud latency is multiplied by this factor during the stretch. */
    factor: z.number().min(1).default(10),
  })
  .strict()
  .refine((value) => value.end >= value.start, { message: "end must not be before start", path: ["end"] })
  .default({ kind: "latency-spike", start: 0.4, end: 0.6, factor: 10 });

export const DEFAULT_SWEEP = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 4] as const;

export const simulationSchema = z
  .object({
    /**
     * Configured model id -> model name as spelled in the outcomes file, or a list of names: the first
     * one a prompt has a record for stands for the model on that prompt (files that recorded
     * different models of the same class, e.g. the shipped sample's chat prompts).
     */
    models: z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).default({}),
    /**
     * The reference (strong) model of every gap metric and baseline: all-cloud, APGR, CPT, the quality
     * ratio of `calibrate`, `bench:learning`. Default: the most expensive cloud model (output price,
     * then input price; the later one in the ladder on a tie).
     */
    referenceModel: z.string().optional(),
    /**
     * A named hardware profile for the local tier (`consumer-gpu`, `laptop`): replaces
     * `latency.local` by its published figures and shares one device between local calls.
     */
    hardware: z.enum(HARDWARE_PROFILE_NAMES as [HardwareProfileName, ...HardwareProfileName[]]).optional(),
    /** Share of a `--dataset` file's prompts (chosen by a hash of the prompt id) used for training; the rest is held out. */
    trainFraction: z.number().min(0).max(1).default(0.5),
    latency: latencySchema,
    /** Virtual time between two requests of the replay, ms (lets circuits and moving averages recover). */
    arrivalIntervalMs: z.number().nonnegative().default(1000),
    scenario: scenarioSchema,
    /** Share of prompts that get synthetic sensitive data inserted (labelled, for privacy compliance). */
    privacyShare: z.number().min(0).max(1).default(0.15),
    /** Values of `bandit.costWeight` for the cost-quality sweep. */
    sweep: z
      .array(z.number().min(0))
      .min(2)
      .default([...DEFAULT_SWEEP]),
    /** Worker threads for independent replays. 0 = one per core. */
    workers: z.number().int().min(0).default(0),
  })
  .strict()
  .default({
    models: {},
    trainFraction: 0.5,
    latency: {
      local: { ...DEFAULT_LOCAL_LATENCY },
      cloud: { ...DEFAULT_CLOUD_LATENCY },
      models: {},
      cloudSpikes: { ...DEFAULT_CLOUD_SPIKES },
      sharedLocalDevice: false,
    },
    arrivalIntervalMs: 1000,
    scenario: { kind: "latency-spike", start: 0.4, end: 0.6, factor: 10 },
    privacyShare: 0.15,
    sweep: [...DEFAULT_SWEEP],
    workers: 0,
  });

export type SimulationConfig = z.infer<typeof simulationSchema>;

/** The dataset model names that stand for a configured model (one name or a list, first match wins). */
export function datasetNamesOf(mapping: string | readonly string[]): readonly string[] {
  return typeof mapping === "string" ? [mapping] : mapping;
}
export type LatencyProfile = z.infer<typeof latencyProfileSchema>;
export type LatencyConfig = z.infer<typeof latencySchema>;
export type ScenarioConfig = z.infer<typeof scenarioSchema>;
export type SpikeProcess = z.infer<typeof spikeProcessSchema>;

/**
 * The latency settings a replay uses: `latency` as configured, or, when `hardware` names a profile,
 * its local figures (same jitter) with the local device shared.
 */
export function effectiveLatency(simulation: SimulationConfig): LatencyConfig {
  if (simulation.hardware === undefined) return simulation.latency;
  const profile = HARDWARE_PROFILES[simulation.hardware];
  return {
    ...simulation.latency,
    local: { ...simulation.latency.local, ttftMs: profile.local.ttftMs, tokensPerSecond: profile.local.tokensPerSecond },
    sharedLocalDevice: profile.sharedLocalDevice,
  };
}
