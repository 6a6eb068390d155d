// Offline evaluation and calibration of learned routing (depends on the simulation engine).
export * from "./cascade-replay.js";
export * from "./evaluate.js";
export * from "./format-report.js";
export * from "./load-evaluation.js";
export * from "./prompt-encoder.js";
export * from "./calibrate.js";
export * from "./config-file.js";
export { idFraction } from "./split.js";
export * from "./graph-replay.js";
export * from "./graph-calibration.js";
export * from "./held-out-integrity.js";
export * from "./split-study.js";
