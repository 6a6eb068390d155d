import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import {
  caseInsensitiveStems,
  containsAny,
  containsAnyAtWordStart,
  forgetKeywordPresence,
  literalPrefixes,
  requiredPrefixes,
  type PatternGate,
} from "../../src/privacy/detector.js";
import { HEALTH_TERMS } from "../../src/privacy/detectors/lexicon.js";
import { DIAGNOSIS_PHRASE, DIAGNOSIS_STEMS, PERSONAL_GATES } from "../../src/privacy/detectors/personal.js";
import { FINANCIAL_GATES } from "../../src/privacy/detectors/financial.js";
import { FIELD_LABEL_GATES } from "../../src/privacy/detectors/field-values.js";
import { CLINICAL_GATES } from "../../src/privacy/detectors/clinical.js";
import { REGIONAL_HEALTH_GATES } from "../../src/privacy/detectors/regional-health.js";
import { HINGLISH_GATE, SCRIPT_HEALTH_GATE } from "../../src/privacy/detectors/script-health.js";
import { LABELLED_PERSON_GATES } from "../../src/privacy/detectors/labelled-person-health.js";
import { PASSWORD_TOPIC_GATE } from "../../src/privacy/detectors/scripts.js";
import { TEST_CUE_GATE } from "../../src/privacy/judgement/public-context.js";
import { SPANISH_ID_GATE } from "../../src/privacy/detectors/ids.js";
import { SECRET_NAME_GATE } from "../../src/privacy/detectors/secrets.js";
import { DVLA_GATE } from "../../src/privacy/detectors/driver-license.js";
import { PHONE_HINT_GATES } from "../../src/privacy/detectors/phone-regions.js";
import { MORPHOLOGY_GATES } from "../../src/privacy/detectors/medical-morphology.js";
import { normalizeForScan } from "../../src/privacy/normalize.js";

const includesAny = (lower: string, stems: readonly string[]) => stems.some((stem) => lower.includes(stem));

