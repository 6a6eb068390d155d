/**
 * dev-90's values with check digits: cards (Luhn), IBANs (mod 97), German tax ids, French NIRs, Spanish DNI/NIE,
 * Portuguese NIFs and Italian codici fiscali. Drawn once with `createSeededRandom(9001)` and completed with
 * src/privacy/checksums.ts (and `italianCfValid`); kept here as literals so the set does not depend on a generator.
 * `npx tsx eval/privacy/dev-90/check.ts` re-validates every one. Every value is invented.
 */
export const V = {
  visa: "4845 4033 1482 7517",
  visa2: "4183731313876253",
  visa3: "4675-7863-5663-5466",
  visa4: "4024 1855 5810 8026",
  master: "5173 1138 8930 2031",
  master2: "5366683172007544",
  master3: "5563 3452 9409 2512",
  amex: "3481 497826 98035",
  ibanDe: "DE16 6178 2977 0549 2357 53",
  ibanDe2: "DE84749353215385757777",
  ibanFr: "FR14 3152 8502 17A5 4126 7190 093",
  ibanEs: "ES79 6970 9304 4904 1091 6141",
  ibanEs2: "ES3891908368558851941315",
  ibanIt: "IT33 X314 3589 4646 3953 6043 550",
  ibanPt: "PT16 2639 4718 0035 3281 3117 6",
  ibanPt2: "PT93022114574874993905624",
  ibanGb: "GB25 BARC 0059 6291 3680 69",
  ibanGb2: "GB36NWBK97933356017257",
  ibanNl: "NL03 INGB 0801 1542 00",
  steuer: "91 309 472 691",
  steuer2: "70324219259",
  nir: "1 84 06 75 071 508 94",
  nir2: "291036900483246",
  dni: "21800069W",
  dni2: "06705395K",
  nie: "Y3523686P",
  nif: "214 780 520",
  nif2: "296143758",
  cf: "VRDLCU78M12H501J",
  cf2: "BNCGLI90A41F205H",
  /** The codice fiscale in textbook and Wikipedia examples (Mario Rossi): a documented sample, used in a negative. */
  cfSample: "RSSMRA85T10A562S",
};
