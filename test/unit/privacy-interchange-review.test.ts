import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Review of session 41's interchange-format rules: the same formats with the legal variations real systems emit
 * (other separators, indentation, lower case, namespace prefixes, reordered substructures) are still read; the same
 * formats carrying nobody's data, and prose that names them, are not; a word like "Test" elsewhere in a record does not
 * silence a real patient.
 */
const CLAIM = "NM1*IL*1*VASQUEZ*ROSALINDA****MI*XQM448120937~N3*2207 MESQUITE DR~DMG*D8*19740911*F~HI*ABK:F200~";
const ORU = "PID|1||00448127^^^LAB^MR||ABERNATHY^TOBIAS||19890722|M\nOBX|1|NM|25836-8^HIV-1 RNA^LN||48200|copies/mL";
const DOCS = "SSR DOCS BA HK1 P/GBR/548831209/GBR/23MAR78/M/11AUG31/KAPOOR/VIKRAMJIT/P1";
const ENTRY = "5220ACME PAYROLL LLC                    1234567890PPDPAYROLL\n6220710000134418902736       0000284350EMP-0117       DENISE OKAFOR";
const TREE = "0 @I2@ INDI\n1 NAME Dorothy /Ferraby/\n1 BIRT\n2 DATE 22 SEP 1936\n";
const cda = (prefix: string, given: string, family: string, before = "") =>
  `${before}<${prefix}recordTarget><${prefix}patientRole>\n  <${prefix}id root='2.16.840.1.113883.19.5' extension='996-756-495'/>\n  <${prefix}patient><${prefix}name><${prefix}given>${given}</${prefix}given><${prefix}family>${family}</${prefix}family></${prefix}name>\n  <${prefix}birthTime value='19520227'/></${prefix}patient></${prefix}patientRole></${prefix}recordTarget>`;

describe("interchange formats, as real systems vary them", () => {
  it.each([
    ["X12 with line-end terminators and | elements", CLAIM.replaceAll("*", "|").replaceAll("~", "\n").replace("ABK:", "ABK>"), "date_of_birth:19740911"],
    ["X12 with ^ elements and ' terminators", CLAIM.replaceAll("*", "^").replaceAll("~", "'"), "street_address:2207 MESQUITE DR"],
    ["X12 with ! elements and CRLF", CLAIM.replaceAll("*", "!").replaceAll("~", "~\r\n"), "medical_record:XQM448120937"],
    ["X12 in lower case", CLAIM.toLowerCase(), "health:f200"],
    ["HL7 indented as a code block", ORU.replace(/^/gm, "    "), "date_of_birth:19890722"],
    ["HL7 with CR segment ends", ORU.replace("\n", "\r"), "health:48200"],
    ["SSR DOCS with the status after a /", DOCS.replace("HK1 P", "HK1/P"), "passport:548831209"],
    ["SSR DOCS in lower case with extra spaces", DOCS.replace("SSR DOCS BA", "SSR  DOCS  BA").toLowerCase(), "passport:548831209"],
    ["the Amadeus SRDOCS entry with - separators", "SRDOCS BA HK1-P-GBR-548831209-GBR-23MAR78-M-11AUG31-KAPOOR-VIKRAMJIT/P1", "date_of_birth:23MAR78"],
    ["SSR DOCS with four-digit years", DOCS.replace("23MAR78", "23MAR1978"), "date_of_birth:23MAR1978"],
    ["SSR DOCS for an identity card", "SSR DOCS LH HK1 I/DEU/T22000129/DEU/12AUG64/F/31OCT30/BRANDAUER/KATRIN/P1", "national_id:T22000129"],
    ["SSR DOCA in lower case", "ssr  doca ba hk1 r/usa/225 w 57th st apt 9c/new york/ny/10019/p1", "street_address:225 w 57th st apt 9c/new york/ny/10019"],
    ["SSR CTCE with IATA's // for @", "SSR CTCE BA HK1/VIKRAM.KAPOOR//GMAIL.COM/P1", "email:VIKRAM.KAPOOR//GMAIL.COM"],
    ["PAXLST with an identity card", "NAD+FL+++HAUGLAND:ASTRID'\nDOC+I:110:111+NOR123AB9'\nDTM+329:19860514'", "national_id:NOR123AB9"],
    ["ANSI/NIST fields split by GS and FS", "1.001:139\u001d1.002:0500\u001c2.001:52\u001d2.022:19820617\u001c", "date_of_birth:19820617"],
    ["ANSI/NIST record types with a leading zero", "1.002:0500\n02.016:412788301", "us_ssn:412788301"],
    ["a NACHA file indented as a code block", ENTRY.replace(/^/gm, "  "), "bank_account:4418902736"],
    ["CDA with a namespace prefix and single quotes", cda("cda:", "Eve", "Moynihan"), "date_of_birth:19520227"],
    [
      "GEDCOM indented, with the place before the date",
      TREE.replace("2 DATE", "2 PLAC Leeds\n2 DATE").replace(/^(\d) /gm, "  $1 "),
      "date_of_birth:22 SEP 1936",
    ],
    ["GEDCOM with a modifier, a mixed-case month and a P id", TREE.replace("22 SEP", "ABT 22 Sep").replace("@I2@", "@P2@"), "date_of_birth:22 Sep 1936"],
    ["GEDCOM with `1 BIRT Y` and CRLF", TREE.replace("1 BIRT", "1 BIRT Y").replaceAll("\n", "\r\n"), "date_of_birth:22 SEP 1936"],
  ])("%s", (_name, text, value) => {
    expect(found(text)).toContain(value);
  });
});

