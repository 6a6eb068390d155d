import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { base32Gate, decodedBase32, pairsGate, searchGates } from "../../../src/privacy/encoded-values.js";

/**
 * Session 42 (s42-gaps, dev-43): the forms an integrator or attacker gives a value — hex pairs joined by `:`, ` ` or
 * `-`, `\x` escapes, a `0x` or `\x` prefix, mixed case; RFC 4648 base32; base64 of one short value without padding —
 * each with a same-shape twin that stays silent. Invented values.
 */
const hexPairs = (text: string) => [...Buffer.from(text)].map((byte) => byte.toString(16).padStart(2, "0"));
const email = "lena.vogt@posteo.de";

describe("hex in the forms it is pasted in", () => {
  it.each([
    ["pairs joined by ':'", hexPairs(email).join(":")],
    ["pairs joined by spaces", hexPairs(email).join(" ")],
    ["pairs joined by '-', upper case", hexPairs(email).join("-").toUpperCase()],
    [
      "\\x escapes",
      hexPairs(email)
        .map((pair) => `\\x${pair}`)
        .join(""),
    ],
    ["a 0x prefix", `0x${hexPairs(email).join("")}`],
    ["Postgres' \\x prefix", `\\x${hexPairs(email).join("")}`],
    [
      "mixed case",
      hexPairs(email)
        .map((pair, index) => (index % 2 ? pair.toUpperCase() : pair))
        .join(""),
    ],
  ])("%s is decoded over the whole run", (_name, run) => {
    expect(found(`contact field: ${run} — which decoder?`)).toEqual([`email:${run}`]);
  });

  it.each([
    ["an MD5 fingerprint", "MD5:43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8"],
    ["a MAC table", "00:1a:2b:3c:4d:5e printer\n3c:22:fb:91:07:aa build-agent"],
    ["PNG magic bytes", "\\x89\\x50\\x4e\\x47\\x0d\\x0a\\x1a\\x0a\\x00\\x00\\x00\\x0d"],
    ["an HTTP request line", hexPairs("GET /index.html HTTP/1.1").join(" ")],
    ["a protocol frame's text", `0x${hexPairs("HELLO v2 build 4471 ready").join("")}`],
  ])("%s reports nothing", (_name, text) => {
    expect(found(`from the dump: ${text}`)).toEqual([]);
  });

  it("the pairs gate opens for joined pairs and stays shut on prose", () => {
    expect(pairsGate(`x ${hexPairs(email).join(":")} y`)).toBe(true);
    expect(pairsGate("The cafe de la Paix is a fine place to be at dawn, before the bees and the ad men.")).toBe(false);
    expect(
      searchGates(
        `x ${hexPairs(email)
          .map((pair) => `\\x${pair}`)
          .join("")}`,
      ) & 16,
    ).toBe(16);
  });
});

describe("base32", () => {
  it.each([
    ["padded", "NJQW4ZJOMRXWKQDHNVQWS3BOMNXW2==="],
    ["in a URL path", "/unsub/NJQW4ZJOMRXWKQDHNVQWS3BOMNXW2"],
    ["lower case in a DNS label", "njqw4zjomrxwkqdhnvqws3bomnxw2.exfil.example"],
  ])("of an e-mail, %s, is read", (_name, text) => {
    expect(found(`seen: ${text}`).map((value) => value.split(":")[0])).toEqual(["email"]);
  });

  it("needs text with an address or words, a digit 2–7 and a length an encoder writes", () => {
    expect(decodedBase32("NJQW4ZJOMRXWKQDHNVQWS3BOMNXW2")).toBe("jane.doe@gmail.com");
    expect(decodedBase32("JBSWY3DPEHPK3PXP")).toBeUndefined();
    expect(decodedBase32("NJQW4ZJOMRXWKQDHNVQWS3BOMNX")).toBeUndefined();
    expect(base32Gate("ERRORCONNECTIONREFUSEDBYPEER and Donaudampfschifffahrt")).toBe(false);
  });

  it.each([
    ["an onion name", "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion"],
    ["an IPFS id", "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"],
    ["error constants with digits", "HTTP2STREAMRESETBYPEER, UTF8DECODEERROR, TLS13HANDSHAKETIMEOUT"],
  ])("%s reports nothing", (_name, text) => {
    expect(found(`what is ${text}?`)).toEqual([]);
  });
});

describe("short unpadded base64 of one value", () => {
  it.each([
    ["an e-mail in a cookie", Buffer.from("ana.r@gmx.de").toString("base64url"), "email"],
    ["a phone number in a push payload", Buffer.from("+4915123456789").toString("base64").replace(/=+$/, ""), "phone"],
  ])("%s is read", (_name, token, category) => {
    expect(found(`value=${token}; Path=/`)).toEqual([`${category}:${token}`]);
  });

  it.each([
    ["a CSP nonce", "rAnd0mN0nce42x"],
    ["camelCase with a digit", "getUser2FactorAuth"],
    ["words", Buffer.from("hello world 42").toString("base64").replace(/=+$/, "")],
  ])("%s reports nothing", (_name, token) => {
    expect(found(`sid=${token} x`)).toEqual([]);
  });
});
