/**
 * Published latency figures behind RouteLLM's default expectations (the router's priors) and the
 * simulator's named hardware profiles. Each figure is the median speed of one model call: time to
 * the first token (prompt processing, scheduling, network) and output tokens per second. Sources,
 * with the exact rows used, are listed in docs/latency-and-adaptation.md.
 *
 * - Local 7-9B models, 4-bit (Q4_K_M), llama.cpp, one stream (llama-bench, XiongjieDai/GPU-Benchmarks-on-LLM-Inference,
 *   LLaMA 3 8B Q4_K_M, May 2024): RTX 4090 127.7 tok/s generation and ~6,900 tok/s prompt
 *   processing (tg/pp 1024), RTX 3090 111.7 / 3,865; Apple M1 Max (32-core GPU) 34.5 / 355,
 *   M3 Max (40-core GPU) 50.7 / 678. Ollama runs the same llama.cpp kernels with its own server in
 *   front, so the profiles below sit slightly under the raw figures.
 * - Cloud (GPT-4o class over the public API): Artificial Analysis measured OpenAI's GPT-4o at 0.39 s
 *   to the first token and 81 output tokens/s (median of 14 days, 2024); later third-party
 *   measurements range from ~30 to ~100 tok/s for GPT-4o and ~60 tok/s for GPT-4o-mini.
 */
export interface HardwareLatency {
  /** Median time to first token, ms (prompt of a few hundred tokens). */
  ttftMs: number;
  /** Median output speed of one stream, tokens per second. */
  tokensPerSecond: number;
}

export interface HardwareProfile {
  description: string;
  local: HardwareLatency;
  /**
   * Local models share one accelerator: token generation is memory-bandwidth bound, so k calls
   * decoding at once (two different models, or one model's parallel slots) each run at about 1/k speed.
   */
  sharedLocalDevice: boolean;
}

/** Cloud tier default: GPT-4o class over the public API. */
export const CLOUD_LATENCY: HardwareLatency = { ttftMs: 450, tokensPerSecond: 80 };

export const HARDWARE_PROFILES = {
  "consumer-gpu": {
    description: "one RTX 3090/4090-class GPU (24 GB), Ollama, 7-9B models at 4 bits: ~110 tok/s, ~150 ms to first token",
    local: { ttftMs: 150, tokensPerSecond: 110 },
    sharedLocalDevice: true,
  },
  laptop: {
    description: "an Apple M1 Max / M3 Max-class laptop (unified memory), Ollama, 7-9B models at 4 bits: ~40 tok/s, ~500 ms to first token",
    local: { ttftMs: 500, tokensPerSecond: 40 },
    sharedLocalDevice: true,
  },
} as const satisfies Record<string, HardwareProfile>;

export type HardwareProfileName = keyof typeof HARDWARE_PROFILES;
export const HARDWARE_PROFILE_NAMES = Object.keys(HARDWARE_PROFILES) as HardwareProfileName[];

/** The router's default expectation for a tier before it has measured anything (models[].expectedLatency overrides). */
export function defaultExpectedLatency(tier: "local" | "cloud"): HardwareLatency {
  return tier === "local" ? HARDWARE_PROFILES["consumer-gpu"].local : CLOUD_LATENCY;
}
