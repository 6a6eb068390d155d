/**
 * Personal identification numbers of more countries, each confirmed by its published check digit
 * and embedded birth date where it has one (algorithms in ../checksums.ts; our own: a few lines
 * each, no maintained JS library scans free text for them with spans):
 * Turkish T.C. Kimlik No, Ukrainian RNOKPP (ІПН), Swedish personnummer, Finnish henkilötunnus,
 * Norwegian fødselsnummer, Danish CPR, Romanian CNP, Czech/Slovak rodné číslo, Portuguese NIF,
 * Belgian national register number, Estonian/Lithuanian personal code, Croatian OIB, Bulgarian EGN,
 * Greek AMKA, Thai citizen ID, and the number-only identifiers of Vietnam (CCCD/CMND), Indonesia (NIK) and Egypt,
 * which have no check digit and count only next to their keyword, with a valid province and date; Israeli Teudat
 * Zehut, Hungarian TAJ and tax number (adóazonosító jel), Malaysian MyKad (date and birthplace code) and the Philippine
 * SSS number (no check digit) next to their keywords (session 30, development set 13); the Chilean RUT/RUN with its
 * mod-11 check character next to its word (session 37, development set 29).
 * A number needs its keyword nearby unless its written form is distinctive (a Finnish century sign,
 * the Swedish YYMMDD-NNNN hyphen, the Czech slash, the Belgian dotted form). Patterns start on a
 * digit; keywords are looked for only around numbers that passed their checksum.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import {
  balticPersonalCodeValid,
  belgianNationalNumberValid,
  calendarDateValid,
  czechBirthNumberValid,
  finnishPersonalIdValid,
  hungarianTajValid,
  hungarianTaxIdValid,
  israeliIdValid,
  luhnValid,
  malaysianIdValid,
  mod11_10CheckDigit,
  norwegianBirthNumberValid,
  portugueseTaxNumberValid,
  romanianPersonalCodeValid,
  swedishPersonalNumberValid,
  turkishIdValid,
  ukrainianTaxNumberBirthYear,
  ukrainianTaxNumberValid,
} from "../checksums.js";
import { isRepetitive, keywordAround } from "../context.js";
import { indirectIdLabelAround } from "./indirect-id-labels.js";
import { personRecordRow } from "./person-record-rows.js";
import { peselValid } from "./east-european.js";
import {
  asciiWordBefore,
  digitChainHolds,
  digitRunLength,
  digitRunStart,
  forEachMatchAtDigitRunStarts,
  forEachMatchStartingWithDigits,
  matchesStartingWithDigits,
} from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_KEYWORDED_NUMBERS_PATTERN_1 = /\D/g;
const RUN_DISTINCTIVE_FORMS_PATTERN_1 = /\d\d\.\d\d\.\d\d-\d/;

interface NumberRule {
  rule: string;
  /** Digit count after removing separators. */
  length: number;
  valid: (digits: string) => boolean;
  /**
   * Keyword that must be within 60 characters (case-insensitive, on the original text). None: the number counts only
   * beside an indirect label (the PESEL, whose own names east-european.ts reads).
   */
  context?: RegExp;
  /** Words within the same 60 characters that give the keyword another meaning (a network card's "NIC"). */
  notContext?: RegExp;
  /**
   * Session 43 (dev-50): the number's check is strong (two check digits, or a check digit and a birth date), so an
   * indirect identity label ("ID no.", "personal number", "identity") within 40 characters counts too
   * (indirect-id-labels.ts), unless another record's id is named there ("order ID", "tracking").
   */
  indirect?: true;
  /** Another record's noun in the 24 characters before the number names it ("invoice 1234567890" after an "NID" elsewhere). */
  notBefore?: RegExp;
}

/**
 * Session 38 review: "NIC" is also a network interface card and "CI" continuous integration; next to hardware or build
 * words a number is a serial, part or build number.
 */
const NETWORK_CARD_CUE =
  /network|ethernet|driver|firmware|adapter|(?<![\p{L}])(?:mac|rack|server|switch|port|ports|serial|part|pcie?|bios|gbe|vnic|sfp\+?|lan|wan|vlan|intel|broadcom|mellanox|realtek|nvidia)(?![\p{L}])|\d\s?g(?:b(?:ps|e)?)?(?![\p{L}])/iu;
const BUILD_CUE =
  /(?<![\p{L}])(?:pipeline|build|builds|job|jobs|run|runs|runner|workflow|github|gitlab|jenkins|travis|circleci|ci\/cd|deploy\p{L}*|commit|merge|branch)(?![\p{L}])/iu;

/** The Bangladeshi national identity card: জাতীয় পরিচয়পত্র, এনআইডি, NID. */
const BANGLADESH_NID_CUE = /জাতীয় পরিচয়|এনআইডি|(?<![\p{L}])nid(?![\p{L}])/iu;
/**
 * Session 45 review: the NID has no check digit, so a changelog's "NID validation fixed; invoice 1234567890" or "বিল
 * নম্বর ১২৩৪৫৬৭৮৯০ — NID …" read an invoice or bill number as one. Such a noun right before the number names it.
 */
const OTHER_RECORD_BEFORE =
  /(?<![\p{L}])(?:invoice|bill|order|ticket|receipt|tracking|build|version|phone|mobile|বিল|চালান|ইনভয়েস|অর্ডার|রসিদ|টিকিট|ফোন|মোবাইল)(?![\p{L}])/iu;
/** The documented sample of a number without a check digit: an ascending run, 1234567890 or 1234567890123. */
const ASCENDING_DIGITS = "01234567890123456789";
const notAscendingSample = (digits: string) => digits[0] !== "0" && !ASCENDING_DIGITS.includes(digits);

