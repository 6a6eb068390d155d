export type * from "./types.js";
export { createPrivacyScanner } from "./scanner.js";
export { privacyScannerOptions } from "./scanner-options.js";
export {
  createRedactionSession,
  createStreamingRestorer,
  restoreText,
  maskText,
  placeholderLabel,
  type RedactionSession,
  type StreamingRestorer,
} from "./redaction.js";
export { BUILTIN_CATEGORIES } from "./categories.js";
