/**
 * dev-55 sensitive entries: passports and biometrics of private people as airline, border, hotel, HR and security
 * systems emit them (PNR SSR DOCS/DOCO/DOCA, APIS/PAXLST, guest registration, visa/ETA JSON, e-gate logs, data-page OCR,
 * time-clock and door-access exports, face/voice/iris/DNA records). `kind` is `<medium>:<category>`. Our own invented
 * people and numbers; MRZ lines carry correct check digits (`mrz.ts`).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { td3Line1, td3Line2 } from "./mrz.js";

const PNR: MarkedEntry[] = [
  [
    "en",
    "pnr:passport",
    `Agent here, the APIS check keeps rejecting this line, what's wrong?\nSSR DOCS BA HK1 P/GBR/⟦passport|538104927⟧/GBR/⟦date_of_birth|14MAR79⟧/F/22OCT31/HALLORAN/BRIDGET`,
  ],
  [
    "en",
    "pnr:passport",
    `Can you reformat these for the group booking?\n3.1 OKAFOR/CHINEDU MR\nSSR DOCS KL HK1 P/NGA/⟦passport|A07739214⟧/NGA/⟦date_of_birth|02FEB88⟧/M/17JUN29/OKAFOR/CHINEDU-H/3.1`,
  ],
  ["de", "pnr:passport", `Warum lehnt Amadeus das ab? SR DOCS LH HK1-P-DEU-⟦passport|C4F7K2LN9⟧-DEU-⟦date_of_birth|09NOV91⟧-M-03APR33-BRANDT-FELIX/P1`],
  [
    "fr",
    "pnr:passport",
    `Le client dit que son passeport est bon, mais le vol AF refuse :\nSSR DOCS AF HK1 P/FRA/⟦passport|19CV48213⟧/FRA/⟦date_of_birth|27JUL84⟧/F/11JAN32/MOREAU/ELODIE`,
  ],
  ["es", "pnr:passport", `¿Por qué da error el SSR? SSR DOCS IB HK1 P/ESP/⟦passport|PAK318846⟧/ESP/⟦date_of_birth|30SEP75⟧/M/05MAY28/ITURBE/GORKA`],
  [
    "it",
    "pnr:passport",
    `Mi controlli questa riga? La compagnia dice dati APIS incompleti.\nSSR DOCS AZ HK1 P/ITA/⟦passport|YC2947361⟧/ITA/⟦date_of_birth|16DEC93⟧/F/08AUG34/FERRANTE/MARTINA`,
  ],
  [
    "nl",
    "pnr:passport",
    `Kun je zien wat er mis is met de DOCS van mijn schoonvader?\nSSR DOCS KL HK1 P/NLD/⟦passport|NRF8K21P4⟧/NLD/⟦date_of_birth|04JAN52⟧/M/19MAR30/VAN DER BERG/HENDRIK`,
  ],
  [
    "pl",
    "pnr:passport",
    `System linii zwraca błąd przy tym wpisie, pomóż:\nSSR DOCS LO HK1 P/POL/⟦passport|EM4418720⟧/POL/⟦date_of_birth|21AUG90⟧/F/14FEB33/KOWALCZYK/AGNIESZKA`,
  ],
  [
    "tr",
    "pnr:passport",
    `Bu PNR satırında hata var mı? Yolcu check-in yapamıyor.\nSSR DOCS TK HK1 P/TUR/⟦passport|U19384726⟧/TUR/⟦date_of_birth|11APR86⟧/M/30OCT30/YILDIRIM/EMRE`,
  ],
  [
    "ja",
    "pnr:passport",
    `このDOCSの入力でエラーが出ます。どこが間違っていますか？\nSSR DOCS NH HK1 P/JPN/⟦passport|TK7730219⟧/JPN/⟦date_of_birth|25JUN97⟧/F/02SEP31/SAITO/MIHO`,
  ],
  [
    "en",
    "pnr:passport",
    `RP/LON1S2100/ \n  1.PATEL/ANJALI MRS\n  2  EK 004 Y 12FEB 5 LHRDXB HK1\n  3 SSR DOCS EK HK1 P/GBR/⟦passport|121984553⟧/GBR/⟦date_of_birth|03OCT81⟧/F/25JUL30/PATEL/ANJALI/P1\nwhy does the queue say DOCS invalid?`,
  ],
  ["zh", "pnr:passport", `帮我看下这条DOCS为什么被航司拒绝：\nSSR DOCS CA HK1 P/CHN/⟦passport|E83920175⟧/CHN/⟦date_of_birth|18MAY92⟧/M/06NOV32/ZHOU/HAORAN`],
  [
    "pt",
    "pnr:passport",
    `O sistema da TAP recusa esta linha, consegue ver o erro?\nSSR DOCS TP HK1 P/PRT/⟦passport|CB7731094⟧/PRT/⟦date_of_birth|29JAN68⟧/M/10DEC29/MAGALHAES/RUI`,
  ],
  [
    "en",
    "pnr:doco:passport",
    `Customer has a US visa, I added this but TSA still shows inhibited:\nSSR DOCS UA HK1 P/IND/⟦passport|V4829176⟧/IND/⟦date_of_birth|12APR94⟧/F/19JAN33/REDDY/KAVYA\nSSR DOCO UA HK1 /V/⟦passport|R3849217⟧/CHENNAI/04MAR25/USA`,
  ],
  ["de", "pnr:doco:passport", `Passt das so? Visum aus Frankfurt:\nSSR DOCO LH HK1 //V/⟦passport|D41928374⟧/FRANKFURT/14JAN26/USA/P2`],
  ["es", "pnr:doco:passport", `Pasajero con residencia en EE. UU., ¿así va el DOCO?\nSSR DOCO AA HK1 /V/⟦passport|TT9482731⟧/MADRID/02FEB25/USA/P1`],
  ["en", "pnr:doca:address", `DOCA for the ESTA passenger, does this look right?\nSSR DOCA DL HK1 D/USA/⟦street_address|1187 Wexford Lane/Marietta/GA/30062⟧`],
  ["fr", "pnr:doca:address", `Le vol pour Miami exige l'adresse, j'ai saisi :\nSSR DOCA AF HK1 D/USA/⟦street_address|44 Palm Crest Dr/Orlando/FL/32819⟧/P1`],
  ["it", "pnr:doca:address", `Va bene questa DOCA per la residenza?\nSSR DOCA AZ HK1 R/ITA/⟦street_address|VIA DEI MILLE 27/TORINO/10123⟧`],
  ["en", "pnr:doca:address", `Amend please: SSR DOCA BA HK1 R/GBR/⟦street_address|14 Rowan Close/Stockport/SK7 2LP⟧/P1 — the postcode was wrong before`],
  ["de", "pnr:doca:address", `Ist die Wohnadresse so korrekt für die DOCA?\nSSR DOCA LH HK1 R/DEU/⟦street_address|Lindenstrasse 14/Kassel/34117⟧/P1`],
];

const APIS: MarkedEntry[] = [
  [
    "en",
    "apis:passport",
    `Our PAXLST parser drops this traveller, any idea why?\nNAD+FL+++QUIGLEY:DECLAN'\nATT+2++M'\nDTM+329:⟦date_of_birth|850611⟧'\nLOC+178+DUB'\nLOC+179+JFK'\nNAT+2+IRL'\nDOC+P:110:111+⟦passport|PX4829173⟧'\nDTM+36:310902'`,
  ],
  [
    "de",
    "apis:passport",
    `Im EDIFACT-Manifest fehlt angeblich ein Segment:\nNAD+FL+++SCHULTE:MAREIKE'\nATT+2++F'\nDTM+329:⟦date_of_birth|930214⟧'\nNAT+2+DEU'\nDOC+P+⟦passport|C7LX2MT41⟧'\nDTM+36:330818'\nLOC+91+DEU'`,
  ],
  [
    "en",
    "apis:passport",
    `CSV from the APIS export, line 14 fails validation:\nsurname,given,dob,sex,nationality,doc_type,doc_no,doc_expiry\nMBEKI,THANDIWE,⟦date_of_birth|1987-03-19⟧,F,ZAF,P,⟦passport|M00418297⟧,2032-05-11`,
  ],
  [
    "es",
    "apis:passport",
    `Fila del manifiesto APIS que rechaza la aduana:\nAPELLIDO|NOMBRE|F.NAC|NAC|TIPO_DOC|NUM_DOC|VENC\nCASTRO|VALENTINA|⟦date_of_birth|11/02/1996⟧|COL|P|⟦passport|AU4827193⟧|08/2031`,
  ],
  [
    "fr",
    "apis:passport",
    `Ligne PNRGOV rejetée par la PAF, tu vois le problème ?\nTIF+DIALLO:FATOUMATA'\nSSR+DOCS:HK:1:AF:::::/P/SEN/⟦passport|A02917735⟧/SEN/⟦date_of_birth|05MAR90⟧/F/14JUN30/DIALLO/FATOUMATA'`,
  ],
  [
    "pt",
    "apis:passport",
    `Manifesto de passageiros, a linha 3 dá erro:\n3;SOUSA;BEATRIZ;F;⟦date_of_birth|1999-08-23⟧;BRA;PASSAPORTE;⟦passport|FX582910⟧;2031-01-17`,
  ],
  [
    "pl",
    "apis:passport",
    `Eksport APIS dla czarteru, sprawdź wiersz:\nNAZWISKO;IMIE;DATA_UR;OBYW;DOK;NR_DOK\nWISNIEWSKA;KATARZYNA;⟦date_of_birth|1984-12-07⟧;POL;P;⟦passport|EK9274813⟧`,
  ],
  ["en", "apis:passport", `Crew GD row rejected by CBP:\nCREW|CPT|HALVORSEN|ERIK|M|⟦date_of_birth|19790430⟧|NOR|P|⟦passport|32891746⟧|20300215|OSL`],
  [
    "ru",
    "apis:passport",
    `Почему таможня не принимает строку манифеста?\nФАМИЛИЯ;ИМЯ;ДР;ГРАЖД;ТИП;НОМЕР\nSOKOLOVA;IRINA;⟦date_of_birth|1991-06-15⟧;RUS;P;⟦passport|75 4829163⟧`,
  ],
  [
    "it",
    "apis:passport",
    `Manifesto APIS del volo charter, la riga di mia zia viene scartata:\nMARINO;ROSARIA;F;⟦date_of_birth|12/04/1958⟧;ITA;PASSAPORTO;⟦passport|YA3928471⟧;2029-11-30`,
  ],
];

const HOTEL: MarkedEntry[] = [
  [
    "de",
    "hotel:passport",
    `Meldeschein aus unserem PMS, das Feld Ausweisnummer wird abgeschnitten:\nName: Lindqvist, Sofia\nGeburtsdatum: ⟦date_of_birth|03.05.1989⟧\nStaatsangehörigkeit: SWE\nReisepass-Nr.: ⟦passport|91847263⟧\nAnschrift: ⟦street_address|Storgatan 17, 411 38 Göteborg⟧\nAnreise: 12.12.2026`,
  ],
  [
    "pt",
    "hotel:passport",
    `Ficha de hospedagem (FNRH) do hóspede, está certo o formato?\nNome: Javier Ruiz Calderón\nNacionalidade: argentina\nDocumento: passaporte ⟦passport|AAF482917⟧\nData de nascimento: ⟦date_of_birth|17/09/1982⟧\nProcedência: Buenos Aires`,
  ],
  [
    "it",
    "hotel:passport",
    `Tracciato per schedina alloggiati, la questura lo rifiuta:\n16|12/12/2026|01|MELNYK|OKSANA|2|⟦date_of_birth|22/07/1990⟧|100000100|UCRAINA|PASSAPORTO|⟦passport|FE482917⟧|KYIV`,
  ],
  [
    "es",
    "hotel:passport",
    `Parte de viajeros para la Guardia Civil, ¿falta algo?\nNombre: Thomas Whitfield\nDoc.: pasaporte GBR ⟦passport|548217390⟧\nF. expedición: 03/02/2022\nF. nacimiento: ⟦date_of_birth|08/11/1971⟧\nSexo: M`,
  ],
  [
    "fr",
    "hotel:passport",
    `Fiche individuelle de police d'un client étranger, à vérifier :\nNom : HASSAN\nPrénom : Youssef\nNé le : ⟦date_of_birth|14/01/1987⟧ à Casablanca\nPasseport n° : ⟦passport|TZ4829173⟧\nDomicile : ⟦street_address|27 rue Ibn Battouta, 20250 Casablanca⟧`,
  ],
  [
    "en",
    "hotel:passport",
    `Guest registration export from Opera, the ID column looks shifted:\nRES_ID,GUEST,NATIONALITY,ID_TYPE,ID_NUMBER,DOB\n884213,"Nakamura, Kenji",JPN,PASSPORT,⟦passport|TS8271903⟧,⟦date_of_birth|1978-02-26⟧`,
  ],
  [
    "de",
    "hotel:passport",
    `Kannst du den Meldeschein ins Englische übersetzen? Gast: Herr Piotr Zieliński, geb. ⟦date_of_birth|19.06.1984⟧, Pass ⟦passport|EN7281934⟧, wohnhaft ⟦street_address|ul. Długa 14/3, 80-827 Gdańsk⟧`,
  ],
  [
    "nl",
    "hotel:passport",
    `Nachtregister van de camping, klopt de volgorde van de kolommen?\nnaam;nationaliteit;documentnr;geboortedatum\nO'Brien, Siobhan;IRL;⟦passport|PW7391846⟧;⟦date_of_birth|12-05-1993⟧`,
  ],
  [
    "it",
    "hotel:passport",
    `Scheda ospite dal gestionale:\nCognome: Dimitrova\nNome: Elena\nData di nascita: ⟦date_of_birth|09/03/1995⟧\nTipo documento: Passaporto\nNumero documento: ⟦passport|384719265⟧\nRilasciato da: BGR — la questura dice che il numero è troppo lungo`,
  ],
  [
    "pt",
    "hotel:passport",
    `Boletim de alojamento para o SEF, confere?\nHóspede: Marek Dvořák | Passaporte ⟦passport|43829176⟧ | CZE | Nasc. ⟦date_of_birth|02/10/1980⟧`,
  ],
];

const VISA: MarkedEntry[] = [
  [
    "en",
    "visa:passport",
    `The ETA app returns 422 on this payload, which field is wrong?\n{"applicant":{"surname":"Tremblay","given_names":"Josée","date_of_birth":"⟦date_of_birth|1986-04-09⟧","nationality":"CAN"},"travel_document":{"type":"P","number":"⟦passport|HK482917⟧","expiry":"2031-07-30"}}`,
  ],
  [
    "en",
    "visa:passport",
    `ESTA application summary my aunt printed, can you check the passport bit?\nFamily name: OYELARAN\nFirst name: FOLASADE\nDate of birth: ⟦date_of_birth|21 Oct 1969⟧\nPassport number: ⟦passport|128473915⟧\nCountry of citizenship: United Kingdom`,
  ],
  [
    "de",
    "visa:passport",
    `Unser Visa-Tool schickt diesen Request an die Botschaft, stimmt das JSON?\n{"antragsteller":"Yilmaz, Deniz","geburtsdatum":"⟦date_of_birth|1994-08-12⟧","reisepass":{"nummer":"⟦passport|U28473916⟧","staat":"TUR"}}`,
  ],
  [
    "fr",
    "visa:passport",
    `Demande de visa Schengen, formulaire pré-rempli :\n1. Nom : ADJEI\n4. Date de naissance : ⟦date_of_birth|03/07/1991⟧\n13. Numéro du document de voyage : ⟦passport|G2938471⟧\n14. Date de délivrance : 12/01/2023 — est-ce que je dois ajouter l'autorité ?`,
  ],
  [
    "es",
    "visa:passport",
    `Respuesta del API de eVisa, ¿por qué sale "pending"?\n{"application_id":"EV-2026-884213","holder":"Mariana Quispe Huamán","passport_no":"⟦passport|121938475⟧","dob":"⟦date_of_birth|1992-01-30⟧","status":"pending"}`,
  ],
  [
    "zh",
    "visa:passport",
    `签证申请系统导出的这条记录有问题吗？\n{"姓名":"林雨欣","护照号码":"⟦passport|EG4829173⟧","出生日期":"⟦date_of_birth|1995-03-14⟧","签发地":"上海"}`,
  ],
  [
    "ja",
    "visa:passport",
    `ビザ申請フォームのCSVですが、文字化けしている列を直してください。\n氏名,旅券番号,生年月日\n中島 拓也,⟦passport|TR9281746⟧,⟦date_of_birth|1988/07/19⟧`,
  ],
  [
    "en",
    "visa:passport",
    `K-ETA draft for my colleague, does this look complete?\nname: Rohan Mehta\npassport_number: ⟦passport|Z4829137⟧\nbirth_date: ⟦date_of_birth|1990-11-05⟧\npurpose: business`,
  ],
  [
    "tr",
    "visa:passport",
    `Vize başvuru formunu kontrol eder misin?\nAd Soyad: Elif Kaya\nPasaport No: ⟦passport|U47382915⟧\nDoğum Tarihi: ⟦date_of_birth|14.02.1993⟧`,
  ],
  [
    "ru",
    "visa:passport",
    `Ответ API электронной визы, почему ошибка в поле документа?\n{"fio":"Кузнецов Артём Олегович","zagranpasport":"⟦passport|72 4918365⟧","data_rozhdeniya":"⟦date_of_birth|1987-09-02⟧"}`,
  ],
];

const EGATE: MarkedEntry[] = [
  [
    "en",
    "egate:passport",
    `e-gate log from lane 4, why was she sent to the desk?\n2026-12-05T07:41:12Z lane=4 doc=P/GBR/⟦passport|539182746⟧ name=ASHWORTH/CLAIRE chip=OK pa=OK face_score=0.38 result=REFER`,
  ],
  [
    "de",
    "egate:passport",
    `EasyPASS-Protokoll, was heißt MRZ_CHECK_FAIL hier?\n05.12.2026 09:14:03 Spur 2 Dokument ⟦passport|C8RT41KZ2⟧ Inhaber MEYER/TOBIAS Ergebnis MRZ_CHECK_FAIL`,
  ],
  [
    "fr",
    "egate:passport",
    `Journal PARAFE, peux-tu expliquer l'erreur ?\n[2026-12-05 06:55:40] SAS 3 passeport=⟦passport|20DK91734⟧ porteur=GIRARD/LUCAS statut=ECHEC_BIOMETRIE`,
  ],
  [
    "en",
    "egate:passport",
    `Self-service kiosk dump, which field is the rejection reason?\nKIOSK 12 | 2026-12-04 22:03 | ICAO scan | ⟦passport|${td3Line2("PB4829173", "AUS", "880517", "F", "310212")}⟧ | traveller HUANG/MEI LIN | reason=VISA_NOT_FOUND`,
  ],
  [
    "es",
    "egate:passport",
    `Log del ABC de Barajas:\n2026-12-05 10:12:55 puerta=6 doc=⟦passport|PAL927461⟧ titular=SANTOS/NURIA huella=NO_MATCH\n¿Qué significa NO_MATCH en huella?`,
  ],
  [
    "nl",
    "egate:passport",
    `Log van de No-Q poort, waarom weigert hij?\n2026-12-05 08:22:17 poort 5 paspoort ⟦passport|NP4R82J71⟧ houder JANSEN/PIETER resultaat FACE_MISMATCH`,
  ],
  [
    "it",
    "egate:passport",
    `Log dell'e-gate di Fiumicino, perché "chip non leggibile"?\n05/12/2026 11:41 varco 3 passaporto ⟦passport|YB8291736⟧ titolare LEONE/FRANCESCO esito CHIP_ERR`,
  ],
  [
    "ja",
    "egate:passport",
    `顔認証ゲートのログです。エラーの意味を教えてください。\n2026-12-05 13:05:22 GATE-07 旅券番号=⟦passport|TZ1938274⟧ 氏名=MORI/KENTA 結果=照合不一致`,
  ],
];

const ICAO: MarkedEntry[] = [
  [
    "en",
    "icao:passport",
    `OCR of my passport data page came out messy, clean it up:\nPASSPORT  Type P  Code GBR  Passport No. ⟦passport|547193826⟧\nSurname FENWICK\nGiven names OLIVER JAMES\nDate of birth ⟦date_of_birth|23 APR /AVR 85⟧\n${td3Line1("GBR", "FENWICK", "OLIVER JAMES")}\n⟦passport|${td3Line2("547193826", "GBR", "850423", "M", "320115")}⟧`,
  ],
  [
    "de",
    "icao:passport",
    `Die Texterkennung vom Reisepass meiner Frau, welche Zeile ist die Passnummer?\nReisepass / Passport\nName: KRÜGER\nVornamen: ANNA LENA\nGeburtstag: ⟦date_of_birth|11.08.1990⟧\n${td3Line1("D", "KRUEGER", "ANNA LENA")}\n⟦passport|${td3Line2("C2T9R4LK7", "D", "900811", "F", "330220")}⟧`,
  ],
  [
    "es",
    "icao:passport",
    `Salida del OCR del pasaporte de mi hijo, ¿está bien leída?\nApellidos: GÓMEZ PRIETO\nNombre: ALEJANDRO\n${td3Line1("ESP", "GOMEZ PRIETO", "ALEJANDRO")}\n⟦passport|${td3Line2("PAM482917", "ESP", "120304", "M", "280611", "48291734Q")}⟧`,
  ],
  [
    "fr",
    "icao:passport",
    `Le scan OCR de mon passeport, tu peux extraire la date d'expiration ?\nNom : LEFEBVRE\nPrénoms : CAMILLE\nN° du passeport : ⟦passport|21AC48291⟧\n${td3Line1("FRA", "LEFEBVRE", "CAMILLE")}\n⟦passport|${td3Line2("21AC48291", "FRA", "940718", "F", "341002")}⟧`,
  ],
  [
    "it",
    "icao:passport",
    `Testo OCR della pagina dati del passaporto di mio padre:\nCognome: ESPOSITO\nNome: SALVATORE\nLuogo di nascita: NAPOLI\n${td3Line1("ITA", "ESPOSITO", "SALVATORE")}\n⟦passport|${td3Line2("YD4728193", "ITA", "550902", "M", "290414")}⟧\nmi dici quando scade?`,
  ],
  [
    "pl",
    "icao:passport",
    `OCR strony danych paszportu, popraw błędy:\nNazwisko: NOWAK\nImiona: JAKUB\n${td3Line1("POL", "NOWAK", "JAKUB")}\n⟦passport|${td3Line2("EP4827193", "POL", "980121", "M", "330505", "98012104817")}⟧`,
  ],
  [
    "zh",
    "icao:passport",
    `护照资料页OCR结果，帮我检查机读码：\n姓名：王 芳\n${td3Line1("CHN", "WANG", "FANG")}\n⟦passport|${td3Line2("EH9182734", "CHN", "910615", "F", "310408")}⟧`,
  ],
  [
    "tr",
    "icao:passport",
    `Pasaportun OCR çıktısı, son kullanma tarihini bulur musun?\nSoyadı: ÇELİK\nAdı: BURAK\n${td3Line1("TUR", "CELIK", "BURAK")}\n⟦passport|${td3Line2("U28193746", "TUR", "870930", "M", "300127")}⟧`,
  ],
];

const TIMECLOCK: MarkedEntry[] = [
  [
    "en",
    "timeclock:biometric",
    `Time-clock export from the warehouse, why are the hours doubled for one person?\nemp_no,name,finger_template_id,punch_in,punch_out\n4471,Darren Pickett,⟦biometric|FPT-00A4-7C19-E3B2⟧,07:58,16:31\n4471,Darren Pickett,⟦biometric|FPT-00A4-7C19-E3B2⟧,07:58,16:31`,
  ],
  [
    "de",
    "timeclock:biometric",
    `Export aus dem Zeiterfassungsterminal, Spalte Fingerabdruck-Template:\nPersNr;Name;Fingerabdruck_Template;Kommen;Gehen\n2031;Claudia Hoffmeister;⟦biometric|Rk1SACAyMAAAAAEiAAABLAGQAMUAxQEAAAA8HoBWAGtiAEC3AJVk⟧;06:59;15:12\nWarum ist Gehen leer bei manchen?`,
  ],
  [
    "es",
    "timeclock:biometric",
    `Exportación del reloj biométrico, ¿por qué no cuadra?\nID;Empleado;ID_plantilla_huella;Entrada\n118;Rocío Navarro Gil;⟦biometric|HUE-3F92A71C⟧;08:03`,
  ],
  [
    "fr",
    "timeclock:biometric",
    `Export de la pointeuse biométrique, le gabarit ne se synchronise pas :\nmatricule=5520 nom="Julien Marchand" gabarit_empreinte=⟦biometric|3f1a9c07e4b2d5886e0c1d9b74e2a3f5⟧ pointage=07:45`,
  ],
  [
    "it",
    "timeclock:biometric",
    `Estrazione dal marcatempo, il template dell'impronta di un dipendente è duplicato:\nmatricola;nominativo;template_impronta\n0192;Alessia Romano;⟦biometric|TPL-IMP-88124-0192⟧`,
  ],
  [
    "pl",
    "timeclock:biometric",
    `Eksport z rejestratora czasu pracy, czemu dwa odciski?\nnr;pracownik;szablon_odcisku\n77;Tomasz Lewandowski;⟦biometric|Rk1SACAyMAAAAAD6AAABLAGQAMUAxQEAAAAoIUCJAFpdAEDZAHxm⟧`,
  ],
  [
    "pt",
    "timeclock:biometric",
    `Relatório do relógio de ponto biométrico, o template do Anderson sumiu:\nmatrícula;nome;template_digital;entrada\n3381;Anderson Luiz Pereira;⟦biometric|DIG-7A21F04C9E⟧;07:02`,
  ],
  [
    "nl",
    "timeclock:biometric",
    `Export van de prikklok, vingerafdruk-template per medewerker:\npersoneelsnr;naam;vingerafdruk_template\n204;Marloes de Vries;⟦biometric|VAT-0x7F3A91C20D44⟧\nWaarom faalt de sync?`,
  ],
];

const ACCESS: MarkedEntry[] = [
  [
    "en",
    "access:biometric",
    `Door controller event log, why was she denied at 08:12?\n2026-12-03 08:12:44 door=LAB-2 user="Priya Natarajan" cred=FINGER template_id=⟦biometric|tmpl_5e8b21c4a9d0⟧ result=DENIED reason=LOW_QUALITY`,
  ],
  [
    "de",
    "access:biometric",
    `Zutrittsprotokoll Serverraum, was bedeutet ANTI_PASSBACK?\n03.12.2026 22:41:07 Tür=SR-1 Person="Matthias Vogel" Venenmuster_ID=⟦biometric|PV-90A4-11C7⟧ Ergebnis=ANTI_PASSBACK`,
  ],
  [
    "en",
    "access:biometric",
    `Can you parse this access-control CSV into a table?\ntimestamp,door,person,face_template\n2026-12-02T18:03:11,MAIN,Gareth Llewellyn,⟦biometric|AQAAAHsAAAAYAAAAD8l0Pk1tpr0w+2s9ysEbPqlI0L0⟧`,
  ],
  [
    "fr",
    "access:biometric",
    `Journal du contrôle d'accès, pourquoi refus ?\n2026-12-03 07:30:02 porte=ENTREE nom="Sabrina Haddad" empreinte_id=⟦biometric|EMP-4C81-92F0⟧ resultat=REFUS`,
  ],
  [
    "ja",
    "access:biometric",
    `入退室管理システムのログです。なぜ拒否されたのか教えて。\n2026-12-03 09:01:55 扉=研究棟 氏名=佐々木 美咲 静脈テンプレートID=⟦biometric|VN-7731-A09F⟧ 結果=拒否`,
  ],
  [
    "es",
    "access:biometric",
    `Log del torno de acceso con huella:\n2026-12-03 06:58:12 torno=2 empleado="Iker Etxeberria" plantilla=⟦biometric|Rk1SACAyMAAAAAE8AAABLAGQAMUAxQEAAAA8IYBxAHRdAEC⟧ resultado=OK`,
  ],
];

const FACE: MarkedEntry[] = [
  [
    "en",
    "face:biometric",
    `Our identify call returns the wrong person, here's the response:\n{"faceId":"⟦biometric|8d1f4c27-91b3-4e0a-b6f2-5c03a9e7d418⟧","candidates":[{"personId":"f2a8e910-3c4d-4b71-9e0f-1a2b3c4d5e6f","name":"Colleen Mahaffey","confidence":0.71}]}`,
  ],
  [
    "en",
    "face:biometric",
    `Embedding from our face model for the enrolment of Marcus Oyelowo, is 128 dims enough?\n{"person":"Marcus Oyelowo","embedding":[⟦biometric|0.0412, -0.1187, 0.0933, 0.2241, -0.0578, 0.1764, -0.0129, 0.0886⟧, ...]}`,
  ],
  [
    "de",
    "face:biometric",
    `Antwort der Gesichtserkennungs-API, warum ist die Ähnlichkeit so niedrig?\n{"person":"Jana Kowalski","gesichts_template":"⟦biometric|Zm9jdXMtdGVtcGxhdGUtdjM6a2Q4Mzl4Mm1hOTE=⟧","similarity":0.42}`,
  ],
  [
    "fr",
    "face:biometric",
    `Réponse de l'API de reconnaissance faciale pour notre salariée Inès Benali :\n{"nom":"Inès Benali","vecteur_facial":[⟦biometric|0.118, -0.042, 0.307, 0.091, -0.215, 0.064⟧],"score":0.88}`,
  ],
  [
    "es",
    "face:biometric",
    `Respuesta de Rekognition, ¿por qué no coincide?\n{"ExternalImageId":"Lorena_Vidal_Ortega","FaceId":"⟦biometric|3e7a19c2-44b0-4d8e-9f21-7c6b5a4d3e2f⟧","Similarity":61.4}`,
  ],
  [
    "zh",
    "face:biometric",
    `人脸识别接口返回的数据，帮我看看为什么匹配失败：\n{"姓名":"黄子轩","人脸特征":"⟦biometric|AAABgD7Mzj4hhL69y2zkPjKSbr2JgVU+5Dc7vQ==⟧","相似度":0.37}`,
  ],
  [
    "pt",
    "face:biometric",
    `Resposta da API de reconhecimento facial do condomínio:\n{"morador":"Gustavo Albuquerque","face_embedding":[⟦biometric|0.2213, -0.0871, 0.1430, 0.0567, -0.1902⟧],"match":false}`,
  ],
  [
    "it",
    "face:biometric",
    `La risposta del servizio di riconoscimento facciale per Chiara Galli:\n{"persona":"Chiara Galli","template_volto":"⟦biometric|e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20⟧","esito":"NO_MATCH"}`,
  ],
];

const VOICE: MarkedEntry[] = [
  [
    "en",
    "voice:biometric",
    `Voice enrolment webhook payload from the bank's IVR, can you explain the fields?\n{"customer":"Harriet Dunmore","event":"VOICEPRINT_ENROLLED","voiceprint":"⟦biometric|vp1:Q2xhcmEtdm9pY2UtZW1iZWQtOTkyMS1hYmNk⟧","net_speech_s":31.2}`,
  ],
  [
    "de",
    "voice:biometric",
    `Log der Stimmerkennung im Callcenter:\n2026-12-04 10:22:31 Anrufer="Rüdiger Baumann" Stimmprofil=⟦biometric|SP-4f1e9a7c3b2d⟧ Status=ENROLLED`,
  ],
  [
    "es",
    "voice:biometric",
    `Registro de alta de huella de voz del cliente:\ncliente=Montserrat Puig huella_vocal=⟦biometric|hv_7c3b2d4f1e9a8e21⟧ estado=ALTA\n¿Qué significa ALTA aquí?`,
  ],
  [
    "fr",
    "voice:biometric",
    `Sortie du moteur d'empreinte vocale pour M. Laurent Petit :\nempreinte_vocale=[⟦biometric|0.331, -0.127, 0.054, 0.219, -0.088, 0.146⟧] qualite=0.91`,
  ],
  ["pl", "voice:biometric", `Wpis z systemu biometrii głosowej banku:\nklient=Barbara Mazur odcisk_glosowy=⟦biometric|VB-19A7-44C2-8E01⟧ status=ZAPISANY`],
];

const IRIS: MarkedEntry[] = [
  [
    "en",
    "iris:biometric",
    `Our iris enrolment for Tobias Renner stored this, is the length right?\niris_code_right=⟦biometric|9f3c07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20a3⟧ mask_ok=true`,
  ],
  [
    "de",
    "iris:biometric",
    `Iris-Scan-Datensatz von unserem Zugangssystem:\nName: Verena Schuster\nIriscode links: ⟦biometric|c1d9b74e2a3f5c08d1e7b69a4f20a3f91c07e4b2d588⟧`,
  ],
  [
    "ar",
    "iris:biometric",
    `هذا سجل بصمة القزحية للموظف سامي العتيبي من جهاز الدخول، لماذا فشل التحقق؟\niris_template=⟦biometric|5c08d1e7b69a4f20a3f91c07e4b2d58866f0c1d9⟧ result=FAIL`,
  ],
  [
    "fr",
    "iris:biometric",
    `Enregistrement iris de notre patiente Mme Odile Faure pour l'accès au bloc :\ncode_iris=⟦biometric|a4f20a3f91c07e4b2d58866f0c1d9b74e2a3f5c0⟧`,
  ],
  [
    "nl",
    "iris:biometric",
    `Irisscan-registratie van mijn collega Bram Smit, klopt dit formaat?\niriscode: ⟦biometric|07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f⟧`,
  ],
];

const DNA: MarkedEntry[] = [
  [
    "en",
    "dna:biometric",
    `My brother Callum Rees got his AncestryDNA raw file, what does this mean?\nrsid\tchromosome\tposition\tallele1\tallele2\n⟦biometric|rs429358\t19\t44908684\tC\tT⟧\n⟦biometric|rs7412\t19\t44908822\tC\tC⟧`,
  ],
  ["de", "dna:biometric", `Befund vom DNA-Test meiner Mutter Ingrid Wolters: ⟦biometric|BRCA1 c.5266dupC heterozygot⟧. Was heißt das für mich?`],
  ["es", "dna:biometric", `Resultado del kit de ADN de mi tía Remedios Ocaña: ⟦biometric|rs1801133 TT⟧ (MTHFR) y ⟦biometric|rs4988235 GG⟧. ¿Es grave?`],
  [
    "en",
    "dna:biometric",
    `Paternity lab export, can you explain the table?\nCase 2026-881 | alleged father: Wayne Critchley\n⟦biometric|D8S1179 12,14; D21S11 28,30; D7S820 10,11; CSF1PO 11,12⟧`,
  ],
  ["it", "dna:biometric", `Il referto genetico di mio cugino Davide Colombo dice ⟦biometric|HFE C282Y omozigote⟧, cosa comporta?`],
  ["ja", "dna:biometric", `父（高橋 誠）の遺伝子検査キットの結果です：⟦biometric|ALDH2 rs671 GA⟧。お酒は控えた方がいいですか？`],
];

export const SENSITIVE: MarkedEntry[] = [...PNR, ...APIS, ...HOTEL, ...VISA, ...EGATE, ...ICAO, ...TIMECLOCK, ...ACCESS, ...FACE, ...VOICE, ...IRIS, ...DNA];
