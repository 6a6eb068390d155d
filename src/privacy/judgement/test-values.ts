/**
 * Documented public test values: numbers that payment providers, the IBAN registry and the US
 * Social Security Administration publish for testing and examples. They pass their checksums but
 * identify nobody (nor do the telephone ranges reserved for drama), so by default they do not make a prompt sensitive (`privacy.testValues:
 * not-sensitive`); `privacy.testValues: sensitive` reports them like any other value.
 * Sources: Stripe "Testing" docs (cards by brand, country and decline code), Braintree sandbox
 * test cards, Adyen test cards, the SWIFT IBAN registry's per-country examples and the
 * specimens printed by banks and national bank associations, SSA's voided and specimen numbers.
 */
import type { PrivacyCategory } from "../types.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const LOCAL_PATTERN_1 = /\s+/;
const NATIONAL_DIGITS_PATTERN_1 = /\D/g;
const NATIONAL_DIGITS_PATTERN_2 = /^(?:00)?(?:44|61|33|1)(?=\d{9,10}$)/;
const NATIONAL_DIGITS_PATTERN_3 = /^0/;
const COMPACT_PATTERN_1 = /[^A-Za-z0-9]/g;

const TEST_CARDS = new Set(
  // Stripe
  (
    "4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210 5105105105105100 378282246310005 371449635398431 " +
    "6011111111111117 6011000990139424 6011981111111113 3056930009020004 36227206271667 6555900000604105 3566002020360505 6200000000000005 " +
    "6200000000000047 6205500000000000004 4000002500003155 4000002760003184 4000003800000446 4000000000003220 4000000000000002 4000000000009995 " +
    "4000000000009987 4000000000009979 4000000000000069 4000000000000127 4000000000000119 4000000000000077 4000000000000093 4000000000000010 " +
    "4000000000000028 4000000000000036 4000000000000044 4000000000000101 4000000000000341 4100000000000019 4000000000000259 4000000000001976 " +
    "4000000000005126 4000000760000002 4000001240000000 4000004840008001 4000000320000021 4000000360000006 4000000400000008 4000000560000004 " +
    "4000002080000001 4000002460000001 4000002500000003 4000002760000016 4000003720000005 4000003800000008 4000006200000007 4000006430000009 " +
    "4000007240000007 4000007520000008 4000007560000009 4000008260000000 4000000000003063 4000002500003155 4000000000003055 4000000000003097 " +
    // Braintree
    "36259600000004 6011000991300009 3530111333300000 6304000000000000 2223000048400011 4111111111111111 4005519200000004 4009348888881881 " +
    "4012000033330026 4012000077777777 4012888888881881 4217651111111119 4500600000000061 6243030000000001 6223164991230014 " +
    "4000111111111115 378734493671000 38520000023237 30569309025904 4222222222222 5019717010103742 6331101999990016 " +
    // Adyen and other gateways' published cards
    "5500000000000004 340000000000009 30000000000004 6011000000000004 3088000000000009 5454545454545454 4444333322221111 5425233430109903 " +
    "2222420000001113 4035501000000008 4000020000000000 5555444433331111 4988438843884305 4166676667666746 4646464646464644 " +
    "6703444444444449 4917610000000000 5101180000000007 2222400070000005 4001590000000001 4000000000000051 " +
    "5555341244441115 4111111145551142 370000000000002 6011601160116611 36006666333344 3569990010095841 2222400010000008 2223000048410010 " +
    "5577000055770004 4400000000000008"
  ).split(LOCAL_PATTERN_1),
);

const EXAMPLE_IBANS = new Set(
  (
    "GB82WEST12345698765432 GB29NWBK60161331926819 GB33BUKB20201555555555 GB94BARC10201530093459 DE89370400440532013000 DE75512108001245126199 " +
    "DE02120300000000202051 DE12500105170648489890 FR1420041010050500013M02606 FR7630006000011234567890189 FR7630001007941234567890185 " +
    "ES9121000418450200051332 ES7620770024003102575766 ES7921000813610123456789 IT60X0542811101000000123456 NL91ABNA0417164300 " +
    "NL02ABNA0123456789 NL20INGB0001234567 BE68539007547034 BE71096123456769 CH9300762011623852957 CH5604835012345678009 " +
    "AT611904300234573201 AT483200000012345864 PL61109010140000071219812874 PT50000201231234567890154 SE4550000000058398257466 " +
    "DK5000400440116243 FI2112345600000785 NO9386011117947 IE29AIBK93115212345678 IE64IRCE92050112345678 LU280019400644750000 " +
    "CZ6508000000192000145399 SK3112000000198742637541 HU42117730161111101800000000 GR1601101250000000012300695 SA0380000000608010167519 " +
    "AE070331234567890123456 MT84MALT011000012345MTLCAST001S LT121000011101001000 LV80BANK0000435195001 EE382200221020145685 " +
    "HR1210010051863000160 SI56263300012039086 BG80BNBG96611020345678 RO49AAAA1B31007593840000 CY17002001280000001200527600 " +
    "TR330006100519786457841326 IL620108000000099999999 BR9700360305000010009795493P1 MC5811222000010123456789030 SM86U0322509800000000270100 " +
    "IS140159260076545510730339 LI21088100002324013AA AD1200012030200359100100 KW81CBKU0000000000001234560101 QA58DOHB00001234567890ABCDEFG " +
    // The QR-IBAN of SIX's QR-bill examples (Swiss Implementation Guidelines for the QR-bill).
    "CH4431999123000889012"
  ).split(LOCAL_PATTERN_1),
);

