/**
 * dev-93 credential formats, written from the public rule lists of secret scanners (gitleaks' default rules, trufflehog's
 * detectors, GitHub's secret-scanning partner patterns) and the vendors' own format notes: each generator draws a token
 * with the published prefix, length and alphabet from a seeded random source, and, where the format has one, its
 * checksum — GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` and npm `npm_` tokens end in the CRC32 of their 30 random
 * characters written in base62 (0-9A-Za-z) and left-padded to 6 ("Behind GitHub's new authentication token formats",
 * 2021; npm's token format, 2021). Every token is random: none is or was a real credential.
 */
import type { RandomSource } from "../../../src/policies/clock.js";

export const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE64 = `${BASE62}+/`;
const BASE64URL = `${BASE62}-_`;
const HEX = "0123456789abcdef";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** CRC-32 (IEEE 802.3, the zlib polynomial) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index++) {
    crc ^= text.charCodeAt(index);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** `value` in base62, left-padded with "0" to `width`. */
export function base62(value: number, width = 6): string {
  let out = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62]! + out;
  return out.padStart(width, "0");
}

/** True when a GitHub (`gh?_`) or npm (`npm_`) token's last 6 characters are the base62 CRC32 of the 30 before them. */
export function prefixedCrcValid(token: string): boolean {
  const body = token.slice(token.indexOf("_") + 1);
  return body.length === 36 && base62(crc32(body.slice(0, 30))) === body.slice(30);
}

export class Tokens {
  constructor(private readonly random: RandomSource) {}

  int(below: number): number {
    return Math.floor(this.random() * below);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  chars(alphabet: string, count: number): string {
    return Array.from({ length: count }, () => alphabet[this.int(alphabet.length)]!).join("");
  }

  digits(count: number): string {
    return String(1 + this.int(9)) + this.chars("0123456789", count - 1);
  }

  /** GitHub classic / OAuth / user-to-server / server-to-server / refresh token: prefix, 30 base62, 6-char CRC32. */
  github(prefix: "ghp" | "gho" | "ghu" | "ghs" | "ghr"): string {
    const body = this.chars(BASE62, 30);
    return `${prefix}_${body}${base62(crc32(body))}`;
  }

  /** GitHub fine-grained personal access token: `github_pat_`, 22 base62, `_`, 59 base62. */
  githubFineGrained(): string {
    return `github_pat_11${this.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20)}_${this.chars(BASE62, 59)}`;
  }

  /** npm access token: `npm_`, 30 base62, 6-char CRC32. */
  npm(): string {
    const body = this.chars(BASE62, 30);
    return `npm_${body}${base62(crc32(body))}`;
  }

  /** Slack bot (`xoxb-`) or user (`xoxp-`) token. */
  slack(kind: "xoxb" | "xoxp"): string {
    return kind === "xoxb"
      ? `xoxb-${this.digits(12)}-${this.digits(13)}-${this.chars(BASE62, 24)}`
      : `xoxp-${this.digits(12)}-${this.digits(12)}-${this.digits(13)}-${this.chars(HEX, 32)}`;
  }

  /** AWS access key id (`AKIA` + 16 base32 upper) and a 40-character secret access key. */
  awsPair(): [string, string] {
    return [`AKIA${this.chars(BASE32, 16)}`, this.chars(BASE64, 40)];
  }

  /** Stripe live secret (`sk_live_`) or restricted (`rk_live_`) key. */
  stripe(prefix: "sk_live" | "rk_live"): string {
    return `${prefix}_51${this.chars(BASE62, 97)}`;
  }

  /** Twilio API key secret pair: SID `SK` + 32 hex and a 32-character secret; the auth token is 32 hex. */
  twilioAuthToken(): string {
    return this.chars(HEX, 32);
  }

  /** SendGrid: `SG.` + 22 + `.` + 43 (base64url). */
  sendgrid(): string {
    return `SG.${this.chars(BASE64URL, 22)}.${this.chars(BASE64URL, 43)}`;
  }

  /** OpenAI project key (`sk-proj-`, 156 base64url characters with a `T3BlbkFJ` marker) or Anthropic (`sk-ant-api03-` … `AA`). */
  llmKey(vendor: "openai" | "anthropic"): string {
    return vendor === "openai" ? `sk-proj-${this.chars(BASE64URL, 74)}T3BlbkFJ${this.chars(BASE64URL, 74)}` : `sk-ant-api03-${this.chars(BASE64URL, 93)}AA`;
  }

  /** GitLab personal access token: `glpat-` + 20 base64url. */
  gitlab(): string {
    return `glpat-${this.chars(BASE64URL, 20)}`;
  }

  /** Google API key: `AIza` + 35 base64url. */
  google(): string {
    return `AIza${this.chars(BASE64URL, 35)}`;
  }

  /** PyPI upload token: `pypi-AgEIcHlwaS5vcmc` (macaroon of pypi.org) + base64url. */
  pypi(): string {
    return `pypi-AgEIcHlwaS5vcmc${this.chars(BASE64URL, 140)}`;
  }

  /** Azure storage account key: 64 random bytes in base64 (86 characters + `==`). */
  azureAccountKey(): string {
    return `${this.chars(BASE64, 86)}==`;
  }

  /** A random base64 body of `lines` 64-character lines (PEM / OpenSSH private key bodies). */
  pemBody(lines: number, head = ""): string {
    return Array.from({ length: lines }, (_, index) => (index === 0 ? head + this.chars(BASE64, 64 - head.length) : this.chars(BASE64, 64))).join("\n");
  }

  /** An RSA (PKCS#1), PKCS#8 or OpenSSH private key block. */
  privateKey(kind: "rsa" | "pkcs8" | "openssh" | "ec"): string {
    const label = { rsa: "RSA PRIVATE KEY", pkcs8: "PRIVATE KEY", openssh: "OPENSSH PRIVATE KEY", ec: "EC PRIVATE KEY" }[kind];
    const head = { rsa: "MIIEow", pkcs8: "MIIEvQ", openssh: "b3BlbnNzaC1rZXktdjEAAAAA", ec: "MHcCAQEEI" }[kind];
    return `-----BEGIN ${label}-----\n${this.pemBody(kind === "ec" ? 3 : 5, head)}\n-----END ${label}-----`;
  }

  /** A signed JWT: real base64url JSON header and payload, a random signature. */
  jwt(claims: Record<string, unknown>): string {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}.${this.chars(BASE64URL, 43)}`;
  }

  /** A password people choose: words, digits and a symbol, 10–16 characters. */
  password(): string {
    const words = ["Falcon", "river", "Mango", "tulpe", "Soleil", "luna", "Kiwi", "nube", "Garnet", "sakura", "Birke", "otono"];
    const symbols = [..."!#$%&*?@"];
    return `${this.pick(words)}${this.pick(symbols)}${this.digits(2 + this.int(3))}${this.pick(words).toLowerCase()}`;
  }

  /** A generated password (password-manager style). */
  generatedPassword(): string {
    return this.chars(`${BASE62}!#%*+-=?@^_`, 18 + this.int(6));
  }

  hex(count: number): string {
    return this.chars(HEX, count);
  }

  base64(count: number): string {
    return this.chars(BASE64, count);
  }

  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
}

/** Documented example values (the vendors' own docs) — not credentials. */
export const DOCUMENTED = {
  awsKeyId: "AKIAIOSFODNN7EXAMPLE",
  awsSecret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  stripeTest: "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  jwtIo:
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
} as const;
