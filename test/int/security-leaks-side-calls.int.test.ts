// Issue 12 item 3: every cloud call made on a request's behalf — the agreement peer, the judge —
// follows the answering call's privacy policy: a pinned or local-only-profile request sends them
// nothing, a redacted one sends placeholders only. (Agentic triage: the config refuses a cloud
// triage model, and the node applies the same policy should one be injected.)
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EMAIL, IBAN, startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

let rig: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig(() => ({
    // A high cost weight: the local model answers first, so the cloud peer and judge check it.
    bandit: { costWeight: 5 },
    verifiers: { agreement: { enabled: true, peer: "gpt-cloud", onlyWhenExtractable: false }, judge: { enabled: true, model: "gpt-judge" } },
  }));
});
afterAll(() => rig.close());
afterEach(() => rig.ollama.setFallback({}));

/** The cloud calls of one request, by the job they did. */
function sideCalls(since: number) {
  const bodies = rig.cloudBodies().slice(since);
  return {
    all: bodies,
    judge: bodies.filter((body) => body.includes("Grade the answer")),
    peer: bodies.filter((body) => body.includes('"gpt-4o-mini"')),
  };
}

const ask = (content: string, model = "routellm/auto") => rig.client().chat.completions.create({ model, messages: [{ role: "user", content }] });

describe("cloud side calls", () => {
  it("get the redacted prompt (and answer) of a request whose e-mail address is redacted; the client gets it back in clear", async () => {
    const since = rig.cloudBodies().length;
    rig.ollama.setFallback({ text: `I wrote to ${EMAIL}: the answer is 4.` });
    const completion = await ask(`Please write to ${EMAIL} and tell me 2+2.`);
    expect(completion.choices[0]?.message.content).toContain(EMAIL);
    const calls = sideCalls(since);
    expect(calls.judge).toHaveLength(1);
    expect(calls.peer).toHaveLength(1);
    for (const body of [...calls.judge, ...calls.peer]) expect(body).toContain("[EMAIL_1]");
    rig.expectNoCloudLeak([EMAIL]);
  });

  it("send nothing for a request pinned local", async () => {
    const since = rig.cloudBodies().length;
    await ask(`My IBAN is ${IBAN}. What is 2+2?`);
    expect(sideCalls(since).all).toEqual([]);
    rig.expectNoCloudLeak([IBAN]);
  });

  it("send nothing for a request on the local-only profile", async () => {
    const since = rig.cloudBodies().length;
    await ask("The launch codename is BLUE-HERON-7. What is 2+2?", "routellm/local-only");
    expect(sideCalls(since).all).toEqual([]);
  });

  it("keep the judge away from an answer holding a value of a local-only category the prompt did not have", async () => {
    const since = rig.cloudBodies().length;
    rig.ollama.setFallback({ text: `Pay into ${IBAN}; the answer is 4.` });
    const completion = await ask("Where should I pay, and what is 2+2?");
    expect(completion.choices[0]?.message.content).toContain(IBAN);
    expect(sideCalls(since).judge).toEqual([]);
    rig.expectNoCloudLeak([IBAN]);
  });
});
