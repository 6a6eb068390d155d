import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { decodedHex, hexGate, searchGates } from "../../../src/privacy/encoded-values.js";

// Session 41 (issue #15, s41-hexmail): hex of personal text is decoded; hashes, git SHAs and UUIDs stay silent. Invented values.
const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");

describe("hex of text (encoded-values.ts decodedHex)", () => {
  it.each([
    ["an e-mail", hex("jane.doe@gmail.com"), "email"],
    ["an e-mail in capitals", hex("Tomasz Wrobel <tomasz.wrobel@onet.pl>").toUpperCase(), "email"],
    ["an SSN sentence", hex("ssn 412-67-3391 for john"), "us_ssn"],
  ])("%s is decoded and reported over the whole run", (_name, run, category) => {
    expect(found(`decode: ${run} please`)).toEqual([`${category}:${run}`]);
  });

  it.each([
    ["a SHA-256 digest", "checksum 2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881 ok"],
    ["a git SHA", "fixed in 4bf92f3577b34da6a3ce929d0e0e4736aa12bb34 yesterday"],
    ["an MD5 and a UUID", "md5 9e107d9d372bb6826bd81d3542a419d6, request 3f2b8c1e-9d4a-4e7b-b6c2-1a5f0e9d8c7b"],
    ["hex of text with nothing personal", `payload ${hex("hello world, how are you")}`],
  ])("%s reports nothing", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("decodes only even, lettered runs that are printable text holding '@' or words", () => {
    expect(decodedHex(hex("jane.doe@gmail.com"))).toBe("jane.doe@gmail.com");
    expect(decodedHex(hex("jane.doe@gmail.com").slice(1))).toBeUndefined();
    expect(decodedHex("3132333435363738393031323334")).toBeUndefined();
    expect(decodedHex(hex("abcdefghijklmnop"))).toBeUndefined();
    expect(decodedHex("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881")).toBeUndefined();
  });

  it("opens its gate on 16 hex characters in a row, wherever they stand, not on 15", () => {
    expect(searchGates("x 0123456789abcdef y") & 16).toBe(16);
    expect(searchGates("x 0123456789abcde y") & 16).toBe(0);
    for (let at = 0; at < 40; at++) {
      const text = `${"x".repeat(at)}0123456789abcdef${"y".repeat(at % 17)}`;
      expect([at, hexGate(text), hexGate(text.replace("f", "g"))]).toEqual([at, true, false]);
    }
    expect(hexGate("ab12 ".repeat(40) + "deadbeef")).toBe(false);
  });

  it("a run inside a longer word or base64 string is not read alone", () => {
    const run = hex("jane.doe@gmail.com");
    expect(found(`key=Zz${run}Zz`)).not.toContain(`email:${run}`);
  });
});
