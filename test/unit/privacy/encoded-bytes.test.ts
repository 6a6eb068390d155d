import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { byteListGate, bytesText, dumpGate, groupedBase32Gate } from "../../../src/privacy/encoded-values.js";

/**
 * Session 46 (dev-67): values written out as bytes — C, Python, Java byte lists, xxd and `hexdump -C` dumps, base32 in
 * groups of four, hex pairs whose separator changes, hex inside base64, `auth=<base64(user:password)>`, `\x` escapes of
 * any printable character and UTF-8 escapes — each read over the whole token, with same-shape twins that stay silent.
 * Invented values.
 */
const email = "olivia.grant.home@icloud.com";
const pairs = (text: string | Buffer) => [...(typeof text === "string" ? Buffer.from(text) : text)].map((byte) => byte.toString(16).padStart(2, "0"));
const base32 = (text: string) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let [bits, value, out] = [0, 0, ""];
  for (const byte of Buffer.from(text)) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    for (; bits >= 5; bits -= 5) out += alphabet[(value >>> (bits - 5)) & 31];
  }
  return bits > 0 ? out + alphabet[(value << (5 - bits)) & 31] : out;
};
const printable = (byte: number) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".");
function xxd(text: string | Buffer): string {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const lines: string[] = [];
  for (let start = 0; start < bytes.length; start += 16) {
    const row = [...bytes.subarray(start, start + 16)];
    const groups = pairs(Buffer.from(row)).reduce<string[]>((all, pair, index) => (index % 2 ? [...all.slice(0, -1), all.at(-1)! + pair] : [...all, pair]), []);
    lines.push(`${start.toString(16).padStart(8, "0")}: ${groups.join(" ").padEnd(39)}  ${row.map(printable).join("")}`);
  }
  return lines.join("\n");
}
function hexdumpC(text: string | Buffer): string {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const lines: string[] = [];
  for (let start = 0; start < bytes.length; start += 16) {
    const row = pairs(bytes.subarray(start, start + 16));
    const hex = `${row.slice(0, 8).join(" ")}  ${row.slice(8).join(" ")}`.padEnd(48);
    lines.push(`${start.toString(16).padStart(8, "0")}  ${hex}  |${[...bytes.subarray(start, start + 16)].map(printable).join("")}|`);
  }
  return lines.join("\n");
}

