/**
 * dev-55 hard negatives of the same shapes as `sensitive.ts`: ICAO and national specimen passports, PNR and APIS
 * tutorials with placeholders, blank registration forms, schemas without data, aggregate statistics, device
 * datasheets, public figures' published passport trivia and fictional characters. `kind` is `neg-<medium>:<what>`.
 * Our own text; the specimens are the published sample documents.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { td3Line1, td3Line2 } from "./mrz.js";

const PNR_TUTORIAL: MarkedEntry[] = [
  [
    "en",
    "neg-pnr:tutorial",
    `Explain each field of the DOCS format: SSR DOCS YY HK1 P/GBR/123456789/GBR/12JUL82/M/20NOV30/SMITH/JOHN — I'm studying for the GDS exam.`,
  ],
  [
    "en",
    "neg-pnr:tutorial",
    `In the training manual the DOCS template is SSR DOCS XX HK1 P/CCC/NNNNNNNNN/CCC/DDMMMYY/G/DDMMMYY/SURNAME/FIRSTNAME. What does G stand for?`,
  ],
  [
    "de",
    "neg-pnr:tutorial",
    `Für unsere Schulung: Wie trägt man in Amadeus die APIS-Daten ein? Beispiel aus dem Handbuch: SR DOCS YY HK1-P-DEU-XXXXXXXXX-DEU-01JAN80-M-01JAN30-MUSTERMANN-MAX/P1`,
  ],
  ["fr", "neg-pnr:tutorial", `Quelle est la différence entre SSR DOCS, DOCO et DOCA ? Dans le guide Sabre, l'exemple est 3DOCSA/DB/01JAN70/M/TEST/PASSENGER.`],
  ["es", "neg-pnr:tutorial", `¿Cómo se escribe el DOCA de residencia? El manual pone SSR DOCA YY HK1 R/PAIS/DIRECCION/CIUDAD/CP como plantilla.`],
  [
    "it",
    "neg-pnr:tutorial",
    `Nel corso GDS ci hanno dato questo esempio: SSR DOCS AZ HK1 P/ITA/XX0000000/ITA/01GEN80/F/01GEN30/ROSSI/MARIA. Perché GEN non è accettato?`,
  ],
  [
    "en",
    "neg-pnr:tutorial",
    `Write me a regex that validates SSR DOCS lines like P/GBR/123456789/GBR/12JUL82/M/20NOV30/SMITH/JOHN (passport, nationality, dates, names).`,
  ],
  [
    "nl",
    "neg-pnr:tutorial",
    `Wat betekent HK1 in een SSR-regel? Voorbeeld uit de cursus: SSR DOCS KL HK1 P/NLD/XXXXXXXXX/NLD/DDMMMJJ/M/DDMMMJJ/ACHTERNAAM/VOORNAAM`,
  ],
  ["pl", "neg-pnr:tutorial", `Jak wpisać DOCO dla wizy? W instrukcji jest wzór: SSR DOCO YY HK1 /V/NUMER_WIZY/MIEJSCE/DATA/USA`],
  [
    "en",
    "neg-pnr:tutorial",
    `Our sandbox PNR for integration tests uses SSR DOCS YY HK1 P/ZZZ/TEST12345/ZZZ/01JAN90/M/01JAN35/TEST/PAX — is ZZZ a valid test country code?`,
  ],
  ["ja", "neg-pnr:tutorial", `DOCSの書式を教えてください。マニュアルの例は SSR DOCS JL HK1 P/JPN/TXXXXXXXX/JPN/01JAN80/M/01JAN30/YAMADA/TARO です。`],
  ["tr", "neg-pnr:tutorial", `SSR DOCS satırındaki alanların sırası nedir? Eğitim örneği: P/TUR/U00000000/TUR/GGAAAYY/C/GGAAAYY/SOYAD/AD`],
  [
    "en",
    "neg-pnr:tutorial",
    `How many characters may the surname field have in SSR DOCA? The IATA example is SSR DOCA YY HK1 D/USA/123 MAIN STREET/ANYTOWN/NY/10001.`,
  ],
  ["zh", "neg-pnr:tutorial", `航信系统里DOCS指令怎么输入？教材示例：SSR DOCS CA HK1 P/CHN/E00000000/CHN/01JAN80/M/01JAN30/ZHANG/SAN`],
];

const ICAO_SPECIMEN: MarkedEntry[] = [
  [
    "en",
    "neg-icao:specimen",
    `Why does the ICAO 9303 specimen MRZ validate? ${td3Line1("UTO", "ERIKSSON", "ANNA MARIA")}\n${td3Line2("L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")} — I'm testing my check-digit code with it.`,
  ],
  [
    "de",
    "neg-icao:specimen",
    `Im Musterpass der Bundesdruckerei steht ERIKA MUSTERMANN mit Passnummer C01X00T47. Ist das die offizielle Musternummer für Tests?`,
  ],
  [
    "en",
    "neg-icao:specimen",
    `For our OCR unit tests we use the Utopia specimen page: Surname ERIKSSON, Given names ANNA MARIA, Passport No. L898902C3, Date of birth 12 AUG 74. Any other public specimens?`,
  ],
  [
    "nl",
    "neg-icao:specimen",
    `Het specimen-paspoort van de Rijksoverheid toont Willeke Liselotte De Bruijn, nummer SPECI2014. Mag ik dat in een demo gebruiken?`,
  ],
  [
    "es",
    "neg-icao:specimen",
    `El pasaporte de muestra de la Policía Nacional lleva el nombre CARMEN ESPAÑOLA ESPAÑOLA y la palabra ESPECIMEN. ¿Sirve para probar nuestro lector?`,
  ],
  [
    "fr",
    "neg-icao:specimen",
    `Sur le spécimen de passeport français publié par l'ANTS, le titulaire est MARTIN Maëlys-Gaëlle, numéro 00AA00000. C'est un numéro fictif, non ?`,
  ],
  [
    "en",
    "neg-icao:specimen",
    `Explain the TD3 check digits using the ICAO Doc 9303 Part 4 example line ${td3Line2("L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")}`,
  ],
  [
    "it",
    "neg-icao:specimen",
    `Nel facsimile del passaporto elettronico pubblicato dal Poligrafico il titolare è ROSSI MARIO, con la scritta SPECIMEN. Come leggo la zona MRZ?`,
  ],
  ["pl", "neg-icao:specimen", `Wzór paszportu z rozporządzenia MSWiA ma dane JAN KOWALSKI i napis WZÓR. Czy mogę go użyć w dokumentacji aplikacji?`],
  ["zh", "neg-icao:specimen", `ICAO 9303 文档里的样本护照是 UTOPIA 国的 ERIKSSON ANNA MARIA，号码 L898902C3。为什么这个号码总被用作测试数据？`],
];

const APIS_DOC: MarkedEntry[] = [
  [
    "en",
    "neg-apis:doc",
    `What does each PAXLST segment do? NAD+FL+++SURNAME:GIVEN', ATT+2++sex', DTM+329:YYMMDD', NAT+2+country', DOC+P:110:111+number', DTM+36:expiry'.`,
  ],
  [
    "de",
    "neg-apis:doc",
    `Welche Pflichtfelder hat ein APIS-Datensatz laut EU-Richtlinie 2004/82? Name, Geburtsdatum, Staatsangehörigkeit, Art und Nummer des Reisedokuments, Grenzübergangsstelle.`,
  ],
  [
    "en",
    "neg-apis:doc",
    `Draft a CSV header for an APIS export: surname,given,dob,sex,nationality,doc_type,doc_no,doc_expiry — and one row of dummy data with XXX everywhere.`,
  ],
  ["fr", "neg-apis:doc", `Combien de passagers par message PNRGOV ? Le guide IATA donne TIF+NOM:PRENOM' suivi de SSR+DOCS comme modèle.`],
  ["es", "neg-apis:doc", `En 2025 nuestro sistema envió 1.284.330 registros APIS y el 0,7 % fue rechazado por fecha de caducidad. ¿Es una tasa normal?`],
  [
    "pt",
    "neg-apis:doc",
    `Quais campos do manifesto de passageiros são obrigatórios para voos para os EUA? Nome, data de nascimento, nacionalidade, tipo e número do documento.`,
  ],
];

const HOTEL_BLANK: MarkedEntry[] = [
  [
    "de",
    "neg-hotel:blank",
    `Welche Felder muss ein Meldeschein nach §30 BMG haben? Name, Geburtsdatum, Staatsangehörigkeit, Anschrift, Ausweisnummer bei Ausländern — stimmt das?`,
  ],
  [
    "pt",
    "neg-hotel:blank",
    `Crie um modelo em branco de ficha de hospedagem (FNRH) com os campos: Nome, Nacionalidade, Documento, Data de nascimento, Procedência.`,
  ],
  [
    "it",
    "neg-hotel:blank",
    `Come funziona il tracciato della schedina alloggiati? Campi: tipo alloggiato, data arrivo, cognome, nome, sesso, data nascita, tipo documento, numero documento.`,
  ],
  ["es", "neg-hotel:blank", `El parte de viajeros del RD 933/2021 pide nombre, documento, fecha de nacimiento y dirección. ¿Desde cuándo también el teléfono?`],
  ["fr", "neg-hotel:blank", `Modèle vierge de fiche individuelle de police : Nom : ____ Prénom : ____ Né le : __/__/____ Passeport n° : ____________`],
  ["en", "neg-hotel:blank", `Our Opera export template is RES_ID,GUEST,NATIONALITY,ID_TYPE,ID_NUMBER,DOB. Which of these columns must be masked under GDPR?`],
];

const VISA_SCHEMA: MarkedEntry[] = [
  [
    "en",
    "neg-visa:schema",
    `Here's the ETA API schema, is it sensible?\n{"applicant":{"surname":"string","given_names":"string","date_of_birth":"YYYY-MM-DD","nationality":"ISO 3166 alpha-3"},"travel_document":{"type":"P","number":"string(9)","expiry":"date"}}`,
  ],
  ["de", "neg-visa:schema", `Welche Felder braucht das Schengen-Visumformular? 1. Name … 13. Nummer des Reisedokuments. Bitte als leere Checkliste.`],
  ["en", "neg-visa:schema", `ESTA statistics: in FY2025 about 23 million applications were approved and 0.4% denied. Why do people get denied?`],
  [
    "es",
    "neg-visa:schema",
    `Ejemplo de la documentación del API de eVisa: {"application_id":"EV-0000-000000","holder":"<nombre>","passport_no":"<número>","status":"pending"}`,
  ],
  ["ja", "neg-visa:schema", `ビザ申請フォームの項目一覧を作ってください：氏名、旅券番号、生年月日、国籍、渡航目的。`],
  ["zh", "neg-visa:schema", `签证申请接口文档里的字段说明：姓名（字符串）、护照号码（9位）、出生日期（YYYY-MM-DD）。帮我翻译成英文。`],
];

const EGATE_STATS: MarkedEntry[] = [
  ["en", "neg-egate:stats", `e-gate lane report for last week: lane 4 processed 18,422 travellers, 6.1% referred to the desk, median 11.8 s. Is 6% high?`],
  ["de", "neg-egate:stats", `EasyPASS-Statistik Frankfurt Dezember: 412.000 Nutzungen, MRZ_CHECK_FAIL in 0,3 % der Fälle. Woran liegt das meistens?`],
  ["fr", "neg-egate:stats", `Rapport PARAFE : taux d'échec biométrique de 2,4 % au terminal 2E en novembre. Comment l'expliquer aux élus ?`],
  [
    "en",
    "neg-egate:stats",
    `Kiosk error codes from the vendor manual: VISA_NOT_FOUND, CHIP_ERR, FACE_MISMATCH, REFER. Write a short explanation of each for staff.`,
  ],
  ["nl", "neg-egate:stats", `Hoeveel procent van de reizigers gebruikt de No-Q poorten op Schiphol? Ik lees ergens 65% in de zomer.`],
  ["ja", "neg-egate:stats", `顔認証ゲートの利用率は2025年に羽田で78％だったそうです。照合不一致の主な原因は？`],
];

const BIO_STATS: MarkedEntry[] = [
  ["en", "neg-bio:stats", `NIST FRVT says the best 1:N algorithms have a false negative rate under 0.2% at FPIR 0.003. What does that mean in plain words?`],
  ["en", "neg-bio:stats", `Apple says Face ID has a 1 in 1,000,000 false match rate and Touch ID 1 in 50,000. How do they measure that?`],
  ["de", "neg-bio:stats", `Unsere Zutrittskontrolle hatte im November eine FAR von 0,001 % und eine FRR von 1,8 % bei 12.400 Buchungen. Ist das gut?`],
  ["fr", "neg-bio:stats", `Quelle est la distance de Hamming typique entre deux iris différents ? J'ai lu 0,45 en moyenne avec un seuil à 0,32.`],
  ["es", "neg-bio:stats", `En nuestra empresa 212 de 230 empleados registraron la huella; 18 no pudieron por calidad baja. ¿Qué alternativas hay?`],
  ["it", "neg-bio:stats", `Quanti byte occupa un template ISO 19794-2 medio? Nei nostri test sono circa 250–600 byte per dito.`],
  ["pl", "neg-bio:stats", `Ile wynosi typowy EER dla weryfikacji głosowej? W raporcie jest 2,1% na 5 000 mówców.`],
  ["zh", "neg-bio:stats", `人脸识别门禁上个月识别 38,000 次，误识率 0.002%，拒识率 1.5%。这个水平怎么样？`],
];

const DATASHEET: MarkedEntry[] = [
  [
    "en",
    "neg-device:datasheet",
    `Datasheet says: optical sensor 500 dpi, template ISO 19794-2 / ANSI 378, 3,000 templates, 1:N < 1 s, FAR 0.001%. Is that enough for 400 staff?`,
  ],
  [
    "de",
    "neg-device:datasheet",
    `Technische Daten Terminal: Fingerabdruckkapazität 10.000 Templates, Gesichtserkennung 3.000 Gesichter, Speicher 100.000 Buchungen. Reicht das?`,
  ],
  ["en", "neg-device:datasheet", `The iris camera spec: 640x480 NIR at 850 nm, IrisCode 2048 bits plus 2048-bit mask, match in 2 ms. Why a mask?`],
  [
    "fr",
    "neg-device:datasheet",
    `Fiche technique de la pointeuse : capacité 5 000 empreintes, 50 000 pointages, export CSV ou USB. Comment exporter sans le logiciel ?`,
  ],
  ["es", "neg-device:datasheet", `Ficha del lector: plantilla de 512 bytes, sensor capacitivo, IP65, 1:1 y 1:N. ¿Sirve para exterior?`],
  ["ja", "neg-device:datasheet", `静脈認証装置の仕様：テンプレートサイズ1KB、登録3,000名、照合時間0.5秒。社員200名に足りますか？`],
  ["pt", "neg-device:datasheet", `O manual do relógio de ponto diz: template_digital de 384 bytes, 3.000 digitais, exportação AFD. O que é AFD?`],
  [
    "it",
    "neg-device:datasheet",
    `Scheda tecnica del varco: riconoscimento volto 1:N fino a 20.000 persone, embedding a 512 dimensioni. Che cos'è un embedding?`,
  ],
];

const FACE_SCHEMA: MarkedEntry[] = [
  [
    "en",
    "neg-face:schema",
    `What does the identify response look like? The docs show {"faceId":"string (uuid)","candidates":[{"personId":"string","confidence":"number"}]}`,
  ],
  [
    "en",
    "neg-face:schema",
    `The API reference example: {"faceId":"c5c24a82-6845-4031-9d5d-978df9175426","faceRectangle":{"width":78,"height":78,"left":394,"top":54}}. Why is there no name?`,
  ],
  [
    "de",
    "neg-face:schema",
    `Erklär mir die Felder der Gesichtserkennungs-API: person (String), gesichts_template (Base64), similarity (0–1). Ohne Beispiel bitte.`,
  ],
  ["fr", "neg-face:schema", `Dans la doc, le vecteur facial fait 512 flottants entre -1 et 1, normalisés L2. Comment calculer la similarité cosinus ?`],
  [
    "es",
    "neg-face:schema",
    `En la documentación de Rekognition el ejemplo de SearchFacesByImage devuelve FaceMatches con Similarity y FaceId. ¿Qué es ExternalImageId?`,
  ],
  ["zh", "neg-face:schema", `人脸识别接口文档：返回字段 姓名（string）、人脸特征（base64）、相似度（float）。这个设计合理吗？`],
  ["en", "neg-face:schema", `Toy example for my lecture: embedding A = [0.6, 0.8] and B = [0.8, 0.6], cosine similarity 0.96. Make a slide explaining it.`],
  ["pt", "neg-face:schema", `Qual o tamanho do face_embedding do FaceNet? Acho que são 128 floats. Quero explicar para o síndico.`],
];

const PUBLIC_FIGURES: MarkedEntry[] = [
  ["en", "neg-public:passport", `Is it true Queen Elizabeth II never had a passport because they were issued in her name? What about King Charles?`],
  ["en", "neg-public:passport", `Edward Snowden's US passport was revoked in June 2013 while he was in Hong Kong. How did he then travel to Moscow?`],
  [
    "de",
    "neg-public:passport",
    `Albert Einsteins Schweizer Pass ist im Historischen Museum Bern ausgestellt. Seit wann hatte er die Schweizer Staatsbürgerschaft?`,
  ],
  ["fr", "neg-public:passport", `Le passeport de Joséphine Baker a été exposé au Panthéon en 2021. Quelle nationalité avait-elle à la naissance ?`],
  ["es", "neg-public:passport", `¿Es verdad que Lionel Messi obtuvo el pasaporte español en 2005? ¿Cómo influyó en su ficha con el Barcelona?`],
  ["it", "neg-public:passport", `Il passaporto di Sophia Loren venuto all'asta: che valore hanno questi cimeli secondo te?`],
  ["en", "neg-public:passport", `The Henley Passport Index 2026 ranks Singapore first with 193 destinations. Where does Ireland sit?`],
  ["nl", "neg-public:passport", `Klopt het dat Johan Cruijff ooit een Spaans paspoort had? Ik las het in een biografie.`],
];

const FICTION: MarkedEntry[] = [
  [
    "en",
    "neg-fiction:passport",
    `In Casino Royale, Bond's passport in the DOCS-style prop reads P/GBR/007/GBR/11NOV68/M/BOND/JAMES — is that screen-accurate?`,
  ],
  [
    "en",
    "neg-fiction:passport",
    `For my spy novel, write the border log where the agent "Vera Castellane" uses a forged passport and the e-gate flags face_score=0.38.`,
  ],
  ["de", "neg-fiction:passport", `In meinem Krimi kontrolliert Kommissar Hauke Jessen den Meldeschein des Opfers. Schreib die Szene, ohne echte Daten.`],
  ["fr", "neg-fiction:passport", `Dans Tintin, Les Bijoux de la Castafiore, Tintin a-t-il un passeport ? Il voyage partout sans jamais le montrer.`],
  ["es", "neg-fiction:passport", `Escribe un diálogo de novela: el inspector Ferrán Oliva revisa el registro de acceso con huella del villano Dr. Malvar.`],
  ["ja", "neg-fiction:passport", `小説の設定です：主人公「神楽坂 ユウ」の虹彩認証がゲートで失敗する場面を書いてください。`],
  ["en", "neg-fiction:passport", `In The Bourne Identity the safe deposit box holds passports in several names. Which names were they, and which countries?`],
  ["it", "neg-fiction:passport", `Nel videogioco Papers, Please bisogna controllare passaporti inventati di Arstotzka. Come funziona la verifica?`],
];

const BADGE_EXPORT: MarkedEntry[] = [
  [
    "en",
    "neg-timeclock:badge",
    `Time-clock export with badge cards only, why is the total off?\nemp_no,name,badge_id,in,out\n4471,Darren Pickett,BADGE-1188,07:58,16:31\n4472,Lyn Mercer,BADGE-1189,08:10,16:45`,
  ],
  [
    "de",
    "neg-timeclock:badge",
    `Export aus der Zeiterfassung (nur Chipkarten):\nPersNr;Name;Kartennummer;Kommen;Gehen\n2031;Claudia Hoffmeister;K-2031;06:59;15:12\nWarum fehlt die Pause?`,
  ],
  ["es", "neg-timeclock:badge", `Exportación del fichaje por PIN, ¿por qué no cuadra?\nID;Empleado;Metodo;Entrada\n118;Rocío Navarro Gil;PIN;08:03`],
  [
    "fr",
    "neg-timeclock:badge",
    `Journal du contrôle d'accès par badge : 2026-12-03 07:30:02 porte=ENTREE nom="Sabrina Haddad" badge=B-4481 resultat=OK. Pourquoi deux entrées ?`,
  ],
  ["pl", "neg-timeclock:badge", `Eksport z rejestratora (karty zbliżeniowe): 77;Tomasz Lewandowski;KARTA-0077;07:01. Jak policzyć nadgodziny?`],
];

const DNA_AGGREGATE: MarkedEntry[] = [
  ["en", "neg-dna:aggregate", `About 14% of Europeans carry at least one APOE e4 allele (rs429358 C). How does that compare to East Asia?`],
  ["de", "neg-dna:aggregate", `Wie häufig ist die HFE-Mutation C282Y in Nordeuropa? Ich lese von etwa 1 von 200 homozygoten Trägern.`],
  ["es", "neg-dna:aggregate", `¿Qué frecuencia tiene el genotipo rs1801133 TT (MTHFR) en la población española? Leí que un 10-15 %.`],
  ["en", "neg-dna:aggregate", `Explain what the CODIS loci D8S1179, D21S11, D7S820 and CSF1PO are, with the typical allele ranges.`],
  ["ja", "neg-dna:aggregate", `ALDH2 rs671 のA型アレルは日本人の約40％が持つと聞きました。本当ですか？`],
];

export const NEGATIVES: MarkedEntry[] = [
  ...PNR_TUTORIAL,
  ...ICAO_SPECIMEN,
  ...APIS_DOC,
  ...HOTEL_BLANK,
  ...VISA_SCHEMA,
  ...EGATE_STATS,
  ...BIO_STATS,
  ...DATASHEET,
  ...FACE_SCHEMA,
  ...PUBLIC_FIGURES,
  ...FICTION,
  ...BADGE_EXPORT,
  ...DNA_AGGREGATE,
];
