import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { growth } from "../../helpers/linear-growth.js";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("identity numbers mentioned in passing (passing-ids.ts, session 48, dev-76)", () => {
  it("reads a passport behind an abbreviation or corrected later in the clause", () => {
    expect(found("Can you check the booking? my ppt # is B73920184 and the flight is on Monday")).toContain("passport:B73920184");
    expect(found("Riassumi: la sig.ra Neri, pass. n. YC5518203, ha perso il volo")).toContain("passport:YC5518203");
    expect(found("Mi pasaporte está mal en la reserva, el correcto es XDA204817, gracias")).toContain("passport:XDA204817");
    expect(found("旅券番号が違います。正しくはTZ5830291です。")).toContain("passport:TZ5830291");
  });

  it("reads Italian licences and identity cards, a codice fiscale in lower case and a Polish card in lower case", () => {
    expect(found("cond.: G. Villa — pat. MI 4402917 B — scad. 2030")).toContain("driver_license:MI 4402917 B");
    expect(found("Ecco la carta d'identità n. CB30417KL per il contratto")).toContain("national_id:CB30417KL");
    expect(found("in A5 c'è vrdpla85m01h501l, la formula non funziona")).toContain("national_id:vrdpla85m01h501l");
    expect(found("przesyłam skan dowodu, seria i nr ayk 243182, proszę o potwierdzenie")).toContain("national_id:ayk 243182");
  });

  it("reads a spaced PAN, voter ids under their column, a residence card, a Russian and a Hindi licence abbreviation", () => {
    expect(found('B4 में मेरा पैन "ACDPR 5521K" है')).toContain("national_id:ACDPR 5521K");
    expect(found("naam,voter id\nRavi Joshi,NBQ3918204\nMeena Rao,TTR5502918")).toEqual(
      expect.arrayContaining(["national_id:NBQ3918204", "national_id:TTR5502918"]),
    );
    expect(found("社員（在留カード RT58302914KA）の住所変更")).toContain("national_id:RT58302914KA");
    expect(found("Водитель Петров, ВУ 77 05 913482, не пропустил пешехода")).toContain("driver_license:77 05 913482");
    expect(found("चालक सुरेश, डीएल नं. UP32 20190048213, ने गाड़ी टकराई")).toContain("driver_license:UP32 20190048213");
  });

  it("reads licence, passport and identity card abbreviations in Russian, German, Portuguese and English", () => {
    expect(found("Перефразируй: у сына загран 75 1839264, виза до мая")).toContain("passport:75 1839264");
    expect(found("Исправь: пасп. 45 09 318274, выдан в 2015")).toContain("passport:45 09 318274");
    expect(found("Исправь: в/у 99 12 482719, категория B")).toContain("driver_license:99 12 482719");
    expect(found("Kannst du das kürzen: Perso-Nr. YJ6XKN0XC6, gültig bis 2030")).toContain("national_id:YJ6XKN0XC6");
    expect(found("Corrige: o meu doc. de identificação 13482719 1 ZY1 não entra")).toContain("national_id:13482719 1 ZY1");
    expect(found("Is this polite? 'my passport no. got mixed up, the right one is 548 271 936, thanks'")).toContain("passport:548 271 936");
  });

  it("reads short and localised keys", () => {
    expect(has('{"name":"Ola Berg","ppt":"K4928173"}', "passport")).toBe(true);
    expect(has("nazwisko;nr_pj\nKowal;03318/20/0917", "driver_license")).toBe(true);
    expect(has('{"xm":"李雷","sfz":"110105198803147444"}', "national_id")).toBe(true);
  });

  it("reports a two-line MRZ as its name line and its whole second line", () => {
    const text = "P<POLNOWAK<<JAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nXK91028371POL7905218M310830979052103115<<<04";
    expect(found(text)).toContain("passport:XK91028371POL7905218M310830979052103115<<<04");
  });

  it("leaves patents, slides, order numbers, company requisites and specimens alone", () => {
    expect(has("See U.S. Pat. No. 7,654,321 for the hinge design", "driver_license")).toBe(false);
    expect(has("attach the ppt 20250314 deck and the pdf", "passport")).toBe(false);
    expect(has("My passport is fine; the correct booking code is K7XQ2M", "passport")).toBe(false);
    expect(has("Реквизиты: ООО «Ромашка», ИНН 7728797627, КПП 772801001, ОГРН 1157746482719, г. Москва, ул. Лесная, д. 5", "street_address")).toBe(false);
    expect(has("Walidator odrzuca numer ABA300000 ze wzoru dowodu osobistego", "national_id")).toBe(false);
    expect(has("Cartão de Cidadão: o número tem 8 dígitos, um de controlo, duas letras e um dígito", "national_id")).toBe(false);
  });

  // Known gaps of session 48; the spaced ITIN (a dotted "t.i.n." label) and the lower-case spaced passport closed in
  // session 49 (near twins: session-49-probes.test.ts); the mistyped word stays open.
  it("reads an ITIN typed digit by digit with spaced dashes", () => {
    expect(has("client: m. oduya, t.i.n. 9 1 2 - 8 3 - 4 7 1 0 (typed with spaces)", "national_id")).toBe(true);
  });
  it("reads a passport number typed in lower case, one character at a time", () => {
    expect(has("pax 2: SILVA/ANA — ppt n 5 2 1 9 0 3 — PRT", "passport")).toBe(true);
  });
  // Closed in session 54 (asian-ids.ts PASSPORT_CUE: 照's pinyin homophones before 号, a lower-case or grouped number).
  it("reads a passport behind a mistyped word (护找号 for 护照号)", () => {
    expect(has("我的护找号是 ej 938 2716，麻烦帮我定票", "passport")).toBe(true);
  });

  // "lic." alone also abbreviates a software licence ("lic. no. 44821936 of the software seat", field-values.test.ts):
  // closed in session 49 for a lettered number on a line about a car, a rental or driving.
  it("reads a driving licence behind a bare lic. on a rental form", () => {
    expect(has("Fix the grammar: please update my lic. D5530172 on the rental form", "driver_license")).toBe(true);
  });
  it("reads a codice fiscale typed in lower-case groups", () => {
    expect(has("Correggi: c.f. glls fn71 d12d 612z ma non so se è giusto", "national_id")).toBe(true);
  });
  // The declared-example judge reads the 16 characters before a value for a personal word: "API" cut to "I" read as
  // the pronoun (judgement/public-context.ts, exampleAfter); closed in session 49 (the cut word is dropped).
  it("leaves a specimen number alone after a word ending in a capital I", () => {
    expect(has("API odrzuca numer ABA300000 ze wzoru dowodu osobistego", "national_id")).toBe(false);
  });

  it("scans in linear time", () => {
    const scanner = createPrivacyScanner();
    for (const unit of [
      "ppt pass. pp no. ",
      "passport correct correct ",
      "pat. patente carta d'identità ",
      "dowodu seria i nr ",
      "voter EPIC वोटर ",
      "在留カード",
    ])
      expect(
        growth(
          (input: string) => scanner.scan(input),
          (size) => unit.repeat(Math.ceil(size / unit.length)),
          32_768,
        ),
      ).toBeLessThan(8);
  }, 240_000);
});
