import type { RedisClient } from "../index.js";
import { classifyModelError, connectionCauseInWords, type ModelConfig, type Router } from "../index.js";

/** True when the model's server answers; false, or the cause in plain words ("connection refused"), when not. */
export type ModelProbe = (model: ModelConfig, signal: AbortSignal) => Promise<boolean | string>;

export interface ReadinessReport {
  ready: boolean;
  redis: "ok" | "unreachable" | "not-configured";
  models: Record<string, "reachable" | "unreachable" | "circuit-open">;
  /** Why a model cannot serve, and what to do (only for models with a problem): no answer at its URL, an unset API key variable, an open circuit. */
  problems?: Record<string, string>;
}

/** The URL the readiness probe asks for a model. */
export function probeUrl(model: ModelConfig): string {
  const base = (model.baseUrl ?? defaultBaseUrl[model.provider]).replace(/(?<!\/)\/+$/, "");
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
  } catch (error) {
    // The first system error code along the error's causes (ECONNREFUSED...), as classifyModelError collects it.
    const upstream = classifyModelError(error, model.id).details["upstream"] as { code?: string } | undefined;
    return connectionCauseInWords(upstream?.code) ?? false;
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
        if (circuits.get(model.id) === "open") return [model.id, "circuit-open", undefined] as const;
        const reachable = await withTimeout<boolean | string>(options.timeoutMs, (signal) => probe(model, signal), false);
        return [model.id, reachable === true ? "reachable" : "unreachable", typeof reachable === "string" ? reachable : undefined] as const;
      }),
    ]);
    const models = Object.fromEntries(modelStates.map(([id, state]) => [id, state])) as ReadinessReport["models"];
    const causes = new Map(modelStates.map(([id, , cause]) => [id, cause]));
    const ready = redisState !== "unreachable" && Object.values(models).some((state) => state === "reachable");
    const problems: Record<string, string> = {};
    for (const model of router.config.models) {
      const state = models[model.id];
      const found: string[] = [];
      const cause = causes.get(model.id);
      const running =
        cause === "host name not found"
          ? "check the host name and this machine's network (models[].baseUrl)"
          : `is ${model.provider === "ollama" ? "Ollama" : "the server"} running there (models[].baseUrl)?`;
      if (state === "unreachable")
        found.push(
          cause === undefined ? `no answer from ${probeUrl(model)} within ${options.timeoutMs} ms: ${running}` : `${cause} at ${probeUrl(model)}: ${running}`,
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
