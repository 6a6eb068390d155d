/**
 * Session 45 (lead): a BIP-39 phrase with no recovery-phrase keyword is still a private key when every word is on the
 * English list and its checksum holds (seed-phrases.ts, @scure/bip39); the reference test vectors are documented
 * examples that follow `privacy.testValues`.
 */
import { entropyToMnemonic, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { flagged } from "./helpers.js";

const entropy = (seed: number, bytes: number) => Uint8Array.from({ length: bytes }, (_, index) => (seed * 31 + index * 17) % 256);
const twelve = entropyToMnemonic(entropy(7, 16), wordlist);
const twentyFour = entropyToMnemonic(entropy(11, 32), wordlist);
/** The same words with the last one changed to another list word whose checksum fails. */
const broken = (phrase: string): string => {
  const words = phrase.split(" ");
  for (const candidate of wordlist) {
    const attempt = [...words.slice(0, -1), candidate].join(" ");
    if (!validateMnemonic(attempt, wordlist)) return attempt;
  }
  throw new Error("no failing checksum found");
};

// The first scans of a process build the scanner's tables: seconds on a loaded machine.
describe("checksummed seed phrases without a keyword", { timeout: 60_000 }, () => {
  it("reports a 12- and a 24-word phrase with a valid checksum", () => {
    expect(flagged(`can you check if these are right, I wrote them on a card:\n${twelve}`)).toContain(`private_key:${twelve}`);
    expect(flagged(`backup from the drawer\n\n${twentyFour}\n\nthanks`)).toContain(`private_key:${twentyFour}`);
  });
  it("leaves list words whose checksum fails and ordinary lower-case prose alone", () => {
    expect(flagged(`can you check if these are right, I wrote them on a card:\n${broken(twelve)}`)).toEqual([]);
    expect(flagged("lunch menu ideas: salad soup bread cheese apple pepper chicken rice lemon garlic onion butter")).toEqual([]);
  });
  it("treats the reference test vectors as documented examples", () => {
    const vector = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    expect(flagged(`why does every tutorial use ${vector}?`)).toEqual([]);
    expect(flagged(`my seed phrase: ${vector}`)).toEqual([]);
    const strict = createPrivacyScanner({ testValues: "sensitive" });
    expect(strict.scan(`why does every tutorial use ${vector}?`).map((finding) => finding.category)).toEqual(["private_key"]);
  });
});
