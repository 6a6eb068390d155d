/**
 * Contract of the privacy scanner (pure: no LangChain, no I/O).
 * Findings carry character spans, never copies of the values, so they are safe to log and trace.
 */
import type { BuiltinPrivacyCategory } from "../config/sections/privacy-categories.js";

export type { BuiltinPrivacyCategory };

/** A built-in category or the name of a custom detector from the config. */
export type PrivacyCategory = BuiltinPrivacyCategory | (string & {});

export interface PrivacyFinding {
  category: PrivacyCategory;
  /** Start offset (UTF-16 code units, as String.prototype.slice) in the scanned text. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** Short name of the rule that fired (e.g. `luhn`, `aws-access-key`). Never the value. */
  rule: string;
}

export interface CustomDetector {
  name: string;
  pattern?: string;
  flags?: string;
  keywords?: string[];
}

/**
 * The learned second opinion's heads (learned/model.ts): `health` and `financial` add a finding of their category;
 * `identifier` (optional in a model file, since session 50) adds a `national_id` finding on an ID-like token when the
 * rules report nothing at all.
 */
export type LearnedHead = "health" | "financial" | "identifier";

export interface LearnedHeadWeights {
  bias: number;
  /** Weights of the hashed buckets (dequantised). */
  weights: Float32Array;
  /** Probability at or above which the head adds a finding (chosen on training folds). */
  threshold: number;
}

/** A trained model (learned/model.ts loads the shipped one from data/privacy-model/model.json). */
export interface LearnedModel {
  buckets: number;
  /** Whether the features include the rules' candidates and findings (learned/features.ts). */
  ruleFindings: boolean;
  heads: Record<"health" | "financial", LearnedHeadWeights> & { identifier?: LearnedHeadWeights };
}

export interface PrivacyScannerOptions {
  custom?: CustomDetector[];
  /**
   * Documented public test values (Stripe/Braintree test cards, the IBAN registry's example
   * IBANs, placeholder SSNs such as 123-45-6789): `not-sensitive` (default) skips them, since they
   * identify nobody; `sensitive` reports them like any other value.
   */
  testValues?: "not-sensitive" | "sensitive";
  /**
   * An unnamed relative's or partner's condition ("my sister has diabetes"): `not-sensitive` (default) leaves it
   * unreported; `sensitive` reports it as `health` (detectors/unnamed-relative-condition.ts).
   */
  unnamedRelatives?: "not-sensitive" | "sensitive";
  /**
   * Encoded values past the decoders' bound (64 tokens or 64 KB decoded per text, encoded-values.ts): `as-written`
   * (default) reads them only as written; `sensitive` reports each unread extent as an `undecoded` finding (fail closed).
   */
  encoded?: { beyondBound?: "as-written" | "sensitive" };
  /**
   * The learned second opinion (learned/model.ts): off unless `enabled`. It adds a `health` or
   * `financial` finding (rule `learned-health` / `learned-financial`) when its probability reaches the
   * head's threshold and the rules reported nothing of that category, and a `national_id` finding
   * (`learned-identifier`) when the rules reported nothing at all. `thresholds` override the shipped
   * model's; `model` replaces the shipped data/privacy-model/model.json (tests, training).
   */
  learned?: {
    enabled: boolean;
    thresholds?: Partial<Record<LearnedHead, number>>;
    model?: LearnedModel;
  };
}

export interface PrivacyScanner {
  /** Non-overlapping findings sorted by start. */
  scan(text: string): PrivacyFinding[];
}

/** One value replaced by a typed placeholder such as `[EMAIL_1]`. */
export interface Redaction {
  placeholder: string;
  value: string;
  category: PrivacyCategory;
}

export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}
