import type { Command } from "commander";
import { DEFAULT_CONFIG, resolveConfig, createRouterFromConfig, type RouteDecision, type RouteResult } from "../../index.js";
import { readPromptArgument } from "../read-input.js";

interface RouteCommandOptions {
  config?: string;
  dryRun?: boolean;
  json?: boolean;
  profile?: string;
}

function toJson(result: RouteDecision | RouteResult) {
  const full = "answer" in result ? result : undefined;
  return {
    request_id: result.requestId,
    model: result.model,
    tier: result.tier,
    answer: full?.answer ?? null,
    escalations: full?.escalations ?? 0,
    reasons: result.reasons,
    privacy: { sensitive: result.privacy.sensitive, categories: result.privacy.categories, pinned_local: result.privacy.pinnedLocal },
    triage: result.triage,
    candidates: result.candidates,
    // How the request explored, if it did: "posterior" (bandit.explorationShare) or "local-plan" (bandit.online.localExploration).
    exploration: result.exploration ?? null,
    trace: result.trace,
    usage: { input_tokens: full?.usage.inputTokens ?? 0, output_tokens: full?.usage.outputTokens ?? 0, cost_usd: full?.usage.costUsd ?? 0 },
  };
}

export function registerRouteCommand(program: Command): void {
  program
    .command("route")
    .description("Route one prompt: print the chosen model, tier and reasons (and the answer unless --dry-run)")
    .argument("[prompt]", "the prompt (read from stdin when absent)")
    .option("-c, --config <file>", "config file (default: ./routellm.config.yaml, else the embedded default)")
    .option("--dry-run", "decide only: call no answering model")
    .option("--json", "print one JSON object")
    .option("--profile <name>", "routing profile, e.g. routellm/local-only")
    .action(async (promptArgument: string | undefined, options: RouteCommandOptions) => {
      const prompt = await readPromptArgument(promptArgument);
      const loaded = resolveConfig(options.config, DEFAULT_CONFIG);
      const router = await createRouterFromConfig(loaded);
      try {
        const routeOptions = options.profile ? { profile: options.profile } : {};
        const result = options.dryRun ? await router.explain(prompt, routeOptions) : await router.invoke(prompt, routeOptions);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(toJson(result))}\n`);
          return;
        }
        process.stdout.write(`model: ${result.model} (${result.tier})\n`);
        if (result.privacy.sensitive)
          process.stdout.write(`privacy: ${result.privacy.categories.join(", ")}${result.privacy.pinnedLocal ? " (local only)" : ""}\n`);
        for (const reason of result.reasons) process.stdout.write(`  - ${reason}\n`);
        if (!options.dryRun) {
          const full = result as RouteResult;
          process.stdout.write(
            `escalations: ${full.escalations}, tokens: ${full.usage.inputTokens} in / ${full.usage.outputTokens} out, cost: $${full.usage.costUsd.toFixed(6)}\n\n`,
          );
          process.stdout.write(`${full.answer}\n`);
        }
      } finally {
        await router.close();
      }
    });
}
