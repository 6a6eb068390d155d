/**
 * Development set 40, further machine records: QR payment payloads (Swiss QR-bill, EPC GiroCode), OFX, Metro 2 credit
 * reporting, X12 270/271, NCPDP SCRIPT, German e-prescription FHIR, airline PNR/APIS (SSR DOCS, PAXLST), eIDAS and
 * national eID attributes, .pgpass, wpa_supplicant, NetworkManager and Android Wi-Fi stores, Firefox/LastPass exports.
 * Marks: ⟦category|value⟧.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { card, iban, npi } from "./ids.js";

const CH_1 = iban("CH", "0483012345678901".replace(/^04830/, "00762"));
const DE_3 = iban("DE", "430609671122334455");
const AT_1 = iban("AT", "1420111283456789");

/** Estonian isikukood: 10 digits plus the two-pass mod-11 check. */
function isikukood(payload: string): string {
  const pass = (weights: number[]) => [...payload].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0) % 11;
  let check = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
  if (check === 10) check = pass([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10;
  return payload + check;
}

/** Belgian national register number: 9 digits plus 97 − (n mod 97) (born before 2000). */
const rijksregister = (payload: string) => payload + String(97 - (Number(payload) % 97)).padStart(2, "0");

export const MORE: MarkedEntry[] = [
  [
    "de",
    "financial:swiss-qr-bill:text",
    `Der QR-Code auf der Rechnung lässt sich nicht scannen. Das ist der Inhalt, den das Tool ausliest – stimmt das Format?
SPC
0200
1
⟦iban|${CH_1}⟧
S
Zahnarztpraxis Dr. Keller

Bahnhofstrasse
12
8001
Zürich
CH
⟦financial|2480.00⟧
CHF
K
Reto Imhof
⟦street_address|Lindenweg 5⟧
3012 Bern


CH
NON
Implantat Restbetrag, Ratenvereinbarung
EPD`,
  ],
  [
    "de",
    "neg-financial:swiss-qr-bill:text",
    `Beispiel aus den SIX Implementation Guidelines QR-Rechnung (Muster). Wofür steht "QRR" hier?
SPC
0200
1
CH4431999123000889012
S
Robert Schneider AG
Rue du Lac
1268
2501
Biel
CH
1949.75
CHF
QRR
210000000003139471430009017`,
  ],
  [
    "de",
    "financial:epc-qr:text",
    `Mein Sohn hat mir diesen GiroCode geschickt, die Banking-App meckert. Ist da was falsch?
BCD
002
1
SCT
GENODEF1S04
Jonas Wiegand
⟦iban|${DE_3}⟧
EUR⟦financial|750.00⟧

Miete Dezember WG Anteil`,
  ],
  [
    "de",
    "neg-financial:epc-qr:text",
    `Das EPC-Dokument 069-12 zeigt diesen Beispielinhalt für den QR-Code. Was bedeutet die "002" in Zeile 2?
BCD
002
1
SCT
BPOTBEB1
Red Cross of Belgium
BE72000000001616
EUR1
CHAR

Urgency fund`,
  ],
  [
    "en",
    "financial:ofx:xml",
    `Quicken won't import this .qfx from my credit union. Can you find the broken tag?
<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD
<BANKACCTFROM><BANKID>314074269<ACCTID>⟦bank_account|8812047736⟧<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261118<TRNAMT>⟦financial|-2450.00⟧<NAME>LAW OFFICE OF R HAGGERTY<MEMO>CUSTODY RETAINER</STMTTRN></BANKTRANLIST>
<LEDGERBAL><BALAMT>⟦financial|311.07⟧<DTASOF>20261130</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
(account holder: Brenda Szymanski)`,
  ],
  [
    "en",
    "neg-financial:ofx:xml",
    `The OFX 2.2 spec's sample statement response, why does it use SONRS with CODE 0?
<SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20050831165153.000[-8:PST]<LANGUAGE>ENG</SONRS>
<BANKACCTFROM><BANKID>000000123<ACCTID>123456<ACCTTYPE>CHECKING</BANKACCTFROM>`,
  ],
  [
    "en",
    "financial:metro2:fixed",
    `Credit bureau bounced our Metro 2 file. Base segment for one consumer below — is the SSN field in the right position?
0426BHDR... (header omitted)
0426 1 2611301200ACCT00078812264     15  A00000000041800000003180  ⟦financial|0000012744⟧ 05 ⟦financial|0000002310⟧ 78 OKONJO           CHIAMAKA    ⟦us_ssn|512703394⟧⟦date_of_birth|08121990⟧ ⟦street_address|4410 BRIARCLIFF RD NE ATLANTA GA 30345⟧`,
  ],
  [
    "en",
    "neg-financial:metro2:fixed",
    `What does Account Status Code 78 mean in Metro 2 (CDIA Credit Reporting Resource Guide)? And 97? I just need the definitions for training material, no account data.`,
  ],
  [
    "en",
    "health:x12-271:segment",
    `Eligibility response for my patient, what does EB*6 mean? Is she covered for PT?
NM1*IL*1*FONTAINE*LUCILLE****MI*⟦medical_record|JQH771204883⟧~
DMG*D8*⟦date_of_birth|19470603⟧*F~
EB*6**AE~
MSG*⟦health|PT for post-stroke left hemiparesis⟧ not covered under plan~`,
  ],
  [
    "en",
    "neg-health:x12-271:segment",
    `X12 270/271 companion guide example (test subscriber). Why is there a TRN segment?
NM1*IL*1*DOE*JOHN****MI*TEST123456~
TRN*1*93175-012547*9877281234~
EB*1**30**GOLD 123 PLAN~`,
  ],
  [
    "en",
    "health:ncpdp-script:xml",
    `Pharmacy says the NewRx is missing a field. Here's the SCRIPT 2017071 message from our EHR:
<NewRx><Patient><HumanPatient><Name><LastName>Baptiste</LastName><FirstName>Wilner</FirstName></Name>
<DateOfBirth><Date>⟦date_of_birth|1966-12-02⟧</Date></DateOfBirth>
<Address><AddressLine1>⟦street_address|39 Linden St Apt 2⟧</AddressLine1><City>Brockton</City><StateProvince>MA</StateProvince></Address></HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>${npi("152839047")}</NPI></Identification></NonVeterinarian></Prescriber>
<MedicationPrescribed><DrugDescription>⟦health|Buprenorphine 8 mg / naloxone 2 mg SL film⟧</DrugDescription><Diagnosis><Primary><Code>F11.20</Code><Description>⟦health|Opioid dependence, uncomplicated⟧</Description></Primary></Diagnosis></MedicationPrescribed></NewRx>`,
  ],
  [
    "en",
    "neg-health:ncpdp-script:xml",
    `NCPDP's certification test cases use this patient. Which field maps to the DEA schedule?
<Patient><HumanPatient><Name><LastName>Testpatient</LastName><FirstName>Certification</FirstName></Name><DateOfBirth><Date>1900-01-01</Date></DateOfBirth></HumanPatient></Patient>
<DrugDescription>Sample Drug 10 mg tablet</DrugDescription>`,
  ],
  [
    "de",
    "health:erezept-fhir:json",
    `Das E-Rezept wird von der Apotheke nicht angenommen. Kannst du das FHIR-Bundle prüfen?
{"resourceType":"Patient","identifier":[{"system":"http://fhir.de/sid/gkv/kvid-10","value":"⟦national_id|T482019375⟧"}],"name":[{"family":"Schwarzkopf","given":["Ingeborg"]}],"birthDate":"⟦date_of_birth|1949-08-17⟧"}
{"resourceType":"Medication","code":{"text":"⟦health|Levodopa/Benserazid 100/25 mg⟧"}}
{"resourceType":"MedicationRequest","dosageInstruction":[{"text":"3x tgl. 1 Kapsel"}],"note":[{"text":"⟦health|M. Parkinson⟧"}]}`,
  ],
  [
    "de",
    "neg-health:erezept-fhir:json",
    `Aus den gematik-Beispielen (Testversicherte). Welches Profil gilt für die Medication?
{"resourceType":"Patient","identifier":[{"system":"http://fhir.de/sid/gkv/kvid-10","value":"X234567890"}],"name":[{"family":"Königsstein","given":["Ludger"]}],"birthDate":"1935-06-22"}`,
  ],
  [
    "en",
    "passport:pnr-ssr-docs:segment",
    `Travel agent here. The airline rejected the APIS for my client, which element of the DOCS is off?
RP/LON1A0955/
  1.KAPOOR/VIKRAMJIT MR
  2  BA 117 Y 14DEC 4 LHRJFK HK1  1125 1405
  3 SSR DOCS BA HK1 P/GBR/⟦passport|548831209⟧/GBR/⟦date_of_birth|23MAR78⟧/M/11AUG31/KAPOOR/VIKRAMJIT/P1
  4 SSR DOCA BA HK1 D/USA/⟦street_address|225 W 57TH ST APT 9C/NEW YORK/NY/10019⟧/P1
  5 SSR CTCM BA HK1/⟦phone|447700183922⟧/P1`.replace("447700183922", "447911830922"),
  ],
  [
    "en",
    "neg-passport:pnr-ssr-docs:segment",
    `The IATA APIS guide example is SSR DOCS YY HK1 P/GBR/123456789/GBR/12JUL82/M/20NOV29/SMITH/JOHN/P1 — what is the "P" right after HK1 for, and what other document types exist?`,
  ],
  [
    "en",
    "passport:paxlst:segment",
    `UN/EDIFACT PAXLST from our charter system, the border agency says segment DOC is malformed:
NAD+FL+++HAUGLAND:ASTRID+STORGATA 4+BERGEN++5003+NOR'
ATT+2++F'
DTM+329:⟦date_of_birth|860514⟧'
NAT+2+NOR'
DOC+P:110:111+⟦passport|NO4481267⟧'
DTM+36:290101'`,
  ],
  [
    "en",
    "neg-passport:paxlst:segment",
    `Schema question: in PAXLST, DOC+P:110:111 — what do 110 and 111 qualify? The implementation guide's example has "DOC+P:110:111+AB1234567'" with a made-up number.`,
  ],
  [
    "en",
    "national_id:eidas-saml:xml",
    `Our eIDAS node gets this attribute statement from the Estonian proxy, but the PersonIdentifier fails our regex:
<saml2:Attribute Name="http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier"><saml2:AttributeValue>EE/BE/⟦national_id|${isikukood("4910214022")}⟧</saml2:AttributeValue></saml2:Attribute>
<saml2:Attribute Name="http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName"><saml2:AttributeValue>Tamm</saml2:AttributeValue></saml2:Attribute>
<saml2:Attribute Name="http://eidas.europa.eu/attributes/naturalperson/DateOfBirth"><saml2:AttributeValue>⟦date_of_birth|1991-02-14⟧</saml2:AttributeValue></saml2:Attribute>`,
  ],
  [
    "en",
    "neg-national_id:eidas-saml:xml",
    `In the eIDAS SAML attribute profile, the example PersonIdentifier is "ES/AT/02635542Y" and the family name "Garcia". Is the format always country/country/identifier?`,
  ],
  [
    "nl",
    "national_id:eid-dump:text",
    `Uitvoer van de eID-viewer voor de kaart van mijn schoonvader, het programma crasht op het adres. Zie je iets raars?
Naam: Van den Broeck
Voornamen: Gustaaf Hendrik
Rijksregisternummer: ⟦national_id|${rijksregister("520811173")}⟧
Geboortedatum: ⟦date_of_birth|11.08.1952⟧
Adres: ⟦street_address|Kerkstraat 41, 9200 Dendermonde⟧
Kaartnummer: 592-7713044-81`,
  ],
  [
    "nl",
    "neg-national_id:eid-dump:text",
    `De eID Quick Install-handleiding toont een testkaart met naam "Specimen" en rijksregisternummer 00.00.00-000.00. Hoe herken ik een testkaart in de middleware?`,
  ],
  [
    "en",
    "credentials:pgpass:text",
    `psql still asks for a password. ~/.pgpass has mode 0600, contents:
db-prod-eu.c8xk1q.eu-central-1.rds.amazonaws.com:5432:billing:svc_billing:⟦password|Rr8#tqL2!vWm9zeX⟧
localhost:5432:*:postgres:postgres`,
  ],
  [
    "en",
    "neg-credentials:pgpass:text",
    `The PostgreSQL docs show the .pgpass format as hostname:port:database:username:password. Can * be used in the password field too, or only the first four?`,
  ],
  [
    "en",
    "credentials:wifi-config:text",
    `My Pi won't join the network. /etc/wpa_supplicant/wpa_supplicant.conf:
network={
    ssid="Ferreira-Home-5G"
    psk="⟦password|pastel-de-nata-2019⟧"
    key_mgmt=WPA-PSK
}`,
  ],
  [
    "en",
    "neg-credentials:wifi-config:text",
    `The Raspberry Pi docs example for wpa_supplicant is:
network={
    ssid="testing"
    psk="testingPassword"
}
Is the psk hashed when I use wpa_passphrase instead?`,
  ],
  [
    "de",
    "credentials:wifi-config:text",
    `NetworkManager-Profil von Papas Laptop, er kommt nicht ins WLAN. Was ist falsch?
[wifi]
ssid=FRITZ!Box 7590 QH
[wifi-security]
key-mgmt=wpa-psk
psk=⟦password|48837120559471302264⟧`,
  ],
  [
    "en",
    "credentials:android-wifi-xml:xml",
    `Extracted WifiConfigStore.xml from my old phone's backup, can you list SSIDs and passwords as a table?
<Network><WifiConfiguration><string name="ConfigKey">"Grandma_Lola"WPA_PSK</string><string name="SSID">"Grandma_Lola"</string><string name="PreSharedKey">"⟦password|lola1946abuela⟧"</string></WifiConfiguration></Network>
<Network><WifiConfiguration><string name="SSID">"Quintero Office"</string><string name="PreSharedKey">"⟦password|QOffice!2024wifi⟧"</string></WifiConfiguration></Network>`,
  ],
  [
    "en",
    "neg-credentials:android-wifi-xml:xml",
    `In WifiConfigStore.xml, what's the difference between PreSharedKey being null and WEPKeys? Example from AOSP test data:
<string name="SSID">"TestSsid"</string><null name="PreSharedKey" /><string name="ConfigKey">"TestSsid"NONE</string>`,
  ],
  [
    "fr",
    "credentials:firefox-csv:csv",
    `Export des mots de passe Firefox de ma grand-mère, elle veut tout passer sur Bitwarden. Tu peux repérer les mots de passe faibles ?
"url","username","password","httpRealm","formActionOrigin","guid","timeCreated"
"https://www.ameli.fr","⟦national_id|2 51 03 75 116 042 50⟧","⟦password|Chouquette51⟧",,"https://www.ameli.fr","{b1c2}","1690000000000"
"https://www.labanquepostale.fr","⟦bank_account|0712 4408 913⟧","⟦password|251003⟧",,"","{c3d4}","1690000000001"`,
  ],
  [
    "fr",
    "neg-credentials:firefox-csv:csv",
    `Quel est le format exact de l'export CSV de Firefox ? J'ai seulement l'en-tête : "url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged". Le champ guid est-il obligatoire à l'import ?`,
  ],
  [
    "en",
    "credentials:lastpass-csv:csv",
    `LastPass export, Bitwarden says "invalid card". Row 2 is a secure note with a card in it:
url,username,password,totp,extra,name,grouping,fav
https://chase.com,⟦email|k.obuya@icloud.com⟧,⟦password|Nyeri2011!Chase⟧,,,Chase,Finance,0
http://sn,,,,"NoteType:Credit Card\nName on Card:Kevin Obuya\nNumber:⟦payment_card|${card("414720918833641")}⟧\nSecurity Code:⟦payment_card|331⟧\nExpiration Date:March,2029",Visa,Finance,0`,
  ],
  [
    "en",
    "neg-credentials:lastpass-csv:csv",
    `Our migration test fixture (LastPass CSV). Will Bitwarden map "extra" to notes?
url,username,password,totp,extra,name,grouping,fav
https://example.com,demo-user,${"{{PASSWORD}}"},,sample note,Example,Test,0`,
  ],
  [
    "en",
    "biometric:ansi-nist-type10:segment",
    `Type-10 record from the booking station, the face image won't display. Fields:
10.001:4822
10.002:01
10.003:FACE
10.020:F
10.999:⟦biometric|/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/⟧
(subject: 2.018 NAKASHIMA, RYO  2.022 ⟦date_of_birth|19940112⟧)`,
  ],
  [
    "en",
    "biometric:voiceprint-json:json",
    `Nuance Gatekeeper API returned this for the caller. Why is "enrolled" true but the match fails?
{"speakerId":"CUST-0048812","displayName":"Ruairí Mac Giolla","voiceprint":{"model":"gk-v3","embedding":"⟦biometric|AAAAP8n3vL4xqUa+3dRYPqNq1r1G2mu+pBX0PYyBlb6K2xE/⟧","enrolled":true},"lastScore":⟦biometric|0.41⟧}`,
  ],
  [
    "en",
    "neg-biometric:voiceprint-json:json",
    `Vendor docs sample response (no real caller). What score threshold do people usually use?
{"speakerId":"SAMPLE-SPEAKER","voiceprint":{"model":"gk-v3","embedding":"<base64 embedding omitted>","enrolled":true},"lastScore":0.87}`,
  ],
  [
    "en",
    "neg-biometric:aggregate:csv",
    `Our fingerprint matcher's evaluation on NIST SD-302 (public research data):
threshold,FMR,FNMR
40,0.01%,2.3%
60,0.001%,4.1%
Which threshold should we pick for door access?`,
  ],
  [
    "en",
    "financial:sepa-pain001-uk:xml",
    `HMRC wants my company to pay the director's loan back, I generated this pain.001 in our accounting tool — is the creditor block right?
<Cdtr><Nm>Callum Ritchie-Ward</Nm><PstlAdr><AdrLine>⟦street_address|7 Glenview Terrace⟧</AdrLine><AdrLine>Perth PH1 1LT</AdrLine></PstlAdr></Cdtr>
<CdtrAcct><Id><IBAN>⟦iban|${iban("GB", "NWBK60730212345671")}⟧</IBAN></Id></CdtrAcct>
<InstdAmt Ccy="GBP">⟦financial|18000.00⟧</InstdAmt>`,
  ],
  [
    "de",
    "financial:iso20022-camt053:xml",
    `Kontoauszug meiner Vermieterin (sie hat mir das XML geschickt, weil die Kaution fehlt). Siehst du meine Überweisung?
<Acct><Id><IBAN>⟦iban|${AT_1}⟧</IBAN></Id><Ownr><Nm>Hermine Gruber</Nm></Ownr></Acct>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">⟦financial|14322.18⟧</Amt></Bal>
<Ntry><Amt Ccy="EUR">1650.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><NtryDtls><TxDtls><RmtInf><Ustrd>KAUTION TOP 4 SCHUSTER</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
  ],
];
