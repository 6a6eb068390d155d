/**
 * The privacy policy of every cloud call made on a request's behalf — the answering call, the
 * agreement peer, the judge, agentic triage and cloud embeddings all follow the same rule: a
 * request that may not reach a cloud model (pinned local by the guard, a local-only profile, a
 * named local model) sends nothing to any cloud endpoint; a request with values to redact sends
 * them as placeholders only.
 */
import type { RouterConfig } from "../config/schema.js";
import type { PrivacyPolicy } from "../config/sections/privacy.js";
import type { RouterStateValue } from "../state/router-state.js";
import { maskText } from "../privacy/index.js";
import type { Redaction } from "../privacy/types.js";
import type { RouterRuntime } from "./node-runtime.js";
import { resolveProfile } from "./profiles.js";
import { scanLimitWhy } from "./scan-limit.js";

/** The configured policy of a detected category (built-in or custom). */
export function createPolicyOf(config: RouterConfig): (category: string) => PrivacyPolicy {
  const { privacy } = config;
  const customPolicies = new Map(privacy.custom.filter((detector) => detector.policy).map((detector) => [detector.name, detector.policy!]));
  return (category) => privacy.categories[category] ?? customPolicies.get(category) ?? privacy.defaultPolicy;
}

export type CloudAccess = { allowed: false; why: string } | { allowed: true; redactions: readonly Redaction[] };

/** May a cloud endpoint see anything of this request, and with which values replaced? */
export function cloudAccessOf(runtime: RouterRuntime, state: RouterStateValue): CloudAccess {
  if (state.privacy?.pinnedLocal) return { allowed: false, why: "the privacy guard pinned the request to local models" };
  const named = state.options.model === undefined ? undefined : runtime.models.get(state.options.model);
  if (named)
    return named.config.tier === "cloud"
      ? { allowed: true, redactions: state.privacy?.redactions ?? [] }
      : { allowed: false, why: `the request named the local model ${named.config.id}` };
  const profile = resolveProfile(runtime.config, state.options.profile);
  const cloudModels = [...runtime.models.values()].filter(
    (binding) => binding.config.tier === "cloud" && (profile.models === undefined || profile.models.includes(binding.config.id)),
  );
  if ((profile.tiers !== undefined && !profile.tiers.includes("cloud")) || cloudModels.length === 0)
    return { allowed: false, why: `the profile ${state.options.profile ?? "routellm/auto"} allows local models only` };
  return { allowed: true, redactions: state.privacy?.redactions ?? [] };
}

/** Replaces every redacted value by its placeholder (longest values first). */
export function applyRedactions(text: string, redactions: readonly Redaction[]): string {
  if (redactions.length === 0) return text;
  let output = text;
  for (const redaction of [...redactions].sort((a, b) => b.value.length - a.value.length))
    if (output.includes(redaction.value)) output = output.split(redaction.value).join(redaction.placeholder);
  return output;
}

export type CloudText = { allowed: false; why: string } | { allowed: true; text: string; redacted: boolean };

/**
 * The form of `text` (the prompt, an answer, a judge's input) a cloud side call may send for
 * this request: the request's redactions applied, then scanned again, because text the request
 * did not contain (a local model's answer) may hold values of its own: those of a `redact`
 * category are masked, any other non-`allow` category refuses the call. `fromRequest`: the text
 * is part of the request's messages, which the guard already scanned.
 */
export function cloudTextFor(
  runtime: RouterRuntime,
  state: RouterStateValue,
  text: string,
  policyOf: (category: string) => PrivacyPolicy,
  options: { fromRequest?: boolean } = {},
): CloudText {
  const access = cloudAccessOf(runtime, state);
  if (!access.allowed) return access;
  const redactedText = applyRedactions(text, access.redactions);
  let redacted = redactedText !== text;
  // Text taken from the request itself was scanned by the guard: its redactions cover it.
  if (!runtime.scanner || options.fromRequest) return { allowed: true, text: redactedText, redacted };
  const limit = runtime.config.privacy.scanLimit;
  if (redactedText.length > limit.maxChars) return { allowed: false, why: scanLimitWhy(redactedText.length, limit) };
  const findings = runtime.scanner.scan(redactedText).filter((finding) => policyOf(finding.category) !== "allow");
  const kept = findings.filter((finding) => policyOf(finding.category) !== "redact");
  if (kept.length > 0)
    return { allowed: false, why: `the text holds sensitive data (${[...new Set(kept.map((finding) => finding.category))].sort().join(", ")})` };
  if (findings.length === 0) return { allowed: true, text: redactedText, redacted };
  redacted = true;
  return { allowed: true, text: maskText(redactedText, findings), redacted };
}
