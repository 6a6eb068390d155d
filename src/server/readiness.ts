import type { RedisClient } from "../index.js";
import type { ModelConfig, Router } from "../index.js";

export type ModelProbe = (model: ModelConfig, signal: AbortSignal) => Promise<boolean>;

export interface ReadinessReport {
  ready: boolean;
  redis: "ok" | "unreachable" | "not-configured";
  models: Record<string, "reachable" | "unreachable" | "circuit-open">;
  /** Why a model cannot serve, and what to do (only for models with a problem): no answer at its URL, an unset API key variable, an open circuit. */
  problems?: Record<string, string>;
}

/** The URL the readiness probe asks for a model. */
export function probeUrl(model: ModelConfig): string {
  const base = (model.baseUrl ?? defaultBaseUrl[model.provider]).replace(/\/+$/, "");
  return model.provider === "ollama" ? `${base}/api/tags` : `${base}/models`;
}

const defaultBaseUrl: Record<ModelConfig["provider"], string> = {
  ollama: "http://127.0.0.1:11434",
  openai: "https://api.openai.com/v1",
  "openai-compatible": "http://127.0.0.1",
};

/** A model is reachable when its base URL answers HTTP at all (any status: a 401 still proves the server is up). */
export const httpModelProbe: ModelProbe = async (model, signal) => {
  try {
    const response = await fetch(probeUrl(model), { method: "GET", signal });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
};

async function withTimeout<T>(timeoutMs: number, run: (signal: AbortSignal) => Promise<T>, fallback: T): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await Promise.race([
      run(controller.signal),
      new Promise<T>((resolve) => controller.signal.addEventListener("abort", () => resolve(fallback), { once: true })),
    ]);
  } catch {
    return fallback;
  } finally {
    clearTimeout(timer);
  }
}

/** Ready = Redis answers (when configured) and at least one model is reachable with a closed or half-open circuit. Cached briefly. */
export function createReadinessCheck(router: Router, redis: RedisClient | undefined, options: { timeoutMs: number; cacheMs?: number; probe?: ModelProbe }) {
  const probe = options.probe ?? httpModelProbe;
  const cacheMs = options.cacheMs ?? 2000;
  let cached: { at: number; report: Promise<ReadinessReport> } | undefined;
  const compute = async (): Promise<ReadinessReport> => {
    const circuits = new Map(router.health().map((health) => [health.modelId, health.circuit] as const));
    const [redisState, ...modelStates] = await Promise.all([
      redis === undefined
        ? Promise.resolve("not-configured" as const)
        : withTimeout(options.timeoutMs, async () => ((await redis.ping()) === "PONG" ? ("ok" as const) : ("unreachable" as const)), "unreachable" as const),
      ...router.config.models.map(async (model) => {
        if (circuits.get(model.id) === "open") return [model.id, "circuit-open"] as const;
        const reachable = await withTimeout(options.timeoutMs, (signal) => probe(model, signal), false);
        return [model.id, reachable ? "reachable" : "unreachable"] as const;
      }),
    ]);
    const models = Object.fromEntries(modelStates) as ReadinessReport["models"];
    const ready = redisState !== "unreachable" && Object.values(models).some((state) => state === "reachable");
    const problems: Record<string, string> = {};
    for (const model of router.config.models) {
      const state = models[model.id];
      const found: string[] = [];
      if (state === "unreachable")
        found.push(
          `no answer from ${probeUrl(model)} within ${options.timeoutMs} ms: is ${model.provider === "ollama" ? "Ollama" : "the server"} running there (models[].baseUrl)?`,
        );
      if (state === "circuit-open") found.push("circuit open after consecutive failures (health.failureThreshold); retried after health.openMs");
      if (model.apiKeyEnv !== undefined && !process.env[model.apiKeyEnv]) found.push(`environment variable ${model.apiKeyEnv} is not set (models[].apiKeyEnv)`);
      if (found.length > 0) problems[model.id] = found.join("; ");
    }
    return { ready, redis: redisState, models, ...(Object.keys(problems).length > 0 ? { problems } : {}) };
  };
  return (): Promise<ReadinessReport> => {
    const now = Date.now();
    if (cached === undefined || now - cached.at > cacheMs) cached = { at: now, report: compute() };
    return cached.report;
  };
}
