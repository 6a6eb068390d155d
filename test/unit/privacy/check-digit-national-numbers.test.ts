import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { collapseLetterSpacing } from "../../../src/privacy/letter-spacing.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 38 recall rules (development set 32)", () => {
  it("reads check-digit national and tax numbers of more countries next to their names", () => {
    expect(found("Formulario de ANSES para Norma Acosta, CUIL 27-34315253-7, por favor")).toContain("national_id:27-34315253-7");
    expect(found("Mi prima tiene RUC 10650584991 y emite recibos")).toContain("national_id:10650584991");
    expect(found("овлашћујем брата, ЈМБГ 1508973716333, да преузме пасош")).toContain("national_id:1508973716333");
    expect(found("Mrs W. A. Perera, NIC 198512403317, senior savings account")).toContain("national_id:198512403317");
    expect(found("Medicare no.: 5793 85470 3 IRN 2")).toContain("national_id:5793 85470 3");
    expect(found("My TFN is 511 069 386, which boxes do I tick?")).toContain("national_id:511 069 386");
    expect(found("Ονοματεπώνυμο: Ελένη Σ.\nΑΦΜ: 228918833")).toContain("national_id:228918833");
  });

  it("leaves those numbers alone without their name, with a wrong check digit, or as a company's", () => {
    expect(has("pedido 27-34315253-7 enviado", "national_id")).toBe(false);
    expect(has("My TFN is 511 069 387", "national_id")).toBe(false);
    expect(has("CUIT de la empresa: 30-71234567-1", "national_id")).toBe(false);
    expect(has("RUC de la empresa 20100047218", "national_id")).toBe(false);
  });

  it("reads dotted numbers with a dash and check digit as a Uruguayan cédula or a person's Colombian NIT", () => {
    expect(found("Mi abuelo, CI 4.992.770-2, necesita renovar")).toContain("national_id:4.992.770-2");
    expect(found("De: Andrés Cárdenas, NIT 79.845.312-7")).toContain("national_id:79.845.312-7");
    expect(has("Mi abuelo, CI 4.992.770-3, necesita renovar", "national_id")).toBe(false);
    expect(has("Proveedor NIT 900.123.456-8", "national_id")).toBe(false);
    expect(has("ci vediamo al 4.992.770-2", "national_id")).toBe(false);
  });

  it("reads a Singapore NRIC and an Irish PPSN by their check letters next to their names", () => {
    expect(found("visitor form for Mr Tan Wei Ming, NRIC S7331870Z, unit #08-14")).toContain("national_id:S7331870Z");
    expect(found("my son Cian Doyle, PPS number 0441923VA, first job")).toContain("national_id:0441923VA");
    expect(has("NRIC S7331870A", "national_id")).toBe(false);
    expect(has("Enter your PPS number in the format 1234567T or 1234567TW.", "national_id")).toBe(false);
  });

  it("reads an Iranian national code with a relative's name between the word and the number", () => {
    expect(found("شماره ملی مادرم فاطمه کریمی: ۰۳۹۴۱۱۶۸۹۵ — برای ثبت نام")).toContain("national_id:۰۳۹۴۱۱۶۸۹۵");
  });

  it("reads biometric values after a record key with a side or a language's template word", () => {
    expect(found('traveller="Nguyen Thi Lan" iris_left=a3f91c07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20 hd=0.41')).toContain(
      "biometric:a3f91c07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20",
    );
    expect(found("empleado: Lucía F.\nplantilla_facial: AQAAAHsAAAAYAAAAD8l0Pk1tpr0w+2s9ysEbPqlI0L0=")).toContain(
      "biometric:AQAAAHsAAAAYAAAAD8l0Pk1tpr0w+2s9ysEbPqlI0L0=",
    );
    expect(found("голосовой слепок мамы vp-emb:0.227;-0.118;0.305;0.041;-0.092;0.176 не совпадает")).toContain(
      "biometric:0.227;-0.118;0.305;0.041;-0.092;0.176",
    );
  });

  it("reads raw genotype export lines and a named person's zygosity or haplogroup result", () => {
    expect(found("My sister's 23andMe raw data:\nrs4988235\t2\t136608646\tAG")).toContain("biometric:rs4988235\t2\t136608646\tAG");
    expect(found("Mon oncle Bernard Castel est homozygote HFE C282Y, que faire ?")).toContain("biometric:HFE C282Y");
    expect(has("How does heterozygosity differ from homozygosity in Mendelian genetics?", "biometric")).toBe(false);
  });

  it("reads a password after chat's 'pw' with no copula, not after the shell's pwd or passwd", () => {
    expect(found("school portal: username mia.k, pw fTQbmYnpMe?SKl. Summarise")).toContain("password:fTQbmYnpMe?SKl");
    expect(has("run sudo passwd deploy_2 then pwd && ls", "password")).toBe(false);
    expect(has("the pw is weak", "password")).toBe(false);
  });

  it("leaves a textbook exercise's character's money and a pope's illness alone", () => {
    expect(has("Задача: Иван взял кредит 100 000 рублей под 12% годовых на 2 года. Какой будет ежемесячный платёж?", "financial")).toBe(false);
    expect(has("Papa Francesco è stato ricoverato per una polmonite bilaterale nel 2025.", "health")).toBe(false);
  });
});

describe("session 38 letter-spaced values and a passport's owner before its number", () => {
  it("closes up a letter-spaced value with a digit before detection and maps the span back", () => {
    const text = "my IBAN with the spaces I always use: C H 1 4 8 9 5 8 6 6 5 3 0 3 1 0 3 5 8 1 4 (Nadia Berger).";
    expect(found(text)).toContain("iban:C H 1 4 8 9 5 8 6 6 5 3 0 3 1 0 3 5 8 1 4");
  });

  it("leaves spaced letters without a digit, and short runs, as they are", () => {
    expect(collapseLetterSpacing("s p a c e d o u t words").changed).toBe(false);
    expect(collapseLetterSpacing("A 1 B 2 here").changed).toBe(false);
    const collapsed = collapseLetterSpacing("code: F T 4 8 2 9 1 5, ok");
    expect(collapsed.text).toBe("code: FT482915, ok");
    expect([collapsed.before(6), collapsed.before(13), collapsed.before(14)]).toEqual([6, 20, 21]);
  });

  it("reads a passport number after its owner and a colon", () => {
    expect(found("passaporte da minha filha Beatriz Moura: FT482915, preciso")).toContain("passport:FT482915");
    expect(has("the passport of the president: see page 4", "passport")).toBe(false);
  });
});

describe("session 38 table columns: a money field with its period, a tenant column", () => {
  it("reads gross_monthly and net_monthly amounts in a table with a name column", () => {
    const text = "employee_id,name,gross_monthly,net_monthly\nE-1041,Hannah Pruitt,6250.00,4512.37";
    expect(found(text)).toEqual(expect.arrayContaining(["financial:6250.00", "financial:4512.37"]));
  });

  it("reads a tenant's rent and arrears under Italian headers", () => {
    expect(found("inquilino;appartamento;canone;arretrati\nPaola Ferri;Int. 4;720;2160")).toContain("financial:2160");
  });

  it("leaves a period column without a person alone", () => {
    expect(has("region,gross_monthly\nNorth,6250.00", "financial")).toBe(false);
  });
});
