import { z } from "zod";

/** What happens to a request holding a category of sensitive data. */
export const privacyPolicySchema = z.enum(["local-only", "redact", "block", "allow"]);
export type PrivacyPolicy = z.infer<typeof privacyPolicySchema>;

export const customDetectorSchema = z
  .object({
    /** Category name reported in findings, e.g. `project-codename`. */
    name: z
      .string()
      .min(1)
      .regex(/^[a-z0-9_-]+$/, "lower-case letters, digits, _ and -"),
    /** A JavaScript regular expression source (no slashes). */
    pattern: z.string().min(1).optional(),
    flags: z
      .string()
      .regex(/^[imsu]*$/, "only the flags i, m, s, u")
      .optional(),
    /** Whole words or phrases, matched case-insensitively. */
    keywords: z.array(z.string().min(1)).optional(),
    policy: privacyPolicySchema.optional(),
  })
  .strict()
  .refine((value) => value.pattern !== undefined || (value.keywords?.length ?? 0) > 0, {
    message: "a custom detector needs a pattern or keywords",
  });

/** Default `privacy.scanLimit.maxChars`: the default body limit (1 MiB), so a default server never reaches it. */
export const DEFAULT_SCAN_LIMIT_CHARS = 1_048_576;

/**
 * Bound on the scan work per request: the total characters of every string a request would send
 * (message contents, names, tool calls and definitions, schemas, other parameters). Text over the
 * bound is never scanned and never sent to the cloud: `local-only` pins the request to local
 * models, `refuse` answers HTTP 413 `privacy_scan_limit`.
 */
export const scanLimitSchema = z
  .object({
    maxChars: z.number().int().min(1).default(DEFAULT_SCAN_LIMIT_CHARS),
    action: z.enum(["local-only", "refuse"]).default("local-only"),
  })
  .strict()
  .default({ maxChars: DEFAULT_SCAN_LIMIT_CHARS, action: "local-only" });
export type ScanLimitConfig = z.infer<typeof scanLimitSchema>;

/** Default of `privacy.learned.enabled`: the one line to change when the figures say the model should run by default. */
export const DEFAULT_LEARNED_ENABLED = false;

/**
 * The learned second opinion (src/privacy/learned/, docs/privacy.md): adds a `health` or `financial`
 * finding when its probability reaches the head's threshold and the rules reported nothing of that
 * category (`identifier`: a `national_id` finding when the rules reported nothing at all). `thresholds` override the shipped model's (chosen on its training folds).
 */
export const learnedSchema = z
  .object({
    enabled: z.boolean().default(DEFAULT_LEARNED_ENABLED),
    thresholds: z
      .object({
        health: z.number().min(0).max(1).optional(),
        financial: z.number().min(0).max(1).optional(),
        identifier: z.number().min(0).max(1).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .default({ enabled: DEFAULT_LEARNED_ENABLED, thresholds: {} });
export type LearnedConfig = z.infer<typeof learnedSchema>;

/**
 * Encoded values (JWTs, base64, MIME, quoted-printable) past the decoders' bound — 64 tokens or 64 KB of decoded text per
 * text: `as-written` reads them only as written (a JWT is still a `jwt`); `sensitive` reports each unread extent as an
 * `undecoded` finding, so its policy (`defaultPolicy` unless `categories.undecoded` is set) applies: fail closed.
 */
export const encodedSchema = z
  .object({ beyondBound: z.enum(["as-written", "sensitive"]).default("as-written") })
  .strict()
  .default({ beyondBound: "as-written" });
export type EncodedConfig = z.infer<typeof encodedSchema>;

export const privacySchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Policy for every category not listed in `categories`. */
    defaultPolicy: privacyPolicySchema.default("local-only"),
    /** Per-category policy, e.g. `{ email: redact, api_key: block }`. */
    categories: z.record(z.string(), privacyPolicySchema).default({}),
    custom: z.array(customDetectorSchema).default([]),
    /**
     * Documented public test values (Stripe/Braintree test cards, example IBANs, placeholder SSNs):
     * `not-sensitive` (default: they identify nobody) or `sensitive` (report them like real values).
     */
    testValues: z.enum(["not-sensitive", "sensitive"]).default("not-sensitive"),
    /**
     * A condition, diagnosis, medicine or treatment of the writer's unnamed relative or partner ("my sister has
     * diabetes", "Meine Schwiegermutter hat Alzheimer"): `not-sensitive` (default: only a named person's is reported)
     * or `sensitive` (reported as `health`, the span on the condition). Session 44.
     */
    unnamedRelatives: z.enum(["not-sensitive", "sensitive"]).default("not-sensitive"),
    scanLimit: scanLimitSchema,
    encoded: encodedSchema,
    learned: learnedSchema,
  })
  .strict()
  .default({
    enabled: true,
    defaultPolicy: "local-only",
    categories: {},
    custom: [],
    testValues: "not-sensitive",
    unnamedRelatives: "not-sensitive",
    scanLimit: { maxChars: DEFAULT_SCAN_LIMIT_CHARS, action: "local-only" },
    encoded: { beyondBound: "as-written" },
    learned: { enabled: DEFAULT_LEARNED_ENABLED, thresholds: {} },
  });

export type PrivacyConfig = z.infer<typeof privacySchema>;
