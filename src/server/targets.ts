import type { Router, Tier } from "../index.js";
import type { ServerSettings as ServerConfig } from "./settings.js";
import type { ClientIdentity } from "./api-keys.js";
import { HttpError } from "./http-errors.js";

export interface Target {
  id: string;
  kind: "profile" | "model";
  tier?: Tier;
}

export interface ResolvedTarget {
  target: Target;
  /** What to pass to the router: a profile, or a model id that bypasses routing. */
  options: { profile: string } | { model: string };
}

export interface TargetResolver {
  /** Targets a client may name (GET /v1/models, GET /api/tags). */
  list(client: ClientIdentity): Target[];
  /** The target a request's `model` field names; 404 when unknown or not exposed, 403 when this key may not use it. */
  resolve(requested: string, client: ClientIdentity): ResolvedTarget;
  tierOf(modelId: string): Tier | undefined;
}

export function createTargetResolver(router: Router, server: ServerConfig): TargetResolver {
  const exposedProfiles = server.exposure.profiles === "all" ? undefined : new Set(server.exposure.profiles);
  const targets = router
    .listTargets()
    .filter((target) => (target.kind === "profile" ? exposedProfiles === undefined || exposedProfiles.has(target.id) : server.exposure.models));
  const byId = new Map(targets.map((target) => [target.id, target] as const));
  const tiers = new Map(
    router
      .listTargets()
      .filter((target) => target.kind === "model")
      .map((target) => [target.id, target.tier] as const),
  );
  const allowed = (target: Target, client: ClientIdentity) => client.models === undefined || client.models.has(target.id);

  const lookup = (requested: string): Target | undefined => {
    const name = requested.trim();
    if (name === "" || name === "routellm") return byId.get(server.defaultProfile);
    const exact = byId.get(name);
    if (exact !== undefined) return exact;
    // Ollama clients often append `:latest` to names without a tag.
    if (name.endsWith(":latest")) return byId.get(name.slice(0, -":latest".length));
    return undefined;
  };

  return {
    list: (client) => targets.filter((target) => allowed(target, client)),
    resolve(requested, client) {
      const target = lookup(requested);
      if (target === undefined)
        throw new HttpError(404, `The model \`${requested.slice(0, 128)}\` does not exist; GET /v1/models lists the profiles and models you can use`, {
          param: "model",
          code: "model_not_found",
        });
      if (!allowed(target, client)) throw new HttpError(403, `this API key may not use \`${target.id}\``, { param: "model", code: "model_not_allowed" });
      return { target, options: target.kind === "profile" ? { profile: target.id } : { model: target.id } };
    },
    tierOf: (modelId) => tiers.get(modelId) ?? undefined,
  };
}