/** SSA's voided advertising numbers, the 123-45-6789 specimen, and the 987-65-4320..4329 range set aside for advertising. */
const PLACEHOLDER_SSNS = /^(?:123456789|078051120|219099999|98765432\d|111111111|000000000)$/;

/**
 * Telephone ranges that regulators reserve for drama and documentation: Ofcom's 07700 900000-900999,
 * 020 7946 0000-0999 and the other UK geographic drama ranges, 01632 960xxx, 0808 157 0xxx,
 * 0909 879 0xxx; NANP 555-0100..0199; ACMA's 0491 57x xxx mobiles and (0x) 5550 / 7010 xxxx; ARCEP's fiction
 * blocks 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 and 06 39 98 xx xx; Twilio's documented test ("magic")
 * numbers +1 500 555 0000..0009.
 * Digits are compared without the country code (+44, +1, +61, +33) or trunk zero.
 */
const DRAMA_PHONES =
  /^(?:7700900\d{3}|(?:20)?79460\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}|(?:28)?9018\d{4}|(?:29)?2018\d{4}|1632960\d{3}|8081570\d{3}|9098790\d{3}|(?:\d{3})?55501\d{2}|49157\d{4}|[2378](?:5550|7010)\d{4}|(?:19900|26191|35301|46571|53649|63998)\d{4}|500555000\d)$/;

/**
 * Specimen personal identification numbers printed by the issuers' own documentation: Sweden's
 * Tolvan Tolvansson (19)121212-1212, the Turkish test number 10000000146, the Finnish 131052-308T and
 * 010101-123N of the population register's documentation. (The Spanish 12345678Z and the Chinese GB
 * 11643 example are typed by people as their own number in tests and prompts alike: still reported, unless a
 * documentation word stands on the DNI's line, judgement/known-examples.ts, session 46.) Session 50 (dev-83): the test
 * residents' Aadhaar numbers of UIDAI's authentication and e-KYC API documentation for its staging (pre-production)
 * server — 9999 9999 0019, 9999 9999 0026, 9999 4105 7058, 9999 7165 8847 (each passes Verhoeff). Session 51 review:
 * the Swiss AHV/AVS number's published sample 756.1234.5678.97 (the federal social insurance documentation's example).
 */
const SPECIMEN_NATIONAL_IDS = new Set([
  "1212121212",
  "191212121212",
  "10000000146",
  "131052308T",
  "010101123N",
  "999999990019",
  "999999990026",
  "999941057058",
  "999971658847",
  "7561234567897",
]);

/** A number of zeros with at most a check letter (the Spanish DNI placeholder 00000000T): nobody's. */
const ALL_ZERO_NUMBER = /^0{6,}[A-Z]?$/;

/**
 * Stripe's documented US test bank: routing 110000000 and the test account numbers of its docs; Plaid's Sandbox Auth
 * accounts 1111222233330000 and 1111222233331111 (session 46; their routing 011401533 goes only beside them, judgement/institution-bank-numbers.ts).
 */
const TEST_BANK_NUMBERS = new Set([
  "110000000",
  "000123456789",
  "000111111116",
  "000111111113",
  "000222222227",
  "000333333335",
  "000444444440",
  "1111222233330000",
  "1111222233331111",
]);

function nationalDigits(value: string): string {
  return value.replace(NATIONAL_DIGITS_PATTERN_1, "").replace(NATIONAL_DIGITS_PATTERN_2, "").replace(NATIONAL_DIGITS_PATTERN_3, "");
}

export function isDramaPhoneNumber(value: string): boolean {
  return DRAMA_PHONES.test(nationalDigits(value));
}

function compact(value: string): string {
  return value.replace(COMPACT_PATTERN_1, "").toUpperCase();
}

export function isPublicTestValue(category: PrivacyCategory, value: string): boolean {
  // Called for every finding: the compact key is only built for the categories that have test values.
  switch (category) {
    case "payment_card":
      return TEST_CARDS.has(compact(value));
    case "iban":
      return EXAMPLE_IBANS.has(compact(value));
    case "phone":
      return isDramaPhoneNumber(value);
    case "us_ssn":
      return PLACEHOLDER_SSNS.test(compact(value));
    case "national_id":
      return PLACEHOLDER_SSNS.test(compact(value)) || SPECIMEN_NATIONAL_IDS.has(compact(value)) || ALL_ZERO_NUMBER.test(compact(value));
    case "bank_account":
      return TEST_BANK_NUMBERS.has(compact(value));
    default:
      return false;
  }
}