describe("a word like Test elsewhere does not silence a real patient", () => {
  it.each([
    ["an HL7 test alias beside the real name", ORU.replace("ABERNATHY^TOBIAS", "TEST^PATIENT~ABERNATHY^TOBIAS"), "health:48200"],
    ["an HL7 result named TestResult", ORU.replace("OBX|1|NM|25836-8^HIV-1 RNA^LN", "NTE|1||TestResult\nOBX|1|ST|TEST^Test"), "medical_record:00448127"],
    ["an HL7 patient called Testa", ORU.replace("ABERNATHY", "TESTA"), "date_of_birth:19890722"],
    ["an HL7 patient given the name Test", ORU.replace("TOBIAS", "TEST"), "medical_record:00448127"],
    [
      "a CDA author named Test Test",
      cda("", "Eve", "Moynihan", "<author><name><given>Test</given><family>Test</family></name></author>\n"),
      "medical_record:996-756-495",
    ],
    ["a CDA patient given the name Test", cda("", "Test", "Moynihan"), "date_of_birth:19520227"],
    ["an X12 subscriber called Testa", CLAIM.replace("VASQUEZ", "TESTA"), "medical_record:XQM448120937"],
  ])("%s", (_name, text, value) => {
    expect(found(text)).toContain(value);
  });
});

describe("the same formats and prose with nobody's data", () => {
  it.each([
    ["an X12 template with placeholders", "NM1*IL*1*{LAST}*{FIRST}****MI*{MEMBER_ID}~\nDMG*D8*{DOB}*{SEX}~"],
    ["an X12 test subscriber with | elements", "NM1|IL|1|DOE|JOHN||||MI|W987654321\nDMG|D8|19800101|M"],
    ["an X12 provider loop", "NM1*85*2*GOOD HEALTH CLINIC*****XX*1234567893~N3*123 MAIN STREET~REF*EI*123456789~"],
    ["an HL7 test patient under two test names", "PID|1||TEST0001^^^LAB^MR||TEST^PATIENT~PATIENT^TEST||19800101|U\nOBX|1|NM|2345-7^Glucose^LN||182|mg/dL"],
    ["an HL7 result with no patient", "OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F"],
    ["the IATA guide's SSR DOCS number", "Our parser fails on SSR DOCS YY HK1/P/GBR/123456789/GBR/12JUL82/M/20NOV29/SMITH/JOHN/P1"],
    ["an SSR CTCE documentation address", "SSR CTCE YY HK1/JOHN.SMITH//EXAMPLE.COM/P1"],
    ["an SSR DOCS template", "SSR DOCS YY HK1 P/<issuer>/<passport no>/<nationality>/<DDMMMYY>/<sex>/<expiry>/<surname>/<given>/P1"],
    ["ANSI/NIST field descriptions split by GS", "1.001:LEN\u001d1.002:0500\u001c2.001:LEN\u001d2.022:CCYYMMDD\u001d2.016:SSN\u001c"],
    ["an indented NACHA template", "    101 091000019 1234567891\n    5220ACME PAYROLL\n    622{RDFI_ROUTING}{ACCOUNT_NUMBER_17}{AMOUNT_10}"],
    ["a namespaced CDA specimen patient", cda("cda:", "Eve", "Everywoman")],
    ["a CDA test patient", cda("", "Test", "Patient")],
    ["a GEDCOM John Doe", "0 @I1@ INDI\n1 NAME John /Doe/\n1 BIRT\n2 DATE 1 JAN 1950\n"],
    ["an XML schema", '<xs:element name="DateOfBirth" type="xs:date"/>\n<xs:element name="Password" type="xs:string"/>'],
    ["prose about SSR and PNRs", "The Next.js SSR docs say getServerSideProps runs per request. Which airlines need SSR DOCS and SSR CTCM in the PNR?"],
    ["prose about NACHA, X12 and GEDCOM", "NACHA rules changed in 2024; our ACH batch had 5220 entries, and X12 837 and GEDCOM files need retention too."],
    ["prose about a test patient", "How do I create a test patient in Epic for X12 270 eligibility testing? NM1* segments failed 37 times."],
  ])("%s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
