/**
 * Format check for development set 85 (shared check: `../check-split-set.ts`) with its value check: every secret must
 * have its vendor's or format's shape — Slack `xoxb-` tokens, SendGrid `SG.` keys, npm, Shopify and PyPI prefixes,
 * Telegram `<bot id>:AA…` tokens, Discord tokens whose first part is a base64 snowflake, AWS secret keys of 40
 * characters, Azure keys of 64 bytes, Mailgun and Twilio hex keys, BIP39 phrases with a valid checksum, TOTP seeds in
 * base32, Basic-auth and docker `auth` values decoding to `user:password`, kubeconfig key data decoding to a PEM block,
 * OpenSSH keys opening with `openssh-key-v1`, JWTs with a JSON header, URLs with a password, PINs of 4–6 digits — then
 * the per-half table.
 * Run: npx tsx eval/privacy/dev-85/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

const decode = (value: string) => Buffer.from(value, "base64").toString("latin1");
const isBase64 = (value: string) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && value.length % 4 === 0;

function apiKey(value: string): string | undefined {
  if (value.startsWith("xoxb-")) return /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(value) ? undefined : "bad Slack token";
  if (value.startsWith("SG.")) return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value) ? undefined : "bad SendGrid key";
  if (value.startsWith("npm_")) return /^npm_[A-Za-z0-9]{36}$/.test(value) ? undefined : "bad npm token";
  if (value.startsWith("shpat_")) return /^shpat_[0-9a-f]{32}$/.test(value) ? undefined : "bad Shopify token";
  if (value.startsWith("pypi-")) return value.startsWith("pypi-AgEIcHlwaS5vcmc") ? undefined : "bad PyPI token";
  if (/^\d+:/.test(value)) return /^\d{8,10}:AA[\w-]{33}$/.test(value) ? undefined : "bad Telegram token";
  const parts = value.split(".");
  if (parts.length === 3) return /^\d{17,19}$/.test(Buffer.from(parts[0]!, "base64").toString()) ? undefined : "Discord token without a snowflake";
  if (/^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$/.test(value) || /^[0-9a-f]{32}$/.test(value) || /^[0-9a-f]{64}$/.test(value)) return undefined;
  if (value.length === 88) return isBase64(value) && Buffer.from(value, "base64").length === 64 ? undefined : "Azure key is not 64 bytes";
  if (value.length === 40) return /^[A-Za-z0-9/+]{40}$/.test(value) ? undefined : "bad AWS secret key";
  if (/^[A-Za-z0-9]{48}$/.test(value)) return undefined;
  return "unknown api_key shape";
}

function credential(value: string): string | undefined {
  if (/^[a-z]+(?: [a-z]+){11}$/.test(value)) return validateMnemonic(value, wordlist) ? undefined : "BIP39 checksum fails";
  if (/^[A-Z2-7]{16,32}$/.test(value) || /^[A-Z2-7]{4}(?: [A-Z2-7]{4}){3}$/.test(value)) return undefined;
  if (/^[A-Z]?\d{4,6}#?$/.test(value) || /^\d{4} \d{4}$/.test(value)) return undefined;
  if (/^s%3A[\w-]{32}\.[A-Za-z0-9]{43}$/.test(value) || /^[a-z0-9]{32}$/.test(value)) return undefined;
  if (isBase64(value) && value.length >= 12) return /^[\w.-]+:.+$/.test(decode(value)) ? undefined : "base64 is not user:password";
  if (/^[0-9a-f]{5}-[0-9a-f]{5}$|^[a-z0-9]{4}-[a-z0-9]{4}$|^[A-Z0-9]{10}$/.test(value)) return undefined;
  if (/^[A-Z][\p{L} ]+$/u.test(value)) return undefined;
  return "unknown credential shape";
}

function privateKey(value: string): string | undefined {
  if (value.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"))
    return decode(value.split("\n").slice(1, -1).join("")).startsWith("openssh-key-v1\0") ? undefined : "OpenSSH body does not open with openssh-key-v1";
  if (/^-----BEGIN (?:PGP PRIVATE KEY BLOCK|PRIVATE KEY)-----/.test(value))
    return /-----END (?:PGP PRIVATE KEY BLOCK|PRIVATE KEY)-----(?:\\n)?$/.test(value) ? undefined : "no END line";
  if (isBase64(value))
    return /^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----\n$/.test(decode(value)) ? undefined : "key data is not a PEM block";
  return "unknown private key shape";
}

function valueCheck(category: string, value: string): string | undefined {
  switch (category) {
    case "api_key":
      return apiKey(value);
    case "credentials":
      return credential(value);
    case "private_key":
      return privateKey(value);
    case "jwt":
      return JSON.parse(Buffer.from(value.split(".")[0]!, "base64url").toString()).alg ? undefined : "JWT header without alg";
    case "connection_string":
      return URL.canParse(value) && new URL(value).password.length >= 8 ? undefined : "URL without a password";
    case "password":
      return value.length >= 8 ? undefined : "password shorter than 8";
    case "email":
      return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) ? undefined : "bad e-mail";
    default:
      return undefined;
  }
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, valueCheck, ["credentials"]);
printHalfTable(folder);
