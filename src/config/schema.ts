import { z } from "zod";
import { embeddingModelSchema, modelSchema } from "./sections/models.js";
import { privacySchema } from "./sections/privacy.js";
import { banditSchema, classifierSchema, healthSchema, profileSchema, triageSchema, verifiersSchema } from "./sections/routing.js";
import { serverSchema } from "./sections/server.js";
import { batchSchema } from "./sections/batch.js";
import { simulationSchema } from "./sections/simulation.js";
import { BUILTIN_CATEGORIES } from "./sections/privacy-categories.js";
import { unknownNameMessage } from "./did-you-mean.js";

/** Names people write for a built-in privacy category, for the "did you mean" of an unknown one. */
const CATEGORY_SYNONYMS: Record<string, string> = {
  credit_card: "payment_card",
  creditcard: "payment_card",
  card: "payment_card",
  card_number: "payment_card",
  cc: "payment_card",
  debit_card: "payment_card",
  pan: "payment_card",
  ssn: "us_ssn",
  social_security: "us_ssn",
  social_security_number: "us_ssn",
  ip: "ip_address",
  ipv4: "ip_address",
  ipv6: "ip_address",
  address: "street_address",
  postal_address: "street_address",
  home_address: "street_address",
  dob: "date_of_birth",
  birthday: "date_of_birth",
  birth_date: "date_of_birth",
  apikey: "api_key",
  token: "api_key",
  secret: "api_key",
  access_key: "api_key",
  credentials: "api_key",
  phone_number: "phone",
  telephone: "phone",
  mobile: "phone",
  mail: "email",
  email_address: "email",
  medical: "health",
  diagnosis: "health",
  mrn: "medical_record",
  account_number: "bank_account",
  bank: "bank_account",
  id_card: "national_id",
  drivers_license: "driver_license",
  driver_licence: "driver_license",
  drivers_licence: "driver_license",
  driving_licence: "driver_license",
  driving_license: "driver_license",
  dl: "driver_license",
  salary: "financial",
  income: "financial",
  finance: "financial",
  finances: "financial",
  credit_score: "financial",
  debt: "financial",
  fingerprint: "biometric",
  biometrics: "biometric",
  face: "biometric",
  genetic: "biometric",
  dna: "biometric",
  national_id_number: "national_id",
  ssh_key: "private_key",
  pem: "private_key",
  db_url: "connection_string",
  database_url: "connection_string",
};

