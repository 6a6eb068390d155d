/** Development set 40, identity formats (ANSI/NIST-ITL, CBEFF, ICAO MRZ and data groups, GEDCOM, iCalendar, vCard-like exports). Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";
import { aadhaar, bsn, cnId, dni, mrzDigit } from "./ids.js";

function mrz(doc: string, nation: string, birth: string, sex: string, expiry: string): string {
  const optional = "<<<<<<<<<<<<<<";
  const composite = doc + mrzDigit(doc) + birth + mrzDigit(birth) + expiry + mrzDigit(expiry) + optional + mrzDigit(optional);
  return `${doc}${mrzDigit(doc)}${nation}${birth}${mrzDigit(birth)}${sex}${expiry}${mrzDigit(expiry)}${optional}${mrzDigit(optional)}${mrzDigit(composite)}`;
}

const line1 = (start: string) => start.padEnd(44, "<");

const MRZ_1 = mrz("C4RT19K27", "DEU", "880512", "F", "320309");
const MRZ_2 = mrz("PA1840377", "NLD", "950221", "M", "300817");
const MRZ_3 = mrz("XK7731046", "FRA", "790930", "F", "281114");

export const IDENTITY: MarkedEntry[] = [
  [
    "en",
    "biometric:ansi-nist:segment",
    `Our AFIS import rejects this ANSI/NIST-ITL 1-2011 transaction, type-9 record. Is the minutiae count field wrong?

1.002:0500
1.004:CAR
2.014:⟦national_id|7781203KX⟧
2.018:DELACROIX, MARCEL J
2.022:⟦date_of_birth|19820617⟧
9.004:S
9.010:⟦biometric|37⟧
9.012:⟦biometric|1;0412;0733;112;A;80~2;0588;0611;207;B;75~3;0701;0902;031;A;92~4;0356;1024;288;A;66⟧`,
  ],
  [
    "en",
    "neg-biometric:ansi-nist:segment",
    `NIST publishes sample ANSI/NIST-ITL files for conformance testing. In their sample "type-9-standard.an2" what does field 9.012 encode? Here is the header they show:
1.001:139
1.002:0500
1.004:CNA
2.018:SAMPLE, SUBJECT
9.004:S`,
  ],
  [
    "en",
    "biometric:cbeff:xml",
    `Can you pretty-print this CBEFF BIR so I can see which quality score failed? It's from our visitor enrolment for Dr. Anwen Pritchard.

<BIR><BDBInfo><Format><Organization>257</Organization><Type>7</Type></Format><Type>Face</Type><Quality><Score>41</Score></Quality></BDBInfo>
<SB>signed</SB>
<BDB>⟦biometric|RkFDADAxMAAAAAG0AAEAAAAAAaQAAAAAAAAAAAAAAAAAAgEBAAAAAAAAAAAAAAAA8gFUAAEPAfxKRklGAAEBAAABAAEAAP/bAEMA⟧</BDB></BIR>`,
  ],
  [
    "en",
    "neg-biometric:cbeff:xml",
    `Explain the CBEFF header in ISO/IEC 19785-3 patron format. The spec example:
<BIR><BIRInfo><Creator>Vendor X</Creator></BIRInfo><BDBInfo><Format><Organization>257</Organization><Type>7</Type></Format></BDBInfo><BDB>...</BDB></BIR>
What does Organization 257 refer to?`,
  ],
  [
    "de",
    "biometric:face-template:json",
    `Warum lehnt unser Zugangssystem diesen Datensatz ab? Export aus der Personalverwaltung:
{"personalnummer":"P-4471","name":"Kerstin Albrecht","gesichtsvorlage":{"algorithmus":"ArcFace-r100","vektor":⟦biometric|[0.0213,-0.1187,0.0904,0.1442,-0.0376,0.2011,-0.0889,0.0655]⟧},"fingerabdruck_iso19794_2":"⟦biometric|Rk1SACAyMAAAAAEsAAABQAHgAMUAxQEAAAAoQIBNAHNcAEBfAI5XAEB0AKNk⟧"}`,
  ],
  [
    "de",
    "neg-biometric:face-template:json",
    `Ist dieses JSON-Schema für Gesichtsvorlagen sinnvoll? Werte fehlen noch:
{"personalnummer":"string","gesichtsvorlage":{"algorithmus":"string","vektor":"number[512]"},"fingerabdruck_iso19794_2":"base64"}`,
  ],
  [
    "en",
    "passport:icao-mrz:text",
    `OCR from the hotel's passport scanner, the guest's check-in failed. Can you tell which check digit is wrong?

⟦passport|${line1("P<D<<BERGHOFF<<LIOBA<MARIE")}⟧
⟦passport|${MRZ_1}⟧`,
  ],
  [
    "en",
    "neg-passport:icao-mrz:text",
    `ICAO Doc 9303 specimen, can you walk me through the check digit calculation for the date of birth?
P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
L898902C36UTO7408122F1204159ZE184226B<<<<<10`,
  ],
  [
    "nl",
    "passport:icao-datagroups:text",
    `Dit is de dump van onze NFC-paspoortlezer (DG1 en DG11). Kun je uitleggen wat DG11 bevat?

DG1.MRZ: ⟦passport|${line1("P<NLDDE<JONG<<SIEBREN")}⟧ / ⟦passport|${MRZ_2}⟧
DG11.FullName: de Jong, Siebren
DG11.PersonalNumber: ⟦national_id|${bsn("12345672".slice(0, 8))}⟧
DG11.PlaceOfBirth: Leeuwarden
DG11.Address: ⟦street_address|Nieuwestad 88, 8911 CV Leeuwarden⟧`,
  ],
  [
    "nl",
    "neg-passport:icao-datagroups:text",
    `Welke data groups zijn verplicht in een eMRTD volgens ICAO 9303 deel 10? Ik zie DG1 (MRZ), DG2 (gezichtsbeeld), DG3 (vingerafdrukken, EAC), DG11 en DG12 optioneel. Klopt dat?`,
  ],
  [
    "fr",
    "passport:icao-mrz:text",
    `Peux-tu remplir le formulaire d'enregistrement à partir de cette bande MRZ lue sur le passeport de ma cliente ?
⟦passport|${line1("P<FRAMOREAU<<CLEMENCE")}⟧
⟦passport|${MRZ_3}⟧`,
  ],
  [
    "en",
    "national_id:gedcom:text",
    `Cleaning up my family tree export before I upload it. Can you fix the date formats? (my grandparents and my aunt, all alive except Walter)

0 @I1@ INDI
1 NAME Walter /Ferraby/
1 BIRT
2 DATE 3 MAR 1931
1 DEAT
2 DATE 14 JUN 2009
0 @I2@ INDI
1 NAME Dorothy /Ferraby/
1 BIRT
2 DATE ⟦date_of_birth|22 SEP 1936⟧
1 SSN ⟦us_ssn|371-22-6094⟧
1 RESI
2 ADDR ⟦street_address|1140 Orchard Rd, Traverse City, MI 49686⟧
0 @I3@ INDI
1 NAME Pauline /Ferraby/
1 BIRT
2 DATE ⟦date_of_birth|04 JAN 1962⟧
1 NOTE ⟦health|diagnosed with Huntington's disease 2019⟧, genetic test positive`,
  ],
  [
    "en",
    "neg-national_id:gedcom:text",
    `Here is part of the royal92.ged file that is used everywhere as a GEDCOM sample. Why does BIRT have a PLAC child?
0 @I1@ INDI
1 NAME Victoria /Hanover/
1 TITL Queen of England
1 BIRT
2 DATE 24 MAY 1819
2 PLAC Kensington,Palace,London,England
1 DEAT
2 DATE 22 JAN 1901`,
  ],
  [
    "en",
    "health:icalendar:text",
    `Turn this calendar invite into a reminder text for my client:

BEGIN:VEVENT
UID:7d1e0c92-4f1b-11ef-8a0d-001a2b3c4d5e
DTSTART:20261209T153000Z
SUMMARY:Marisol Etxeberria - ⟦health|chemo cycle 4 (FOLFOX)⟧
LOCATION:⟦street_address|2450 Riverside Ave, Minneapolis, MN 55454⟧
DESCRIPTION:Bring port card. Call ⟦phone|+1 612 730 4418⟧ if fever > 38C.
ATTENDEE;CN=Marisol Etxeberria:mailto:⟦email|marisol.etx@fastmail.com⟧
END:VEVENT`,
  ],
  [
    "en",
    "neg-health:icalendar:text",
    `RFC 5545 has this example; why is DTSTART given with a TZID here?
BEGIN:VEVENT
UID:19970901T130000Z-123401@example.com
DTSTAMP:19970901T130000Z
DTSTART:19970903T163000Z
SUMMARY:Annual Employee Review
CLASS:PRIVATE
CATEGORIES:BUSINESS,HUMAN RESOURCES
END:VEVENT`,
  ],
  [
    "es",
    "national_id:scim-like:json",
    `¿Por qué falla la validación de este alta de empleado en el sistema de RRHH?
{"nombre":"Iñaki Zubizarreta Olano","nif":"⟦national_id|${dni("48291736")}⟧","num_ss":"⟦national_id|28/10472291/63⟧","fecha_nacimiento":"⟦date_of_birth|1990-07-14⟧","iban_nomina":"pendiente"}`,
  ],
  [
    "es",
    "neg-national_id:scim-like:json",
    `En la documentación de la AEAT aparece el NIF de ejemplo 12345678Z. ¿Sirve para las pruebas unitarias de este validador?
{"nombre":"Contribuyente de Prueba","nif":"12345678Z"}`,
  ],
  [
    "zh",
    "national_id:hr-xml:xml",
    `帮我检查这个员工入职 XML 哪里不符合接口规范：
<员工><姓名>罗婉清</姓名><身份证号>⟦national_id|${cnId("33010619870214302")}⟧</身份证号><手机>⟦phone|13917284406⟧</手机><出生日期>⟦date_of_birth|1987-02-14⟧</出生日期><住址>⟦street_address|杭州市西湖区文三路 478 号 2 幢 1302 室⟧</住址></员工>`,
  ],
  [
    "zh",
    "neg-national_id:hr-xml:xml",
    `接口文档里的示例是这样的，字段长度分别是多少？
<员工><姓名>张三</姓名><身份证号>11010519491231002X</身份证号><手机>13800000000</手机></员工>
（示例数据，来自国家标准 GB 11643 的说明）`,
  ],
  [
    "hi",
    "national_id:ekyc-xml:xml",
    `यह UIDAI offline eKYC XML का हिस्सा है, मेरी क्लाइंट के लिए फ़ॉर्म भरना है — नाम, पता और जन्मतिथि अलग करके दो:
<Poi name="Sunita Ramesh Kulkarni" dob="⟦date_of_birth|12-08-1984⟧" gender="F"/>
<Poa careof="W/O Ramesh Kulkarni" house="⟦street_address|Flat 6, Shree Ganesh Apts, Karve Nagar, Pune 411052⟧"/>
<UidData uid="⟦national_id|${aadhaar("58271940336")}⟧"/>`,
  ],
  [
    "hi",
    "neg-national_id:ekyc-xml:xml",
    `UIDAI के developer portal पर offline eKYC का sample XML है जिसमें naam "Test User" और dob "01-01-1990" है। इसकी signature verify कैसे करें?`,
  ],
];
