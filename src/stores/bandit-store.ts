/**
 * Where the bandit's learned state lives. One arm = one (context bucket, model) pair, holding a
 * Beta posterior over "this model answers this kind of prompt well" as fractional successes and
 * failures. Implementations: in-memory (one process) and Redis (shared by every process; each
 * update is a single atomic HINCRBYFLOAT pair, so concurrent writers never lose an update).
 */
export interface ArmStats {
  /** Sum of rewards in [0, 1]. */
  successes: number;
  /** Sum of (1 - reward). */
  failures: number;
}

export interface BanditStore {
  /** Stats for each model in one context bucket; models never updated are absent. */
  getArms(bucket: string, modelIds: readonly string[]): Promise<Map<string, ArmStats>>;
  /** Adds one observation with reward in [0, 1] to an arm, atomically. */
  update(bucket: string, modelId: string, reward: number): Promise<void>;
  /** Every arm, for export and inspection. */
  snapshot(): Promise<Record<string, Record<string, ArmStats>>>;
  /** Forget everything (tests, `routellm bandit reset`). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** What a request's routing decision was, kept briefly so later user feedback can reward it. */
export interface DecisionRecord {
  bucket: string;
  modelId: string;
}

export interface DecisionStore {
  /** Remembers a decision for `ttlMs` (feedback after that is ignored). */
  rememberDecision(requestId: string, decision: DecisionRecord, ttlMs: number): Promise<void>;
  /** Returns and forgets the decision (feedback counts once). */
  takeDecision(requestId: string): Promise<DecisionRecord | undefined>;
}
