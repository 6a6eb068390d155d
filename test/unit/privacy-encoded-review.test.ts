import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createPrivacyScanner, maskText } from "../../src/privacy/index.js";

// Session 41 review (issue #15): bypasses and false alarms of the wrapped-base64 and joined-value readers
// (base64-blocks.ts, joined-values.ts). Invented values; the IBAN's check digits are computed, not a registry example.
const scanner = createPrivacyScanner();
// 175 bytes: the base64 ends in `==` padding, which opens the base64 gate (an unpadded body in a text with no encoding word
// is not decoded at all: the gate, docs/privacy.md).
const SECRET = `${"Customer record: name Oisin Treacy, e-mail oisin.treacy@eircom.net, notes follow here. ".repeat(2)}.`;
const BODY = Buffer.from(SECRET, "utf8").toString("base64");
const wrap = (body: string, width: number) => body.match(new RegExp(`.{1,${width}}`, "g"))!;
const found = (text: string) => scanner.scan(text).map((finding) => `${finding.category}:${finding.rule}`);
/** The text with its findings masked holds none of the block's lines. */
const maskedWhole = (text: string, lines: string[]) => {
  const masked = maskText(text, scanner.scan(text));
  return lines.every((line) => !masked.includes(line));
};

describe("wrapped base64 read as one block", () => {
  it.each([
    ["76 columns, last line shorter", (lines: string[]) => `Body:\n${lines.join("\n")}`, 76],
    ["CRLF line ends", (lines: string[]) => `Body:\r\n${lines.join("\r\n")}`, 76],
    ["inside a Markdown code fence", (lines: string[]) => `\`\`\`\n${lines.join("\n")}\n\`\`\``, 64],
    ["in a blockquote", (lines: string[]) => `> attachment:\n> ${lines.join("\n> ")}`, 64],
    ["Markdown hard breaks (two trailing spaces)", (lines: string[]) => lines.join("  \n"), 76],
    ["a width that is no multiple of 4 (70)", (lines: string[]) => `Body:\n${lines.join("\n")}`, 70],
  ])("%s", (_name, layout, width) => {
    const lines = wrap(BODY, width);
    const text = layout(lines);
    expect(found(text)).toEqual(["email:encoded-base64"]);
    expect(maskedWhole(text, lines)).toBe(true);
  });

  it("no false alarm on a wrapped PNG or gzip body", () => {
    const bytes = Buffer.alloc(3000);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919 + 13) % 251;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes]).toString("base64");
    expect(found(`<img>\n${wrap(png, 76).join("\n")}`)).toEqual([]);
    expect(found(wrap(gzipSync(Buffer.from(SECRET.repeat(5))).toString("base64"), 76).join("\n"))).toEqual([]);
  });
});

describe("values joined across a line break", () => {
  it.each([
    ["an IBAN cut by CRLF", "Please pay Oisin Treacy at DE44 5001 0517\r\n5407 3249 31 today", "iban:encoded-joined"],
    ["an IBAN cut by a hyphen at the line end", "Please pay Oisin Treacy at DE44 5001 0517 54-\n07 3249 31 today", "iban:encoded-joined"],
    ["a card cut by a hyphen at the line end", "My card is 4539 1488 0343-\n6467, expiry 09/28", "payment_card:encoded-joined"],
    ["an SSN cut before its hyphen", "Oisin Treacy SSN 512-38\n-6694 on file", "us_ssn:encoded-joined"],
    ["an e-mail cut after the @", "write to oisin.treacy@\neircom.net please", "email:encoded-joined"],
    ["an e-mail cut after the @ by CRLF", "write to oisin.treacy@\r\neircom.net please", "email:encoded-joined"],
    ["a bare card number cut in a record labelled PAN", "CUST 004412 TREACY OISIN PAN 4539148803\n436467\nnext record", "payment_card:encoded-joined"],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it("two bare numbers on adjacent lines are no card without a card word, though they pass Luhn joined", () => {
    expect(found("Order 45391488\n03436467 units")).toEqual([]);
    expect(found("Card 45391488\n03436467 on file")).toEqual(["payment_card:encoded-joined"]);
  });
});
