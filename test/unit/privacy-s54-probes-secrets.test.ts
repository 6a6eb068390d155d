import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 (issue #15): siblings of the three credential probes session 53 left open (privacy-s53-secrets.test.ts),
 * each in another wording or language, and the hard negatives a careless fix would flag. Every value is invented.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("the colloquial Japanese パス before a password (scripts.ts COLLOQUIAL_PASS)", () => {
  it("a Wi-Fi pass after a full-width colon", () => {
    expect(found("Wi-Fiのパス：Hikari#2024net")).toContain("password:Hikari#2024net");
  });

  it.each([
    "ファイルのパスは C:\\Users\\tanaka\\Docs2024 です",
    "パスは ./bin/run2.sh を指定してください",
    "試験にパスした。次は Level2 だ",
    "フリーパスは Day2Pass です",
  ])("no password: %s", (text) => {
    expect(of("password", text)).toEqual([]);
  });

  it("a passport number after パスポート stays a passport", () => {
    expect(found("パスポート番号は TZ1234567 です")).toEqual(["passport:TZ1234567"]);
  });
});

describe("a one-case hex key right after its name (prose-api-keys.ts RIGHT_AFTER_HEX_KEY)", () => {
  it("a secret key of 32 hex digits without a colon", () => {
    expect(found("Mailgun secret key 3f9a2c7e1b8d4f6a0c5e9b2d7a1f3c8e doesn't work")).toContain("api_key:3f9a2c7e1b8d4f6a0c5e9b2d7a1f3c8e");
  });

  it.each([
    "the access token d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3 fix landed",
    "api token e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "setup key JBSWY3DPEHPK3PXQ printed on the card",
  ])("no key: %s", (text) => {
    expect(of("api_key", text)).toEqual([]);
  });
});

describe("a user / password pair after a CJK or Hangul account word (passwords-in-use.ts)", () => {
  it.each([
    ["我的账号是 wang.lei / Beijing#2024，帮我看看", "password:Beijing#2024"],
    ["계정: kim.minji / Hangang!2024", "password:Hangang!2024"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each(["アカウント: ana.silva / ana.silva@example.com", "ログイン画面: v2.4.1 / build.2024", "アカウント一覧: sales / Marketing2024 チーム"])(
    "no password: %s",
    (text) => {
      expect(of("password", text)).toEqual([]);
    },
  );
});
