/**
 * Development set 43, records: HL7 v2 under non-default separators (`#`, `!`; declared by MSH or not; two messages
 * with different separators in one prompt), EDIFACT with a UNA service-string advice, X12 with a non-default element
 * separator, headings that declare test data or do not ("Test:", "Test data:", "Testdaten", "données de test", "QA
 * fixture", a real "Blood test:" / "Test results:" heading over a real patient) and CSV rows with a `test` column —
 * with negatives of the same shapes (spec sample patients, declared fixtures, company-only interchanges).
 */
import type { MarkedEntry } from "../marked-prompts.js";

const HL7: MarkedEntry[] = [
  [
    "pl",
    "hl7:hash",
    "Integrator przysłał tylko segment PID bez MSH:\nPID#1##⟦medical_record|4471203⟧^^^SZP^MR##NOWAK^KATARZYNA##⟦date_of_birth|19880111⟧#F###⟦street_address|ul. Lipowa 12^^Kraków^^30-001^PL⟧##⟦phone|601234567⟧\nJak to sparsować?",
  ],
  [
    "en",
    "hl7:hash",
    "Why does Mirth choke on this?\nMSH#^~\\&#LAB#STJUDE#EHR#STJUDE#202612051022##ORU^R01#88172#P#2.5\nPID#1##⟦medical_record|00518834⟧^^^SJ^MR##ELLISON^MARK##⟦date_of_birth|19710913⟧#M###⟦street_address|48 Birch Lane^^Dayton^OH^45402⟧##⟦phone|(937) 482-1175⟧\nOBX#1#TX#HIV1^HIV-1 RNA##⟦health|HIV-1 RNA detected, 48,000 copies/mL⟧",
  ],
  [
    "de",
    "hl7:bang",
    "Unser Laborsystem nutzt ! als Feldtrenner:\nMSH!^~\\&!LIS!KLINIKUM!KIS!KLINIKUM!202612050811!!ADT^A08!5521!P!2.5\nPID!1!!⟦medical_record|K-2290417⟧^^^KL^PI!!WEBER^JONAS!!⟦date_of_birth|19790703⟧!M!!!⟦street_address|Hauptstr. 5^^Berlin^^10115^D⟧\nWarum sieht der Parser nur ein Feld?",
  ],
  [
    "fr",
    "hl7:bang",
    "Segment reçu sans en-tête, séparateur « ! » :\nPID!1!!⟦medical_record|FR77120934⟧^^^CHU^PI!!MARCHAND^ELODIE!!⟦date_of_birth|19900922⟧!F!!!!!⟦phone|0612345678⟧\nComment le convertir en FHIR Patient ?",
  ],
  [
    "en",
    "hl7:two",
    "Two feeds merged into one file, different separators:\nMSH|^~\\&|RIS|NORTH|EHR|NORTH|202612050900||ADT^A04|7781|P|2.5\nPID|1||⟦medical_record|NW-330192⟧^^^N^MR||OKAFOR^TOM||⟦date_of_birth|19840211⟧|M\nMSH#^~\\&#LAB#SOUTH#EHR#SOUTH#202612050905##ORU^R01#7782#P#2.5\nPID#1##⟦medical_record|SW-118274⟧^^^S^MR##COLLINS^SARAH##⟦date_of_birth|19870314⟧#F\nHow do I split them before parsing?",
  ],
  [
    "es",
    "hl7:hash",
    "El HIS manda esto (sin MSH, con #):\nPID#1##⟦medical_record|HC-5520931⟧^^^HUV^MR##FERNANDEZ^LUCIA##⟦date_of_birth|19851105⟧#F\nDG1#1##⟦health|E10.9^Diabetes mellitus tipo 1^I10⟧\n¿Qué segmento falta?",
  ],
  [
    "it",
    "hl7:two",
    "Nel file ci sono due messaggi:\nMSH!^~\\&!CUP!ASL3!RIS!ASL3!202612041130!!ADT^A01!901!P!2.4\nPID!1!!⟦medical_record|RMNGLI92B58H501X⟧^^^ASL^NN!!ROMANO^GIULIA!!⟦date_of_birth|19920218⟧!F\nMSH|^~\\&|CUP|ASL3|LAB|ASL3|202612041131||ADT^A01|902|P|2.4\nPID|1||⟦medical_record|MR-44120⟧^^^ASL^MR||ROMANO^GIULIA||⟦date_of_birth|19920218⟧|F\nPerché il secondo viene scartato?",
  ],
];

