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
  })
  .strict()
  .default({ enabled: true, defaultPolicy: "local-only", categories: {}, custom: [], testValues: "not-sensitive" });

export type PrivacyConfig = z.infer<typeof privacySchema>;
