import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";

/**
 * Session 53 (issue #15): the known-gap probes closed by general rules, each with cases of its kind in other wordings and
 * languages, and hard negatives. Records, credentials and identifiers here; judgements and phrasing in
 * privacy-s53-probes-judgements.test.ts. Every person, number and home is invented.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("a JSON record's health field under a key of another script or an ambiguous key (script-labels.ts, health-keys.ts)", () => {
  it.each([
    ['{"入居者": "佐藤美咲", "処置": "大腸内視鏡検査"}', "health:大腸内視鏡検査"],
    ['{"患者": "김민지", "진단": "당뇨병"}', "health:당뇨병"],
    ['{"Пациент": "Анна Смирнова", "Диагноз": "сахарный диабет"}', "health:сахарный диабет"],
    ['{"residente": "Élodie Marchand", "intervention": "prothèse du genou"}', "health:prothèse du genou"],
    ['{"patient": "Ana Ruiz", "procedure": "knee replacement"}', "health:knee replacement"],
    ['{"client": "Joost de Vries", "treatment": "chemotherapy, cycle 3"}', "health:chemotherapy, cycle 3"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    '{"社員名": "佐藤美咲", "処置": "書類の再提出"}',
    '{"処置": "大腸内視鏡検査", "担当": "内科"}',
    '{"client": "Jean Martin", "intervention": "remplacement chaudière"}',
    '{"user": "Ana Ruiz", "treatment": "variant B"}',
    '{"employee": "Tom Reed", "procedure": "onboarding checklist"}',
  ])("no health field: %s", (text) => {
    expect(of("health", text)).toEqual([]);
  });
});

describe("a TOTP seed under a seed key (secrets.ts)", () => {
  it.each(['config = {"otp_secret": "JBSWY3DPEHPK3PXP", "totp_seed": "GEZDGNBVGY3TQOJQ"}', "TOTP_SEED=KRSXG5CTMVRXEZLU", '{"mfa_seed": "NB2W45DFOIZA3KLM"}'])(
    "%s",
    (text) => {
      expect(of("api_key", text).length).toBeGreaterThan(0);
    },
  );

  it.each(['{"random_seed": 42, "totp_seed": "<base32 seed>"}', "totp_seed: JBSWY3DPEHPK3PXP", "totp_seed_length: 16"])("no secret: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a chosen password under an access code's label (code-label-passwords.ts)", () => {
  it.each([
    ["Login for the admin panel — auth code: Tr0ub4dor&3x", "password:Tr0ub4dor&3x"],
    ["Zugangscode für das Portal: Mx7#kLp2qR", "password:Mx7#kLp2qR"],
    ["código de acceso: Ve1ano!2024", "password:Ve1ano!2024"],
    ["Kod dostępu do panelu to Zx9!mQr4Lw", "password:Zx9!mQr4Lw"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    "Card receipt: VISA ****4821, AUTH CODE 093514, amount 42.10 EUR, approved.",
    "Approval auth code: 58A21Z — keep this receipt for returns.",
    "auth code: ABCD-1234-EFGH",
    "Access code: <YourCode-1!>",
  ])("no password: %s", (text) => {
    expect(of("password", text)).toEqual([]);
  });
});

describe("the next person's phone in a one-line contact list (contact.ts)", () => {
  it.each([
    ["رتب أرقام الجوال في ملف HubSpot: سارة القحطاني +966 50 318 4476، عبدالله الدوسري 0569027713", "phone:0569027713"],
    ["Kontakte fürs CRM: Sara Klein +49 151 2345 6789; Jonas Weber 01712345678", "phone:01712345678"],
    ["Liste: Ana Ruiz +34 612 48 39 07, Luis Gómez 612483907", "phone:612483907"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    "Order 4471: +49 151 2345 6789, item count 0569027713",
    "Offices: Berlin +49 30 2345 6789, Munich 0892345678",
    "Sites: HQ +44 20 7946 1234, Depot Leeds 01134960123",
  ])("no second phone: %s", (text) => {
    expect(of("phone", text).filter((value) => !value.includes("+"))).toEqual([]);
  });
});

describe("a strong national number in a person's record row (person-record-rows.ts)", () => {
  it.each([
    ["This line fails the import, which column is wrong?\nNovak, Maja | 13. 1. 1986 | 0704953509340 | Maribor", "national_id:0704953509340"],
    ["Ivana Horvat;1984-05-02;0205984505001;Zagreb", "national_id:0205984505001"],
    ["Romanian import: Popescu, Andrei | 12.03.1985 | 1850312420017 | Cluj", "national_id:1850312420017"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it("reads rows on a long line without a line break in linear time (the row's line is looked for near the number)", () => {
    expect(growth(found, repeatTo("Novak, Maja | 13. 1. 1986 | 0704953509340 | Ivana Horvat;1984-05-02;0205984505001;"), 32_768)).toBeLessThan(8);
  });

  it.each(["Depot Nord | 12.03.1985 | 0205984505001 | Zagreb", "Invoice | 12.03.1985 | 1850312420017 | Cluj", "Novak, Maja | 0704953509340 | Maribor"])(
    "no identifier without a name and a date: %s",
    (text) => {
      expect(of("national_id", text)).toEqual([]);
    },
  );
});

describe("a worker's profile is no place listing (organisation-records.ts)", () => {
  it.each([
    '{"name":"lars.n","rating":4.9,"role":"cleaner","phone":"+45 20 12 34 56"}',
    '{"name":"Mia K.","rating":4.7,"occupation":"babysitter","mobile":"+44 7911 123456"}',
    '{"name":"kdavis_88","rating":4.8,"phone":"+1 415 555 2671"}',
  ])("%s", (text) => {
    expect(of("phone", text).length).toBeGreaterThan(0);
  });

  it.each([
    '{"name":"Sparkle Cleaning ApS","rating":4.9,"role":"cleaner","phone":"+45 20 12 34 56"}',
    '{"name":"Joe Plumbing Services","rating":4.8,"role":"plumber","phone":"+1 415 555 2671"}',
    '{"name":"Hotel Aurora","rating":4.6,"role":"hotel","phone":"+49 30 2345 6789"}',
  ])("a firm's listing: %s", (text) => {
    expect(of("phone", text)).toEqual([]);
  });
});