const NEG_HL7: MarkedEntry[] = [
  [
    "en",
    "neg-hl7:hash",
    "Spec example with # separators for our interface doc:\nMSH#^~\\&#TESTAPP#TESTFAC#EHR#TESTFAC#202601010000##ADT^A01#1#T#2.5\nPID#1##123456^^^TEST^MR##TEST^PATIENT##19000101#U\nIs processing ID T right for a test message?",
  ],
  [
    "de",
    "neg-hl7:bang",
    "Beispielsegment aus der Schnittstellenbeschreibung:\nPID!1!!000000^^^DEMO^PI!!MUSTERMANN^MAX!!19700101!M\nIst Mustermann als Testpatient üblich?",
  ],
  [
    "en",
    "neg-hl7:hash",
    "Our supervisor logs look like:\nPID#4471 exited with status 1\nPID#4472 started (worker-3)\nPID#4473 exited with status 137\nWhy does 137 keep happening?",
  ],
  ["nl", "neg-hl7:hash", "Alleen de header komt door:\nMSH#^~\\&#LAB#ZKH#EPD#ZKH#202612050733##ACK^A01#3391#P#2.5\nMSA#AA#88172\nIs deze ACK correct?"],
  [
    "fr",
    "neg-hl7:two",
    "Deux messages d'exemple de la norme (patients fictifs) :\nMSH|^~\\&|APP|FAC|EHR|FAC|202601010000||ADT^A01|1|T|2.5\nPID|1||PATID1234^^^FAC^MR||EVERYMAN^ADAM||19610615|M\nMSH!^~\\&!APP!FAC!EHR!FAC!202601010001!!ADT^A01!2!T!2.5\nPID!1!!PATID1235^^^FAC^MR!!EVERYWOMAN^EVE!!19620322!F\nLe second est-il valide ?",
  ],
];

const EDI: MarkedEntry[] = [
  [
    "de",
    "edifact:una",
    "Ein Kunde schickt IFTMIN mit eigenen Trennzeichen:\nUNA|*.? ~\nUNB*UNOC|3*SENDER*RECEIVER*261205|0930*1~\nNAD*CN***Jonas Weber*⟦street_address|Hauptstr. 5⟧*Berlin**10115*DE~\nCOM*⟦phone|+4915123456789⟧|TE~\nCOM*⟦email|jonas.weber@web.de⟧|EM~\nWarum erkennt unser Mapper die Segmente nicht?",
  ],
  [
    "nl",
    "edifact:una",
    "PAXLST van de luchtvaartmaatschappij:\nUNA:#.? '\nNAD#FL###DE VRIES:DAAN'\nDTM#329:⟦date_of_birth|760630⟧'\nDOC#P:110:111#⟦passport|NW8K42JP1⟧'\nWaarom faalt de validatie?",
  ],
  [
    "es",
    "edifact:una",
    "Mensaje con UNA personalizado:\nUNA^~.? !\nNAD~CZ~~~FERNANDEZ^LUCIA!\nCOM~⟦phone|+34612345678⟧^TE!\nCOM~⟦email|lucia.fdez@telefonica.net⟧^EM!\n¿Por qué el parser no separa los elementos?",
  ],
  [
    "en",
    "x12:custom",
    "837P from a clearinghouse with | as element separator:\nISA|00|          |00|          |ZZ|SUBMIT         |ZZ|PAYER          |261205|1022|^|00501|000000905|0|P|:~\nNM1|IL|1|ELLISON|MARK||||MI|⟦medical_record|W77120934⟧~\nDMG|D8|⟦date_of_birth|19710913⟧|M~\nHI|ABK:⟦health|F32.2⟧~\nHow do I detect the separator?",
  ],
];