export const routerConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    models: z.array(modelSchema).min(1, "at least one model"),
    /** Models serving `/v1/embeddings` and Ollama `/api/embed` (sensitive input goes to local ones only). */
    embeddingModels: z.array(embeddingModelSchema).default([]),
    /** Escalation ladder, weakest/cheapest first. Default: local models then cloud models, in file order. */
    ladder: z.array(z.string()).optional(),
    privacy: privacySchema,
    triage: triageSchema,
    classifier: classifierSchema,
    bandit: banditSchema,
    verifiers: verifiersSchema,
    health: healthSchema,
    /** Named routing profiles, selected by the `model` field of a request (e.g. `routellm/local-only`). */
    profiles: z.record(z.string(), profileSchema).default({}),
    /**
     * Graph extension modules (a path relative to the config file, or a package name) whose default
     * export is a RouterGraphExtension: every runtime built from this file runs the extended graph.
     */
    extensions: z.array(z.string().min(1)).default([]),
    server: serverSchema,
    batch: batchSchema,
    simulation: simulationSchema,
  })
  .strict()
  .superRefine((config, context) => {
    const ids = new Set<string>();
    config.models.forEach((model, index) => {
      if (ids.has(model.id)) context.addIssue({ code: "custom", path: ["models", index, "id"], message: `duplicate model id "${model.id}"` });
      ids.add(model.id);
      if (model.provider === "openai-compatible" && model.baseUrl === undefined)
        context.addIssue({ code: "custom", path: ["models", index, "baseUrl"], message: "an openai-compatible model needs a baseUrl" });
    });
    config.embeddingModels.forEach((model, index) => {
      if (ids.has(model.id)) context.addIssue({ code: "custom", path: ["embeddingModels", index, "id"], message: `duplicate model id "${model.id}"` });
      ids.add(model.id);
      if (model.provider === "openai-compatible" && model.baseUrl === undefined)
        context.addIssue({ code: "custom", path: ["embeddingModels", index, "baseUrl"], message: "an openai-compatible model needs a baseUrl" });
    });
    const embeddingIds = new Set(config.embeddingModels.map((model) => model.id));
    const requireModel = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && (!ids.has(id) || embeddingIds.has(id)))
        context.addIssue({
          code: "custom",
          path,
          message: `unknown model id "${id}" (known: ${[...ids].filter((known) => !embeddingIds.has(known)).join(", ")})`,
        });
    };
    config.ladder?.forEach((id, index) => requireModel(id, ["ladder", index]));
    if (config.ladder && new Set(config.ladder).size !== config.ladder.length)
      context.addIssue({ code: "custom", path: ["ladder"], message: "the ladder lists a model twice" });
    config.classifier.routes.forEach((route, index) => requireModel(route.prefer.model, ["classifier", "routes", index, "prefer", "model"]));
    requireModel(config.triage.agentic.model, ["triage", "agentic", "model"]);
    if (config.triage.agentic.enabled && config.triage.agentic.model === undefined)
      context.addIssue({ code: "custom", path: ["triage", "agentic", "model"], message: "agentic triage is enabled but names no model" });
    const agentic = config.models.find((model) => model.id === config.triage.agentic.model);
    if (agentic && agentic.tier !== "local")
      context.addIssue({
        code: "custom",
        path: ["triage", "agentic", "model"],
        message: "the agentic triage model must be a local model (it sees every uncertain prompt)",
      });
    requireModel(config.verifiers.agreement.peer, ["verifiers", "agreement", "peer"]);
    requireModel(config.verifiers.judge.model, ["verifiers", "judge", "model"]);
    if (config.verifiers.judge.enabled && config.verifiers.judge.model === undefined)
      context.addIssue({ code: "custom", path: ["verifiers", "judge", "model"], message: "the judge verifier is enabled but names no model" });
    if (
      config.bandit.sloMiss.enabled &&
      config.bandit.latencySloMs === undefined &&
      !Object.values(config.profiles).some((profile) => profile.latencySloMs !== undefined)
    )
      context.addIssue({
        code: "custom",
        path: ["bandit", "sloMiss", "enabled"],
        message: "bandit.sloMiss needs a latency objective (bandit.latencySloMs or a profile's latencySloMs)",
      });
    for (const [name, profile] of Object.entries(config.profiles))
      profile.models?.forEach((id, index) => requireModel(id, ["profiles", name, "models", index]));
    for (const id of Object.keys(config.simulation.models)) requireModel(id, ["simulation", "models", id]);
    requireModel(config.simulation.referenceModel, ["simulation", "referenceModel"]);
    // A mistyped category would silently fall back to defaultPolicy (e.g. `allow`): refuse it.
    const categories: string[] = [...BUILTIN_CATEGORIES, ...config.privacy.custom.map((detector) => detector.name)];
    for (const name of Object.keys(config.privacy.categories))
      if (!categories.includes(name))
        context.addIssue({
          code: "custom",
          path: ["privacy", "categories", name],
          message: unknownNameMessage("privacy category", name, categories, CATEGORY_SYNONYMS[name.toLowerCase().replace(/[-\s]/g, "_")]),
        });
  });

/** The config as written by a user (defaults optional). */
export type RouterConfigInput = z.input<typeof routerConfigSchema>;
/** The validated config with every default filled in. */
export type RouterConfig = z.output<typeof routerConfigSchema>;
