import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Review of s42-gaps (s42-reviewgaps, issue #15): the hex forms, base32, short base64 and HL7/EDIFACT separator readers
 * against the hard negatives they meet in developer and IT text, and the variations an attacker makes of a positive.
 * Invented values; the TOTP secrets and key ids are the vendors' and RFCs' published examples.
 */
const email = "marta.kowalska@wp.pl";
const pairs = (text: string) => [...Buffer.from(text)].map((byte) => byte.toString(16).padStart(2, "0"));
const base32 = (text: string) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of Buffer.from(text)) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    for (; bits >= 5; bits -= 5) out += alphabet[(value >>> (bits - 5)) & 31];
  }
  return bits > 0 ? out + alphabet[(value << (5 - bits)) & 31] : out;
};
const unpadded = (text: string) => Buffer.from(text).toString("base64").replace(/=+$/, "");

describe("hard negatives of the new readers", () => {
  it.each([
    ["an upper-case constant with digits", "throw new Error(ERR_MAXIMUM_RETRY_COUNT_EXCEEDED_FOR_UPSTREAM2)"],
    ["enum names", "enum State { CONNECTION_ESTABLISHED_V2, WAITING_FOR_HANDSHAKE_ACK3 }"],
    ["a Java constant", "static final int MAXRETRYCOUNTERFORHTTP2STREAMS = 7;"],
    ["AWS's documented key id", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"],
    ["an ARN", "arn:aws:iam::123456789012:role/S3ReadOnlyAccessRole2"],
    ["a TOTP secret in docs", "Example secret from the docs: JBSWY3DPEHPK3PXP"],
    ["RFC 6238's seed in base32", "Google Authenticator test key: GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"],
    ["an IPFS CIDv1", "ipfs://bafybeigdyrztt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"],
    ["an onion address", "http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/"],
    ["an ELF hex dump", "00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|"],
    ["a six-pair MAC", "ether 3c:22:fb:91:07:aa  txqueuelen 1000"],
    ["an EUI-64 (eight pairs)", "ether 3c:22:fb:91:07:aa:bb:cc  txqueuelen 1000"],
    ["a colour table", "#aabbcc #112233 #ffeedd #001122 #334455 #667788 #99aabb #ccddee"],
    ["IPv6 documentation prefix with its leading zero", "inet6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 prefixlen 64"],
    ["IPv6 documentation prefix upper case", "route add 2001:0DB8:0000:0000:0000:0000:1428:57ab"],
    ["IPv6 link-local", "fe80:0000:0000:0000:0202:b3ff:fe1e:8329"],
    ["a UUID", "request 550e8400-e29b-41d4-a716-446655440000 failed"],
    ["a git hash", "commit 3c22fb9107aabbcc3c22fb9107aabbcc3c22fb91"],
    ["YouTube ids", "https://www.youtube.com/watch?v=dQw4w9WgXcQ and youtu.be/9bZkp7q19f0"],
    ["a JWT header alone", "header eyJhbGciOiJIUzI1NiJ9 only"],
    ["nanoids", "id: V1StGXR8_Z5jdHi6B-myT and Uakgb_J5m9g-0JDMbcJqLJ"],
    ["PID# in a log", "[2026-12-05 10:00] worker PID#4471 exited with code 1\nPID#4472 started"],
    ["PID# with few fields", "PID#1#2#3#4 columns"],
    ["# in a markdown table", "| PID | Name | Status |\n|---|---|---|\n| 4471 | nginx | up |"],
    ["URL-escaped UTF-8 of a word", "https://de.wikipedia.org/wiki/%C3%9Cberlingen%E2%80%93Seefelden"],
    ["a company's EDIFACT invoice", "UNA:+.? '\nUNB+UNOC:3+5412345000013:14+4012345000009:14+261205:1000+1'\nUNH+1+INVOIC:D:96A:UN'\nDTM+137:20261205:102'"],
    ["a company's invoice under another UNA", "UNA:#.? '\nUNH#1#INVOIC:D:96A:UN'\nDTM#137:20261205:102'\nMOA#77:1250.00'"],
  ])("%s reports nothing", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("the Key Uri Format page's demo secret is a documented test value; an invented secret stays an api_key", () => {
    expect(found("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")).toEqual(["email:alice@google.com"]);
    expect(found("otpauth://totp/ACME:ops?secret=KR4GQZLMN5XGS3TH&issuer=ACME")).toEqual(["api_key:KR4GQZLMN5XGS3TH"]);
    expect(found("TOTP_SECRET=jbswy3dpehpk3pxp")).toEqual([]);
    expect(found('{"totp_secret":"JBSWY3DPEHPK3PXP","user":"demo"}')).toEqual([]);
  });
});

describe("positives an attacker varies", () => {
  it.each([
    ["lower-case base32", base32(email).toLowerCase()],
    ["unpadded base32", base32(email)],
    ["padded base32", `${base32(email)}====`],
    [
      "URL-escaped hex",
      pairs(email)
        .map((pair) => `%${pair}`)
        .join(""),
    ],
    [
      "URL-escaped hex, upper case",
      pairs(email)
        .map((pair) => `%${pair.toUpperCase()}`)
        .join(""),
    ],
    ["short base64 of a phone", unpadded("+4915112345678")],
  ])("%s is read", (_name, run) => {
    expect(found(`uid ${run} end`).map((value) => value.slice(0, value.indexOf(":")))).toHaveLength(1);
  });

  it("an HL7 paste whose second MSH changes the component separator mid-prompt", () => {
    const text =
      "MSH|^~\\&|LAB|X|EHR|X|202612050900||ORU^R01|1|P|2.5\nPID|1||MR-77120^^^X^MR||NOWAK^ADAM||19800101|M\n" +
      "MSH|*~\\&|LAB|X|EHR|X|202612050901||ORU*R01|2|P|2.5\nPID|1||MR-88231***X*MR||KOWAL*EWA||19810202|F";
    expect(found(text)).toEqual(["medical_record:MR-77120", "date_of_birth:19800101", "medical_record:MR-88231", "date_of_birth:19810202"]);
  });

  it("a PID line under '#' without MSH, indented", () => {
    expect(found("  PID#1##MR-44120^^^X^MR##BERGMAN^KARIN##19750303#F")).toEqual(["medical_record:MR-44120", "date_of_birth:19750303"]);
  });
});

describe("gaps left open (named probes)", () => {
  it("base32 in groups of four, as authenticator apps show a secret", () => {
    const grouped = base32(email)
      .match(/.{1,4}/g)!
      .join(" ");
    expect(found(`user: ${grouped}`)).toHaveLength(1);
  });

  it("hex as a C array of 0x bytes", () => {
    expect(
      found(
        `char k[] = {${pairs(email)
          .map((pair) => `0x${pair}`)
          .join(", ")}};`,
      ),
    ).toHaveLength(1);
  });

  it("hex nested in base64", () => {
    expect(found(`blob: ${Buffer.from(pairs(email).join("")).toString("base64")}`)).toHaveLength(1);
  });

  it("hex pairs whose separator changes mid-run", () => {
    const run = `${pairs(email).slice(0, 8).join(":")}-${pairs(email).slice(8).join("-")}`;
    expect(found(`bytes: ${run}`)).toHaveLength(1);
  });
});