const NEG_EDI: MarkedEntry[] = [
  [
    "de",
    "neg-edifact:una",
    "INVOIC zwischen zwei Firmen:\nUNA|*.? ~\nNAD*SU*4012345000009**Muster Logistik GmbH*Industriestr. 7*Hamburg**20095*DE~\nRFF*VA|DE123456789~\nMOA*77|1250.00~\nStimmt das MOA-Segment?",
  ],
  [
    "en",
    "neg-edifact:una",
    "Sample from the UN/EDIFACT syntax guide:\nUNA:+.? '\nUNB+UNOC:3+SENDER+RECEIVER+200101:1200+1'\nUNH+1+ORDERS:D:96A:UN'\nBGM+220+PO12345+9'\nUNT+3+1'\nWhat does the ? in UNA do?",
  ],
  [
    "en",
    "neg-x12:custom",
    "X12 sample from our companion guide (test subscriber):\nISA|00|          |00|          |ZZ|TEST           |ZZ|TEST           |200101|1200|^|00501|000000001|0|T|:~\nNM1|IL|1|TEST|SUBSCRIBER||||MI|TEST0001~\nDMG|D8|19000101|U~\nWhy usage indicator T?",
  ],
];

const HEADINGS: MarkedEntry[] = [
  [
    "en",
    "testhead:bare",
    "Test:\nName: Sarah Collins\nEmail: ⟦email|sarah.collins82@gmail.com⟧\nPhone: ⟦phone|07831 456789⟧\nCan you draft a welcome message for this customer?",
  ],
  [
    "it",
    "testhead:medical",
    "Blood test:\nPaziente: Giulia Romano, nata il ⟦date_of_birth|18/02/1992⟧\nFerritina 8 ng/mL, Hb 9.8 g/dL — ⟦health|anemia sideropenica⟧\nPuoi spiegarmi i valori?",
  ],
  [
    "en",
    "testhead:medical",
    "Test results:\nPatient: Tom Okafor (DOB ⟦date_of_birth|11/02/1984⟧)\n⟦health|HbA1c 9.1% — type 2 diabetes poorly controlled⟧\nWrite a summary for his GP.",
  ],
  ["de", "testhead:bare", "Test:\nHerr Jonas Weber\nGeb.: ⟦date_of_birth|03.07.1979⟧\nTel.: ⟦phone|0151 23456789⟧\nBitte formuliere eine Terminbestätigung."],
  [
    "fr",
    "testhead:medical",
    "Résultats du test PCR :\nÉlodie Marchand, née le ⟦date_of_birth|22/09/1990⟧ — ⟦health|positive à la tuberculose⟧\nComment l'annoncer à son employeur ?",
  ],
  ["es", "testhead:bare", "Test:\n⟦email|lucia.fdez@telefonica.net⟧\n⟦phone|+34 612 345 678⟧\nEsta clienta quiere darse de baja, ¿qué le respondo?"],
  [
    "pt",
    "testhead:medical",
    "Teste de gravidez — resultado:\nJoão Pereira pediu sigilo: a filha Ana Pereira (⟦date_of_birth|03/05/2009⟧) ⟦health|está grávida⟧.\nComo registo isto no processo?",
  ],
  ["sv", "testhead:bare", "Test:\nMaria Lindqvist, personnummer ⟦national_id|811218-9876⟧\nKan du skriva ett intyg?"],
];