describe("byte lists", () => {
  it.each([
    [
      "a C array",
      pairs(email)
        .map((pair) => `0x${pair}`)
        .join(", "),
    ],
    [
      "no spaces, upper-case digits",
      pairs(email)
        .map((pair) => `0x${pair.toUpperCase()}`)
        .join(","),
    ],
    [
      "Java casts",
      pairs(email)
        .map((pair) => `(byte) 0x${pair}`)
        .join(", "),
    ],
    [
      "wrapped over lines",
      pairs(email)
        .map((pair, index) => `${index % 8 === 0 && index > 0 ? "\n    " : ""}0x${pair}`)
        .join(","),
    ],
  ])("%s is read over the whole list", (_name, list) => {
    expect(found(`static const char k[] = {${list}};`)).toEqual([`email:${list}`]);
  });

  it("a phone and a password in a list (bytes with digits or signs, no '@')", () => {
    const phone = pairs("+34 612 345 987")
      .map((pair) => `0x${pair}`)
      .join(", ");
    expect(found(`char tel[] = { ${phone} }; /* Javier's mobile */`)).toEqual([`phone:${phone}`]);
  });

  it.each([
    ["PNG magic", "static const uint8_t PNG_SIG[8] = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};"],
    ["an AES S-box row", "{0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76}"],
    [
      "Hello, World!",
      `char msg[] = {${pairs("Hello, World!")
        .map((pair) => `0x${pair}`)
        .join(", ")}, 0x00};`,
    ],
    [
      "an HTTP request",
      `bytes([${pairs("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")
        .map((pair) => `0x${pair}`)
        .join(", ")}])`,
    ],
    ["a glyph", "{0x18, 0x3C, 0x66, 0x66, 0x7E, 0x66, 0x66, 0x00}"],
  ])("%s reports nothing", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("the gate opens at two joined items and stays shut on hex numbers in prose", () => {
    expect(byteListGate("x = {0x6d, 0x61, 0x72}")).toBe(true);
    expect(byteListGate("mask 0xff, then 0x0f and 0x10")).toBe(false);
  });
});

describe("hex dumps", () => {
  it.each([
    ["xxd", xxd(`user=${email}\n`)],
    ["hexdump -C", hexdumpC(`From: ${email}\r\n`)],
  ])("%s: the whole dump is one finding (the ASCII column's pieces go)", (_name, dump) => {
    expect(found(`dump of the config blob:\n${dump}\nis that my address?`)).toEqual([`email:${dump}`]);
  });

  it("a password in a dumped HTTP request", () => {
    const dump = hexdumpC("POST /login HTTP/1.1\r\n\r\nuser=kbauer&pass=Zugspitze!2962");
    expect(found(`hexdump -C des Pakets:\n${dump}\nWarum?`)).toEqual([`password:${dump}`]);
  });

  it.each([
    ["an ELF header", xxd(Buffer.from("7f454c46020101000000000000000000030003e0001000000", "hex"))],
    ["a text file", xxd("Hallo Welt! Dies ist eine Testdatei.\n")],
    ["a PNG", hexdumpC(Buffer.from("89504e470d0a1a0a0000000d4948445200000100000001000806000000", "hex"))],
  ])("%s reports nothing", (_name, dump) => {
    expect(found(`xxd file | head\n${dump}\nwhat is this?`)).toEqual([]);
  });

  it("the gate wants an offset line; lines whose offsets do not follow are separate", () => {
    expect(dumpGate(`x\n${xxd("abc")}`)).toBe(true);
    expect(dumpGate("invoice 00001234 paid")).toBe(false);
  });
});

describe("base32 in groups, pairs, nesting, credentials and escapes", () => {
  it("base32 of an address in groups of four, upper and lower case", () => {
    const grouped = base32(email)
      .match(/.{1,4}/g)!
      .join(" ");
    expect(found(`ref: ${grouped}`)).toEqual([`email:${grouped}`]);
    expect(found(`ref: ${grouped.toLowerCase()}`)).toEqual([`email:${grouped.toLowerCase()}`]);
  });

  it("a 2FA setup key in groups stays a password whatever its bytes spell", () => {
    expect(found("the setup key Coinbase gave me for 2FA is MZXW 6YTB OI4D EMRT GQYT KNRW, can I add it to two phones?")).toEqual([
      "password:MZXW 6YTB OI4D EMRT GQYT KNRW",
    ]);
  });

  it("the grouped gate needs four groups and a digit 2–7; prose of four-letter words stays shut", () => {
    expect(
      groupedBase32Gate(
        `key ${base32(email)
          .match(/.{1,4}/g)!
          .join(" ")} end`,
      ),
    ).toBe(true);
    expect(groupedBase32Gate("they have been done with this task when they said that some were gone from here")).toBe(false);
  });

  it("the grouped gate finds a run wherever it starts and whatever ends it", () => {
    const run = base32("ines.navarro@telefonica.net").match(/.{1,4}/g)!;
    for (let groups = 4; groups <= run.length; groups++)
      for (let prefix = 0; prefix < 40; prefix++)
        for (const after of ["", " — ¿es base32?", ".", " x"]) {
          const text = `${"ab cd ".repeat(8).slice(0, prefix)}${prefix > 0 ? " " : ""}${run.slice(0, groups).join(" ")}${after}`;
          expect([groups, prefix, after, groupedBase32Gate(text)]).toEqual([groups, prefix, after, /[2-7]/.test(run.slice(0, groups).join(""))]);
        }
  });

  it("bytesText: values, not bare words", () => {
    expect(bytesText(Buffer.from("PESEL:85071412341"))).toBe("PESEL:85071412341");
    expect(bytesText(Buffer.from("+34 612 345 987"))).toBe("+34 612 345 987");
    expect(bytesText(Buffer.from("abcdefghijklmnop"))).toBeUndefined();
    expect(bytesText(Buffer.from("89504e47", "hex"))).toBeUndefined();
  });

  it("auth=<base64(user:password)> is a password; base64 JSON after auth= is not a pair", () => {
    const token = Buffer.from("lotte.devries:Tulp3nVeld!9").toString("base64");
    expect(found(`auth=${token}`)).toEqual([`password:${token}`]);
    expect(found(`Cookie: auth=${Buffer.from(JSON.stringify({ theme: "dark", lang: "nl" })).toString("base64")}`)).toEqual([]);
  });

  it("\\x escapes of letters and dots, and UTF-8 escapes, are decoded in place", () => {
    expect(found("to=joao\\x2eferreira\\x40gmail\\x2ecom done")).toEqual(["email:joao\\x2eferreira\\x40gmail\\x2ecom"]);
    expect(found("nachricht=Frau%20J%C3%BCrgens%20hat%20Lungenentz%C3%BCndung%20und%20Brustkrebs&x=1")).toEqual([
      "health:Lungenentz%C3%BCndung",
      "health:Brustkrebs",
    ]);
    expect(found("https://de.wikipedia.org/wiki/%C3%9Cberlingen%E2%80%93Seefelden")).toEqual([]);
  });
});
