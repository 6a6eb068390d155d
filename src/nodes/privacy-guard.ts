import type { RunnableConfig } from "@langchain/core/runnables";
import { RouterError } from "../errors.js";
import type { RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { createRedactionSession } from "../privacy/index.js";
import type { PrivacyFinding } from "../privacy/types.js";
import type { PrivacyPolicy } from "../config/sections/privacy.js";
import { outgoingStrings, requestFields, type OutgoingString } from "./outgoing-request.js";
import { splitValues } from "./split-values.js";
import { createPolicyOf } from "./cloud-privacy.js";
import { traceEntry, type RouterRuntime } from "./node-runtime.js";
import { scanLength, scanLimitError, scanLimitWhy } from "./scan-limit.js";

/**
 * Scans every string the request would send to a model (message contents, names, tool calls and
 * results, tool definitions, response schemas, other parameters: see outgoing-request.ts) for
 * sensitive data and applies the per-category policy: `block` refuses, `local-only` pins the request to local models, `redact`
 * lets cloud models see placeholders only, `allow` ignores the category.
 */
export function createPrivacyGuardNode(runtime: RouterRuntime) {
  const { privacy } = runtime.config;
  const policyOf = createPolicyOf(runtime.config);

  return async function privacyGuard(state: RouterStateValue, _config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    if (!privacy.enabled || !runtime.scanner) {
      const privacyDecision = { sensitive: false, categories: [], pinnedLocal: false, redactions: [], findings: 0 };
      return {
        privacy: privacyDecision,
        trace: [traceEntry(runtime, state.requestId, { node: "privacy_guard", ms: performance.now() - started, chose: "skip", why: "privacy guard disabled" })],
      };
    }
    // Every string that leaves the machine with a model call, not only message contents.
    const outgoingTexts = outgoingStrings(state.messages, requestFields(state.request));
    const chars = scanLength(outgoingTexts);
    if (chars > privacy.scanLimit.maxChars) return overScanLimit(runtime, state, chars, started);
    const session = createRedactionSession();
    const categories = new Set<string>();
    const policies = new Set<PrivacyPolicy>();
    let findings = 0;
    /** Fields holding a value to redact that cannot be rewritten (names, ids, tool calls, schemas, non-text parts). */
    const unredactable = new Set<string>();
    const foundIn = new Map<OutgoingString, PrivacyFinding[]>();
    for (const outgoing of outgoingTexts) {
      const found: PrivacyFinding[] = runtime.scanner.scan(outgoing.text);
      if (found.length === 0) continue;
      foundIn.set(outgoing, found);
      const toRedact: PrivacyFinding[] = [];
      for (const finding of found) {
        const policy = policyOf(finding.category);
        if (policy === "allow") continue;
        findings++;
        categories.add(finding.category);
        policies.add(policy);
        if (policy === "redact") toRedact.push(finding);
      }
      if (toRedact.length > 0) {
        if (outgoing.rewritable) session.redact(outgoing.text, toRedact);
        else unredactable.add(outgoing.field.replace(/\[\d+\]/g, "[]"));
      }
    }
    // A value split across two messages (split-values.ts): its policy applies; a value to redact there cannot be rewritten.
    for (const split of splitValues(runtime.scanner, outgoingTexts, foundIn)) {
      const policy = policyOf(split.category);
      if (policy === "allow") continue;
      findings++;
      categories.add(split.category);
      policies.add(policy);
      if (policy === "redact") unredactable.add(split.field.replace(/\[\d+\]/g, "[]"));
    }
    const redactUnsafe = unredactable.size > 0;
    const sortedCategories = [...categories].sort();
    if (policies.has("block")) {
      const blocked = sortedCategories.filter((category) => policyOf(category) === "block");
      throw new RouterError("PRIVACY_BLOCKED", `request refused: it contains sensitive data of a blocked category (${blocked.join(", ")})`, {
        details: { categories: blocked },
      });
    }
    const pinnedLocal = policies.has("local-only") || (policies.has("redact") && redactUnsafe);
    const redactions = pinnedLocal ? [] : session.redactions();
    const why =
      findings === 0
        ? "no sensitive data found"
        : pinnedLocal
          ? `sensitive data (${sortedCategories.join(", ")}): pinned to local models${redactUnsafe ? ` (values in ${[...unredactable].sort().join(", ")} cannot be redacted)` : ""}`
          : `sensitive data (${sortedCategories.join(", ")}): ${redactions.length} value(s) replaced by placeholders for cloud models`;
    return {
      privacy: { sensitive: findings > 0, categories: sortedCategories, pinnedLocal, redactions, findings },
      reasons: findings > 0 ? [why] : [],
      trace: [
        traceEntry(runtime, state.requestId, {
          node: "privacy_guard",
          ms: performance.now() - started,
          saw: { messages: state.messages.length, findings, categories: sortedCategories },
          chose: pinnedLocal ? "local-only" : redactions.length > 0 ? "redact" : "any",
          why,
        }),
      ],
    };
  };
}

/**
 * The request's outgoing text is over `privacy.scanLimit.maxChars`: it is not scanned, so it may not
 * reach the cloud in any form. `local-only` pins it to local models; `refuse` throws the typed error.
 */
function overScanLimit(runtime: RouterRuntime, state: RouterStateValue, chars: number, started: number): RouterStateUpdate {
  const limit = runtime.config.privacy.scanLimit;
  const saw = { messages: state.messages.length, chars, maxChars: limit.maxChars };
  if (limit.action === "refuse") {
    traceEntry(runtime, state.requestId, { node: "privacy_guard", ms: performance.now() - started, saw, chose: "refuse", why: scanLimitWhy(chars, limit) });
    throw scanLimitError(chars, limit);
  }
  const why = `${scanLimitWhy(chars, limit)}, pinned to local models`;
  return {
    privacy: { sensitive: false, categories: [], pinnedLocal: true, redactions: [], findings: 0, unscanned: true },
    reasons: [why],
    trace: [traceEntry(runtime, state.requestId, { node: "privacy_guard", ms: performance.now() - started, saw, chose: "local-only", why })],
  };
}
