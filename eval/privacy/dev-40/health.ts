/** Development set 40, health formats (HL7 v2, X12 837/835, HL7 CDA, FHIR, DICOM headers). Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";
import { npi, nhs } from "./ids.js";

export const HEALTH: MarkedEntry[] = [
  [
    "en",
    "health:hl7v2-adt:segment",
    `Mirth channel is choking on this ADT^A01, can you tell me which segment breaks the parser?

MSH|^~\\&|EPIC|STMARYS|MIRTH|HIE|202611281433||ADT^A01|MSG00218841|P|2.5.1
EVN|A01|202611281430
PID|1||⟦medical_record|MRN7731904⟧^^^STMARYS^MR||DEVEREUX^CLAUDETTE^M||⟦date_of_birth|19580314⟧|F|||⟦street_address|418 Larkspur Ln^^Dayton^OH^45409⟧||⟦phone|(937)555-2841⟧|||||⟦us_ssn|412-68-3307⟧
PV1|1|I|4W^412^B||||1962537418^OKONKWO^IFEANYI^^^MD
DG1|1|I10|I50.22^⟦health|Chronic systolic (congestive) heart failure⟧^I10|||A
DG1|2|I10|E11.65^⟦health|Type 2 diabetes mellitus with hyperglycemia⟧^I10|||A`
      .replace("(937)555-2841", "(937)473-2841")
      .replace("⟦phone|(937)555-2841⟧", "⟦phone|(937)473-2841⟧"),
  ],
  [
    "en",
    "neg-health:hl7v2-adt:segment",
    `This is the sample message from the HL7 v2.5 standard, chapter 3. Why is PID-3 repeated with different assigning authorities?

MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB, INC.|GOOD HEALTH HOSPITAL|198808181126|SECURITY|ADT^A01^ADT_A01|MSG00001|P|2.5
EVN|A01|200708181123||
PID|1||PATID1234^^^GOOD HEALTH HOSPITAL^MR~123456789^^^USSSA^SS||EVERYMAN^ADAM^A^III||19610615|M||C|2222 HOME STREET^^GREENSBORO^NC^27401-1020
NK1|1|NUCLEAR^NELDA^W|SPO^SPOUSE||||NK^NEXT OF KIN
PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|`,
  ],
  [
    "en",
    "health:hl7v2-oru:segment",
    `Convert this lab result to a patient-friendly summary for the portal:

MSH|^~\\&|LIS|NORTHLAB|EHR|CLINIC|202611270915||ORU^R01|L-99812|P|2.5.1
PID|1||⟦medical_record|00448127⟧^^^NORTHLAB^MR||ABERNATHY^TOBIAS||⟦date_of_birth|19890722⟧|M
OBR|1||LB-5521|25836-8^HIV 1 RNA viral load^LN
OBX|1|NM|25836-8^⟦health|HIV-1 RNA viral load⟧^LN||⟦health|48200⟧|copies/mL|<20|H|||F
OBX|2|NM|24467-3^⟦health|CD4 count⟧^LN||⟦health|310⟧|cells/uL|500-1500|L|||F`,
  ],
  [
    "en",
    "neg-health:hl7v2-oru:segment",
    `Our interface engine test harness sends this every night. Does OBX-8 "H" get mapped correctly?
PID|1||TEST0001^^^LAB^MR||TEST^PATIENT^ONE||19000101|U
OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F
(the patient is our standard test record, not a person)`,
  ],
  [
    "de",
    "health:hl7v2-adt:segment",
    `Kannst du diese HL7-Nachricht aus unserem KIS lesbar aufbereiten (Tabelle: Feld, Wert)?

MSH|^~\\&|ORBIS|KLINIKUM-NORD|SUBSYS|RAD|202611300812||ADT^A08|4471200|P|2.5|||||DEU|8859/1
PID|1||⟦medical_record|40188273⟧^^^KLINIKUM-NORD^PI||Brinkmöller^Heike^^^^^L||⟦date_of_birth|19710506⟧|F|||⟦street_address|Amselstr. 7^^Bremen^^28209⟧^D
PV1|1|I|PSY2^214^1
DG1|1||F33.2^⟦health|Rezidivierende depressive Störung, gegenwärtig schwere Episode ohne psychotische Symptome⟧^I10-2026||20261129|BD`,
  ],
  [
    "en",
    "health:x12-837p:segment",
    `Clearinghouse rejected this 837P with "2010BA NM109 invalid". Which loop is wrong?

ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *261201*1253*^*00501*000000905*0*P*:~
NM1*IL*1*VASQUEZ*ROSALINDA****MI*⟦medical_record|XQM448120937⟧~
N3*⟦street_address|2207 MESQUITE DR⟧~
N4*EL PASO*TX*79936~
DMG*D8*⟦date_of_birth|19740911⟧*F~
CLM*PT7761*240***11:B:1*Y*A*Y*Y~
HI*ABK:F200*ABF:Z79899~
NM1*82*1*PATEL*ANJALI****XX*${npi("173802281")}~`.replace("HI*ABK:F200", "HI*ABK:⟦health|F200⟧"),
  ],
  [
    "en",
    "neg-health:x12-837p:segment",
    `From the 005010X222A1 implementation guide example 1 (test data). Explain what the HI segment qualifiers ABK and ABF mean:
NM1*IL*1*SMITH*TEST****MI*123456789~
DMG*D8*19430501*F~
HI*ABK:J449*ABF:I10~`,
  ],
  [
    "en",
    "health:x12-835:segment",
    `The 835 says denied, but I don't get why. Can you explain CARC 50 in plain words for my mom's claim?

CLP*CLM88217*4*1840*0**12*26330045810~
NM1*QC*1*LINDQVIST*MARGARETA****MI*⟦medical_record|W772814406⟧~
SVC*HC:90837*1840*0**1~
CAS*CO*50*1840~
LQ*HE*N115~
REF*6R*⟦health|psychotherapy 60 min, dx F43.10 PTSD⟧~`,
  ],
  [
    "en",
    "neg-health:x12-835:segment",
    `Aggregate denial report from our 835s for November (all payers):
CARC 50 not medically necessary: 212 claims, $318,400
CARC 197 precert absent: 88 claims, $141,022
CARC 16 missing info: 403 claims, $96,115
Draft a memo to the revenue cycle team.`,
  ],
  [
    "en",
    "health:cda:xml",
    `Summarise this C-CDA problem list for the referral letter:

<recordTarget><patientRole>
  <id root="2.16.840.1.113883.19.5" extension="⟦medical_record|996-756-495⟧"/>
  <addr><streetAddressLine>⟦street_address|71 Quarry Hill Rd⟧</streetAddressLine><city>Montpelier</city><state>VT</state></addr>
  <patient><name><given>Everett</given><family>Moynihan</family></name>
  <birthTime value="⟦date_of_birth|19520227⟧"/></patient>
</patientRole></recordTarget>
...
<observation classCode="OBS" moodCode="EVN"><code code="55607006" displayName="Problem"/>
  <value xsi:type="CD" code="26929004" codeSystem="2.16.840.1.113883.6.96" displayName="⟦health|Alzheimer's disease⟧"/></observation>
<observation classCode="OBS" moodCode="EVN"><value xsi:type="CD" code="38341003" displayName="⟦health|Hypertensive disorder⟧"/></observation>`,
  ],
  [
    "en",
    "neg-health:cda:xml",
    `Is this CDA header fragment valid? It's from the HL7 C-CDA R2.1 companion guide sample.
<patient><name><given>Eve</given><family>Everywoman</family></name>
<administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
<birthTime value="19750501"/></patient>`,
  ],
  [
    "en",
    "health:fhir-bundle:json",
    `Why does the HAPI validator say Condition.subject must reference a Patient here?

{"resourceType":"Bundle","type":"transaction","entry":[
 {"resource":{"resourceType":"Patient","id":"p1","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"⟦national_id|${nhs("487512093")}⟧"}],
  "name":[{"family":"Achterberg","given":["Niamh"]}],"birthDate":"⟦date_of_birth|1996-03-02⟧"}},
 {"resource":{"resourceType":"Condition","subject":{"reference":"Patient/p1"},
  "code":{"coding":[{"system":"http://snomed.info/sct","code":"69896004","display":"⟦health|Rheumatoid arthritis⟧"}]}}},
 {"resource":{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p1"},"medicationCodeableConcept":{"text":"⟦health|Methotrexate 15 mg weekly⟧"}}}
]}`,
  ],
  [
    "en",
    "neg-health:fhir-bundle:json",
    `This is the example Patient from the FHIR R4 spec (patient-example.json). Which elements are must-support in US Core?
{"resourceType":"Patient","id":"example","identifier":[{"use":"usual","system":"urn:oid:1.2.36.146.595.217.0.1","value":"12345"}],
 "name":[{"use":"official","family":"Chalmers","given":["Peter","James"]}],"gender":"male","birthDate":"1974-12-25"}`,
  ],
  [
    "en",
    "health:fhir-coverage:json",
    `Map these FHIR resources to our claims table (member_id, payer, plan, diagnosis):

{"resourceType":"Coverage","status":"active","subscriberId":"⟦medical_record|ZGP903311847⟧","beneficiary":{"reference":"Patient/8812","display":"Kofi Mensah-Bonsu"},"payor":[{"display":"Aetna"}]}
{"resourceType":"Observation","subject":{"display":"Kofi Mensah-Bonsu"},"code":{"text":"Hemoglobin A1c"},"valueQuantity":{"value":⟦health|9.4⟧,"unit":"%"}}`,
  ],
  [
    "en",
    "neg-health:fhir-schema:json",
    `Which of these FHIR search parameters do I need for a Condition lookup by code? From the CapabilityStatement:
{"type":"Condition","searchParam":[{"name":"code","type":"token"},{"name":"patient","type":"reference"},{"name":"onset-date","type":"date"}]}`,
  ],
  [
    "en",
    "health:dicom-header:text",
    `dcmdump output of the MRI the patient brought on a CD. The viewer can't open it; is the transfer syntax the problem?

(0002,0010) UI =ExplicitVRLittleEndian
(0008,0060) CS [MR]
(0008,1030) LO [MRI BRAIN W/WO CONTRAST - ⟦health|R/O MULTIPLE SCLEROSIS⟧]
(0010,0010) PN [HALVORSEN^INGRID^K]
(0010,0020) LO [⟦medical_record|RAD00917744⟧]
(0010,0030) DA [⟦date_of_birth|19910830⟧]
(0010,1040) LO [⟦street_address|Sognsveien 112, 0855 Oslo⟧]
(0032,1060) LO [⟦health|Optic neuritis left eye, demyelination?⟧]`,
  ],
  [
    "en",
    "neg-health:dicom-header:text",
    `dcmdump of the CT phantom scan we use for QA, why is the slice thickness 0.625?
(0008,0060) CS [CT]
(0010,0010) PN [PHANTOM^CATPHAN600]
(0010,0020) LO [QA-PHANTOM-01]
(0010,0030) DA [19000101]
(0018,0050) DS [0.625]
(0018,0060) DS [120]`,
  ],
  [
    "en",
    "neg-health:dicom-header:text",
    `Anonymised with the DICOM PS3.15 basic profile — did we miss any tag?
(0010,0010) PN [ANONYMOUS]
(0010,0020) LO [ANON-00017]
(0010,0030) DA []
(0008,0080) LO [REMOVED]
(0008,1030) LO [CHEST PA]`,
  ],
  [
    "fr",
    "health:hl7v2-oru:segment",
    `Peux-tu me traduire ce résultat de labo HPRIM/HL7 en langage simple pour mon patient ?

PID|||⟦medical_record|IPP0038814⟧||LEFEBVRE^JOSIANE||⟦date_of_birth|19640118⟧|F|||||||||||⟦national_id|${"2640175115082"}⟧
OBX|1|NM|2160-0^Créatinine^LN||⟦health|312⟧|µmol/L|45-90|HH|||F
OBX|2|TX|^Conclusion||⟦health|Insuffisance rénale chronique stade 4⟧||||||F`.replace(
      "2640175115082",
      "2640175115082 " + String(97 - Number(2640175115082n % 97n)).padStart(2, "0"),
    ),
  ],
  [
    "ja",
    "health:ss-mix2:segment",
    `このHL7メッセージ（SS-MIX2の標準化ストレージから取り出したもの）を表にまとめてください。

PID|||⟦medical_record|0012884731⟧^^^^PI||タカハシ^ミユキ^^^^^L^P~高橋^美幸^^^^^L^I||⟦date_of_birth|19830419⟧|F
PRB|AD|20261120|C50.9^⟦health|乳房悪性腫瘍⟧^I10|||||||||||
OBX|1|NM|3G010000002327101^HbA1c||6.1|%`,
  ],
  [
    "ja",
    "neg-health:ss-mix2:segment",
    `SS-MIX2仕様書のサンプルです。患者は「テスト 太郎」で架空です。PIDの氏名の繰り返し（漢字とカナ）の順序の決まりを教えてください。
PID|||9999999999^^^^PI||テスト^タロウ^^^^^L^P~テスト^太郎^^^^^L^I||19000101|M`,
  ],
];