describe("containsAny (one keyword automaton for every list)", () => {
  it("answers like includes for many lists over one text and across texts", () => {
    const alphabet = fc.constantFrom("a", "b", "ab", "ba", "é", "密", "пароль", " ", "\u0000");
    const stem = fc.array(alphabet, { minLength: 0, maxLength: 3 }).map((parts) => parts.join(""));
    const lists = fc.array(fc.array(stem, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    const texts = fc.array(
      fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join("")),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(lists, texts, (stemLists, lowers) => {
        for (const lower of lowers) {
          for (const stems of stemLists) expect(containsAny(lower, stems)).toBe(includesAny(lower, stems));
          // Inline lists (a new array with the same stems) get the same answer.
          for (const stems of stemLists) expect(containsAny(lower, [...stems])).toBe(includesAny(lower, stems));
          forgetKeywordPresence();
        }
      }),
      { numRuns: 300 },
    );
  });

  // More states than the automaton's ASCII table has rows for (4,096): deeper states walk by children and failure links.
  it("answers like includes with thousands of states (deep states outside the ASCII table)", () => {
    const letter = fc.constantFrom("a", "b", "c", "d", "é", "密");
    const word = fc.array(letter, { minLength: 8, maxLength: 12 }).map((parts) => parts.join(""));
    const text = fc.array(fc.oneof(letter, fc.constant(" ")), { maxLength: 300 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1500, maxLength: 1500 }), text, fc.nat(1499), (stems, noise, pick) => {
        const lists = [stems.slice(0, 750), stems.slice(750), [stems[1]!.slice(2)]];
        for (const list of lists) containsAny("", list);
        for (const lower of [noise, noise + stems[pick]!, stems[pick]!.slice(0, -1) + noise]) {
          forgetKeywordPresence();
          for (const list of lists) expect(containsAny(lower, list)).toBe(includesAny(lower, list));
        }
        forgetKeywordPresence();
      }),
      { numRuns: 4 },
    );
  });

  it("tells a stem at a word start (not after an ASCII letter) from one inside a word", () => {
    const escape = (stem: string) => stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const atWordStart = (lower: string, stems: readonly string[]) => stems.some((stem) => new RegExp(`(?<![a-z])${escape(stem)}`).test(lower));
    const alphabet = fc.constantFrom("a", "b", "ab", "é", "1", " ", "-");
    const text = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(""));
    const stems = fc.array(
      fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("")),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(stems, text, (list, lower) => {
        expect(containsAnyAtWordStart(lower, list)).toBe(atWordStart(lower, list));
        forgetKeywordPresence();
      }),
      { numRuns: 300 },
    );
    expect(containsAnyAtWordStart("invoices", ["voice"])).toBe(false);
    expect(containsAnyAtWordStart("in-voice", ["voice"])).toBe(true);
  });

  it("derives literal prefixes that start every match of a lexicon pattern", () => {
    expect(literalPrefixes("an(?:a)?emia|rak(?:a|iem)? (?:piersi|płuc)|stage [1-4]+")?.sort()).toEqual(
      ["anaemia", "anemia", "rak piersi", "rak płuc", "raka piersi", "raka płuc", "rakiem piersi", "rakiem płuc", "stage "].sort(),
    );
    expect(literalPrefixes("abc|[a-z]+x")).toBeUndefined();
    expect(literalPrefixes("a(?=b)c|b*c")).toBeUndefined();
    const source = HEALTH_TERMS.join("|");
    const prefixes = literalPrefixes(source)!;
    const pattern = new RegExp(source, "g");
    // Every match of every term, found inside sentences built from the terms themselves.
    const sample = HEALTH_TERMS.join(" ").replace(/[\\()[\]?*+{}|^$]/g, " ");
    for (const match of sample.matchAll(pattern))
      expect(
        prefixes.some((prefix) => match[0].startsWith(prefix)),
        match[0],
      ).toBe(true);
  });

  it("has a pre-filter stem in every diagnosis phrase", () => {
    const phrases = literalPrefixes(DIAGNOSIS_PHRASE.source.replace(/^\\b/, ""))!;
    expect(phrases.length).toBeGreaterThan(20);
    for (const phrase of phrases)
      expect(
        DIAGNOSIS_STEMS.some((stem) => phrase.toLowerCase().includes(stem)),
        phrase,
      ).toBe(true);
  });

  it("reads escaped punctuation and a group that ends an alternative; drops lookarounds and \\b", () => {
    expect(literalPrefixes("US\\$|Rs\\.?|(?:ab|cd\\p{L}*)")?.sort()).toEqual(["Rs", "Rs.", "US$", "ab", "cd"].sort());
    expect(literalPrefixes("(?:ab|cd\\p{L})")?.sort()).toEqual(["ab", "cd"]);
    expect(literalPrefixes("\\d{3}|ab")).toBeUndefined();
    expect(requiredPrefixes("(?<![\\p{L}])(?:ab|c(?![x()])d)\\b")?.sort()).toEqual(["ab", "cd"]);
    expect(requiredPrefixes("(?<!x)\\d+")).toBeUndefined();
  });

  it("cuts case-insensitive stems at the Cyrillic letters whose archaic forms survive lower-casing", () => {
    expect(caseInsensitiveStems(["Кредитн", "Credit Score", "діабет"])).toEqual(["кре", "credit score", "іабе"]);
    expect(caseInsensitiveStems(["д"])).toBeUndefined();
    expect(caseInsensitiveStems(undefined)).toBeUndefined();
  });

  // Each gate must be true on every text where its pattern matches (else the detector would miss it):
  // checked over the labelled and development sets, their upper-cased forms, and sentences that match.
  it("keeps every gate true wherever its pattern matches", () => {
    const gates: PatternGate[] = [
      ...PERSONAL_GATES,
      ...FINANCIAL_GATES,
      ...CLINICAL_GATES,
      ...REGIONAL_HEALTH_GATES,
      SCRIPT_HEALTH_GATE,
      HINGLISH_GATE,
      ...LABELLED_PERSON_GATES,
      PASSWORD_TOPIC_GATE,
      TEST_CUE_GATE,
      SPANISH_ID_GATE,
      SECRET_NAME_GATE,
      DVLA_GATE,
      ...PHONE_HINT_GATES,
      ...MORPHOLOGY_GATES,
      ...FIELD_LABEL_GATES,
    ];
    const prompts = ["dataset", "dataset-dev-2", "dataset-dev-3", "dataset-dev-judge"].flatMap((name) =>
      readFileSync(new URL(`../../eval/privacy/${name}.jsonl`, import.meta.url), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { prompt: string }).prompt),
    );
    const matching = [
      "Anna wohnt in der Hauptstraße 5, 10115 Berlin; Karl am Neuen Weg 12.",
      "Stuur de sleutels naar mij: Overtoom 169 hs, 1054 HK Amsterdam.",
      "Neue Anschrift von Frau Keller: Am Mühlbach 3, 83022 Rosenheim.",
      "Mia nonna abita in via Verdi 21, 10124 Torino; mi tía vive en calle Mayor 8, 2º A, 28013 Madrid.",
      "Tom Baker has chronic arthritis and a carcinoma; his scan showed an aneurysm.",
      "王伟的糖尿病 and 김민수 씨 당뇨병, मेरी माँ सुनीता को मधुमेह है",
      "Meslektaşım Ayşe Yılmaz kanser tedavisi görüyor. Мій колега Іван має ДІАБЕТ. Ibu Siti menderita diabetes.",
      "Anh Nguyễn Văn Nam bị tiểu đường. Min kollega Anna har bröstcancer. Ring mig på 070-123 45 67, Åsa.",
      "Saya minta tolong hubungi nomor 0812-3456-7890 untuk Pak Budi.",
      "DNI 12345678Z, NIE X-1234567-L, 87654321 x, licence MORGA753116SM9IJ 35",
      "api_key = 'sk_9f8e7d6c5b4a3f2e1d0c', SECRET_TOKEN: abc, x-api-key",
      "Maria earns 5k$ a month, owes €1.200,50, has US$ 300 and 100 zł; 3 000 руб. and 2万元",
      "Her credit score is 720; KREDITNÝ? Кредитный рейтинг 700; schufa-score 98%",
      "मेरे पिता को हृदय रोग है; أخي عنده التهاب الكبد; 김민수 씨는 위염 진단; 王伟得了肺炎",
      "Dadi ko sugar aur BP dono hai. Sra. Souza, 80a; Patient: J. de Vries. Mein Passwort ist geheim; 42 Baker Street.",
      "Anna's HbA1c of 9.1%, PSA 7.8 ng/mL, INR 4,5, BP 152/94, сахар крови 7,2 ммоль/л, артериальное давление 150/90, 血压 150/90",
      "Rafiki yangu Juma Ali ana kisukari. Si Maria Reyes ay may dengue. אמא שלי, רחל אברהמי, סוכרת. Ο φίλος μου Κώστας έχει κατάθλιψη.",
      "Employee: Anna Weber\nGross pay: $4,250.00\n- Доход: 120 000 ₽\n  Сотрудник: Иван\n総支給額 ¥312,000",
    ];
    const texts = [...prompts, ...matching];
    const matched = new Map<string, number>();
    for (const original of [...texts, ...texts.map((text) => text.toUpperCase())]) {
      const text = normalizeForScan(original).text;
      const lower = text.toLowerCase();
      for (const gate of gates) {
        const pattern = new RegExp(gate.pattern.source, gate.pattern.flags.replace(/[gy]/g, ""));
        if (!pattern.test(gate.lowerCased ? lower : text)) continue;
        matched.set(gate.name, (matched.get(gate.name) ?? 0) + 1);
        forgetKeywordPresence();
        expect(gate.mayMatch(text, lower), `${gate.name} on ${JSON.stringify(original.slice(0, 80))}`).toBe(true);
      }
    }
    forgetKeywordPresence();
    // Not vacuous: every gate's pattern matched some of these texts.
    for (const gate of gates) expect(matched.get(gate.name) ?? 0, gate.name).toBeGreaterThan(0);
  });

  it("finds overlapping and nested stems", () => {
    expect(containsAny("xpassworx", ["password", "sswo"])).toBe(true);
    expect(containsAny("xpassworx", ["password", "worq"])).toBe(false);
    expect(containsAny("ushers", ["he", "she", "his", "hers"])).toBe(true);
    expect(containsAny("ushers", ["hiss"])).toBe(false);
    expect(containsAny("abc", [])).toBe(false);
    expect(containsAny("abc", [""])).toBe(true);
  });

  // The pre-filters test the lower-cased text for a literal of a case-insensitive (/iu) pattern. That
  // is exact because every character that matches a letter case-insensitively lower-cases to it,
  // except the ones NFKC rewrites (ſ, K), which the scanner's normalisation removes first. Not so for
  // the Cyrillic в, д, о, с, т, ъ (archaic forms U+1C80–U+1C88 match them and survive both): a
  // pre-filter stem for an /iu pattern must not contain those letters.
  it("lower-cases every case-insensitive match of a letter to that letter, NFKC aside", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzäöüßéèàçñóúíąćęłńśźżабгежзийклмнпруфхцчшщыьэюяё";
    for (const letter of letters) {
      const pattern = new RegExp(`^${letter}$`, "iu");
      for (let code = 0; code <= 0xffff; code++) {
        const char = String.fromCharCode(code);
        if (!pattern.test(char) || char.toLowerCase() === letter) continue;
        expect(char.normalize("NFKC").toLowerCase(), `U+${code.toString(16)} against ${letter}`).toBe(letter);
      }
    }
  });
});
