// Issue 12 item 2 / issue 20 item 2: with cloud embeddings, a prompt the privacy guard pins
// local, redacts, or that may not reach the cloud (local-only profile) never reaches the
// embeddings API in clear; `classifier.embeddings.privatePrompts` says what happens instead.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL, IBAN, startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const routes = [{ name: "smalltalk", utterances: ["hi there", "how are you today"], prefer: { tier: "local" as const } }];
// `local` is the default: the config leaves it out.
const embeddingsConfig = (openai: string, privatePrompts: "local" | "redacted" | "skip") => ({
  classifier: {
    embeddings: {
      provider: "openai" as const,
      baseUrl: openai,
      apiKeyEnv: "ROUTELLM_TEST_SECURITY_RIG_KEY",
      ...(privatePrompts === "local" ? {} : { privatePrompts }),
    },
    routes,
  },
});
const embeddingInputs = (rig: SecurityRig) => rig.openai.requestsTo("/embeddings").map((request) => JSON.stringify(request.body.input));
const ask = (rig: SecurityRig, content: string, model = "routellm/auto") =>
  rig.client().chat.completions.create({ model, messages: [{ role: "user", content }] });

describe.each(["local", "redacted", "skip"] as const)("cloud embeddings, privatePrompts: %s", (mode) => {
  let rig: SecurityRig;
  beforeAll(async () => {
    rig = await startSecurityRig(({ openai }) => embeddingsConfig(openai, mode));
  });
  afterAll(() => rig.close());

  it("embeds an ordinary prompt with the cloud encoder (the channel is live)", async () => {
    await ask(rig, "hi there, what is the weather like on Mars?");
    expect(embeddingInputs(rig).some((input) => input.includes("weather like on Mars"))).toBe(true);
  });

  it("never sends a pinned, a redacted or a local-only-profile prompt to the cloud in clear", async () => {
    const before = embeddingInputs(rig).length;
    await ask(rig, `hi there, my IBAN is ${IBAN}, is it valid?`);
    await ask(rig, `hi there, please write to ${EMAIL} about the meeting`);
    await ask(rig, "hi there, the launch codename is BLUE-HERON-7", "routellm/local-only");
    const sent = embeddingInputs(rig).slice(before);
    for (const input of sent) {
      expect(input).not.toContain(IBAN);
      expect(input).not.toContain(EMAIL);
      expect(input).not.toContain("BLUE-HERON-7");
    }
    rig.expectNoCloudLeak([IBAN, EMAIL, "BLUE-HERON-7"]);
    // `redacted` sends the e-mail prompt with a placeholder; the others send nothing of these prompts.
    expect(sent.some((input) => input.includes("[EMAIL_1]"))).toBe(mode === "redacted");
    if (mode !== "redacted") expect(sent).toEqual([]);
  });

  it("says in the trace what was done", async () => {
    const decision = await rig.router.explain(`hi there, my IBAN is ${IBAN}`);
    const entry = decision.trace.find((step) => step.node === "semantic_classifier")!;
    if (mode === "skip") {
      expect(entry.chose).toBe("skip");
      expect(entry.why).toContain("privatePrompts: skip");
    } else {
      expect(entry.why).toContain("embedded on this machine by the built-in encoder");
      // The local encoder has its own route index: the route still matches.
      expect(decision.routes[0]?.name).toBe("smalltalk");
    }
    const redacted = await rig.router.explain(`hi there, write to ${EMAIL}`);
    const redactedEntry = redacted.trace.find((step) => step.node === "semantic_classifier")!;
    expect(redactedEntry.why).toContain(
      mode === "redacted" ? "cloud encoder with its sensitive values redacted" : mode === "skip" ? "not embedded" : "embedded on this machine",
    );
  });
});

describe("cloud embeddings with a local Ollama embeddings model for private prompts", () => {
  let rig: SecurityRig;
  beforeAll(async () => {
    rig = await startSecurityRig(({ openai, ollama }) => ({
      classifier: {
        embeddings: {
          provider: "openai" as const,
          baseUrl: openai,
          apiKeyEnv: "ROUTELLM_TEST_SECURITY_RIG_KEY",
          local: { provider: "ollama" as const, model: "nomic-embed-text", baseUrl: ollama },
        },
        routes,
      },
    }));
  });
  afterAll(() => rig.close());

  it("embeds a pinned prompt with the local model, never the cloud one", async () => {
    await ask(rig, `hi there, my IBAN is ${IBAN}, is it valid?`);
    const local = rig.ollama.requests.filter((request) => request.path.startsWith("/api/embed")).map((request) => request.rawBody);
    expect(local.some((body) => body.includes(IBAN))).toBe(true);
    rig.expectNoCloudLeak([IBAN]);
    const decision = await rig.router.explain(`hi there, my IBAN is ${IBAN}`);
    expect(decision.trace.find((step) => step.node === "semantic_classifier")?.why).toContain("by the local embeddings model");
  });
});
