import { createHash, timingSafeEqual } from "node:crypto";
import type { ServerAuthSettings as ServerAuthConfig } from "./settings.js";
import { HttpError } from "./http-errors.js";

/** A client key as the server keeps it: only its SHA-256, never the clear value. */
export interface ClientKey {
  name: string;
  hash: Buffer;
  requestsPerMinute: number | undefined;
  usdPerDay: number | undefined;
  /** Targets (profiles or model ids) this key may name; undefined = all exposed targets. */
  models: ReadonlySet<string> | undefined;
}

export interface ClientIdentity {
  name: string;
  requestsPerMinute: number | undefined;
  usdPerDay: number | undefined;
  models: ReadonlySet<string> | undefined;
}

export interface ApiKeyVerifier {
  readonly required: boolean;
  readonly size: number;
  /** Resolves the client behind an Authorization header (throws 401 when required and absent or wrong). */
  authenticate(headers: Record<string, string | string[] | undefined>): ClientIdentity;
}

export function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/** Builds the key table from the config and the environment; clear values are hashed at once. */
export function loadClientKeys(auth: ServerAuthConfig, env: NodeJS.ProcessEnv = process.env): ClientKey[] {
  const keys: ClientKey[] = [];
  for (const key of auth.keys) {
    let hash: Buffer | undefined;
    if (key.sha256 !== undefined) hash = Buffer.from(key.sha256, "hex");
    else if (key.env !== undefined) {
      const clear = env[key.env];
      if (clear === undefined || clear === "") continue;
      hash = sha256(clear);
    }
    if (hash === undefined) continue;
    keys.push({
      name: key.name,
      hash,
      requestsPerMinute: key.rateLimit?.requestsPerMinute ?? auth.defaultRateLimit?.requestsPerMinute,
      usdPerDay: key.budget?.usdPerDay ?? auth.defaultBudget?.usdPerDay,
      models: key.models === undefined ? undefined : new Set(key.models),
    });
  }
  const fromEnv = env[auth.keysEnv];
  if (fromEnv !== undefined && fromEnv.trim() !== "") {
    fromEnv
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "")
      .forEach((entry, index) => {
        const separator = entry.indexOf(":");
        const hasName = separator > 0 && /^[A-Za-z0-9._-]+$/.test(entry.slice(0, separator));
        keys.push({
          name: hasName ? entry.slice(0, separator) : `env-key-${index + 1}`,
          hash: sha256(hasName ? entry.slice(separator + 1) : entry),
          requestsPerMinute: auth.defaultRateLimit?.requestsPerMinute,
          usdPerDay: auth.defaultBudget?.usdPerDay,
          models: undefined,
        });
      });
  }
  return keys;
}

function bearerToken(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === "string") {
    const match = /^Bearer\s+(\S{1,4096})\s*$/i.exec(authorization);
    if (match) return match[1];
    return undefined;
  }
  const apiKey = headers["x-api-key"];
  if (typeof apiKey === "string" && apiKey.length > 0 && apiKey.length <= 4096) return apiKey;
  return undefined;
}

/**
 * Verifies keys in constant time: the presented key is hashed and compared with every stored
 * hash by timingSafeEqual, without stopping at the first match.
 */
export function createApiKeyVerifier(auth: ServerAuthConfig, env: NodeJS.ProcessEnv = process.env): ApiKeyVerifier {
  const keys = loadClientKeys(auth, env);
  const required = auth.required ?? keys.length > 0;
  const anonymous: ClientIdentity = {
    name: "anonymous",
    requestsPerMinute: auth.defaultRateLimit?.requestsPerMinute,
    usdPerDay: auth.defaultBudget?.usdPerDay,
    models: undefined,
  };
  return {
    required,
    size: keys.length,
    authenticate(headers) {
      const token = bearerToken(headers);
      if (token === undefined) {
        if (!required) return anonymous;
        throw new HttpError(401, "missing API key: send `Authorization: Bearer <key>`", { code: "invalid_api_key" });
      }
      const presented = sha256(token);
      let found: ClientKey | undefined;
      for (const key of keys) {
        if (timingSafeEqual(presented, key.hash) && found === undefined) found = key;
      }
      if (found !== undefined) return found;
      if (!required) return anonymous;
      throw new HttpError(401, "invalid API key", { code: "invalid_api_key" });
    },
  };
}