const NEG_HEADINGS: MarkedEntry[] = [
  [
    "en",
    "neg-testhead:declared",
    "Test data:\nName: Jane Sample\nEmail: jane.sample@example.com\nPhone: 555-0142\nDOB: 01/01/1990\nGenerate 5 more rows like this for our seed script.",
  ],
  [
    "de",
    "neg-testhead:declared",
    "Testdaten für die Staging-Umgebung:\nName: Max Mustermann\nTel.: 030 12345678\nGeb.: 01.01.1970\nIBAN: DE02 1203 0000 0000 2020 51\nIst das Format für den Import richtig?",
  ],
  [
    "fr",
    "neg-testhead:declared",
    "Données de test (fictives) :\nNom : Jean Dupont\nTél. : 01 23 45 67 89\nNé le : 01/01/1980\nPeux-tu générer un jeu de 10 lignes semblables ?",
  ],
  [
    "en",
    "neg-testhead:declared",
    "QA fixture `patients.yaml`:\n- name: Test Patient\n  dob: 1900-01-01\n  phone: 555-0100\n  mrn: TEST000001\nWhy does the fixture loader skip dob?",
  ],
  [
    "en",
    "neg-testhead:declared",
    "Test patient for the sandbox EHR:\nPatient: Test, Patient\nDOB: 01/01/1900\nMRN: 000000000\nDiagnosis: Z00.00 (general exam)\nIs the sandbox reset nightly?",
  ],
  [
    "es",
    "neg-testhead:declared",
    "Datos de prueba del manual:\nNombre: Juan Español Español\nDNI: 99999999R\nTeléfono: 600 000 000\n¿Vale este DNI para las pruebas de validación?",
  ],
  [
    "it",
    "neg-testhead:declared",
    "Dati di test della documentazione:\nMario Rossi\nCodice fiscale: RSSMRA80A01H501U\nTel. 06 0000 0000\nPosso usarli nei test end-to-end?",
  ],
  [
    "nl",
    "neg-testhead:declared",
    "Testgegevens uit de BSN-documentatie: BSN 999999990 (testnummer), geboren 01-01-1980, tel. 020 000 0000. Kan ik dit in de demo zetten?",
  ],
];

const CSV: MarkedEntry[] = [
  [
    "en",
    "csv:testcolumn",
    "test,surname,dob,result\nlipid panel,Test,⟦date_of_birth|1975-06-02⟧,⟦health|LDL 4.9 mmol/L familial hypercholesterolaemia⟧\nHbA1c,Okafor,⟦date_of_birth|1984-02-11⟧,⟦health|9.1% type 2 diabetes⟧\nWhy does pandas read 'Test' as a boolean?",
  ],
  [
    "de",
    "csv:testcolumn",
    "Test;Nachname;Geburtsdatum;Befund\nTSH;Weber;⟦date_of_birth|03.07.1979⟧;⟦health|Hashimoto-Thyreoiditis⟧\nFerritin;Test;⟦date_of_birth|12.12.1961⟧;⟦health|Eisenmangelanämie⟧\nWie sortiere ich nach Nachname?",
  ],
  [
    "pl",
    "csv:testcolumn",
    "TEST,NAZWISKO,DATA_UR\nmorfologia,Nowak,⟦date_of_birth|1988-01-11⟧\nglukoza,Kowalski,⟦date_of_birth|1959-04-30⟧\nJak połączyć to z tabelą wyników?",
  ],
];

const NEG_CSV: MarkedEntry[] = [
  [
    "en",
    "neg-csv:testrow",
    "type,surname,dob,note\nTEST,TESTPATIENT,1900-01-01,do not use\nTEST,DUMMY,1900-01-02,do not use\nHow do I filter the TEST rows before the load?",
  ],
  ["de", "neg-csv:testrow", "Art;Nachname;Geburtsdatum\nTEST;Mustermann;01.01.1970\nTEST;Musterfrau;01.01.1971\nWarum landen die TEST-Zeilen in Produktion?"],
  ["fr", "neg-csv:testrow", "test,nom,date\nTEST,Dupont,2026-12-05\nTEST,Durand,2026-12-06\nCe sont des lignes de recette ; comment les exclure de l'export ?"],
];

export const RECORDS: MarkedEntry[] = [...HL7, ...NEG_HL7, ...EDI, ...NEG_EDI, ...HEADINGS, ...NEG_HEADINGS, ...CSV, ...NEG_CSV];
