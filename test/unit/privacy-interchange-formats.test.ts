import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 41 (dev-40 half A): values that interchange formats place by position, record type or attribute name. */
describe("interchange formats", () => {
  it("X12: a subscriber's member id, birth date, street and diagnosis codes; not a test subscriber's or a provider's", () => {
    const claim = "NM1*IL*1*VASQUEZ*ROSALINDA****MI*XQM448120937~\nN3*2207 MESQUITE DR~\nDMG*D8*19740911*F~\nHI*ABK:F200~";
    expect(found(claim)).toEqual(["medical_record:XQM448120937", "street_address:2207 MESQUITE DR", "date_of_birth:19740911", "health:F200"]);
    expect(found("NM1*IL*1*SMITH*TEST****MI*123456789~\nDMG*D8*19430501*F~\nHI*ABK:J449~")).toEqual([]);
    expect(found("NM1*82*1*PATEL*ANJALI****XX*1738022810~\nN3*100 MAIN ST~")).toEqual([]);
  });
  it("a PNR's SSR DOCS, DOCA and CTCM and PAXLST's DOC and DTM+329; not the documentation number", () => {
    expect(found("3 SSR DOCS BA HK1 P/GBR/548831209/GBR/23MAR78/M/11AUG31/KAPOOR/VIKRAMJIT/P1")).toEqual(["passport:548831209", "date_of_birth:23MAR78"]);
    expect(found("SSR DOCA BA HK1 D/USA/225 W 57TH ST APT 9C/NEW YORK/NY/10019/P1")).toEqual(["street_address:225 W 57TH ST APT 9C/NEW YORK/NY/10019"]);
    expect(found("NAD+FL+++HAUGLAND:ASTRID'\nDTM+329:860514'\nDOC+P:110:111+NO4481267'")).toEqual(["date_of_birth:860514", "passport:NO4481267"]);
    expect(found("SSR DOCS YY HK1 P/GBR/123456789/GBR/12JUL82/M/20NOV29/SMITH/JOHN/P1")).toEqual([]);
  });
  it("ANSI/NIST-ITL tagged fields in a transaction: birth date, minutiae; not a header alone", () => {
    const transaction = "1.002:0500\n2.018:DELACROIX, MARCEL J\n2.022:19820617\n9.012:1;0412;0733;112;A;80~2;0588;0611;207;B;75";
    expect(found(transaction)).toEqual(["date_of_birth:19820617", "biometric:1;0412;0733;112;A;80~2;0588;0611;207;B;75"]);
    expect(found("1.001:139\n1.002:0500\n1.004:CNA\n2.018:SAMPLE, SUBJECT\n9.004:S")).toEqual([]);
  });
  it("a NACHA entry detail record's account, with a valid routing number in a file with a batch header", () => {
    const file = "5220ACME PAYROLL LLC                    1234567890PPDPAYROLL\n6220710000134418902736       0000284350EMP-0117       DENISE OKAFOR";
    expect(found(file)).toContain("bank_account:4418902736");
    expect(found(file.replace("5220ACME", "NOTE ACME"))).not.toContain("bank_account:4418902736");
  });
  it("XML elements named by an attribute: a Wi-Fi key, an eIDAS birth date, a .NET password; not a reference", () => {
    expect(found('<string name="SSID">"Home"</string><string name="PreSharedKey">"lola1946abuela"</string>')).toEqual(["password:lola1946abuela"]);
    const saml =
      '<saml2:Attribute Name="http://eidas.europa.eu/attributes/naturalperson/DateOfBirth"><saml2:AttributeValue>1991-02-14</saml2:AttributeValue></saml2:Attribute>';
    expect(found(saml)).toEqual(["date_of_birth:1991-02-14"]);
    expect(found('<add key="Password" value="Kx9!mQ2rT"/>')).toEqual(["password:Kx9!mQ2rT"]);
    expect(found('<add key="Password" value="${DB_PASSWORD}"/>')).toEqual([]);
  });
  it("CDA: the patient's record number, birth time and coded problems; not a specimen patient's", () => {
    const cda = (family: string) =>
      `<recordTarget><patientRole>\n  <id root="2.16.840.1.113883.19.5" extension="996-756-495"/>\n  <patient><name><given>Eve</given><family>${family}</family></name>\n  <birthTime value="19520227"/></patient></patientRole></recordTarget>\n<observation><value xsi:type="CD" code="26929004" displayName="Alzheimer's disease"/></observation>`;
    expect(found(cda("Moynihan"))).toEqual(["medical_record:996-756-495", "date_of_birth:19520227", "health:Alzheimer's disease"]);
    expect(found(cda("Everywoman"))).toEqual([]);
  });
  it("GEDCOM: a living individual's birth date; not a dead one's, nor a historic one", () => {
    const tree =
      "0 @I1@ INDI\n1 NAME Walter /Ferraby/\n1 BIRT\n2 DATE 3 MAR 1931\n1 DEAT\n2 DATE 14 JUN 2009\n0 @I2@ INDI\n1 NAME Dorothy /Ferraby/\n1 BIRT\n2 DATE 22 SEP 1936\n";
    expect(found(tree)).toEqual(["date_of_birth:22 SEP 1936"]);
    expect(found("0 @I1@ INDI\n1 NAME Victoria /Hanover/\n1 BIRT\n2 DATE 24 MAY 1819\n")).toEqual([]);
  });
  it("HL7 results of a patient are health; a test or specimen patient's message is nobody's", () => {
    const oru = "PID|1||00448127^^^LAB^MR||ABERNATHY^TOBIAS||19890722|M\nOBX|1|NM|25836-8^HIV-1 RNA^LN||48200|copies/mL";
    expect(found(oru)).toContain("health:48200");
    expect(found("PID|1||PATID1234^^^GHH^MR||EVERYMAN^ADAM^A^III||19610615|M||C|2222 HOME STREET^^GREENSBORO^NC^27401")).toEqual([]);
    expect(found("PID|1||TEST0001^^^LAB^MR||TEST^PATIENT^ONE||19800101|U\nOBX|1|NM|2345-7^Glucose^LN||182|mg/dL")).toEqual([]);
  });
  it("the word 'password' as a password cell, and documented example values, are not secrets", () => {
    expect(found("Title,Website,Username,Password\n예시 항목,https://example.com,user@example.com,비밀번호")).toEqual([]);
    expect(found("url,username,password\nhttps://example.com,demo,{{PASSWORD}}")).toEqual([]);
    expect(found("QR-IBAN CH4431999123000889012")).toEqual([]);
  });
});
