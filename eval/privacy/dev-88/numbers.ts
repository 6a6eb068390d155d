/**
 * dev-88's numbers: which of stdnum's modules (a port of python-stdnum by another author, dev dependency since session
 * 51) give the set's personal and company numbers, with the shape a seeded search draws candidates from, and the search
 * itself: random characters in the shape until stdnum's `validate` says valid (and `isIndividual` for a personal
 * number, `isCompany` for a company's). Nothing here uses the guard's own checks (src/privacy/checksums.ts).
 *
 * Shape syntax: `d` a digit, `n` a digit 1–9, `l` a letter A–Z, `y` a two-digit year 50–99 or 00–04, `m` a month
 * 01–12, `t` a day 01–28, `[abc]` one of the characters, `{ab|cd}` one of the strings; anything else is itself.
 */
import { createSeededRandom, type RandomSource } from "../../../src/policies/clock.js";

export interface StdnumResult {
  isValid: boolean;
  compact?: string;
  isIndividual?: boolean;
  isCompany?: boolean;
}
export interface StdnumModule {
  name: string;
  localName?: string;
  abbreviation?: string;
  validate(value: string): StdnumResult;
  format?(value: string): string;
  compact(value: string): string;
}

const { stdnum } = (await import("stdnum")) as unknown as { stdnum: Record<string, Record<string, StdnumModule>> };

/** stdnum's module `CC.name` (`DE.idnr`). */
export function stdnumModule(path: string): StdnumModule {
  const [country, name] = path.split(".");
  const found = stdnum[country!]?.[name!];
  if (!found) throw new Error(`stdnum has no ${path}`);
  return found;
}

/**
 * The two places where stdnum's own person/company flag is wrong for the set's purpose (reported in README.md): India's
 * PAN always says `isCompany` (the fourth letter P is an individual's PAN), and Portugal's Cartão de Cidadão reads its
 * first digit as if it were a NIF (a citizen card is always a person's). For these the flag is ours, stated here.
 */
export const PERSON_FLAG_OVERRIDES: Record<string, (compact: string) => boolean> = {
  "IN.pan": (compact) => compact[3] === "P",
  "PT.cc": () => true,
};

export interface PersonalSpec {
  /** stdnum module, `CC.name`. */
  module: string;
  lang: string;
  category: "national_id" | "us_ssn" | "passport";
  /** Labels as the country writes them, first the commonest. */
  labels: string[];
  /** A field key for records (JSON, CSV, XML, logs). */
  key: string;
  shape: string;
  /** An invented holder: given name, surname, birth date as the country writes it, the city. */
  person: [string, string, string, string];
  /** How many prompts (1 for a country's second number, else 2). */
  prompts: number;
}

