import type { RouterConfig } from "../index.js";
import type { ReplayItem } from "./dataset.js";
import type { DataContext } from "./single-call.js";
import { expectedCostUsd } from "./single-call.js";
import type { StrategySummary } from "./metrics.js";
import { hash32 } from "./seeded.js";
import { cheapestCloudModel, localModelsByQuality } from "./catalog.js";

/** What a data strategy may look at before routing the held-out prompts. */
export interface DataStrategyContext extends DataContext {
  /** Training prompts with their outcomes (learned baselines fit on these only). */
  trainItems: readonly ReplayItem[];
  /** Reference models: the configured reference model and the best local model on the training prompts. */
  references: { strong: string; weak: string };
  /** Where a total cost lies between the weak model alone (0) and the reference model alone (1) on the replayed prompts. */
  costShareOf?: (costUsd: number) => number;
  /** Summaries of the strategies already run (see `after`). */
  results: ReadonlyMap<string, StrategySummary>;
}

/** Chooses the one model that answers each prompt. */
export type Chooser = (item: ReplayItem, index: number) => string;

/** A strategy computed straight from the recorded outcomes: one model per prompt, no routing graph. */
export interface DataStrategy {
  kind: "data";
  name: string;
  description: string;
  /** Strategies whose summaries this one needs first (e.g. random uses the router's cloud share). */
  after?: readonly string[];
  createChooser(context: DataStrategyContext): Chooser | Promise<Chooser>;
}

/** A strategy that runs the real router graph with a variant of the config. */
export interface GraphStrategy {
  kind: "graph";
  name: string;
  description: string;
  configure(config: RouterConfig): RouterConfig;
}

export type Strategy = DataStrategy | GraphStrategy;

export interface StrategyRegistry {
  register(strategy: Strategy): void;
  get(name: string): Strategy | undefined;
  list(): Strategy[];
}

export function createStrategyRegistry(strategies: readonly Strategy[] = BUILTIN_STRATEGIES): StrategyRegistry {
  const byName = new Map<string, Strategy>();
  const registry: StrategyRegistry = {
    register(strategy) {
      byName.set(strategy.name, strategy);
    },
    get: (name) => byName.get(name),
    list: () => [...byName.values()],
  };
  for (const strategy of strategies) registry.register(strategy);
  return registry;
}

function clone(config: RouterConfig): RouterConfig {
  return structuredClone(config);
}

export const allCloudStrategy: DataStrategy = {
  kind: "data",
  name: "all-cloud",
  description: "every prompt to the reference model (simulation.referenceModel; default the most expensive cloud model)",
  createChooser: (context) => () => context.references.strong,
};

/** The cheapest model that reaches the best recorded score on the prompt: the upper bound. */
export const oracleStrategy: DataStrategy = {
  kind: "data",
  name: "oracle",
  description: "the cheapest model that succeeds on each prompt (upper bound)",
  createChooser: (context) => (item) => {
    let chosen = context.catalog.ladder[0]!;
    let bestScore = -1;
    let bestCost = Infinity;
    for (const id of context.catalog.ladder) {
      const score = item.outcomes[id]!.score;
      const cost = expectedCostUsd(context, item, id);
      if (score > bestScore || (score === bestScore && cost < bestCost)) {
        chosen = id;
        bestScore = score;
        bestCost = cost;
      }
    }
    return chosen;
  },
};

/**
 * Random at the router's cost: the reference model with probability p, else the best local model, p
 * chosen so the expected total cost equals the router's (p = the router's cost share between the two).
 */
export const randomStrategy: DataStrategy = {
  kind: "data",
  name: "random",
  description: "the reference model at random, else the best local model, with the probability that matches the router's total cost in expectation",
  after: ["router"],
  createChooser: (context) => {
    const router = context.results.get("router");
    const share = router && context.costShareOf ? context.costShareOf(router.costUsd) : (router?.cloudShare ?? 0.5);
    return (item) => (hash32(context.seed, "random", item.id) / 4294967296 < share ? context.references.strong : context.references.weak);
  },
};

// A realistic hand-written rule set, as a team would write before having a router.
const SENSITIVE_HINTS = /(@[a-z0-9-]+\.[a-z]{2,}|\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b|\bpassword\b|\bpatient\b|\bdiagnos|\bssn\b|\bsocial security\b)/i;
const HARD_KEYWORDS =
  /\b(prove|proof|derive|analy[sz]e|optimi[sz]e|debug|implement|refactor|architecture|algorithm|step[- ]by[- ]step|explain why|compare|trade-?offs?|legal|contract|def |function|class |python|javascript|sql)\b/i;
