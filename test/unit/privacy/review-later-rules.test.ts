import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Second review of session 45's later rules (business addresses, money words, insolvency, identity numbers in other
 * scripts, Greek and Ukrainian mobiles): ordinary texts that brush against them, and sensitive variants.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 45 later rules: ordinary texts", () => {
  it("reads no private address in a shop's, office's or museum's footer", () => {
    for (const text of [
      "Pizzeria Da Mario S.r.l. — via Roma 12, 00184 Roma — P.IVA 01234567890 — Impressum",
      "Il nostro negozio si trova in via Manzoni 3, 40121 Bologna: aperto dal lunedì al sabato.",
      "Sede legale: via Garibaldi 45, 10122 Torino. Capitale sociale 10.000 euro.",
      "La tienda está en calle de Alcalá 120, 28009 Madrid, junto al metro Goya.",
      "Museo del Prado, paseo del Prado s/n, 28014 Madrid — horario de visitas.",
      "Praxis Dr. Weber, Hauptstraße 5, 3. OG links, 80331 München — Sprechzeiten Mo–Fr.",
      "Unser Büro ist im 3. OG links, der Aufzug ist barrierefrei.",
    ])
      expect(has(text, "street_address"), text).toBe(false);
  });

  it("reads no private money in product pages, news and apps that share the money words", () => {
    for (const text of [
      "SNAP is the photo app my kids use; they sent me 20 snaps today.",
      "RSA 2048 keys are the default; RSA-4096 takes longer to generate.",
      "Dispo-Kredit: Zinssatz 11,9 % p.a., Dispo bis 5.000 € möglich — jetzt beantragen.",
      "Bürgergeld steigt 2024 auf 563 Euro im Monat, meldet das Ministerium.",
      "Der Unterhalt für Kinder richtet sich nach der Düsseldorfer Tabelle: 480 € für Kinder bis 5 Jahre.",
      "Bolsa Família paga R$ 600 por família, segundo o governo federal.",
      "Zasiłek dla bezrobotnych wynosi 1 500 zł w 2024 roku.",
      "Spadek cen mieszkań o 5% w Warszawie — 12 000 zł za metr.",
      "Alimenty — poradnik prawny, cena e-booka 49 zł.",
      "La herencia de Picasso fue valorada en 250 millones de dólares.",
      "SSI payments rise to $943 a month in 2024, the SSA announced.",
    ])
      expect(has(text, "financial"), text).toBe(false);
  });

  it("reads no personal insolvency of a company, a club or a novel's character", () => {
    for (const text of [
      "Evergrande Group filed for bankruptcy in New York, the company said.",
      "Lehman Brothers is filing for bankruptcy, the bank confirmed.",
      "Derby County went bankrupt in 2021 and were docked 21 points; the club owed £50m.",
      "In the novel, Mr Micawber went bankrupt and was sent to debtors' prison.",
      "Der FC Kaiserslautern ist in der Planinsolvenz; nicht in der Privatinsolvenz.",
      "El Real Zaragoza se declaró en concurso de acreedores en 2011.",
    ])
      expect(has(text, "financial"), text).toBe(false);
  });

  it("reads no Bangladeshi NID in an invoice or bill number, or in the documented sample 1234567890", () => {
    for (const text of [
      "Changelog v2.3: NID validation fixed; invoice 1234567891 now parses.",
      "Changelog v2.3: NID validation fixed; invoice 1987654320 now parses.",
      "বিল নম্বর ১২৩৪৫৬৭৮৯০ — NID যাচাই ফিচার যোগ হয়েছে।",
      "bd-nid format: 10, 13 or 17 digits. Example from the docs: 1234567890",
      "Thai citizen_id field: 13 digits, see the schema docs. default: 0000000000000",
      "code_melli column is a 10-digit string with a checksum; tests use 0000000000.",
    ])
      expect(has(text, "national_id"), text).toBe(false);
  });

  it("reads no phone in Greek and Ukrainian product codes and order numbers, nor dates in Persian holidays", () => {
    for (const text of [
      "Κωδικός προϊόντος 6912345678 — διαθέσιμο στο κατάστημα.",
      "Παραγγελία αρ. 6945123456, αποστολή με ΕΛΤΑ.",
      "Артикул 0671234567, ціна 450 грн.",
      "Номер замовлення 0501234567 — статус: доставлено.",
      "Bestellen Sie Artikel-Nr. 0612345678 im Shop, Modell 0151234567.",
      "نوروز ۱ فروردین ۱۴۰۳ است، روز تولد بهار.",
      "عيد ميلاد المسيح في 25 ديسمبر، والمولد النبوي في 12 ربيع الأول.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("reads no personal insolvency in a named person's history (a year before 1950 in the sentence)", () => {
    expect(has("Mark Twain went bankrupt in 1894 after investing in a typesetting machine.", "financial")).toBe(false);
    expect(has("Walt Disney went bankrupt in 1923 when Laugh-O-Gram Studio failed.", "financial")).toBe(false);
  });

  // Closed in session 55 by role cues (film, movie, pop, rock or TV star, presenter, comedian …: personal.ts PUBLIC_CUE).
  // A bare full name stays a private person's ("Raymond Keller went bankrupt …" above): the guard keeps no list of
  // celebrities, so the role must be written.
  it("reads no personal insolvency of a living public figure named by role", () => {
    expect(has("Film star Nicolas Cage went bankrupt in 2009 after buying castles.", "financial")).toBe(false);
    expect(has("Actor Nicolas Cage went bankrupt in 2009 after buying castles.", "financial")).toBe(false);
  });

  it("reads no phone in a model number after the word fisso (closed in session 46: modello is a reference cue)", () => {
    expect(has("Il modello fisso 3381234567 è in saldo, spedizione gratuita.", "phone")).toBe(false);
    expect(has("Modello fisso 0612345678 disponibile in tre colori.", "phone")).toBe(false);
    // Hard negatives: a landline after fisso, also with modello further back, is still a phone.
    expect(has("Il mio fisso è 0612345678, chiamami la sera.", "phone")).toBe(true);
    expect(has("Ho cambiato modello di telefono, il mio fisso è 0612345678.", "phone")).toBe(true);
  });
});

