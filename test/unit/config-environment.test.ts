// ROUTELLM_* deployment variables over the config, validated by the same schema, errors naming the variable.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, resolveConfig } from "../../src/config/index.js";
import { loadBatchSettings } from "../../src/batch/batch-cli-support.js";
import { ENVIRONMENT_SETTINGS } from "../../src/config/environment.js";

describe("configuration from the environment", () => {
  it("sets every deployment setting over the embedded default", () => {
    const { config } = resolveConfig(undefined, DEFAULT_CONFIG, {
      ROUTELLM_HOST: "0.0.0.0",
      ROUTELLM_PORT: "9000",
      ROUTELLM_WORKERS: "3",
      ROUTELLM_LOG_LEVEL: "warn",
      ROUTELLM_METRICS_PORT: "9100",
      ROUTELLM_REDIS_URL: "redis-sentinel://:secret@s1:26379,s2:26380/mymaster",
      ROUTELLM_BANDIT_STORE: "redis",
      ROUTELLM_HEALTH_SHARED: "true",
      ROUTELLM_BATCH_CONCURRENCY: "16",
      ROUTELLM_BATCH_ROUTES: "1",
    });
    expect(config.server).toMatchObject({
      host: "0.0.0.0",
      port: 9000,
      workers: 3,
      logLevel: "warn",
      metricsPort: 9100,
      batchRoutes: true,
      redisUrl: "redis-sentinel://:secret@s1:26379,s2:26380/mymaster",
    });
    expect(config.bandit.store).toMatchObject({ type: "redis", url: "redis-sentinel://:secret@s1:26379,s2:26380/mymaster" });
    expect(config.batch).toMatchObject({ concurrency: 16, redisUrl: "redis-sentinel://:secret@s1:26379,s2:26380/mymaster" });
    expect(config.health).toMatchObject({ shared: true, redisUrl: "redis-sentinel://:secret@s1:26379,s2:26380/mymaster" });
  });

  it("takes a JSON topology object in ROUTELLM_REDIS_URL", () => {
    const { config } = resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_REDIS_URL: '{"cluster":["redis://a:7000","redis://b:7001"]}' });
    expect(config.batch.redisUrl).toEqual({ cluster: ["redis://a:7000", "redis://b:7001"] });
  });

  it("names the variable (and the path it sets) in a validation error", () => {
    expect(() => resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_PORT: "http" })).toThrow(/ROUTELLM_PORT \(server\.port\)/);
    expect(() => resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_WORKERS: "-2" })).toThrow(/ROUTELLM_WORKERS \(server\.workers\)/);
    expect(() => resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_REDIS_URL: "http://cache:6379" })).toThrow(/ROUTELLM_REDIS_URL \(server\.redisUrl\)/);
    expect(() => resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_HEALTH_SHARED: "yes" })).toThrow(/ROUTELLM_HEALTH_SHARED \(health\.shared\)/);
    try {
      resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_BANDIT_STORE: "etcd" });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "CONFIG_INVALID" });
      expect((error as Error).message).toContain("ROUTELLM_BANDIT_STORE (bandit.store.type)");
    }
  });

  it("reads the file named by ROUTELLM_CONFIG, with the variables over it; --config wins", () => {
    const dir = mkdtempSync(join(tmpdir(), "routellm-env-"));
    const file = join(dir, "deployed.yaml");
    writeFileSync(file, "models:\n  - { id: m, provider: ollama, model: llama3.1:8b, tier: local }\nserver:\n  port: 7000\n  host: 10.0.0.1\n");
    const loaded = resolveConfig(undefined, DEFAULT_CONFIG, { ROUTELLM_CONFIG: file, ROUTELLM_PORT: "7100" });
    expect(loaded.path).toBe(file);
    expect(loaded.config.server).toMatchObject({ port: 7100, host: "10.0.0.1" });
    expect(() => resolveConfig(join(dir, "missing.yaml"), DEFAULT_CONFIG, { ROUTELLM_CONFIG: file })).toThrow(/not found/);
  });

  it("gives the batch commands the same variables without a config file, errors naming them", () => {
    expect(loadBatchSettings(undefined, { ROUTELLM_REDIS_URL: "redis-cluster://a:7000,b:7001", ROUTELLM_BATCH_QUEUE_PREFIX: "jobs" }).settings).toMatchObject({
      redisUrl: "redis-cluster://a:7000,b:7001",
      queuePrefix: "jobs",
    });
    expect(() => loadBatchSettings(undefined, { ROUTELLM_BATCH_CONCURRENCY: "many" })).toThrow(/ROUTELLM_BATCH_CONCURRENCY \(batch\.concurrency\)/);
  });

  it("documents every variable it reads in docs/deployment.md", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync(new URL("../../docs/deployment.md", import.meta.url), "utf8");
    for (const setting of ENVIRONMENT_SETTINGS) expect(doc).toContain(`\`${setting.variable}\``);
    expect(doc).toContain("`ROUTELLM_CONFIG`");
  });
});
