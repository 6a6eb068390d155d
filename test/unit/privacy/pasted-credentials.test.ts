/**
 * Session 45 (s45-credentials, dev-59): credentials in everyday artefacts — Wi-Fi QR strings, Docker `"auth"` values,
 * `.pgpass` lines (detectors/pasted-credentials.ts), seed-phrase cues in more languages and a phrase followed by the
 * prompt's own words (seed-phrases.ts), keypad / safe / gate labels and a second code in a list (labelled-identifiers.ts),
 * letter-led backup codes before a digit-led one (identifier-formats.ts), and documented examples (Stripe's docs test
 * key, RFC 7617's Basic credential) dropped by default (secrets.ts, encoded-values.ts).
 */
import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { flagged } from "./helpers.js";

const dockerAuth = (value: string) => `~/.docker/config.json: {"auths": {"ghcr.io": {"auth": "${Buffer.from(value).toString("base64")}"}}}`;

describe("Wi-Fi QR strings", () => {
  it("reports the P field's key, fields in any order", () => {
    expect(flagged("make a card: WIFI:S:Calloway-Guest;T:WPA;P:ginger-Snap-4412;;")).toContain("password:ginger-Snap-4412");
    expect(flagged("WIFI:T:WPA;P:bogazici8842;S:Home;H:false;; why no scan?")).toContain("password:bogazici8842");
  });
  it("leaves a template's slot and the format's description alone", () => {
    expect(flagged("WIFI:S:<ssid>;T:WPA;P:<password>;; what does each field mean?")).toEqual([]);
    expect(flagged("the QR format is WIFI:S:name;T:WPA;P:xxxxxxxx;; in the spec")).toEqual([]);
  });
});

describe("Docker config auths", () => {
  it("reports an auth value that decodes to user:password", () => {
    const text = dockerAuth("robin.m:glpat-Xr7vKq2Lz9mWt4nBc8");
    const value = text.match(/"auth": "([^"]+)"/)![1]!;
    expect(flagged(text)).toContain(`password:${value}`);
  });
  it("leaves base64 that is no user:password alone", () => {
    expect(flagged(dockerAuth("just some words here"))).toEqual([]);
  });
});

describe(".pgpass lines", () => {
  it("reports the password field in a text naming .pgpass", () => {
    expect(flagged("~/.pgpass is\ndb.internal.lark.io:5432:billing:etl_user:Fern&Copper-913\nchmod 600")).toContain("password:Fern&Copper-913");
    expect(flagged(".pgpass line: localhost:5432:*:postgres:Plum#Orchard-55 why is it ignored?")).toContain("password:Plum#Orchard-55");
  });
  it("leaves a template line and a time alone", () => {
    expect(flagged("~/.pgpass format: hostname:port:database:username:<password>")).toEqual([]);
    expect(flagged("no pgpass here: backup at 10:30:00:01:02")).toEqual([]);
  });
});

describe("seed phrases", () => {
  it("finds a phrase after a cue in Turkish, Vietnamese and 'wallet words', and one followed by the prompt's words", () => {
    const words = "tiger absent bubble crane dwarf evoke flock genius humble infant jazz kiwi";
    expect(flagged(`cüzdan kurtarma kelimelerim: ${words} doğru sırada mı?`)).toContain(`private_key:${words}`);
    expect(flagged(`cụm từ khôi phục ví của tôi: ${words} có an toàn không?`)).toContain(`private_key:${words}`);
    expect(flagged(`Dad's Trust Wallet words: ${words}`)).toContain(`private_key:${words}`);
    expect(flagged(`Electrum says invalid seed: ${words} what did I type wrong`)).toContain(`private_key:${words}`);
  });
  it("leaves word-list talk and a sentence alone", () => {
    expect(flagged("is a 12 word seed phrase less secure than 24 words? Explain the entropy.")).toEqual([]);
    expect(flagged("my seed: what should i plant near the fence with the roses this spring when the ground is warm")).toEqual([]);
  });
});

describe("codes", () => {
  it("reads keypad, safe and gate labels and a second code named by what it opens", () => {
    expect(flagged("the garage keypad code is 6631 if you get there first")).toContain("password:6631");
    expect(flagged("Der Code für den Tresor im Büro ist 748291, wie ändere ich den?")).toContain("password:748291");
    expect(flagged("o código do portão é 8520 e o do alarme 0147, avisa a diarista")).toEqual(["password:8520", "password:0147"]);
    expect(flagged("the gate code is 4417, alarm 9023")).toEqual(["password:4417", "password:9023"]);
  });
  it("leaves a number after a code that names no lock alone", () => {
    expect(flagged("the gate code is 4417, room 1502 is upstairs")).toEqual(["password:4417"]);
  });
  it("reads a letter-led backup code before a digit-led one", () => {
    expect(flagged("my Discord 2FA backup codes: k7xq-2mpa 9fdt-wr4e hz3n-c8ub")).toEqual(["password:k7xq-2mpa", "password:9fdt-wr4e", "password:hz3n-c8ub"]);
  });
});

describe("documented examples", () => {
  const reportingTestValues = createPrivacyScanner({ testValues: "sensitive" });
  it("drops Stripe's docs test key and RFC 7617's Basic credential by default, reports them on request", () => {
    const stripe = "Stripe docs test key sk_test_4eC39HqLyjWDarjtT1zdp7dc works but charges don't show";
    const basic = "the RFC 7617 example Authorization: Basic dGVzdDoxMjPCow== decodes to test:123£";
    expect(flagged(stripe)).toEqual([]);
    expect(flagged(basic)).toEqual([]);
    expect(reportingTestValues.scan(stripe).length).toBeGreaterThan(0);
    expect(reportingTestValues.scan(basic).length).toBeGreaterThan(0);
  });
  it("still reports another Stripe test key and another Basic credential", () => {
    expect(flagged("my key sk_test_51MzQpLKd8T2vXeRu9ab3HcW0yNfE4jG7 fails")).toHaveLength(1);
    expect(flagged("Authorization: Basic Z3JhZmFuYTpQZWJibGUtU3Rvcm0tNjY= fails")).toHaveLength(1);
  });
});
