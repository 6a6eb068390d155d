// Learned routing: train a router model from recorded outcomes and predict each model's success.
export type { SuccessEstimate, SuccessPredictor } from "./success-predictor.js";
export { createKnnSuccessPredictor, type LearnedSuccessPredictor, type AnswerObservation, type KnnPredictorOptions } from "./knn-success-predictor.js";
export { trainRouterModel, type TrainOptions, type TrainingItem, type ModelMapping } from "./train-router-model.js";
export {
  serialiseRouterModel,
  deserialiseRouterModel,
  type RouterModel,
  type LearnedModelInfo,
  type AgreementReliability,
  type EncoderInfo,
} from "./router-model.js";
export { loadRouterModel, saveRouterModel, loadSuccessPredictor } from "./load-router-model.js";
export { assertEncoderMatches } from "./encoder-match.js";
export { encodePromptHashes, seenPromptTest } from "./seen-prompts.js";
export { fitPca, project, type Projection } from "./pca.js";
export {
  chooseFirstModel,
  decideCascadeStep,
  bestCalled,
  relativeCosts,
  expectedCallCost,
  type CascadeCandidate,
  type CascadeStep,
  type CascadeStepInput,
} from "./learned-cascade.js";
export { answerKey, agreementPattern } from "./learned-answers.js";
export {
  planLearnedEscalation,
  chooseLearnedFirstModel,
  cascadeCandidates,
  expectedOutputTokens,
  type EscalationCandidate,
  type LearnedEscalationInput,
} from "./learned-escalation.js";
export { patternOfAnswers } from "./knn-success-predictor.js";
export { planCascadeStep, type CascadeOutcomeModel, type CascadePlan, type CascadePlanInput, type NextAnswer } from "./learned-cascade.js";
export { fitShrinkage, SHRINKAGE_GRID, type ShrinkageInput } from "./fit-shrinkage.js";
export { createCloudSharePacer, type CloudSharePacer, type CloudSharePacerOptions } from "../policies/cloud-share-pacer.js";
export { fitSuccessModel, predictSuccess, promptShape, PROMPT_SHAPE_FEATURES, RIDGE_GRID, type SuccessModel, type SuccessModelInput } from "./success-model.js";
export { proposeRoutes, type ProposedRoute, type ProposeRoutesItem, type ProposeRoutesOptions } from "./propose-routes.js";
