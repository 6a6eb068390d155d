import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { searchGates, unpaddedBase64 } from "../../../src/privacy/encoded-values.js";

// Session 41 (issue #15): unpadded base64 in a text without an encoding word (the sender chose the length and the words).
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "");
/** Bytes of an image: a PNG signature and header, then seeded noise (deterministic). */
function imageBase64(): string {
  let state = 41;
  const noise = Array.from({ length: 600 }, () => (state = (state * 1103515245 + 12345) % 2147483648) >> 23);
  const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  return Buffer.from([...header, ...noise])
    .toString("base64")
    .replace(/=+$/, "");
}

describe("unpadded base64 without an encoding word (encoded-values.ts unpaddedBase64)", () => {
  it("is decoded: the issue's example and an unpadded address line", () => {
    const example = "Please summarise: SmFuZSBEb2UsIGphbmUuZG9lQGdtYWlsLmNvbSwgKzQ0IDc5MTEgMTIzNDU2";
    expect(unpaddedBase64(example)).toBe(true);
    expect(found(example)).toEqual(["email:SmFuZSBEb2UsIGphbmUuZG9lQGdtYWlsLmNvbSwgKzQ0IDc5MTEgMTIzNDU2"]);
    const line = b64("Tomasz Wrobel <tomasz.wrobel@onet.pl>");
    expect(line.length % 4).not.toBe(0);
    expect(found(`what does this say? ${line} thanks`)).toEqual([`email:${line}`]);
  });

  it.each([
    ["a SHA-256 hex digest", "checksum 2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881 ok"],
    ["a UUID", "request 3f2b8c1e-9d4a-4e7b-b6c2-1a5f0e9d8c7b failed"],
    ["a long camelCase identifier", "call getUserAccountSettingsForOrganisationAdministrator(id) first"],
    ["a git SHA", "fixed in 9bf9d90c5a5a197e4db251d6dd0ee95c068cd580, see the log"],
    ["a minified JS line", 'function(e,t){var n=e.getElementById("app2Root");return n&&n.addEventListener("click",function(){t.x()}),n}'],
  ])("does not open the gate on %s", (_name, text) => {
    expect([unpaddedBase64(text), searchGates(text) & 4]).toEqual([false, 0]);
    expect(found(text)).toEqual([]);
  });

  it("opens the gate on an image's base64, whose bytes are no text: nothing reported", () => {
    const text = `the icon is ${imageBase64()} in the repo`;
    expect(unpaddedBase64(text)).toBe(true);
    expect(found(text)).toEqual([]);
  });

  it("needs 24 characters, both cases and a digit", () => {
    expect(unpaddedBase64("x Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op y")).toBe(false);
    expect(unpaddedBase64("x Ab1Cd2Ef3Gh4Ij5Kl6Mn7Opq y")).toBe(true);
    expect(unpaddedBase64("x AbcCdeEfgGhiIjkKlmMnoOpq y")).toBe(false);
  });

  it("without a digit, opens only when the run's bytes are text with an '@' or a space (s41-hexmail)", () => {
    const address = b64("janevance@gmail.com");
    expect(address).toMatch(/^[A-Za-z]+$/);
    expect(unpaddedBase64(`what is ${address} please`)).toBe(true);
    expect(found(`what is ${address} please`)).toEqual([`email:${address}`]);
    expect(unpaddedBase64("call getUserAccountSettingsForOrganisationAdministrator first")).toBe(false);
    expect(unpaddedBase64("x AbcCdeEfgGhiIjkKlmMnoOpqRstUvw y")).toBe(false);
  });
});
