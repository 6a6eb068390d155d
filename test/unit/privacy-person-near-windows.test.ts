import { describe, expect, it } from "vitest";
import { personNear } from "../../src/privacy/detectors/person-near.js";

describe("personNear's verdicts across windows", () => {
  it("judges a later window by its own sentence, not by an earlier window's verdict at the same offsets", () => {
    const filler = "I owe €300 and my salary is €5000 ".repeat(20);
    const text = `${filler}and yesterday Anna Smith owes €400 ${filler}`;
    const at = text.indexOf("€400");
    const fresh = personNear(text, at, { verdicts: new Map() }).named;
    const shared = { verdicts: new Map() };
    personNear(text, 400, shared);
    expect(fresh).toBe(true);
    expect(personNear(text, at, shared).named).toBe(true);
  });
});