describe("session 45 later rules: sensitive variants", () => {
  it("reads private addresses, money, insolvency and identity numbers", () => {
    expect(has("Mi chiamo Giulia Bianchi, abito in via Manzoni 3, 40121 Bologna, citofono Bianchi.", "street_address")).toBe(true);
    expect(has("Ich wohne Lindenstraße 14, 3. OG links, 10115 Berlin, klingeln bei Schulz.", "street_address")).toBe(true);
    expect(has("Mein Bruder Jonas bekommt 563 € Bürgergeld und ist mit 2.300 € im Dispo.", "financial")).toBe(true);
    expect(has("Mój mąż Piotr płaci 1 200 zł alimentów na córkę.", "financial")).toBe(true);
    expect(has("Mój brat Adam dostaje 1 500 zł zasiłku co miesiąc.", "financial")).toBe(true);
    expect(has("My sister Ana is filing for bankruptcy next week.", "financial")).toBe(true);
    expect(has("Mi hermano Luis se declaró en quiebra el año pasado.", "financial")).toBe(true);
    expect(has("Raymond Keller went bankrupt in 2019 and lost the house.", "financial")).toBe(true);
    expect(has("My grandfather Stan went bankrupt in 1932.", "financial")).toBe(true);
    expect(has("Grandpa Joe left me $40,000 in his will.", "financial")).toBe(true);
    expect(has("আমার এনআইডি নম্বর 1987654320, নাম রহিম উদ্দিন।", "national_id")).toBe(true);
    expect(has("NID: 1234567891 — Karim Hossain, Dhaka", "national_id")).toBe(true);
    expect(has("שמי דנה לוי, תעודת הזהות שלי 123456782.", "national_id")).toBe(true);
    expect(has("Il mio cellulare è 3381234567, chiamami, sono Marco.", "phone")).toBe(true);
  });

  it("reads a Spanish address with its floor before the postcode (3º izquierda; closed in session 46)", () => {
    expect(found("Vivo en calle de Alcalá 120, 3º izquierda, 28009 Madrid — soy Lucía Pérez.")).toContain(
      "street_address:calle de Alcalá 120, 3º izquierda, 28009 Madrid",
    );
    expect(found("Vivo en calle de Alcalá 120, 3º dcha., 28009 Madrid.")).toContain("street_address:calle de Alcalá 120, 3º dcha., 28009 Madrid");
    // Hard negatives: a shop's address with the same floor, and a floor with no postcode, are nobody's.
    expect(has("La tienda está en calle de Alcalá 120, 3º izquierda, 28009 Madrid, junto al metro Goya.", "street_address")).toBe(false);
    expect(has("El despacho está en el 3º izquierda, sube por la escalera.", "street_address")).toBe(false);
  });

  // Policy (docs/privacy.md): an unnamed relative's money is not reported by default; this was a probe until session 46.
  it('leaves an unnamed relative\'s benefit alone by default ("My mom gets $943 in SSI")', () => {
    expect(has("My mom gets $943 in SSI each month and her rent is $800.", "financial")).toBe(false);
  });
});
