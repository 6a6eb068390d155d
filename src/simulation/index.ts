// RouteLLM simulation engine: public entry point. Imports only the core public API (src/index.ts);
// the core never imports this module.
export {
  loadReplayItems,
  readOutcomeRecords,
  idFraction,
  isTrainId,
  outcomeRecordSchema,
  type OutcomeRecord,
  type ReplayItem,
  type RecordedOutcome,
  type DatasetSummary,
} from "./dataset.js";
export { RecordedChatModel, RecordingBook, recordedResponseText, type CallLog, type RecordedChatModelOptions } from "./recorded-chat-model.js";
export { callTiming, conditionsAt, profileFor, type CallTiming, type ConditionState } from "./latency.js";
export { countPromptTokens, outputTokensFromChars, callCostUsd } from "./tokens.js";
export { injectSensitiveData, sensitiveSentence, INJECTED_CATEGORIES, type InjectedCategory } from "./privacy-injection.js";
export {
  apgr,
  cpt,
  pgrCurve,
  percentile,
  summarize,
  StrategyAccumulator,
  LATENCY_BIN_EDGES_MS,
  type PromptOutcome,
  type StrategySummary,
  type CurvePoint,
} from "./metrics.js";
export {
  createCatalog,
  referenceModels,
  configuredReferenceModel,
  localModelsByQuality,
  cheapestCloudModel,
  meanScores,
  type ModelCatalog,
} from "./catalog.js";
export { singleCallOutcome, expectedCostUsd, createPromptTokenCache, type DataContext } from "./single-call.js";
export {
  createStrategyRegistry,
  sweepStrategy,
  BUILTIN_STRATEGIES,
  DEFAULT_STRATEGY_NAMES,
  STATIC_RULES,
  type Strategy,
  type DataStrategy,
  type GraphStrategy,
  type DataStrategyContext,
  type Chooser,
  type StrategyRegistry,
} from "./strategies.js";
export { replayGraph, outcomeFromResult, type GraphJob, type GraphReplayResult, type ReplaySeries, type RouterFactory } from "./replay.js";
export { runGraphJobs, createReplayPool, type ReplayPool, type ReplayTask } from "./worker-pool.js";
export {
  runSimulation,
  replayOrder,
  toJsonReport,
  type SimulationInput,
  type SimulationReport,
  type SweepPoint,
  type WindowPoint,
  type AdaptivityWindow,
} from "./run-simulation.js";
export { prepareInputs, type DataSources, type PreparedInputs } from "./prepare-inputs.js";
export { renderTextReport, renderSummaryReport, renderTable, strategyRow, TABLE_COLUMNS, HEADLINE_COLUMNS } from "./format-table.js";
export { definitionLines } from "./metric-definitions.js";
export { renderMarkdown, renderHtml, writeReport, METRIC_DEFINITIONS } from "./write-report.js";
export { fitParameters, fitRasch, fittedParametersSchema, type FittedParameters, type FitSource } from "./irt-fit.js";
export {
  generateSyntheticItems,
  loadWorkload,
  loadFittedParameters,
  parametersFor,
  workloadSchema,
  DEFAULT_PARAMETERS_PATH,
  type Workload,
} from "./synthetic-workload.js";
export {
  runShiftScenario,
  renderShiftReport,
  qualityAtCost,
  equalCostLines,
  type ShiftScenarioInput,
  type ShiftReport,
  type ShiftSide,
  type ShiftCurvePoint,
  type EqualCost,
} from "./shift-scenario.js";
export { SAMPLE_CONFIG_PATH, SAMPLE_DATASET_PATH } from "./sample.js";
