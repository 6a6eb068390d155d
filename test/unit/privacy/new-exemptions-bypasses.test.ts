import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

// Session 38 review of the dev-32 rules (issue #15): bypasses, hard negatives and span mapping. Sentences of my own.
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));
const spaced = (value: string, separator = " ") => [...value].join(separator);

describe("session 38 review: bypasses of the new exemptions", () => {
  it("an exercise label at the start of a real message does not hide a named person's money", () => {
    expect(has("Aufgabe: Meine Kollegin Sabine Roth hat ein Gehalt von 3.400 EUR und Schulden von 12.000 EUR. Was rätst du ihr?", "financial")).toBe(true);
    expect(has("Задание 2: моя соседка Анна Смирнова получает пенсию 18 000 руб. и должна за квартиру 40 000 руб. Куда ей обратиться?", "financial")).toBe(
      true,
    );
    expect(has("题目：我同事王伟的工资是8000元，他欠银行贷款20万元，怎么办？", "financial")).toBe(true);
    expect(has("Exercise 3: My sister Lena Park earns ₹72,000 a month and owes ₹3 lakh. How do we split rent?", "financial")).toBe(true);
    // The textbook exercise itself stays clean.
    expect(has("题目：小明的工资是8000元，他每月存2000元，一年存多少？", "financial")).toBe(false);
  });

  it("'Papa Francisco' after a possessive is the writer's father, not the pope", () => {
    expect(has("Mi Papa Francisco tiene diabetes tipo 2 y toma metformina.", "health")).toBe(true);
    expect(has("Meu Papa Francisco tem diabetes tipo 2 e toma metformina.", "health")).toBe(true);
    expect(has("Il mio Papa Francesco ha l'Alzheimer, come posso aiutarlo?", "health")).toBe(true);
    // The pope himself stays a public figure.
    expect(has("Papa Francesco è stato ricoverato al Gemelli per una bronchite.", "health")).toBe(false);
    expect(has("Pope Francis has bronchitis and was admitted to the Gemelli hospital.", "health")).toBe(false);
  });

  it("letter-spaced values stay found with the new rules around them", () => {
    expect(found("My IBAN D E 4 4 5 0 0 1 0 5 1 7 5 4 0 7 3 2 4 9 3 1 for the rent")).toContain("iban:D E 4 4 5 0 0 1 0 5 1 7 5 4 0 7 3 2 4 9 3 1");
    expect(found("My IBAN D E 4 4 5 0 0 1 0 5 1 7 5 4 0 7 3 2 4 9 3 1, and passport F T 4 8 2 9 1 5.")).toContain("passport:F T 4 8 2 9 1 5");
  });
});

