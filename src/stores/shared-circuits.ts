/**
 * Circuit state shared by every process through Redis (`health.shared: true`), so all replicas stop
 * calling a failing model together instead of each paying `failureThreshold` failures of its own.
 *
 * A process whose circuit opens writes `P circuit:<modelId>` with a PX TTL of `openMs`; every process
 * reads the remaining TTL of every model's key every `syncMs` and opens its own circuit for that long.
 * A successful half-open trial deletes the key (the others then try again once their copy expires).
 * Keys share the prefix's hash tag (`{routellm:health}:`), so the one read script runs on a Cluster.
 * Redis trouble never blocks a request: a failed write or read is reported to `onError` and the
 * process keeps its own breakers.
 */
import { withHashTag, type RedisClient } from "../redis/redis-client.js";
import { luaScript } from "./lua-script.js";
import type { CircuitBreakers } from "../policies/circuit-breaker.js";

export interface CircuitSync {
  /** This process opened the circuit of `modelId`: tell the others. */
  opened(modelId: string): void;
  /** This process closed it after a successful trial. */
  closed(modelId: string): void;
  /** Starts applying circuits opened elsewhere to `breakers` every `syncMs`. */
  start(breakers: CircuitBreakers, modelIds: readonly string[]): void;
  close(): Promise<void>;
}

export interface SharedCircuitOptions {
  redis: RedisClient;
  /** Whether close() quits the client. */
  ownsClient: boolean;
  keyPrefix: string;
  openMs: number;
  syncMs: number;
  onError?: (error: unknown) => void;
}

const READ_TTLS_SCRIPT = `
local ttls = {}
for index, key in ipairs(KEYS) do ttls[index] = redis.call('PTTL', key) end
return ttls`;
const readTtls = luaScript(READ_TTLS_SCRIPT);

export function createSharedCircuits(options: SharedCircuitOptions): CircuitSync {
  const prefix = `${withHashTag(options.keyPrefix.replace(/:$/, ""))}:circuit:`;
  const onError = options.onError ?? (() => undefined);
  let timer: NodeJS.Timeout | undefined;
  let syncing = false;
  return {
    opened(modelId) {
      options.redis.set(prefix + modelId, "open", "PX", options.openMs).catch(onError);
    },
    closed(modelId) {
      options.redis.del(prefix + modelId).catch(onError);
    },
    start(breakers, modelIds) {
      if (timer || modelIds.length === 0) return;
      const keys = modelIds.map((id) => prefix + id);
      const sync = async () => {
        if (syncing) return;
        syncing = true;
        try {
          const ttls = (await readTtls(options.redis, keys, [])) as number[];
          ttls.forEach((ttl, index) => {
            if (ttl > 0) breakers.openFor(modelIds[index]!, ttl);
          });
        } catch (error) {
          onError(error);
        } finally {
          syncing = false;
        }
      };
      timer = setInterval(() => void sync(), options.syncMs);
      timer.unref();
      void sync();
    },
    async close() {
      clearInterval(timer);
      timer = undefined;
      if (!options.ownsClient) return;
      await options.redis.quit().catch(() => options.redis.disconnect());
    },
  };
}
