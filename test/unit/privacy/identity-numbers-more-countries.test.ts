import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Session 49 (development set 78): identity and tax numbers of countries outside Western Europe and North America in
 * their local forms — the number's own format and check digit, and a cue in the local language. Negatives: the same
 * formats as companies' numbers, with a failing check, or with no cue. Our own invented values (check digits computed).
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 49: identity and tax numbers of more countries", () => {
  it("finds South African IDs, PhilSys numbers, Vietnamese personal tax codes and MyKad after No. KP", () => {
    for (const text of [
      "Help me write to SARS: my ID number is 8501015800088 and my profile is locked.",
      '{"learner": "Sipho Dlamini", "guardian_id_number": "7806235301085"}',
      "My PhilSys number (PSN) is 4827-1639-5028-1736; how do I open an account?",
      "Mã số thuế cá nhân của anh Bình là 8473629150, soạn email giúp tôi.",
      "Nama: Nurul Huda | No. KP: 920808085124 | susun jadi jadual.",
    ])
      expect(has(text, "national_id"), text).toBe(true);
  });

  it("finds DNI, cédula, kitambulisho and a person's RFC after their names, and passports after more passport words", () => {
    for (const text of [
      "Hola, soy Martina Ferreyra, DNI 34.582.917, necesito un reclamo.",
      "identificada con cédula de ciudadanía 1.020.456.789 de Bogotá",
      "Nambari yangu ya kitambulisho ni 28471936, naomba msaada.",
      "Proveedor persona física, RFC: VICA780212BT2, CP 64000.",
    ])
      expect(has(text, "national_id"), text).toBe(true);
    for (const text of [
      "Nos piden el número de pasaporte mexicano de mi esposo Arturo: G43817265.",
      "מספר הדרכון שלי 34827165 והוא בתוקף",
      "আমার পাসপোর্ট নম্বর A04827163; চিঠি লিখে দিন।",
      "Mama yangu ana pasipoti nambari AK0473829.",
    ])
      expect(has(text, "passport"), text).toBe(true);
  });

  it("finds an individual's KRA PIN, a person's NPWP and an MEI's CNPJ, not a company's", () => {
    expect(has("PIN yangu ya KRA ni A012847361K, nieleze hatua.", "national_id")).toBe(true);
    expect(has("NPWP pribadi saya 49.718.263.5-421.000, cara lapor SPT?", "national_id")).toBe(true);
    expect(has("Sou MEI e o CNPJ do meu MEI é 48.392.715/0001-63.", "national_id")).toBe(true);
    for (const text of [
      "Kampuni yetu, Jua Kali Traders Ltd, ina KRA PIN P051847293X.",
      "NPWP perusahaan PT Sinar Abadi Jaya adalah 01.234.567.8-012.000.",
      "Emite a nota contra a Padaria Estrela Ltda, CNPJ 27.481.593/0001-01.",
      "RFC 6238 defines TOTP; RFC 7231 defines HTTP semantics.",
      "El RFC de Distribuidora Norteña S.A. de C.V. es DNO0503149K1.",
      "La cédula de habitabilidad 08019-2024-1234 está vencida.",
    ])
      expect(found(text), text).toEqual([]);
  });

  // Known gap: a Kenyan ID number (eight digits, no check digit) after the generic "ID No." is not read even with a KRA
  // PIN beside it; only its own name (kitambulisho) counts today.
  // Closed in session 52 (person-tax-numbers.ts KENYAN_ID: an "ID No." opening its field near a KRA or iTax cue).
  it.each([
    ["Payroll note: Wanjiku Kamau, ID No. 31847265, KRA PIN A014728391P", "national_id:31847265"],
    ["Employee: Otieno Brian; ID: 2984716; KRA PIN: A009876543Z", "national_id:2984716"],
    ["iTax keeps rejecting my ID number 30561274 — which field is wrong?", "national_id:30561274"],
  ])("finds a Kenyan ID number after a generic 'ID No.' beside a KRA cue: %s", (text, value) => {
    expect(found(text)).toContain(value);
  });
  it.each([
    "KRA receipt: transaction ID 31847265 paid 12,400",
    "KRA service desk: ticket ID 31847265 raised",
    "iTax acknowledgement, Payment Reg No. 2024-31847265, KRA PIN P000111222A",
  ])("reads no Kenyan ID in a transaction's or ticket's id: %s", (text) => {
    expect(found(text).filter((value) => value.startsWith("national_id:"))).toEqual([]);
  });
});