describe("session 38 review: hard negatives of the new rules", () => {
  it("'pw' before a measurement, a unit range or an ordinal is no password", () => {
    expect(has("set pw 10us-20us for the pulse generator", "password")).toBe(false);
    expect(has("Kindle PW 5th-gen is great", "password")).toBe(false);
    expect(has("pixel width pw 1920px on the banner", "password")).toBe(false);
    expect(has("tuning the PW mode at 12kHz-ish", "password")).toBe(false);
    expect(has("def check(pw): return bcrypt.checkpw(pw.encode(), hashed_pw)", "password")).toBe(false);
    // The chat abbreviation still reads a password.
    expect(found("username mia.k, pw fTQbmYnpMe?SKl")).toContain("password:fTQbmYnpMe?SKl");
    expect(found("my login is bob.r and pw hunter22 doesn't work")).toContain("password:hunter22");
  });

  it("'NIC' of a network card and 'CI' of a build pipeline are not identity-card keywords", () => {
    expect(has("Replace the NIC in rack 4, serial number 200112301234, firmware 2.1", "national_id")).toBe(false);
    expect(has("Our NIC driver version 198512403317 crashes", "national_id")).toBe(false);
    expect(has("Intel NIC i350, part 199912345671", "national_id")).toBe(false);
    expect(has("CI run 4.992.770-2 failed on main", "national_id")).toBe(false);
    expect(has("The CI pipeline build 4.992.770-2 for Ana", "national_id")).toBe(false);
    // The identity cards still count.
    expect(found("Mrs W. A. Perera, NIC 198512403317, senior savings account")).toContain("national_id:198512403317");
    expect(found("Mi abuelo, CI 4.992.770-2, necesita renovar")).toContain("national_id:4.992.770-2");
  });

  it("a multi-tenant table's tenant or customer column of slugs names no person", () => {
    expect(has("tenant,plan,balance\nacme,pro,4200\nglobex,basic,1200", "financial")).toBe(false);
    expect(has("customer,plan,monthly_gross\nacme-corp,pro,4200\nglobex-prod,basic,1200", "financial")).toBe(false);
    expect(has("tenant,plan,balance\nAcme Corp,pro,4200\nGlobex Inc.,basic,1200", "financial")).toBe(false);
    // A landlord's table of tenants still does.
    expect(found("Tenant,Unit,Balance\nJohn Smith,3B,1900\nMaria Lopez,4A,250")).toContain("financial:1900");
    expect(found("employee,gross_monthly\nAna Ruiz,3200")).toContain("financial:3200");
    // Names in a script without letter case, or typed in lower case, are still names (lead, after the review).
    expect(found("name,gross_monthly\njohn smith,3200\nmaria lopez,2900")).toContain("financial:3200");
    expect(has("name,diagnosis\nדוד כהן,type 2 diabetes\nרחל לוי,asthma", "health")).toBe(true);
    expect(found("name,diagnosis\nสมชาย ใจดี,type 2 diabetes")).toContain("health:type 2 diabetes");
  });

  it("textbook genetics without a person has no genetic result", () => {
    expect(has("Homozygous individuals for HFE C282Y have a higher risk of haemochromatosis.", "biometric")).toBe(false);
    expect(has("In genetics, a patient homozygous for CFTR F508del has cystic fibrosis; what is the inheritance?", "biometric")).toBe(false);
    expect(has("Haplogroup R1b-U152 is common in northern Italy.", "biometric")).toBe(false);
    expect(has("Les porteurs hétérozygotes HFE C282Y sont souvent asymptomatiques.", "biometric")).toBe(false);
    // A person's result still counts.
    expect(found("Mon oncle Bernard Castel est homozygote HFE C282Y, que faire ?")).toContain("biometric:HFE C282Y");
    expect(found("My 23andMe says I'm heterozygous for HFE H63D, should I worry?")).toContain("biometric:HFE H63D");
  });

  it("genotype tutorials and biometric schemas without values", () => {
    expect(has("Example 23andMe format:\n# rsid\tchromosome\tposition\tgenotype\nrs4477212\t1\t82154\tAA", "biometric")).toBe(false);
    expect(has("schema: { iris_left: string, iris_right: string, finger_r: bytes }", "biometric")).toBe(false);
    expect(has("CREATE TABLE biometrics (id int, iris_left bytea, finger_right bytea, face_template bytea);", "biometric")).toBe(false);
  });

  it("spaced capitals, grids and aligned tables are not closed up into values", () => {
    for (const text of [
      "The U S A and the C E O met in 2 0 2 4.",
      "S U M M E R   S A L E   2 0 2 4",
      "Sudoku row:\n5 3 0 0 7 0 0 0 0\n6 0 0 1 9 5 0 0 0",
      "The bit string 0 1 1 0 1 0 0 1 1 0 1 0 encodes the letter.",
      "Keyboard row: 1 2 3 4 5 6 7 8 9 0 - = and the shift row",
      "| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |",
      "Ratings from John Smith: 5 3 6 2 2 1 9 8 4 for the nine episodes",
      "Seats for Maria Garcia, row A: 5 3 6 2 2 1 9 8 4",
    ])
      expect(found(text)).toEqual([]);
  });
});

describe("session 38 review: letter-spaced spans map back through normalisation", () => {
  const scanner = createPrivacyScanner();
  const ibanOf = (text: string) => {
    const finding = scanner.scan(text).find((candidate) => candidate.category === "iban");
    return finding && text.slice(finding.start, finding.end);
  };
  const iban = "DE44500105175407324931";

  it("with zero-width characters, full-width digits, CRLF and astral characters before the value", () => {
    const cases: Array<[string, string]> = [
      ["My IBAN\u200b ", spaced(iban)],
      ["😀😀 My IBAN ", spaced(iban)],
      ["😀\r\nMy IBAN ", spaced(iban)],
      ["𝐌𝐲 IBAN ", spaced(iban)],
      ["My IBAN ", spaced("ＤＥ４４５００１０５１７５４０７３２４９３１")],
      ["My IBAN ", spaced("ＤＥ４４５００１０５１７５４０７３２４９３１", "\u3000")],
      ["My IBAN ", [...iban].join("\u200b ")],
      ["My IBAN ", [...iban].join(" \u200b")],
      ["My IBAN ", spaced("𝐃𝐄𝟒𝟒𝟓𝟎𝟎𝟏𝟎𝟓𝟏𝟕𝟓𝟒𝟎𝟕𝟑𝟐𝟒𝟗𝟑𝟏")],
    ];
    for (const [before, value] of cases) expect(ibanOf(`${before}${value}\r\nfor the rent 😀`)).toBe(value);
  });
});
