import { RouterError } from "../errors.js";
import type { RouterConfig } from "../config/schema.js";
import type { ProfileConfig } from "../config/sections/routing.js";

/** Profiles every router has; the config may redefine them or add more. */
export const BUILTIN_PROFILES: Record<string, ProfileConfig> = {
  "routellm/auto": { description: "route across every configured model" },
  "routellm/local-only": { description: "local models only", tiers: ["local"] },
  "routellm/cheap": { description: "favour cheaper models (three times the cost weight)" },
};

export function profileNames(config: RouterConfig): string[] {
  return [...new Set([...Object.keys(BUILTIN_PROFILES), ...Object.keys(config.profiles)])];
}

export function resolveProfile(config: RouterConfig, name: string | undefined): ProfileConfig {
  const key = name ?? "routellm/auto";
  const profile = config.profiles[key] ?? BUILTIN_PROFILES[key];
  if (!profile)
    throw new RouterError("UNKNOWN_MODEL", `unknown routing profile "${key}" (known: ${profileNames(config).join(", ")})`, { details: { profile: key } });
  if (key === "routellm/cheap" && config.profiles[key] === undefined) return { ...profile, costWeight: config.bandit.costWeight * 3 };
  return profile;
}
