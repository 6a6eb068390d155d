import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

describe("dummy IPs, pinned versions, names and things read as conditions (issue #15)", () => {
  it.each([
    "RUN pip install opencv-python==4.5.1.48",
    "['test@123.123.123.123', true], ['test@[123.123.123.123]', true]",
    "there dwelt an aging professor by the name of Dr. Ambrose Gideon. His hair had greyed",
    "the Supreme Court's decision in United States v. Lopez-Mendoza, 468 U.S. 1032",
    "The bar has drinks, both alcoholic and non-alcoholic. The counter is manned by Anna Berg.",
    "Kurita and Ozawa’s overall operation plan failed at Leyte.",
    // Read only by personal.ts's notMedicalSense (the lines above pass without it).
    "Anna Berg has alcoholic and non-alcoholic options.",
  ])("is not reported: %s", (text) => expect(flagged(text)).toEqual([]));

  it.each([
    ["ssh root@81.2.69.142 now", "ip_address:81.2.69.142"],
    ["Patient Karl Huber: Tuberkulose, seit Mai", "health:Tuberkulose"],
    ["Mark Evans is an alcoholic and drinks daily.", "health:alcoholic"],
  ])("stays reported: %s", (text, expected) => expect(flagged(text)).toContain(expected));
});