const NUMBER_RULES: readonly NumberRule[] = [
  {
    rule: "th-citizen-id",
    length: 13,
    valid: (digits) => thaiCitizenIdValid(digits),
    context: /ประชาชน|เลขบัตร|เลขประจำตัว|thai (?:national |citizen )?id|citizen[ _]id/iu,
  },
  {
    rule: "tr-tc-kimlik",
    length: 11,
    valid: turkishIdValid,
    context: /kimlik|tckn|(?<![\p{L}])t\.?\s?c\.?(?![\p{L}])|vatanda[şs]l[ıi]k|n[üu]fus|identity|national id|citizen/iu,
    indirect: true,
  },
  {
    rule: "ua-rnokpp",
    length: 10,
    valid: (digits) => ukrainianTaxNumberValid(digits) && ukrainianTaxNumberBirthYear(digits) >= 1900 && ukrainianTaxNumberBirthYear(digits) <= 2030,
    context: /рнокпп|(?<![\p{L}])(?:іпн|ипн|инн|ідн)(?![\p{L}])|ідентифікаційн|податков|облікової картки|rnokpp|tax (?:id|number)|ipn/iu,
  },
  {
    rule: "se-personnummer",
    length: 10,
    valid: swedishPersonalNumberValid,
    context: /personnummer|personnr|(?<![\p{L}])pnr(?![\p{L}])|samordningsnummer|person(?:al)? (?:identity )?number|födelsenummer/iu,
    indirect: true,
  },
  {
    rule: "no-fodselsnummer",
    length: 11,
    valid: norwegianBirthNumberValid,
    context: /fødselsnummer|fodselsnummer|fødselsnr|(?<![\p{L}])f\.? ?nr\.?(?![\p{L}])|d-nummer|personnummer|national identity number/iu,
    indirect: true,
  },
  {
    rule: "dk-cpr",
    length: 10,
    valid: (digits) => calendarDateValid(2000, Number(digits.slice(2, 4)), Number(digits.slice(0, 2))),
    // "civil registration (number)": the CPR's English name (Det Centrale Personregister), session 43.
    context: /(?<![\p{L}])cpr(?![\p{L}])|personnummer|cpr-nummer|civil registration/iu,
  },
  { rule: "ro-cnp", length: 13, valid: romanianPersonalCodeValid, context: /(?<![\p{L}])cnp|cod numeric personal|cod numeric/iu, indirect: true },
  { rule: "cz-rodne-cislo", length: 10, valid: czechBirthNumberValid, context: /rodn[éeé] [čc][íi]slo|(?<![\p{L}])r\.?[čc]\.?(?![\p{L}])|birth number/iu },
  {
    rule: "pt-nif",
    length: 9,
    valid: portugueseTaxNumberValid,
    context: /(?<![\p{L}])nif(?![\p{L}])|contribuinte|n[úu]mero fiscal|identifica[çc][ãa]o fiscal/iu,
  },
  {
    rule: "be-national-number",
    length: 11,
    valid: (digits) => belgianNationalNumberValid(digits) && calendarDateValid(2000, Number(digits.slice(2, 4)) || 1, Number(digits.slice(4, 6)) || 1),
    context: /rijksregister|registre national|num[ée]ro national|n[°º] national|insz|niss|national (?:register|number)|(?<![\p{L}])(?:nn|rrn)(?![\p{L}])/iu,
    indirect: true,
  },
  // Session 51 (dev-88): the forms' abbreviations, Estonian "IK" and Lithuanian "a. k.".
  {
    rule: "ee-lt-personal-code",
    length: 11,
    valid: balticPersonalCodeValid,
    context: /isikukood|asmens kodas|personal code|(?<![\p{L}])(?:ik|a\. ?k\.)(?![\p{L}])/iu,
  },
  {
    rule: "hr-oib",
    length: 11,
    valid: (digits) => mod11_10CheckDigit(digits.slice(0, 10)) === digits.charCodeAt(10) - 48,
    context: /(?<![\p{L}])oib(?![\p{L}])|osobni identifikacijski/iu,
  },
  { rule: "bg-egn", length: 10, valid: bulgarianEgnValid, context: /(?<![\p{L}])(?:егн|egn)(?![\p{L}])|единен граждански/iu, indirect: true },
  {
    rule: "gr-amka",
    length: 11,
    valid: (digits) => luhnValid(digits) && calendarDateValid(2000, Number(digits.slice(2, 4)), Number(digits.slice(0, 2))),
    context: /amka|αμκα|α\.μ\.κ\.α/iu,
  },
  {
    rule: "vn-cccd",
    length: 12,
    valid: vietnameseCitizenIdValid,
    context: /cccd|c[ăa]n c[ưu][ớo]c|s[ốo] đ[ịi]nh danh|so dinh danh|đ[ịi]nh danh c[áa] nh[âa]n|cmnd|ch[ứu]ng minh/iu,
  },
  { rule: "vn-cmnd", length: 9, valid: (digits) => !isRepetitive(digits), context: /cmnd|ch[ứu]ng minh (?:nh[âa]n d[âa]n|th[ưu])/iu },
  { rule: "ua-id-card", length: 9, valid: (digits) => !isRepetitive(digits), context: /id-?\s?карт\p{L}*|номер документа|паспорт(?:а|у)? громадянина/iu },
  { rule: "id-nik", length: 16, valid: indonesianNikValid, context: /(?<![\p{L}])(?:nik|e-?ktp|ktp)(?![\p{L}])|nomor induk kependudukan|induk kependudukan/iu },
  { rule: "eg-national-id", length: 14, valid: egyptianNationalIdValid, context: /الرقم[ _]القومي|رقم[ _]قومي|البطاقة الشخصية|national id/iu },
  {
    rule: "il-teudat-zehut",
    length: 9,
    valid: israeliIdValid, // Session 45 (dev-65): the definite "תעודת הזהות", and the transliterated field name teudat_zehut.
    context: /תעודת[ _]ה?זהות|מספר[ _]ה?זהות|ת\.ז|ת["״]ז|teudat[ _]zehut|israeli id/iu,
  },
  // Session 45 (dev-65): the Bangladeshi NID (10 digits since 2016, 13 before; no public check digit) next to its
  // Bengali name or "NID". The 17-digit form (birth year + 13) is longer than DIGIT_RUN reads: runBangladeshLongNid.
  { rule: "bd-nid", length: 10, valid: notAscendingSample, context: BANGLADESH_NID_CUE, notBefore: OTHER_RECORD_BEFORE },
  { rule: "bd-nid", length: 13, valid: notAscendingSample, context: BANGLADESH_NID_CUE, notBefore: OTHER_RECORD_BEFORE },
  { rule: "hu-taj", length: 9, valid: hungarianTajValid, context: /(?<![\p{L}])taj(?![\p{L}])|társadalombiztosítási azonosító/iu },
  { rule: "hu-adoazonosito", length: 10, valid: hungarianTaxIdValid, context: /ad[óo]azonos[íi]t[óo]|ad[óo]sz[áa]m/iu },
  // Session 49 (dev-78): "No. KP" (nombor kad pengenalan) as well as "K/P".
  { rule: "my-mykad", length: 12, valid: malaysianIdValid, context: /(?<![\p{L}])(?:k\/p|kp|mykad|nric|ic)(?![\p{L}])|kad pengenalan/iu },
  { rule: "ph-sss", length: 10, valid: (digits) => !isRepetitive(digits), context: /(?<![\p{L}])sss(?![\p{L}])|social security system/iu },
  // Session 38 (development set 32): check-digit schemes of Argentina, Peru, the former Yugoslavia, Sri Lanka,
  // Australia and Greece, each next to its own name.
  { rule: "ar-cuil", length: 11, valid: argentineCuilValid, context: /(?<![\p{L}])(?:cuil|cuit)(?![\p{L}])|clave [úu]nica de identificaci[óo]n/iu },
  { rule: "pe-ruc", length: 11, valid: peruvianPersonRucValid, context: /(?<![\p{L}])ruc(?![\p{L}])|(?<![\p{L}])sunat(?![\p{L}])/iu },
  {
    rule: "yu-jmbg",
    length: 13,
    valid: yugoslavPersonalNumberValid,
    context: /(?<![\p{L}])(?:jmbg|јмбг|emšo|emso|емшо)(?![\p{L}])|mati[čc]n\p{L}* (?:broj|številk)|матичн\p{L}* број/iu,
    // Session 53: a birth date and a check digit, as strong as the indirect rules' numbers.
    indirect: true,
  },
  {
    rule: "lk-nic",
    length: 12,
    valid: sriLankanNicValid,
    context: /(?<![\p{L}])nic(?![\p{L}])|national identity card/iu,
    notContext: NETWORK_CARD_CUE,
  },
  // Session 51 (dev-88, numbers drawn by stdnum): the Icelandic kennitala, the Swiss AHV number and the Dominican cédula,
  // each with its check digit, next to its own name (the AHV's 756 prefix and EAN-13 check also beside an indirect label).
  { rule: "is-kennitala", length: 10, valid: icelandicPersonalKennitalaValid, context: /kennitala|kennitölu|(?<![\p{L}])kt\.(?![\p{L}])/iu },
  {
    rule: "ch-ahv",
    length: 13,
    valid: swissAhvValid,
    context:
      /(?<![\p{L}])(?:ahv|avs|ahvn13|avs13)(?![\p{L}])|sozialversicherungsnummer|versichertennummer|num[ée]ro (?:d['’]assur[ée] |avs)|assicurato|social security/iu,
    indirect: true,
  },
  { rule: "do-cedula", length: 11, valid: dominicanCedulaValid, context: /c[ée]dula|(?<![\p{L}])jce(?![\p{L}])/iu },
  { rule: "au-medicare", length: 10, valid: australianMedicareValid, context: /medicare/iu },
  { rule: "au-tfn", length: 9, valid: australianTfnValid, context: /(?<![\p{L}])tfn(?![\p{L}])|tax file number/iu },
  // Session 50 (dev-84): New Zealand's IRD number of nine digits (100 000 000 … 150 000 000; mod 11) next to its name.
  // Eight-digit IRD numbers are shorter than DIGIT_RUN reads (a probe in privacy-english-ids.test.ts).
  { rule: "nz-ird", length: 9, valid: newZealandIrdValid, context: /(?<![\p{L}])ird(?![\p{L}])|inland revenue/iu },
  { rule: "gr-afm", length: 9, valid: greekAfmValid, context: /(?<![\p{L}])(?:α\.?φ\.?μ\.?|afm)(?![\p{L}])|αριθμ\p{L}* φορολογικού μητρώου/iu },
  // Session 43 (development set 50): Nigeria's NIN (eleven digits, no check digit) next to its name or the NIMC's; the
  // São Paulo RG (eight digits and a mod-11 digit; an X check is not read) next to "RG"; the French identity card
  // (CNI) of 1994-2021, twelve digits (issue year and month, department, serial; no check digit printed).
  // A PESEL (birth date and check digit) beside an indirect label; east-european.ts reads it beside its own names, and
  // this digit-run pass is paid on every text already (a keyword-free pass there cost ~35 µs a scan).
  { rule: "pl-pesel", length: 11, valid: peselValid, indirect: true },
  {
    rule: "ng-nin",
    length: 11,
    valid: (digits) => digits[0] !== "0",
    context: /(?<![\p{L}])(?:nin|nimc)(?![\p{L}])|identity management commission/iu,
  },
  // Session 49 (development set 78): the South African ID (YYMMDD, gender serial, citizenship 0-2, 8 or 9, Luhn: a strong
  // check, so an indirect "ID number" label counts too); the Philippine PhilSys number (PSN/PCN, sixteen digits, no
  // published check) next to its names; a Vietnamese personal tax code (mã số thuế cá nhân, ten digits) next to its name,
  // which says a person holds it (a company's is "mã số thuế doanh nghiệp").
  {
    rule: "za-id",
    length: 13,
    valid: southAfricanIdValid,
    context:
      /south africa|(?<![\p{L}])(?:rsa|sa)[ -]?id(?![\p{L}])|(?<![\p{L}])id[ _-]?(?:number|no)(?![\p{L}])|identity number|home affairs|(?<![\p{L}])sars(?![\p{L}])/iu,
    indirect: true,
  },
  { rule: "ph-philsys", length: 16, valid: (digits) => !isRepetitive(digits), context: /philsys|(?<![\p{L}])(?:psn|pcn|philid)(?![\p{L}])/iu },
  {
    rule: "vn-personal-tax-code",
    length: 10,
    valid: (digits) => digits[0] !== "0" || digits[1] !== "0",
    context: /m[ãa] s[ốo] thu[ếe] (?:thu nh[ậa]p )?c[áa] nh[âa]n|(?<![\p{L}])mst c[áa] nh[âa]n|thu[ếe] thu nh[ậa]p c[áa] nh[âa]n/iu,
  },
  { rule: "br-rg-sp", length: 9, valid: saoPauloRgValid, context: /(?<![\p{L}])rg(?![\p{L}])|registro geral|carteira de identidade/iu },
  // The CNI's check is weak (a month and a department): its own names and identity-card words only, no bare "ID".
  {
    rule: "fr-cni",
    length: 12,
    valid: frenchIdentityCardValid,
    context: /(?<![\p{L}])cni(?![\p{L}])|carte (?:nationale )?d.identit|identity (?:card|document)|(?<![\p{L}])id[ -]?(?:card|doc)/iu,
  },
];

/** South African ID: a valid YYMMDD, four serial digits, citizenship 0-2, then 8 or 9, and the Luhn check digit. */
function southAfricanIdValid(digits: string): boolean {
  const citizenship = digits[10]!;
  const race = digits[11]!;
  return (
    citizenship >= "0" &&
    citizenship <= "2" &&
    (race === "8" || race === "9") &&
    calendarDateValid(2000, Number(digits.slice(2, 4)), Number(digits.slice(4, 6))) &&
    luhnValid(digits)
  );
}

/** São Paulo RG: Σ digit × 2 … 9, the ninth digit is the sum mod 11 (10, written X, is not read here). */
function saoPauloRgValid(digits: string): boolean {
  return weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9]) % 11 === digits.charCodeAt(8) - 48;
}

/** French CNI (1994-2021): issue year and month (a month 01-12), the issuing department (01-95, 97) and office, a serial. */
function frenchIdentityCardValid(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const department = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && ((department >= 1 && department <= 95) || department === 97) && digits.slice(7) !== "00000";
}

const weightedSum = (digits: string, weights: readonly number[]) => weights.reduce((sum, weight, index) => sum + weight * (digits.charCodeAt(index) - 48), 0);

/** Argentine CUIL/CUIT of a person (20, 23, 24, 27; 30-34 are companies'): weights 5432765432, 11 − sum mod 11. */
function argentineCuilValid(digits: string): boolean {
  if (digits[0] !== "2" || !"0347".includes(digits[1]!)) return false;
  const check = 11 - (weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === digits.charCodeAt(10) - 48;
}

/** Peruvian RUC of a person (10 + the DNI; 20 is a company's): weights 5432765432, (11 − sum mod 11) mod 10. */
function peruvianPersonRucValid(digits: string): boolean {
  if (!digits.startsWith("10")) return false;
  return (11 - (weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === digits.charCodeAt(10) - 48;
}

/**
 * JMBG / EMŠO (Serbia, Slovenia, Bosnia, North Macedonia, Montenegro): DDMMYYY, region, serial, weights 765432765432;
 * m = 11 − sum mod 11, and the check digit is m for 1–9 and 0 for 10 and 11. Until session 51 an m of 10 was refused,
 * so one valid number in eleven was missed (dev-88: stdnum, python-stdnum and the published rule take it as 0).
 */
export function yugoslavPersonalNumberValid(digits: string): boolean {
  const year = Number(digits.slice(4, 7));
  if (!calendarDateValid(year < 800 ? 2000 + year : 1000 + year, Number(digits.slice(2, 4)), Number(digits.slice(0, 2)))) return false;
  const check = 11 - (weightedSum(digits, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (check >= 10 ? 0 : check) === digits.charCodeAt(12) - 48;
}

/**
 * Icelandic kennitala of a person (session 51, dev-88): DDMMYY (a person's day 01–31; a company's is 41–71), two
 * digits, a check digit (weights 3 2 7 6 5 4 3 2, 11 − sum mod 11, 11 → 0, 10 never issued), the century (9, 0; 8).
 */
export function icelandicPersonalKennitalaValid(digits: string): boolean {
  if (!"890".includes(digits[9]!)) return false;
  const century = digits[9] === "9" ? 1900 : digits[9] === "0" ? 2000 : 1800;
  if (!calendarDateValid(century + Number(digits.slice(4, 6)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)))) return false;
  const check = 11 - (weightedSum(digits, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === digits.charCodeAt(8) - 48;
}

/** Swiss AHV/AVS number (AHVN13, session 51, dev-88): 756 (the country), nine digits and an EAN-13 check digit. */
export function swissAhvValid(digits: string): boolean {
  if (!digits.startsWith("756")) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/** Dominican cédula de identidad y electoral (session 51, dev-88): eleven digits, a municipality 001–402 and a Luhn check. */
function dominicanCedulaValid(digits: string): boolean {
  const municipality = Number(digits.slice(0, 3));
  return municipality >= 1 && municipality <= 402 && luhnValid(digits);
}

/** Sri Lankan NIC (2016 form): birth year 1900-2099, day of the year 1-366 (+500 for women), five digits. */
function sriLankanNicValid(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  const day = Number(digits.slice(4, 7));
  return year >= 1900 && year <= 2099 && ((day >= 1 && day <= 366) || (day >= 501 && day <= 866));
}

/** Australian Medicare card number: first digit 2-6, the ninth (weights 1 3 7 9 1 3 7 9) mod 10. */
function australianMedicareValid(digits: string): boolean {
  return digits[0]! >= "2" && digits[0]! <= "6" && weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === digits.charCodeAt(8) - 48;
}

/** Australian tax file number: weights 1 4 3 7 5 8 6 9 10, sum mod 11 = 0. */
export function australianTfnValid(digits: string): boolean {
  return weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/**
 * New Zealand IRD number (nine digits here): 100 000 000 … 150 000 000; weights 3 2 7 6 5 4 3 2 on the first eight,
 * the check is 11 − sum mod 11 (0 for 0); a check of 10 takes the secondary weights 7 4 3 2 5 2 7 6, and a second 10
 * is invalid (Inland Revenue's payroll specification).
 */
function newZealandIrdValid(digits: string): boolean {
  const value = Number(digits);
  return value >= 100_000_000 && value <= 150_000_000 && irdCheckDigitValid(digits);
}

/** The IRD check digit of nine digits (an eight-digit number with a leading zero). */
function irdCheckDigitValid(digits: string): boolean {
  for (const weights of [
    [3, 2, 7, 6, 5, 4, 3, 2],
    [7, 4, 3, 2, 5, 2, 7, 6],
  ]) {
    const remainder = weightedSum(digits, weights) % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check !== 10) return check === digits.charCodeAt(8) - 48;
  }
  return false;
}

/** Greek ΑΦΜ: the first eight digits × 2^8 … 2^1, sum mod 11 mod 10 is the ninth. */
function greekAfmValid(digits: string): boolean {
  return digits !== "000000000" && (weightedSum(digits, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === digits.charCodeAt(8) - 48;
}

const EGN_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];
function bulgarianEgnValid(digits: string): boolean {
  let month = Number(digits.slice(2, 4));
  if (month > 40) month -= 40;
  else if (month > 20) month -= 20;
  if (!calendarDateValid(2000, month, Number(digits.slice(4, 6)))) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * EGN_WEIGHTS[index]!;
  return (sum % 11) % 10 === digits.charCodeAt(9) - 48;
}

/** Thai citizen ID (เลขประจำตัวประชาชน): 13 digits, the first 1-8, the last (11 - Σ d·(13-i) mod 11) mod 10. */
function thaiCitizenIdValid(digits: string): boolean {
  if (digits[0] === "0" || digits[0] === "9") return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (13 - index);
  return (11 - (sum % 11)) % 10 === digits.charCodeAt(12) - 48;
}

/** Vietnamese CCCD: province code 001-096, century/sex digit, two-digit birth year, six digits. */
function vietnameseCitizenIdValid(digits: string): boolean {
  const province = Number(digits.slice(0, 3));
  return province >= 1 && province <= 96 && !isRepetitive(digits.slice(6));
}

/** Indonesian NIK: province 11-94, regency, district, birth DDMMYY (day + 40 for women), serial. */
function indonesianNikValid(digits: string): boolean {
  const province = Number(digits.slice(0, 2));
  let day = Number(digits.slice(6, 8));
  if (day > 40) day -= 40;
  return province >= 11 && province <= 94 && calendarDateValid(2000, Number(digits.slice(8, 10)), day) && digits.slice(12) !== "0000";
}

/** Egyptian national ID: century digit (2 or 3), YYMMDD, governorate 01-35 or 88, serial, check. */
function egyptianNationalIdValid(digits: string): boolean {
  if (digits[0] !== "2" && digits[0] !== "3") return false;
  const governorate = Number(digits.slice(7, 9));
  return calendarDateValid(2000, Number(digits.slice(3, 5)), Number(digits.slice(5, 7))) && ((governorate >= 1 && governorate <= 35) || governorate === 88);
}

/** Digit runs with single separators (space, dash, dot, slash), 9 to 16 digits. Linear: each step eats a digit. */
// Digit first, then the look-behind on the character before it: the engine skips to digits fast.
const DIGIT_RUN = /\d(?<![\p{L}\p{N}_.\/-]\d)(?:[ .\/-]?\d){8,15}(?![\p{N}_]|[.\/-]\d)/gu;
const RULE_LENGTHS = new Set([9, 10, 11, 12, 13, 14, 16]);
/** Where DIGIT_RUN can start: a run after no ASCII letter, digit, "_", ".", "/" or "-", nine digits or more with the runs joined to it. */
const keywordedRunMayStart = (text: string, run: number) => !asciiWordBefore(text, run, "_./-") && digitChainHolds(text, run, 9, " ./-");
export const KEYWORDED_NUMBER_STARTS = { pattern: DIGIT_RUN, mayStart: keywordedRunMayStart };

function runKeywordedNumbers(text: string, emit: Emit): void {
  // No keyword prefilter over the whole text: each rule's keyword is looked for only around a number
  // that passed its checksum (a few per prompt), which costs less than one pass of ~80 keywords.
  forEachMatchAtDigitRunStarts(text, DIGIT_RUN, keywordedRunMayStart, (match) => {
    const digits = match[0].replace(RUN_KEYWORDED_NUMBERS_PATTERN_1, "");
    if (!RULE_LENGTHS.has(digits.length) || isRepetitive(digits)) return;
    const start = match.index;
    const end = start + match[0].length;
    for (const rule of NUMBER_RULES) {
      if (digits.length !== rule.length || !rule.valid(digits)) continue;
      const named = rule.context !== undefined && keywordAround(text, start, end, rule.context, 60);
      if (!named && !(rule.indirect && (indirectIdLabelAround(text, start, end) || personRecordRow(text, start, end)))) continue;
      if (rule.notContext && keywordAround(text, start, end, rule.notContext, 60)) continue;
      if (rule.notBefore && rule.notBefore.test(text.slice(Math.max(0, start - 24), start))) continue;
      emit("national_id", start, end, rule.rule, PRIORITY.checksum + 4);
      break;
    }
  });
}

/**
 * Session 54: an eight-digit IRD number (10 000 000 … 99 999 999, read with a leading zero) in Inland Revenue's printed
 * form, two, three and three digits joined by one hyphen or space ("my IRD number as 13-579-245"), at most 24 characters
 * of words after IRD or Inland Revenue, its check digit valid. Only that form and only after the name: the bare
 * eight-digit run beside an IRD word was tried in session 51 and flagged one more text.
 */
const SHORT_IRD = /(?<![\p{L}])(?:ird|inland revenue)(?![\p{L}])[^\n\d]{0,24}?(?<![\p{N}-])([1-9]\d)([- ])(\d{3})\2(\d{3})(?![\p{N}]|-\d)/giu;
const SHORT_IRD_STEMS = ["ird", "inland revenue"];

function runShortIrd(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, SHORT_IRD_STEMS)) return;
  SHORT_IRD.lastIndex = 0;
  for (let match = SHORT_IRD.exec(text); match !== null; match = SHORT_IRD.exec(text)) {
    const digits = `0${match[1]}${match[3]}${match[4]}`;
    if (isRepetitive(digits) || !irdCheckDigitValid(digits)) continue;
    const end = match.index + match[0].length;
    emit("national_id", end - 10, end, "nz-ird-8", PRIORITY.checksum + 4);
  }
}

// --- Distinctive written forms: valid without a keyword --------------------------------------------
/** Swedish 850709-2388 / 19850709-2388 (a "+" marks 100 years or more), Finnish 131052-308T, Czech 885715/1237, Belgian 85.07.30-033.28. */
const SWEDISH_FORM = /(?<![\p{L}\p{N}.\/-])((?:19|20)?)(\d{6})([-+])(\d{4})(?![\p{N}]|[.\/-]\d)/gu;
const FINNISH_FORM = /(?<![\p{L}\p{N}])\d{6}[-+A-FYXWVU]\d{3}[0-9A-Y](?![\p{L}\p{N}])/gu;
const CZECH_FORM = /(?<![\p{L}\p{N}.\/-])\d{6}\/\d{4}(?![\p{N}]|[.\/-]\d)/gu;
const NORDIC_FORM_HINT = /\d{6}[-+A-FU-Y]\d{3}/;
const CZECH_FORM_HINT = /\d{6}\/\d{4}/;
/** The patterns tried with `endRun` (digit-runs.ts): six digits, then never an ASCII digit (test/unit/privacy/digit-run-ends.test.ts). */
export const SIX_DIGITS_ENDING_A_RUN: readonly RegExp[] = [NORDIC_FORM_HINT, FINNISH_FORM, CZECH_FORM_HINT, CZECH_FORM];
const BELGIAN_FORM = /(?<![\p{L}\p{N}])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\p{N}])/gu;
const ORGANISATION_CUE =
  /org(?:anisations)?\.?\s?nr|organisationsnummer|bankgiro|plusgiro|momsnr|vat|f-skatt|ordernummer|order|faktura|invoice|ticket|ärende/iu;

function runDistinctiveForms(text: string, emit: Emit): void {
  // Each written form is tested for first with a pattern that starts on a digit (cheap on any text).
  // These three start with six digits: tried only where six digits begin (digit-runs.ts); the hints, the Finnish and the
  // Czech forms only where the six end a run (a separator or a letter, never a digit, follows them).
  if (matchesStartingWithDigits(text, NORDIC_FORM_HINT, 6, true)) {
    forEachMatchStartingWithDigits(text, SWEDISH_FORM, 6, (match) => {
      const tenDigits = match[2]! + match[4]!;
      if (!swedishPersonalNumberValid(tenDigits) || isRepetitive(tenDigits)) return;
      const end = match.index + match[0].length;
      if (keywordAround(text, match.index, end, ORGANISATION_CUE, 40)) return;
      emit("national_id", match.index, end, "se-personnummer", PRIORITY.checksum + 4);
    });
    forEachMatchStartingWithDigits(
      text,
      FINNISH_FORM,
      6,
      (match) => {
        if (finnishPersonalIdValid(match[0])) emit("national_id", match.index, match.index + match[0].length, "fi-henkilotunnus", PRIORITY.checksum + 4);
      },
      true,
    );
  }
  if (matchesStartingWithDigits(text, CZECH_FORM_HINT, 6, true)) {
    forEachMatchStartingWithDigits(
      text,
      CZECH_FORM,
      6,
      (match) => {
        if (czechBirthNumberValid(match[0].replace("/", "")))
          emit("national_id", match.index, match.index + match[0].length, "cz-rodne-cislo", PRIORITY.checksum + 4);
      },
      true,
    );
  }
  if (RUN_DISTINCTIVE_FORMS_PATTERN_1.test(text)) {
    BELGIAN_FORM.lastIndex = 0;
    for (let match = BELGIAN_FORM.exec(text); match !== null; match = BELGIAN_FORM.exec(text))
      if (belgianNationalNumberValid(match[0].replace(RUN_KEYWORDED_NUMBERS_PATTERN_1, "")))
        emit("national_id", match.index, match.index + match[0].length, "be-national-number", PRIORITY.checksum + 4);
  }
}

// --- Chilean RUT/RUN (session 37): 15.482.379-4, 15482379-4, 9.276.418-K, next to its word -----------------------
/** Seven or eight digits (dotted in thousands or not), a dash and the mod-11 check character (0-9 or K). */
const CHILEAN_RUT = /(?<![\p{L}\p{N}.\/-])(\d{1,3}(?:\.\d{3}){1,3}|\d{6,10})-([\dkK])(?![\p{L}\p{N}])/gu;
const CHILEAN_RUT_HINT = /\d-[\dkK]/;
/** The RUT's and RUN's names, the identity card's, and the Chilean tax office's. */
const CHILEAN_RUT_CONTEXT = /(?<![\p{L}])(?:r\.?u\.?t|r\.?u\.?n)(?![\p{L}])|rol [úu]nico|c[ée]dula(?: de identidad)?|(?<![\p{L}])sii(?![\p{L}])/iu;

/** A RUT from 50.000.000 on is a company's or a public body's (61.704.000-K, Codelco), published on its invoices. */
const CHILEAN_COMPANY_RUT = 50_000_000;

/** The RUT check: Σ digit × 2, 3 … 7, 2 … from the right; 11 − sum mod 11, where 11 is "0" and 10 is "K". */
export function chileanRutValid(body: string, check: string): boolean {
  let sum = 0;
  for (let index = body.length - 1, weight = 2; index >= 0; index--, weight = weight === 7 ? 2 : weight + 1) sum += (body.charCodeAt(index) - 48) * weight;
  const rest = 11 - (sum % 11);
  return (rest === 11 ? "0" : rest === 10 ? "K" : String(rest)) === check.toUpperCase();
}

/**
 * Where CHILEAN_RUT can start: a digit run after no ASCII letter, digit, ".", "/" or "-", with a dash within 14
 * characters (a ten-digit dotted NIT). The dash is looked for in those 14 characters only: an `indexOf` to the text's end read the whole rest of
 * a text without a dash once per digit run (quadratic, session 37 review).
 */
const rutMayStart = (text: string, run: number) => {
  if (asciiWordBefore(text, run, "./-")) return false;
  const start = digitRunStart(run);
  const last = Math.min(text.length - 1, start + 14);
  for (let at = start + 1; at <= last; at++) if (text.charCodeAt(at) === 45) return true;
  return false;
};

function runChileanRut(text: string, emit: Emit): void {
  if (!CHILEAN_RUT_HINT.test(text)) return;
  forEachMatchAtDigitRunStarts(text, CHILEAN_RUT, rutMayStart, (match) => {
    const body = match[1]!.replace(RUN_KEYWORDED_NUMBERS_PATTERN_1, "");
    const end = match.index + match[0].length;
    if (isRepetitive(body)) return;
    const rule = dottedDashRule(text, match.index, end, body, match[2]!);
    if (rule) emit("national_id", match.index, end, rule, PRIORITY.checksum + 4);
  });
}

/** Uruguay's cédula: seven digits and a check digit, weights 2987634, (10 − sum mod 10) mod 10 (session 38). */
export function uruguayanCiValid(body: string, check: string): boolean {
  if (body.length !== 7) return false;
  let sum = 0;
  for (let index = 0; index < 7; index++) sum += (body.charCodeAt(index) - 48) * [2, 9, 8, 7, 6, 3, 4][index]!;
  return String((10 - (sum % 10)) % 10) === check;
}

/** Colombia's NIT: weights 3, 7, 13, 17 … from the right, r = sum mod 11, check r for 0 and 1, else 11 − r (session 38). */
export function colombianNitValid(body: string, check: string): boolean {
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43];
  let sum = 0;
  for (let index = body.length - 1, at = 0; index >= 0; index--, at++) sum += (body.charCodeAt(index) - 48) * weights[at]!;
  const rest = sum % 11;
  return String(rest > 1 ? 11 - rest : rest) === check;
}

/** Uruguay's cédula (C.I.) and Colombia's NIT next to their names. */
/** "C.I." or "CI" in capitals only (Italian "ci" is a word), or the card's name. */
const URUGUAYAN_CI_CONTEXT = /(?<![\p{L}])C\.?\s?I\.?(?![\p{L}])|[Cc][ée]dula/u;
const COLOMBIAN_NIT_CONTEXT = /(?<![\p{L}])nit(?![\p{L}])|n[úu]mero de identificaci[óo]n tributaria/iu;

/**
 * The scheme a dotted number with a dash and a check character follows, by its check and the name beside it: the
 * Chilean RUT (7-8 digits, 0-9 or K, under 50.000.000), the Uruguayan cédula (7 digits), or a person's Colombian NIT
 * (6-10 digits; nine-digit NITs from 800.000.000 on are companies').
 */
function dottedDashRule(text: string, start: number, end: number, body: string, check: string): string | undefined {
  if (body.length >= 7 && body.length <= 8 && Number(body) < CHILEAN_COMPANY_RUT && chileanRutValid(body, check)) {
    if (keywordAround(text, start, end, CHILEAN_RUT_CONTEXT, 60)) return "cl-rut";
  }
  if (check === "k" || check === "K") return undefined;
  if (uruguayanCiValid(body, check) && keywordAround(text, start, end, URUGUAYAN_CI_CONTEXT, 40) && !keywordAround(text, start, end, BUILD_CUE, 40))
    return "uy-ci";
  const company = body.length < 6 || (body.length === 9 && body[0]! >= "8");
  if (!company && colombianNitValid(body, check) && keywordAround(text, start, end, COLOMBIAN_NIT_CONTEXT, 40)) return "co-nit";
  return undefined;
}

// --- Passport numbers after a passport word in Vietnamese, Indonesian, Turkish, Ukrainian, Swedish, Finnish -----
const LOCAL_PASSPORT =
  /(?<![\p{L}])(?:hộ chiếu|ho chieu|paspor|pasaport|passnummer|passinumero|passin numero|паспорт)\p{L}*[^\n\p{N}]{0,16}?(?<![\p{L}])([A-ZА-ЯІЇЄ]{1,2}\s?\d{6,8})(?![\p{L}\p{N}])/giu;
const PASSPORT_STEMS = ["hộ chiếu", "ho chieu", "paspor", "pasaport", "passnummer", "passinumero", "passin numero", "паспорт"];

function runLocalPassports(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, PASSPORT_STEMS)) return;
  LOCAL_PASSPORT.lastIndex = 0;
  for (let match = LOCAL_PASSPORT.exec(text); match !== null; match = LOCAL_PASSPORT.exec(text)) {
    // The `i` flag lets the series match lower-case words ("số c1234567" is not a passport): upper case only.
    if (match[1] !== match[1]!.toUpperCase()) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("passport", start, start + match[1]!.length, "passport-after-local-keyword", PRIORITY.checksum - 2);
  }
}

// --- Singapore NRIC/FIN and the Irish PPSN (session 38): digits between check letters, next to their names ----------
/** S/T (citizens) or F/G (foreigners), seven digits, the check letter. */
const SINGAPORE_NRIC = /(?<![\p{L}\p{N}])([STFG])(\d{7})([A-Z])(?![\p{L}\p{N}])/gu;
const SINGAPORE_NRIC_CONTEXT = /nric|(?<![\p{L}])(?:fin|ic|i\/c)(?: no\.?| number)?(?![\p{L}])|identity card|singpass/iu;
/** Seven digits, the check letter and an optional second letter (A, B … for numbers issued since 2013; W for a spouse). */
const IRISH_PPSN = /(?<![\p{L}\p{N}])(\d{7})([A-W])([A-IW]?)(?![\p{L}\p{N}])/gu;
const IRISH_PPSN_CONTEXT = /(?<![\p{L}])ppsn?(?![\p{L}])|personal public service/iu;
const LETTERED_ID_STEMS = ["nric", "fin", "ic", "i/c", "identity card", "singpass", "pps", "personal public service"];

/** The NRIC's check letter: weights 2765432 (+4 for T and G), JZIHGFEDCBA for S/T, XWUTRQPNMLK for F/G. */
export function singaporeNricValid(prefix: string, digits: string, letter: string): boolean {
  let sum = prefix === "T" || prefix === "G" ? 4 : 0;
  for (let index = 0; index < 7; index++) sum += (digits.charCodeAt(index) - 48) * [2, 7, 6, 5, 4, 3, 2][index]!;
  return (prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK")[sum % 11] === letter;
}

/** The PPSN's check letter: weights 8…2, a second letter × 9 (A = 1; W = 0), mod 23 (0 is W). */
export function irishPpsnValid(digits: string, letter: string, second: string): boolean {
  let sum = second && second !== "W" ? 9 * (second.charCodeAt(0) - 64) : 0;
  for (let index = 0; index < 7; index++) sum += (digits.charCodeAt(index) - 48) * (8 - index);
  const rest = sum % 23;
  return (rest === 0 ? "W" : String.fromCharCode(64 + rest)) === letter;
}

/** 1234567, 3456789: the digits of a format example ("in the format 1234567T"), not a person's number. */
function isAscendingRun(digits: string): boolean {
  for (let index = 1; index < digits.length; index++) if ((digits.charCodeAt(index - 1) - 47) % 10 !== digits.charCodeAt(index) - 48) return false;
  return true;
}

const isCapital = (code: number) => code >= 65 && code <= 90;
/** Where SINGAPORE_NRIC can match: one of S, T, F, G, then a run of exactly seven digits, then a capital letter. */
const nricMayStart = (text: string, run: number) => {
  const start = digitRunStart(run);
  const prefix = text.charCodeAt(start - 1);
  return digitRunLength(run) === 7 && (prefix === 83 || prefix === 84 || prefix === 70 || prefix === 71) && isCapital(text.charCodeAt(start + 7));
};
/** Where IRISH_PPSN can match: a run of exactly seven digits, then a capital letter A-W. */
const ppsnMayStart = (text: string, run: number) => {
  const after = text.charCodeAt(digitRunStart(run) + 7);
  return digitRunLength(run) === 7 && after >= 65 && after <= 87;
};

/** The lettered ids' patterns, where each is tried and how many characters before its run it starts (tests). */
export const LETTERED_ID_STARTS = [
  { pattern: SINGAPORE_NRIC, mayStart: nricMayStart, before: 1 },
  { pattern: IRISH_PPSN, mayStart: ppsnMayStart, before: 0 },
];

/**
 * Both patterns are tried only next to runs of seven digits (digit-runs.ts; the NRIC one character before the run):
 * the same matches as an `exec` loop over the whole text, which cost ~20 µs a scan on the bench's prompt (their
 * leading look-behinds are tried at every position).
 */
function runLetteredIds(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, LETTERED_ID_STEMS)) return;
  forEachMatchAtDigitRunStarts(
    text,
    SINGAPORE_NRIC,
    nricMayStart,
    (match) => {
      const end = match.index + match[0].length;
      if (singaporeNricValid(match[1]!, match[2]!, match[3]!) && keywordAround(text, match.index, end, SINGAPORE_NRIC_CONTEXT, 40))
        emit("national_id", match.index, end, "sg-nric", PRIORITY.checksum + 4);
    },
    1,
  );
  forEachMatchAtDigitRunStarts(text, IRISH_PPSN, ppsnMayStart, (match) => {
    const end = match.index + match[0].length;
    if (
      !isRepetitive(match[1]!) &&
      !isAscendingRun(match[1]!) &&
      irishPpsnValid(match[1]!, match[2]!, match[3]!) &&
      keywordAround(text, match.index, end, IRISH_PPSN_CONTEXT, 40)
    )
      emit("national_id", match.index, end, "ie-ppsn", PRIORITY.checksum + 4);
  });
}

// --- The 17-digit Bangladeshi NID (session 46) -------------------------------------------------------------------------
/**
 * Cards issued before 2016 carry a 17-digit number that starts with the holder's birth year (then district, upazila,
 * union and a serial): longer than DIGIT_RUN reads, so read here, next to the card's name like the 10- and 13-digit forms.
 */
const BANGLADESH_NID_17 = /(?<![\p{N}])(?:19[2-9]\d|20[0-2]\d)\d{13}(?![\p{N}])/gu;
const BANGLADESH_NID_STEMS = ["জাতীয় পরিচয়".normalize("NFKC"), "এনআইডি", "nid"];

function runBangladeshLongNid(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, BANGLADESH_NID_STEMS)) return;
  BANGLADESH_NID_17.lastIndex = 0;
  for (let match = BANGLADESH_NID_17.exec(text); match !== null; match = BANGLADESH_NID_17.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isRepetitive(match[0]) || !keywordAround(text, start, end, BANGLADESH_NID_CUE, 60)) continue;
    if (OTHER_RECORD_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    emit("national_id", start, end, "bd-nid", PRIORITY.checksum + 4);
  }
}

export const nationalIdDetectors: Detector[] = [
  { name: "national-ids-keyworded", run: runKeywordedNumbers },
  { name: "national-ids-distinctive-forms", run: runDistinctiveForms },
  { name: "short-ird", run: runShortIrd },
  { name: "bangladesh-long-nid", run: runBangladeshLongNid },
  { name: "chilean-rut", run: runChileanRut },
  { name: "local-passports", run: runLocalPassports },
  { name: "lettered-national-ids", run: runLetteredIds },
];