export const PERSONAL: PersonalSpec[] = [
  // Europe
  {
    module: "DE.idnr",
    lang: "de",
    category: "national_id",
    labels: ["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr."],
    key: "steuer_id",
    shape: "ndddddddddd",
    person: ["Anna", "Schröder", "14.03.1986", "Leipzig"],
    prompts: 2,
  },
  {
    module: "DE.svnr",
    lang: "de",
    category: "national_id",
    labels: ["Sozialversicherungsnummer", "SV-Nummer", "RV-Nr."],
    key: "sv_nummer",
    shape: "[1245]dtmyl[01234]dd",
    person: ["Jens", "Hoffmann", "02.11.1979", "Kassel"],
    prompts: 1,
  },
  {
    module: "DE.passport",
    lang: "de",
    category: "passport",
    labels: ["Reisepassnummer", "Pass-Nr."],
    key: "passnummer",
    shape:
      "[CFGHJK][CFGHJKLMNPRTVWXYZ0123456789][CFGHJKLMNPRTVWXYZ0123456789][CFGHJKLMNPRTVWXYZ0123456789][CFGHJKLMNPRTVWXYZ0123456789][CFGHJKLMNPRTVWXYZ0123456789][CFGHJKLMNPRTVWXYZ0123456789][CFGHJKLMNPRTVWXYZ0123456789]d",
    person: ["Katrin", "Vogel", "23.07.1991", "Bremen"],
    prompts: 1,
  },
  {
    module: "AT.vnr",
    lang: "de",
    category: "national_id",
    labels: ["Sozialversicherungsnummer", "SVNR", "VSNR"],
    key: "svnr",
    shape: "ndddtmy",
    person: ["Lukas", "Gruber", "09.05.1983", "Graz"],
    prompts: 2,
  },
  {
    module: "CH.ssn",
    lang: "de",
    category: "national_id",
    labels: ["AHV-Nummer", "AHV-Nr.", "AHVN13"],
    key: "ahv_nr",
    shape: "756dddddddddd",
    person: ["Nicole", "Brunner", "17.01.1977", "Winterthur"],
    prompts: 2,
  },
  {
    module: "FR.nir",
    lang: "fr",
    category: "national_id",
    labels: ["numéro de sécurité sociale", "NIR", "n° SS"],
    key: "numero_secu",
    shape: "[12]ym[012345678]ddddddddd",
    person: ["Camille", "Lefebvre", "21/06/1988", "Nantes"],
    prompts: 2,
  },
  {
    module: "BE.nn",
    lang: "fr",
    category: "national_id",
    labels: ["numéro de registre national", "NN", "n° national"],
    key: "registre_national",
    shape: "ymtddddd",
    person: ["Sophie", "Lambert", "03/10/1984", "Namur"],
    prompts: 2,
  },
  {
    module: "NL.bsn",
    lang: "nl",
    category: "national_id",
    labels: ["BSN", "burgerservicenummer", "sofinummer"],
    key: "bsn",
    shape: "ndddddddd",
    person: ["Daan", "de Vries", "12-08-1990", "Utrecht"],
    prompts: 2,
  },
  {
    module: "ES.dni",
    lang: "es",
    category: "national_id",
    labels: ["DNI", "NIF", "D.N.I."],
    key: "dni",
    shape: "ddddddddl",
    person: ["Lucía", "García Romero", "05/02/1987", "Zaragoza"],
    prompts: 2,
  },
  {
    module: "ES.nss",
    lang: "es",
    category: "national_id",
    labels: ["número de la Seguridad Social", "NSS", "n.º afiliación"],
    key: "nss",
    shape: "[012345]ddddddddddd",
    person: ["Javier", "Moreno Ruiz", "28/09/1975", "Sevilla"],
    prompts: 1,
  },
  {
    module: "PT.cc",
    lang: "pt",
    category: "national_id",
    labels: ["Cartão de Cidadão", "n.º do CC", "CC"],
    key: "cartao_cidadao",
    shape: "[1234]ddddddddlld",
    person: ["Inês", "Carvalho", "11/04/1992", "Braga"],
    prompts: 2,
  },
  {
    module: "IT.codicefiscale",
    lang: "it",
    category: "national_id",
    labels: ["codice fiscale", "C.F.", "cod. fisc."],
    key: "codice_fiscale",
    shape: "lllllly[ABCDEHLMPRST]t{H501|F205|L219|A944|G273}l",
    person: ["Giulia", "Ferrari", "19/12/1985", "Bologna"],
    prompts: 2,
  },
  {
    module: "PL.pesel",
    lang: "pl",
    category: "national_id",
    labels: ["PESEL", "nr PESEL"],
    key: "pesel",
    shape: "ymtddddd",
    person: ["Katarzyna", "Nowak", "07.03.1982", "Poznań"],
    prompts: 2,
  },
  {
    module: "CZ.rc",
    lang: "cs",
    category: "national_id",
    labels: ["rodné číslo", "RČ"],
    key: "rodne_cislo",
    shape: "ymtdddd",
    person: ["Petra", "Dvořáková", "30. 5. 1978", "Brno"],
    prompts: 2,
  },
  {
    module: "SK.rc",
    lang: "sk",
    category: "national_id",
    labels: ["rodné číslo", "RČ"],
    key: "rodne_cislo",
    shape: "ymtdddd",
    person: ["Martin", "Horváth", "14. 2. 1981", "Košice"],
    prompts: 1,
  },
  {
    module: "DK.cpr",
    lang: "da",
    category: "national_id",
    labels: ["CPR-nummer", "CPR-nr.", "personnummer"],
    key: "cpr",
    shape: "tmydddd",
    person: ["Mette", "Jensen", "08-09-1980", "Aarhus"],
    prompts: 2,
  },
  {
    module: "SE.personnummer",
    lang: "sv",
    category: "national_id",
    labels: ["personnummer", "pers.nr"],
    key: "personnummer",
    shape: "ymt-dddd",
    person: ["Erik", "Lindqvist", "1983-06-15", "Uppsala"],
    prompts: 2,
  },
  {
    module: "NO.fodselsnummer",
    lang: "nb",
    category: "national_id",
    labels: ["fødselsnummer", "f.nr.", "personnummer"],
    key: "fodselsnummer",
    shape: "tmyddddd",
    person: ["Ingrid", "Hansen", "22.04.1989", "Bergen"],
    prompts: 2,
  },
  {
    module: "FI.hetu",
    lang: "fi",
    category: "national_id",
    labels: ["henkilötunnus", "hetu", "HETU"],
    key: "henkilotunnus",
    shape: "tmy-ddd[0123456789ABCDEFHJKLMNPRSTUVWXY]",
    person: ["Aino", "Korhonen", "16.11.1986", "Tampere"],
    prompts: 2,
  },
  {
    module: "IS.kennitala",
    lang: "is",
    category: "national_id",
    labels: ["kennitala", "kt."],
    key: "kennitala",
    shape: "tmyddd9",
    person: ["Guðrún", "Sigurðardóttir", "3. mars 1987", "Akureyri"],
    prompts: 2,
  },
  {
    module: "EE.ik",
    lang: "et",
    category: "national_id",
    labels: ["isikukood", "IK"],
    key: "isikukood",
    shape: "[3456]ymtdddd",
    person: ["Kadri", "Tamm", "12.08.1985", "Tartu"],
    prompts: 2,
  },
  {
    module: "LT.asmens",
    lang: "lt",
    category: "national_id",
    labels: ["asmens kodas", "a. k."],
    key: "asmens_kodas",
    shape: "[3456]ymtdddd",
    person: ["Rūta", "Kazlauskienė", "1984-10-02", "Kaunas"],
    prompts: 2,
  },
  {
    module: "GR.amka",
    lang: "el",
    category: "national_id",
    labels: ["ΑΜΚΑ", "Α.Μ.Κ.Α."],
    key: "amka",
    shape: "tmyddddd",
    person: ["Ελένη", "Παπαδοπούλου", "25/03/1983", "Θεσσαλονίκη"],
    prompts: 2,
  },
  {
    module: "BG.egn",
    lang: "bg",
    category: "national_id",
    labels: ["ЕГН"],
    key: "egn",
    shape: "ymtdddd",
    person: ["Мария", "Иванова", "18.06.1979", "Пловдив"],
    prompts: 2,
  },
  {
    module: "RO.cnp",
    lang: "ro",
    category: "national_id",
    labels: ["CNP", "cod numeric personal"],
    key: "cnp",
    shape: "[1256]ymt[01234]ddddd",
    person: ["Andreea", "Popescu", "09.09.1990", "Cluj-Napoca"],
    prompts: 2,
  },
  {
    module: "HR.oib",
    lang: "hr",
    category: "national_id",
    labels: ["OIB", "osobni identifikacijski broj"],
    key: "oib",
    shape: "ndddddddddd",
    person: ["Ivana", "Horvat", "04.07.1988.", "Split"],
    prompts: 2,
  },
  {
    module: "SI.emso",
    lang: "sl",
    category: "national_id",
    labels: ["EMŠO", "enotna matična številka občana"],
    key: "emso",
    shape: "tm9[56789]d50dddd",
    person: ["Maja", "Novak", "13. 1. 1986", "Maribor"],
    prompts: 2,
  },
  {
    module: "RS.jmbg",
    lang: "sr",
    category: "national_id",
    labels: ["ЈМБГ", "JMBG", "матични број"],
    key: "jmbg",
    shape: "tm9[56789]d7[123456789]dddd",
    person: ["Милан", "Петровић", "21.10.1982.", "Нови Сад"],
    prompts: 2,
  },
  {
    module: "TR.tckimlik",
    lang: "tr",
    category: "national_id",
    labels: ["T.C. Kimlik No", "TCKN", "TC kimlik numarası"],
    key: "tc_kimlik_no",
    shape: "ndddddddddd",
    person: ["Zeynep", "Yılmaz", "17.05.1991", "İzmir"],
    prompts: 2,
  },
  {
    module: "UA.rntrc",
    lang: "uk",
    category: "national_id",
    labels: ["РНОКПП", "ІПН", "ідентифікаційний код"],
    key: "rnokpp",
    shape: "[234]ddddddddd",
    person: ["Олена", "Коваленко", "11.02.1985", "Львів"],
    prompts: 2,
  },
  {
    module: "RU.inn",
    lang: "ru",
    category: "national_id",
    labels: ["ИНН", "ИНН физлица"],
    key: "inn",
    shape: "[1234567]ddddddddddd",
    person: ["Анна", "Смирнова", "06.12.1987", "Казань"],
    prompts: 2,
  },
  {
    module: "IE.pps",
    lang: "en",
    category: "national_id",
    labels: ["PPS number", "PPSN", "PPS no."],
    key: "ppsn",
    shape: "dddddddl",
    person: ["Siobhán", "Murphy", "02/05/1989", "Galway"],
    prompts: 2,
  },
  {
    module: "GB.nino",
    lang: "en",
    category: "national_id",
    labels: ["National Insurance number", "NI number", "NINO"],
    key: "ni_number",
    shape: "lldddddd[ABCD]",
    person: ["Oliver", "Bennett", "19/08/1984", "Leeds"],
    prompts: 2,
  },
  // Americas
  {
    module: "US.ssn",
    lang: "en",
    category: "us_ssn",
    labels: ["SSN", "Social Security number", "SS#"],
    key: "ssn",
    shape: "[1234567]dddddddd",
    person: ["Megan", "Sullivan", "04/17/1986", "Columbus"],
    prompts: 2,
  },
  {
    module: "CA.sin",
    lang: "en",
    category: "national_id",
    labels: ["SIN", "Social Insurance Number", "NAS"],
    key: "sin",
    shape: "[1234567]dddddddd",
    person: ["Liam", "Tremblay", "1988-03-09", "Winnipeg"],
    prompts: 2,
  },
  {
    module: "MX.curp",
    lang: "es",
    category: "national_id",
    labels: ["CURP", "Clave Única de Registro de Población"],
    key: "curp",
    shape: "[BCDGHLMPRS][AEIOU]llymt[HM]{DF|JC|NL|PL|MC|VZ}[BCDFGHJKLMNPRSTVZ][BCDFGHJKLMNPRSTVZ][BCDFGHJKLMNPRSTVZ]dd",
    person: ["Mariana", "Hernández López", "15/07/1993", "Puebla"],
    prompts: 2,
  },
  {
    module: "MX.rfc",
    lang: "es",
    category: "national_id",
    labels: ["RFC", "RFC con homoclave"],
    key: "rfc",
    shape: "[BCDGHLMPRS][AEIOU]llymt[ABCDEFGHJKLMNPRSTUVWXYZ123456789][ABCDEFGHJKLMNPRSTUVWXYZ123456789][0123456789A]",
    person: ["Alejandro", "Ramírez Soto", "23/01/1981", "Monterrey"],
    prompts: 1,
  },
  {
    module: "BR.cpf",
    lang: "pt",
    category: "national_id",
    labels: ["CPF", "nº do CPF"],
    key: "cpf",
    shape: "ddddddddddd",
    person: ["Larissa", "Oliveira", "30/08/1994", "Belo Horizonte"],
    prompts: 2,
  },
  {
    module: "AR.cuit",
    lang: "es",
    category: "national_id",
    labels: ["CUIL", "CUIT", "N° de CUIL"],
    key: "cuil",
    shape: "{20|27}[1234]dddddddd",
    person: ["Florencia", "Gómez", "12/11/1990", "Rosario"],
    prompts: 2,
  },
  {
    module: "CL.run",
    lang: "es",
    category: "national_id",
    labels: ["RUN", "RUT", "cédula"],
    key: "run",
    shape: "[12]ddddddd[0123456789K]",
    person: ["Catalina", "Muñoz", "08-04-1989", "Valparaíso"],
    prompts: 2,
  },
  {
    module: "PE.cui",
    lang: "es",
    category: "national_id",
    labels: ["DNI", "CUI"],
    key: "dni",
    shape: "[1234567]ddddddd[0123456789]",
    person: ["Rosa", "Quispe Mamani", "27/06/1985", "Arequipa"],
    prompts: 2,
  },
  {
    module: "EC.ci",
    lang: "es",
    category: "national_id",
    labels: ["cédula de identidad", "C.I."],
    key: "cedula",
    shape: "{01|09|17|13}[012345]ddddddd",
    person: ["Andrés", "Castillo", "03/03/1987", "Cuenca"],
    prompts: 2,
  },
  {
    module: "UY.cedula",
    lang: "es",
    category: "national_id",
    labels: ["cédula de identidad", "C.I."],
    key: "ci",
    shape: "[1234]ddddddd",
    person: ["Valentina", "Pereira", "14/09/1992", "Montevideo"],
    prompts: 2,
  },
  {
    module: "DO.cedula",
    lang: "es",
    category: "national_id",
    labels: ["cédula", "cédula de identidad y electoral"],
    key: "cedula",
    shape: "{001|031|402|223}dddddddd",
    person: ["Yessenia", "Martínez", "10/01/1991", "Santiago"],
    prompts: 2,
  },
  // Asia
  {
    module: "CN.ric",
    lang: "zh",
    category: "national_id",
    labels: ["身份证号", "身份证号码", "公民身份号码"],
    key: "id_card_no",
    shape: "{110105|310104|440106|510107|330102}19[56789]dmtddd[0123456789X]",
    person: ["王", "芳", "1986年4月12日", "成都"],
    prompts: 2,
  },
  {
    module: "HK.hkid",
    lang: "zh",
    category: "national_id",
    labels: ["香港身份證號碼", "HKID", "身份證"],
    key: "hkid",
    shape: "[ACDEGHKPRVZ]dddddd[0123456789A]",
    person: ["陳", "嘉欣", "1989年7月3日", "沙田"],
    prompts: 2,
  },
  {
    module: "TW.natid",
    lang: "zh",
    category: "national_id",
    labels: ["身分證字號", "身分證統一編號"],
    key: "id_no",
    shape: "[ABCDEFGHJKLMNPQRSTUVXYWZIO][12]dddddddd",
    person: ["林", "怡君", "民國77年5月20日", "台中"],
    prompts: 2,
  },
  {
    module: "KR.rrn",
    lang: "ko",
    category: "national_id",
    labels: ["주민등록번호", "주민번호"],
    key: "rrn",
    shape: "ymt[1234]dddddd",
    person: ["김", "지은", "1990년 3월 8일", "부산"],
    prompts: 2,
  },
  {
    module: "IN.aadhaar",
    lang: "en",
    category: "national_id",
    labels: ["Aadhaar", "Aadhaar number", "UID"],
    key: "aadhaar",
    shape: "[23456789]ddddddddddd",
    person: ["Priya", "Sharma", "12-06-1991", "Pune"],
    prompts: 2,
  },
  {
    module: "IN.pan",
    lang: "en",
    category: "national_id",
    labels: ["PAN", "PAN card no."],
    key: "pan",
    shape: "[ABCDE][ABCDE][ABCDE]P[ABDKMNPRSTV]dddd[ABCDEFGHJKLMNPQRSTUVWXYZ]",
    person: ["Rahul", "Verma", "03-02-1988", "Lucknow"],
    prompts: 1,
  },
  {
    module: "TH.idnr",
    lang: "th",
    category: "national_id",
    labels: ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน"],
    key: "citizen_id",
    shape: "[1358]dddddddddddd",
    person: ["สมหญิง", "ใจดี", "5 พฤษภาคม 2530", "เชียงใหม่"],
    prompts: 2,
  },
  {
    module: "MY.nric",
    lang: "ms",
    category: "national_id",
    labels: ["No. K/P", "No. MyKad", "NRIC"],
    key: "no_kp",
    shape: "ymt{01|10|14|08|07}dddd",
    person: ["Nurul", "Aisyah binti Ahmad", "14/02/1993", "Shah Alam"],
    prompts: 2,
  },
  {
    module: "PK.cnic",
    lang: "en",
    category: "national_id",
    labels: ["CNIC", "CNIC No."],
    key: "cnic",
    shape: "{35202|42101|37405|61101}ddddddd[123456789]",
    person: ["Ayesha", "Khan", "22/11/1990", "Lahore"],
    prompts: 2,
  },
  {
    module: "IL.idnr",
    lang: "he",
    category: "national_id",
    labels: ["מספר זהות", "ת.ז.", 'ת"ז'],
    key: "teudat_zehut",
    shape: "[0123]dddddddd",
    person: ["נועה", "לוי", "09/06/1992", "חיפה"],
    prompts: 2,
  },
  // Africa
  {
    module: "ZA.idnr",
    lang: "en",
    category: "national_id",
    labels: ["ID number", "SA ID no.", "RSA ID"],
    key: "id_number",
    shape: "ymtdddd[01]8d",
    person: ["Thandiwe", "Dlamini", "1990-07-21", "Durban"],
    prompts: 2,
  },
  {
    module: "MU.nid",
    lang: "en",
    category: "national_id",
    labels: ["NIC", "National Identity Card No."],
    key: "nic",
    shape: "ltmydddddd[0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ]",
    person: ["Priya", "Ramgoolam", "18/03/1985", "Curepipe"],
    prompts: 2,
  },
  {
    module: "KE.pin",
    lang: "en",
    category: "national_id",
    labels: ["KRA PIN", "PIN no."],
    key: "kra_pin",
    shape: "A00dddddddl",
    person: ["Wanjiru", "Kamau", "05/09/1988", "Nakuru"],
    prompts: 2,
  },
  {
    module: "MZ.bi",
    lang: "pt",
    category: "national_id",
    labels: ["BI", "Bilhete de Identidade", "n.º do BI"],
    key: "bi",
    shape: "{1101|1102|1001}ddddddddl",
    person: ["Célia", "Machava", "21/12/1987", "Beira"],
    prompts: 2,
  },
  // Oceania
  {
    module: "AU.tfn",
    lang: "en",
    category: "national_id",
    labels: ["TFN", "tax file number"],
    key: "tfn",
    shape: "ndddddddd",
    person: ["Chloe", "Nguyen", "11/10/1992", "Geelong"],
    prompts: 2,
  },
  {
    module: "NZ.ird",
    lang: "en",
    category: "national_id",
    labels: ["IRD number", "IRD no."],
    key: "ird_number",
    shape: "{1|2|3|4|5|6|10|11|12}ddddddd",
    person: ["Aroha", "Ngata", "06/04/1986", "Hamilton"],
    prompts: 2,
  },
];

