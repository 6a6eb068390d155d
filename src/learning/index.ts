export type { SuccessEstimate, SuccessPredictor } from "../policies/success-predictor.js";
