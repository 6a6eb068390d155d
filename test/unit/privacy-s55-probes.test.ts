import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { evaluate } from "../../eval/privacy/evaluate.js";

/**
 * Session 55 (issue #15): the open probes of session 54 and the leftovers its helpers named, each closed by a general
 * rule — siblings in other wordings and languages, and hard negatives that keep their findings. Every person, number,
 * key and firm is invented.
 */
const has = (text: string, category: string) => found(text).some((finding) => finding.startsWith(`${category}:`));

describe("a place named after its doctor or lawyer (place-sign-lines.ts)", () => {
  it("reads the titled name after the place word as the place's name", () => {
    for (const text of [
      "Praxis Dr. med. Anna Weber, Hauptstraße 12, 80331 München, Tel. 089 1234 567",
      "Tierarztpraxis Dr. Sommer, Bahnhofstraße 7, 72070 Tübingen, Tel. 07071 98 76 50",
      "Kanzlei Prof. Dr. Roth, Königsallee 20, 40212 Düsseldorf, Tel. 0211 86 32 10",
      "Clinique du Dr Martin, 5 rue Victor Hugo, 69002 Lyon, tél. 04 78 12 34 56",
      "Praktijk Dr. de Vries, Kerkstraat 5, 1017 GA Amsterdam, tel. 020 123 4567",
      "Consultorio Dra. López, Calle Mayor 3, 28013 Madrid, tel. 91 123 45 67",
      "Praxis Dr. Lang, Marktplatz 2, 79098 Freiburg, Tel. 0761 2345 60, praxis@dr-lang.de",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("keeps a person's number: no place word first, a mobile or private line, the writer's doctor", () => {
    for (const text of [
      "Dr. Lang, Marktplatz 2, 79098 Freiburg, Tel. 0761 2345 60",
      "Herr Dr. Lang, Marktplatz 2, 79098 Freiburg, Tel. 0761 2345 60",
      "Praxis Dr. Lang, Marktplatz 2, 79098 Freiburg, Mobil 0171 2345678",
      "Praxis Dr. Lang, Marktplatz 2, 79098 Freiburg, privat Tel. 0761 2345 60",
      "Mein Zahnarzt Dr. Lang, Tel. 0761 2345 60",
    ])
      expect(has(text, "phone"), text).toBe(true);
    expect(has("Zahnarztpraxis Dr. Lang, Tel. 0761 2345 60, anna.lang@gmail.com", "email")).toBe(true);
  });
});

describe("an e-mail address in a test assertion (code-assertions.ts)", () => {
  it("reads a quoted literal on an assertion line as the code's fixture", () => {
    for (const text of [
      "assert f('minimc@minimc.io') == 'minimc'",
      "self.assertEqual(clean('jo@foo.dev'), 'jo@foo.dev')",
      '    assert_eq!(parse("ops@acme.io").domain, "acme.io");',
      'expect(normalize("Kai.Berg@Firma.de")).toBe("kai.berg@firma.de");',
      'assertEquals("team@shop.example.net", user.getEmail());',
      '>>> validate("hr@contoso.com")',
    ])
      expect(found(text), text).toEqual([]);
  });

  it("keeps an address the writer calls theirs, a free-mail address naming a person, one outside an assertion", () => {
    for (const text of [
      "assert send_to('anna.schmidt@gmail.com')  # my real address",
      "assert normalize('Anna.Schmidt@gmail.com') == 'anna.schmidt@gmail.com'",
      'assert check("jonas@web.de")  # meine echte Adresse',
      "send_mail('kai.berg@firma.de')",
      "# assert: email = 'kai.berg@firma.de'",
      "Meine Adresse ist kai.berg@firma.de, assert in Python verstehe ich nicht.",
    ])
      expect(has(text, "email"), text).toBe(true);
  });
});

describe("a public figure's insolvency by role (personal.ts PUBLIC_CUE)", () => {
  it("reads no personal insolvency after a screen, music, sport or office role", () => {
    for (const text of [
      "Movie star Kim Basinger filed for bankruptcy after losing a lawsuit.",
      "Pop star Toni Braxton filed for bankruptcy twice.",
      "TV presenter Ada Brennan went bankrupt in 2012.",
      "The comedian Dan Hurst filed for bankruptcy in 2014.",
      "Former footballer John Arne Riise went bankrupt in 2015.",
      "Former minister Paul Vance went bankrupt in 2011.",
      "Le footballeur Marc Dubois se déclare en faillite personnelle.",
      "Rock drummer Tommy Lee filed for bankruptcy in 2010.",
      "The film star Ann Lowe filed for bankruptcy.",
      "La estrella de cine Ana Ruiz se declaró en quiebra en 2010.",
    ])
      expect(has(text, "financial"), text).toBe(false);
  });

  it("keeps a private person's: a bare name, or one the writer relates to whatever their job", () => {
    for (const text of [
      "Raymond Keller went bankrupt in 2019 and lost the house.",
      "My neighbour Raymond Keller, an actor at the local theatre, went bankrupt in 2019.",
      "My brother-in-law Tom Hale, a would-be rock star, went bankrupt in 2018.",
      "Mein Nachbar Jens Ott, ein Schauspieler, ist in der Privatinsolvenz.",
      "Star employee Dana Fox went bankrupt last year.",
      "Our drummer Jake Moss, who dreams of being a film star, filed for bankruptcy.",
      "My flatmate Priya Nair, a budding pop star, went bankrupt in March.",
      "My landlord Gary Pike, an ex-footballer, filed for bankruptcy last week.",
    ])
      expect(has(text, "financial"), text).toBe(true);
  });
});

describe("credentials: misspelt and glued names, an env file's opaque value (secrets.ts)", () => {
  it("reads misspelt secret and password names and a name glued in capitals or in lower case", () => {
    for (const text of [
      'secert = "9fK2mQ8xLp3Vz7"',
      "SEECRET=9fK2mQ8xLp3Vz7Qa",
      "api_kye=Zx81mQp2Lr7sKd9vT3",
      "privte_key=Zx81mQp2Lr7sKd9vT3",
      "pssword=Xk92!mLq7pz",
      "MYAPPSECRET=Qm9vZ3xKp2Lr8sT4",
      "myappsecret=Qm9vZ3xKp2Lr8sT4",
      "stripeapikey: Qm9vZ3xKp2Lr8sT4",
      "cfg.githubtoken = Qm9vZ3xKp2Lr8sT4aa",
    ])
      expect(found(text).length, text).toBeGreaterThan(0);
  });

  it("reads an env file's high-entropy value under a key with no cue word", () => {
    const env = "Why does this config fail to load?\n\nAPP_ENV=production\nLOG_LEVEL=info\nk2=pDCizQwDEwkfbXBok47YmWcXRQ3C3+oGzkMZ9lpRlj26\n";
    expect(has(env, "api_key")).toBe(true);
    expect(has("export NODE_ENV=production\nexport PORT=3000\nexport SIGNER=Hq7Lm2Pz9Xc4Vb8Nk1Jr6Ts3Wy5Qd0Fg2Ah\n", "api_key")).toBe(true);
  });

  it("keeps hashes, ids, public keys, words and lone assignments unreported", () => {
    for (const text of [
      "APP_ENV=prod\nBUILD_SHA=3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a\nIMAGE_TAG=Hq7Lm2Pz9Xc4Vb8Nk1Jr6Ts3Wy5Qd0Fg2Ah\n",
      "APP_ENV=prod\nREQUEST_ID=550e8400-e29b-41d4-a716-446655440000\nPUBLIC_KEY=Hq7Lm2Pz9Xc4Vb8Nk1Jr6Ts3Wy5Qd0Fg2AhXy\n",
      "APP_ENV=prod\nLOG_LEVEL=debug\nGREETING=HelloWorldHelloWorldHelloWorldHello\n",
      "k2=pDCizQwDEwkfbXBok47YmWcXRQ3C3+oGzkMZ9lpRlj26",
      "mytokens=Qm9vZ3xKp2Lr8sT4",
      "tokenizer=bert-base-uncased-Qm9vZ3xKp2",
      "secretariat=Qm9vZ3xKp2Lr8sT4",
      "nextpagetoken=Qm9vZ3xKp2Lr8sT4",
      "MAXTOKENS=4096",
      "The secert to good bread is time.",
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("contact lines of departments and trailers of commits (place-sign-lines.ts, placeholder-values.ts)", () => {
  it("reads a department's line as the office's contact", () => {
    for (const text of [
      "Accounts Payable: +44 20 7946 0123, ap@northwind.co.uk",
      "Payroll Department: 0161 496 0321, payroll@greenfields.org.uk",
      "Buchhaltung: Tel. 030 1234567, buchhaltung@holzmann-gmbh.de",
      "Personalabteilung, Tel. 040 3344 5566, personal@nordwerk.de",
      "Service comptabilité : 01 42 68 53 00, compta@lumiere-sarl.fr",
      "IT Helpdesk: 0800 123 4567, helpdesk@contoso.com",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("keeps a person named on a department's line", () => {
    for (const text of [
      "Accounts Payable: Maria Lindqvist, mobile 07911 482736, m.lindqvist@northwind.co.uk",
      "Payroll: my private number 0161 832 4471",
      "Buchhaltung: Frau Kowalski, privat 030 8845 2217",
      "Personalabteilung: meine Handynummer 0171 4456 882",
    ])
      expect(found(text).length, text).toBeGreaterThan(0);
  });

  it("reads a bot's or no-reply trailer address as nobody's, a person's as theirs", () => {
    for (const text of [
      "Author: Renovate Bot <bot@renovateapp.com>",
      "Co-authored-by: ci-bot <ci-bot@acme-tools.io>",
      "Signed-off-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
      "Author: Jenkins <no-reply@ci.acme-tools.io>",
    ])
      expect(found(text), text).toEqual([]);
    for (const text of [
      "Author: Jane Talbot <talbot@acme-tools.io>",
      "Signed-off-by: Jan Novák <jan.novak@seznam.cz>",
      "Co-authored-by: Tom Berg <tom.berg@posteo.de>",
      "Reviewed-by: Priya Nair <priya.nair@acme-tools.io>",
    ])
      expect(has(text, "email"), text).toBe(true);
  });
});

describe("Canadian SIN first digits (checksums.ts canadianSinValid) and the NHS label convention (evaluate.ts)", () => {
  it("reports no SIN starting 0 (never issued) or 8 (a business number) in a sentence; 1–7 and 9 stay", () => {
    expect(found("My SIN is 812-345-676")).toEqual([]);
    expect(found("Mon NAS est 847 123 452.")).toEqual([]);
    expect(has("My SIN is 712-345-677, fill the TD1 please", "national_id")).toBe(true);
    expect(has("SIN: 946 454 287", "national_id")).toBe(true);
    expect(has("mon NAS: 532 697 869, peux-tu remplir le formulaire TD1 avec ça?", "national_id")).toBe(true);
  });

  it("applies the same first-digit rule to a SIN read out digit by digit (spoken-digits.ts, session 56)", () => {
    expect(found("My SIN is zero four six four five four two eight six.")).toEqual([]);
    expect(has("My SIN is one three one four five four two eight two.", "national_id")).toBe(true);
  });

  it("accepts medical_record or national_id for a gold NHS number, and nothing else changes", () => {
    const prompt = "NHS number 943 476 5919 for the referral";
    const nhs = { start: 11, end: 23 };
    const record = (category: string) => ({ id: "x", prompt, sensitive: true, spans: [{ ...nhs, category }] });
    const scan = (category: string) => () => [{ ...nhs, category, rule: "t" }] as never;
    for (const gold of ["national_id", "medical_record"])
      for (const predicted of ["national_id", "medical_record"])
        expect(evaluate([record(gold)], scan(predicted)).spanLevel.overall.tp, `${gold}/${predicted}`).toBe(1);
    // Not an NHS number (mod 11 fails): the categories must agree.
    const other = { id: "y", prompt: "NHS number 943 476 5918 for the referral", sensitive: true, spans: [{ ...nhs, category: "national_id" }] };
    expect(evaluate([other], scan("medical_record")).spanLevel.overall.tp).toBe(0);
    expect(evaluate([record("national_id")], scan("phone")).spanLevel.overall.tp).toBe(0);
  });
});