export interface CompanySpec {
  module: string;
  lang: string;
  labels: string[];
  key: string;
  shape: string;
  /** An invented business. */
  company: string;
}

export const COMPANY: CompanySpec[] = [
  {
    module: "DE.vat",
    lang: "de",
    labels: ["USt-IdNr.", "Umsatzsteuer-Identifikationsnummer"],
    key: "ust_idnr",
    shape: "DEndddddddd",
    company: "Brandt Haustechnik GmbH",
  },
  { module: "AT.uid", lang: "de", labels: ["UID-Nr.", "UID"], key: "uid", shape: "ATUdddddddd", company: "Alpenbau Reiter GmbH" },
  { module: "CH.uid", lang: "de", labels: ["UID", "UID-Nummer"], key: "uid", shape: "CHEddddddddd", company: "Seeblick Druck AG" },
  { module: "FR.siren", lang: "fr", labels: ["SIREN", "n° SIREN"], key: "siren", shape: "[3456789]dddddddd", company: "Boulangerie Moreau SARL" },
  { module: "FR.siret", lang: "fr", labels: ["SIRET", "n° SIRET"], key: "siret", shape: "[3456789]dddddddd000[123]d", company: "Transports Girard SAS" },
  { module: "BE.vat", lang: "nl", labels: ["btw-nummer", "ondernemingsnummer"], key: "btw", shape: "BE0[45678]dddddddd", company: "Bakkerij Peeters BV" },
  { module: "NL.btw", lang: "nl", labels: ["btw-id", "btw-nummer"], key: "btw_id", shape: "NLdddddddddB01", company: "Jansen Installatietechniek B.V." },
  { module: "ES.cif", lang: "es", labels: ["CIF", "NIF de la empresa"], key: "cif", shape: "[AB]dddddddd", company: "Reformas Costa Blanca S.L." },
  { module: "PT.nipc", lang: "pt", labels: ["NIPC", "NIF da empresa"], key: "nipc", shape: "5dddddddd", company: "Pastelaria Ribeiro, Lda." },
  {
    module: "IT.iva",
    lang: "it",
    labels: ["Partita IVA", "P.IVA"],
    key: "partita_iva",
    shape: "ddddddd{001|015|058|037}d",
    company: "Officine Bianchi S.r.l.",
  },
  { module: "PL.nip", lang: "pl", labels: ["NIP", "NIP firmy"], key: "nip", shape: "nddddddddd", company: "Kowalski Transport Sp. z o.o." },
  { module: "PL.regon", lang: "pl", labels: ["REGON"], key: "regon", shape: "ndddddddd", company: "Piekarnia Zielińscy s.c." },
  { module: "CZ.ico", lang: "cs", labels: ["IČO", "IČ"], key: "ico", shape: "dddddddd", company: "Stavby Novotný s.r.o." },
  { module: "DK.cvr", lang: "da", labels: ["CVR-nr.", "CVR"], key: "cvr", shape: "nddddddd", company: "Nielsen VVS ApS" },
  { module: "SE.orgnr", lang: "sv", labels: ["organisationsnummer", "org.nr"], key: "orgnr", shape: "55dddddddd", company: "Lindgrens Bygg AB" },
  { module: "NO.orgnr", lang: "nb", labels: ["organisasjonsnummer", "org.nr."], key: "orgnr", shape: "9dddddddd", company: "Fjordkraft Elektro AS" },
  { module: "FI.ytunnus", lang: "fi", labels: ["Y-tunnus", "y-tunnus"], key: "ytunnus", shape: "[0123]dddddd-d", company: "Järvisen Kuljetus Oy" },
  { module: "EE.registrikood", lang: "et", labels: ["registrikood", "reg. kood"], key: "registrikood", shape: "1ddddddd", company: "Saare Ehitus OÜ" },
  { module: "GR.vat", lang: "el", labels: ["ΑΦΜ", "Α.Φ.Μ."], key: "afm", shape: "[089]dddddddd", company: "Παπαδάκης Τεχνική Α.Ε." },
  { module: "RO.cui", lang: "ro", labels: ["CUI", "cod unic de înregistrare"], key: "cui", shape: "[1234]ddddddd", company: "Agro Dunărea SRL" },
  { module: "TR.vkn", lang: "tr", labels: ["Vergi Kimlik No", "VKN"], key: "vergi_no", shape: "nddddddddd", company: "Demir Lojistik A.Ş." },
  { module: "RU.inn", lang: "ru", labels: ["ИНН организации", "ИНН"], key: "inn", shape: "77dddddddd", company: "ООО «Северный берег»" },
  { module: "UA.edrpou", lang: "uk", labels: ["ЄДРПОУ", "код ЄДРПОУ"], key: "edrpou", shape: "[34]ddddddd", company: "ТОВ «Карпатський ліс»" },
  { module: "GB.vat", lang: "en", labels: ["VAT reg. no.", "VAT number"], key: "vat_number", shape: "GBndddddddd", company: "Hartley & Sons Joinery Ltd" },
  { module: "US.ein", lang: "en", labels: ["EIN", "Federal Tax ID"], key: "ein", shape: "{12|27|46|81|94}ddddddd", company: "Blue Ridge Roofing LLC" },
  { module: "CA.bn", lang: "en", labels: ["Business Number", "BN"], key: "business_number", shape: "[12345678]dddddddd", company: "Maple Leaf Courier Inc." },
  { module: "BR.cnpj", lang: "pt", labels: ["CNPJ"], key: "cnpj", shape: "dddddddd0001dd", company: "Padaria Bom Dia Ltda." },
  { module: "AR.cuit", lang: "es", labels: ["CUIT", "C.U.I.T."], key: "cuit", shape: "{30|33}ddddddddd", company: "Metalúrgica del Plata S.A." },
  {
    module: "MX.rfc",
    lang: "es",
    labels: ["RFC", "RFC de la empresa"],
    key: "rfc",
    shape:
      "[ABCDEFGHJKLMNPRSTUVWXYZ][ABCDEFGHJKLMNPRSTUVWXYZ][ABCDEFGHJKLMNPRSTUVWXYZ]ymt[ABCDEFGHJKLMNPRSTUVWXYZ123456789][ABCDEFGHJKLMNPRSTUVWXYZ123456789][0123456789A]",
    company: "Servicios Logísticos del Bajío S.A. de C.V.",
  },
  {
    module: "CN.uscc",
    lang: "zh",
    labels: ["统一社会信用代码", "信用代码"],
    key: "uscc",
    shape: "91{110105|310115|440300}MA[0123456789ABCDEFGH]dddddd[0123456789ABCDEFGHJKLMNPQRTUWXY]",
    company: "深圳市华信电子有限公司",
  },
  { module: "KR.brn", lang: "ko", labels: ["사업자등록번호", "사업자번호"], key: "brn", shape: "[123456]dd{81|86|87|88}ddddd", company: "(주)한빛소프트웨어" },
  { module: "TW.ubn", lang: "zh", labels: ["統一編號", "統編"], key: "ubn", shape: "nddddddd", company: "大同精密股份有限公司" },
  { module: "JP.cn", lang: "ja", labels: ["法人番号"], key: "corporate_number", shape: "d{0100|1010|2011|3120}0{1|2}dddddd", company: "株式会社さくら食品" },
  {
    module: "IN.gstin",
    lang: "en",
    labels: ["GSTIN", "GST No."],
    key: "gstin",
    shape: "{27|29|07|33}[ABCDE][ABCDE][ABCDE]Clddddl1Z[0123456789ABCDEFGHJKLMNPQRSTUVWXYZ]",
    company: "Sai Krishna Traders Pvt Ltd",
  },
  {
    module: "ZA.vat",
    lang: "en",
    labels: ["VAT no.", "VAT registration number"],
    key: "vat_number",
    shape: "4ddddddddd",
    company: "Karoo Fresh Produce (Pty) Ltd",
  },
  { module: "KE.pin", lang: "en", labels: ["KRA PIN", "PIN"], key: "kra_pin", shape: "P05dddddddl", company: "Rift Valley Agro Supplies Ltd" },
  { module: "AU.abn", lang: "en", labels: ["ABN"], key: "abn", shape: "ndddddddddd", company: "Southern Cross Plumbing Pty Ltd" },
  { module: "AU.acn", lang: "en", labels: ["ACN"], key: "acn", shape: "[0123456]dddddddd", company: "Harbourside Cafe Pty Ltd" },
  { module: "IL.hp", lang: "he", labels: ["ח.פ.", "מספר חברה"], key: "company_no", shape: "51ddddddd", company: 'אלון תוכנה בע"מ' },
  { module: "IS.kennitala", lang: "is", labels: ["kennitala", "kt."], key: "kennitala", shape: "[4567]dmyddd0", company: "Fiskvinnslan Hafgola ehf." },
];

