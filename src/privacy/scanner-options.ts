import type { PrivacyConfig } from "../config/sections/privacy.js";
import type { PrivacyScannerOptions } from "./types.js";

/**
 * The scanner options every product path takes from `privacy`: custom detectors, test values, unnamed relatives' health, the encoded bound and
 * the learned second opinion. Routing, the embeddings endpoint, debug prompt logging, the CLI and the cloud training
 * encoder all build their scanner from this, so no path masks less than routing does (issue #15).
 */
export function privacyScannerOptions(
  privacy: Pick<PrivacyConfig, "custom" | "testValues" | "unnamedRelatives" | "encoded" | "learned">,
): PrivacyScannerOptions {
  return {
    custom: privacy.custom,
    testValues: privacy.testValues,
    unnamedRelatives: privacy.unnamedRelatives,
    encoded: privacy.encoded,
    learned: privacy.learned,
  };
}
