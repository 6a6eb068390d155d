import type { RunnableConfig } from "@langchain/core/runnables";
import { RouterError } from "../errors.js";
import type { RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { createRedactionSession } from "../policies/privacy/index.js";
import type { PrivacyFinding } from "../policies/privacy/types.js";
import type { PrivacyPolicy } from "../config/sections/privacy.js";
import { messageTextWithToolCalls } from "./message-text.js";
import { traceEntry, type RouterRuntime } from "./node-runtime.js";

/**
 * Scans every message (system, user, assistant, tool results) for sensitive data and applies the
 * per-category policy: `block` refuses, `local-only` pins the request to local models, `redact`
 * lets cloud models see placeholders only, `allow` ignores the category.
 */
export function createPrivacyGuardNode(runtime: RouterRuntime) {
  const { privacy } = runtime.config;
  const customPolicies = new Map(privacy.custom.filter((detector) => detector.policy).map((detector) => [detector.name, detector.policy!]));
  const policyOf = (category: string): PrivacyPolicy => privacy.categories[category] ?? customPolicies.get(category) ?? privacy.defaultPolicy;

  return async function privacyGuard(state: RouterStateValue, _config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    if (!privacy.enabled || !runtime.scanner) {
      const privacyDecision = { sensitive: false, categories: [], pinnedLocal: false, redactions: [], findings: 0 };
      return {
        privacy: privacyDecision,
        trace: [traceEntry(runtime, state.requestId, { node: "privacy_guard", ms: performance.now() - started, chose: "skip", why: "privacy guard disabled" })],
      };
    }
    const session = createRedactionSession();
    const categories = new Set<string>();
    const policies = new Set<PrivacyPolicy>();
    let findings = 0;
    let redactUnsafe = false;
    for (const message of state.messages) {
      const text = messageTextWithToolCalls(message);
      if (!text) continue;
      const found: PrivacyFinding[] = runtime.scanner.scan(text);
      if (found.length === 0) continue;
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
        session.redact(text, toRedact);
        // Tool-call arguments and non-text parts cannot be rewritten safely: keep such requests local.
        if (typeof message.content !== "string" || ((message as { tool_calls?: unknown[] }).tool_calls?.length ?? 0) > 0) redactUnsafe = true;
      }
    }
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
          ? `sensitive data (${sortedCategories.join(", ")}): pinned to local models${redactUnsafe ? " (values in tool calls or non-text parts cannot be redacted)" : ""}`
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