export const STATIC_RULES = { longPromptChars: 1200, mediumPromptChars: 400 } as const;

/**
 * Static rules: prompts that look sensitive stay on the best local model; long prompts or prompts
 * with "hard" keywords go to the reference (strongest) cloud model; medium-length prompts go to the
 * cheapest cloud model; everything else to the best local model. "Best local" is by mean score on the
 * training prompts (not file order), "cheapest cloud" by price.
 */
export const staticRulesStrategy: DataStrategy = {
  kind: "data",
  name: "static-rules",
  description: `sensitive-looking -> best local; > ${STATIC_RULES.longPromptChars} chars or hard keywords -> reference model; > ${STATIC_RULES.mediumPromptChars} chars -> cheapest cloud; else best local (best = on the training prompts)`,
  createChooser: (context) => {
    const largestLocal = localModelsByQuality(context.catalog, context.trainItems)[0] ?? context.catalog.ladder[0]!;
    const strongestCloud = context.references.strong;
    const cheapestCloud = cheapestCloudModel(context.catalog, strongestCloud);
    return (item) => {
      const text = item.prompt;
      if (SENSITIVE_HINTS.test(text)) return largestLocal;
      if (text.length > STATIC_RULES.longPromptChars || HARD_KEYWORDS.test(text)) return strongestCloud;
      if (text.length > STATIC_RULES.mediumPromptChars) return cheapestCloud;
      return largestLocal;
    };
  },
};

export const routerStrategy: GraphStrategy = {
  kind: "graph",
  name: "router",
  description: "the full multi-tier router graph",
  configure: clone,
};

export const noVerifierStrategy: GraphStrategy = {
  kind: "graph",
  name: "no-verifier",
  description: "router without verifiers (no agreement, rule or judge checks, so no escalation on them)",
  configure: (config) => {
    const next = clone(config);
    next.verifiers.agreement.enabled = false;
    next.verifiers.rules.enabled = false;
    next.verifiers.judge.enabled = false;
    return next;
  },
};

export const noBanditStrategy: GraphStrategy = {
  kind: "graph",
  name: "no-bandit",
  description: "router without the bandit selector",
  configure: (config) => {
    const next = clone(config);
    next.bandit.enabled = false;
    return next;
  },
};

export const noClassifierStrategy: GraphStrategy = {
  kind: "graph",
  name: "no-classifier",
  description: "router without the semantic classifier (no routes, and no embedding for the learned model)",
  configure: (config) => {
    const next = clone(config);
    next.classifier.enabled = false;
    return next;
  },
};

export const noRoutesStrategy: GraphStrategy = {
  kind: "graph",
  name: "no-routes",
  description: "router without its semantic routes (the learned model still used)",
  configure: (config) => {
    const next = clone(config);
    next.classifier.routes = [];
    return next;
  },
};

export const noAnswerFeaturesStrategy: GraphStrategy = {
  kind: "graph",
  name: "no-answer-features",
  description: "router without the free-form verifier (free-form answers judged by the prompt only)",
  configure: (config) => {
    const next = clone(config);
    next.verifiers.freeForm.enabled = false;
    return next;
  },
};

/**
 * A point of the cost-knob sweep: the full router with `bandit.costWeight` set (and no cloud-share
 * pacing, which would move the knob online and flatten the curve onto its target).
 */
export function sweepStrategy(costWeight: number): GraphStrategy {
  return {
    kind: "graph",
    name: `costWeight=${costWeight}`,
    description: `router with bandit.costWeight ${costWeight}`,
    configure: (config) => {
      const next = clone(config);
      next.bandit.costWeight = costWeight;
      delete next.bandit.targetCloudShare;
      return next;
    },
  };
}

export const BUILTIN_STRATEGIES: readonly Strategy[] = [
  allCloudStrategy,
  staticRulesStrategy,
  randomStrategy,
  routerStrategy,
  noVerifierStrategy,
  noBanditStrategy,
  noClassifierStrategy,
  noRoutesStrategy,
  noAnswerFeaturesStrategy,
  oracleStrategy,
];

export const DEFAULT_STRATEGY_NAMES = BUILTIN_STRATEGIES.map((strategy) => strategy.name);