const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** One candidate in `shape`. */
export function drawShape(shape: string, random: RandomSource): string {
  const pick = (options: string) => options[Math.floor(random() * options.length)]!;
  const pad = (value: number) => String(value).padStart(2, "0");
  let out = "";
  for (let index = 0; index < shape.length; index++) {
    const char = shape[index]!;
    if (char === "[") {
      const close = shape.indexOf("]", index);
      out += pick(shape.slice(index + 1, close));
      index = close;
    } else if (char === "{") {
      const close = shape.indexOf("}", index);
      const options = shape.slice(index + 1, close).split("|");
      out += options[Math.floor(random() * options.length)]!;
      index = close;
    } else if (char === "d") out += pick(DIGITS);
    else if (char === "n") out += pick("123456789");
    else if (char === "l") out += pick(LETTERS);
    else if (char === "y") out += pad(random() < 0.9 ? 50 + Math.floor(random() * 50) : Math.floor(random() * 5));
    else if (char === "m") out += pad(1 + Math.floor(random() * 12));
    else if (char === "t") out += pad(1 + Math.floor(random() * 28));
    else out += char;
  }
  return out;
}

/** A person's number (`personal`) or a company's that stdnum accepts, drawn from `shape`; throws after 400,000 tries. */
export function searchValid(module: string, shape: string, personal: boolean, random: RandomSource): string {
  const checker = stdnumModule(module);
  const override = PERSON_FLAG_OVERRIDES[module];
  for (let attempt = 0; attempt < 400_000; attempt++) {
    const candidate = drawShape(shape, random);
    const result = checker.validate(candidate);
    if (!result.isValid) continue;
    const compact = result.compact ?? candidate;
    const isPerson = override ? override(compact) : result.isIndividual === true;
    if (personal ? isPerson : result.isCompany === true && !isPerson) return compact;
  }
  throw new Error(`no valid ${personal ? "personal" : "company"} ${module} in shape ${shape}`);
}

/** A number of the same shape that stdnum rejects (an order or reference number of the same length). */
export function searchInvalid(module: string, shape: string, random: RandomSource): string {
  const checker = stdnumModule(module);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const candidate = drawShape(shape, random);
    if (!checker.validate(candidate).isValid) return candidate;
  }
  throw new Error(`every ${module} candidate valid`);
}

/** The set's only randomness: mulberry32 seeded with 88, so `npx tsx eval/privacy/dev-88.ts` rebuilds the same set. */
export const random = createSeededRandom(88);
