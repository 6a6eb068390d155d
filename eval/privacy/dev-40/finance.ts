/** Development set 40, payments and bank formats (ISO 20022, SWIFT MT, NACHA, SEPA, bank CSV exports, EMV). Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";
import { aba, card, iban, spaced } from "./ids.js";

const DE_1 = iban("DE", "500105175407324931");
const DE_2 = iban("DE", "120300001047733815");
const GB_1 = iban("GB", "BUKB20201562710944");
const FR_1 = iban("FR", "30004008190001023478165");
const NL_1 = iban("NL", "RABO0318827461");
const NL_2 = iban("NL", "INGB0006612093");
const ES_1 = iban("ES", "14650100722030876293");
const IT_1 = iban("IT", "X0306909606100000063815");
const BE_1 = iban("BE", "739007547005");

export const FINANCE: MarkedEntry[] = [
  [
    "en",
    "financial:swift-mt103:segment",
    `our correspondent bounced this MT103, field 59 apparently. can you spot what's wrong?

{1:F01COBADEFFAXXX0000000000}{2:I103BUKBGB22XXXXN}{3:{121:6f1c2a44-93e1-4d1b-9a0e-1f2d7c8b3a10}}{4:
:20:PAY-2611-0042
:23B:CRED
:32A:261204EUR${"⟦financial|12500,00⟧"}
:50K:/⟦iban|${DE_1}⟧
JOHANNA KLEINSCHMIDT
⟦street_address|WIESENWEG 14 60311 FRANKFURT⟧
:59:/⟦iban|${GB_1}⟧
OLIVER PRENDERGAST
:70:DEPOSIT FLAT 3 RENT DEC
:71A:SHA
-}`,
  ],
  [
    "en",
    "neg-financial:swift-mt103:segment",
    `From the SWIFT MT103 user handbook example (all values illustrative):

{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:
:20:494931/DEV
:23B:CRED
:32A:090828EUR1958,47
:50K:/GB29NWBK60161331926819
ORDERING CUSTOMER NAME
:59:/DE89370400440532013000
BENEFICIARY NAME
:71A:SHA
-}
Explain what each tag means, especially 23B and 71A.`,
  ],
  [
    "en",
    "financial:iso20022-pain001:xml",
    `Validate this pain.001.001.09 against the XSD please — our bank says "invalid CdtrAcct".

<CdtTrfTxInf>
  <PmtId><EndToEndId>E2E-20261130-77</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">⟦financial|3480.00⟧</InstdAmt></Amt>
  <Cdtr><Nm>Mathilde Vercauteren</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>⟦iban|${BE_1}⟧</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Schadevergoeding letsel dossier 2026/118</Ustrd></RmtInf>
</CdtTrfTxInf>`,
  ],
  [
    "en",
    "neg-financial:iso20022-pain001:xml",
    `Is this the right structure for the debtor block in pain.001? I only have the template so far:

<Dbtr><Nm>{{company_name}}</Nm></Dbtr>
<DbtrAcct><Id><IBAN>{{debtor_iban}}</IBAN></Id></DbtrAcct>
<DbtrAgt><FinInstnId><BICFI>{{bic}}</BICFI></FinInstnId></DbtrAgt>
<ChrgBr>SLEV</ChrgBr>`,
  ],
  [
    "de",
    "financial:iso20022-camt053:xml",
    `Kannst du mir aus diesem camt.053-Auszug eine Tabelle machen (Datum, Gegenpartei, Betrag)?

<Ntry>
  <Amt Ccy="EUR">⟦financial|1870.00⟧</Amt><CdtDbtInd>DBIT</CdtDbtInd>
  <BookgDt><Dt>2026-11-03</Dt></BookgDt>
  <NtryDtls><TxDtls>
    <RltdPties>
      <Dbtr><Nm>Sabine Oehlmann</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>⟦iban|${DE_2}⟧</IBAN></Id></DbtrAcct>
      <Cdtr><Nm>Praxis Dr. med. Hollerbach</Nm></Cdtr>
    </RltdPties>
    <RmtInf><Ustrd>Rechnung Psychotherapie ⟦health|Angststörung F41.1⟧ Sitzungen 9-14</Ustrd></RmtInf>
  </TxDtls></NtryDtls>
</Ntry>`,
  ],
  [
    "de",
    "neg-financial:iso20022-camt053:xml",
    `Welche Felder brauche ich aus camt.053 für die Kontoabstimmung? Unser Beispiel aus der DK-Spezifikation:
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">125000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ownr><Nm>Muster GmbH</Nm></Ownr></Acct>`,
  ],
  [
    "fr",
    "financial:sepa-pain008:xml",
    `Bonjour, le prélèvement SEPA de ce client est rejeté (MD01). Tu peux vérifier le mandat ?

<DrctDbtTxInf>
  <PmtId><EndToEndId>COTIS-2026-11-0193</EndToEndId></PmtId>
  <InstdAmt Ccy="EUR">⟦financial|64.90⟧</InstdAmt>
  <DrctDbtTx><MndtRltdInf><MndtId>RUM-88213-A</MndtId><DtOfSgntr>2024-02-17</DtOfSgntr></MndtRltdInf></DrctDbtTx>
  <Dbtr><Nm>Gaëlle Rouquette</Nm><PstlAdr><AdrLine>⟦street_address|12 rue des Tanneurs⟧</AdrLine><AdrLine>69002 Lyon</AdrLine></PstlAdr></Dbtr>
  <DbtrAcct><Id><IBAN>⟦iban|${FR_1}⟧</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>`,
  ],
  [
    "fr",
    "neg-financial:sepa-pain008:xml",
    `Dans le guide EPC du SEPA Core Direct Debit, que signifie <SeqTp>FRST</SeqTp> par rapport à RCUR ? Exemple du guide :
<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>FRST</SeqTp></PmtTpInf>
<CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id></Othr></PrvtId></Id></CdtrSchmeId>`,
  ],
  [
    "en",
    "financial:nacha-ach:fixed",
    `payroll file from our vendor, the bank says the entry hash is off. here are the lines:

101 ${aba("02100002")} 1234567890261201 1200A094101JPMORGAN CHASE          ACME PAYROLL LLC
5220ACME PAYROLL LLC                    1234567890PPDPAYROLL         261201   1021000020000001
622${aba("07100001")}⟦bank_account|4418902736     ⟧  0000284350EMP-0117       DENISE OKAFOR           0021000020000001
622${aba("11400059")}⟦bank_account|90017734220    ⟧  0000191275EMP-0121       RAFAEL QUINTANILLA      0021000020000002
822000000200185000050000000000000000004756251234567890                         021000020000001

what do the 8-record totals have to be?`.replace(/⟦bank_account\|(\d+)( +)⟧/g, "⟦bank_account|$1⟧$2"),
  ],
  [
    "en",
    "neg-financial:nacha-ach:fixed",
    `Explain the NACHA batch control record fields using this sample from the Nacha Operating Rules (no entries shown):

5200SAMPLE COMPANY                      9999999999PPDPAYROLL         261201   1091000010000001
820000000000000000000000000000000000000000009999999999                         091000010000001
9000001000001000000000000000000000000000000000000000000`,
  ],
  [
    "nl",
    "financial:mt940:segment",
    `Kun je dit MT940-bestand omzetten naar CSV? Het is mijn privérekening.

:20:940S261130
:25:⟦iban|${NL_1}⟧
:28C:00211/1
:60F:C261101EUR2144,18
:61:2611041104D1250,00NTRFNONREF//261104-0098
:86:/TRTP/SEPA OVERBOEKING/IBAN/⟦iban|${NL_2}⟧/BIC/INGBNL2A/NAME/P. VAN DER LINDEN/REMI/Huur november /EREF/NOTPROVIDED
:61:2611251125C3187,44NTRFNONREF//261125-0041
:86:/TRTP/SALARIS/NAME/ZORGGROEP MIDDEN/REMI/Salaris ⟦financial|3187,44⟧ nov
:62F:C261130EUR⟦financial|4081,62⟧`,
  ],
  [
    "nl",
    "neg-financial:mt940:segment",
    `Voorbeeld uit de Rabobank MT940-handleiding (testgegevens). Wat betekent :60F: tegenover :60M:?
:25:NL91ABNA0417164300
:28C:1/1
:60F:C200101EUR0,00
:62F:C200101EUR0,00`,
  ],
  [
    "de",
    "financial:bank-csv:csv",
    `Hilf mir, diese Umsätze nach Kategorie zu summieren (Export Sparkasse, CSV-CAMT V2):

"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"Betrag";"Waehrung"
"${DE_2}";"03.11.26";"03.11.26";"LASTSCHRIFT";"Kreditrate 11/26 Vertrag 7781223";"Teambank AG";"DE48760300800550001004";"⟦financial|-412,50⟧";"EUR"
"${DE_2}";"15.11.26";"15.11.26";"GUTSCHRIFT";"Unterhalt Kind Lena";"Markus Oehlmann";"⟦iban|${DE_1}⟧";"⟦financial|380,00⟧";"EUR"`.replace(
      /"(DE\d{20})";"(03|15)/g,
      '"⟦iban|$1⟧";"$2',
    ),
  ],
  [
    "de",
    "neg-financial:bank-csv:csv",
    `Wie lese ich so eine Datei mit pandas ein (Semikolon, Komma als Dezimaltrenner)? Kopfzeile:
"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"Betrag";"Waehrung"`,
  ],
  [
    "es",
    "financial:bank-csv:csv",
    `Resume en qué gasté más este mes (extracto de mi cuenta, exportado del banco):

Fecha operación;Concepto;Importe;Saldo
02/11/2026;TRANSFERENCIA A FAVOR DE ANDRES PEÑALVER ⟦iban|${spaced(ES_1)}⟧;-600,00;⟦financial|2.914,33⟧
09/11/2026;RECIBO CLINICA DENTAL SONRISAS - IMPLANTE;-1.150,00;1.764,33
21/11/2026;EMBARGO JUZGADO 1ª INST. Nº 4 EXP 233/2025;⟦financial|-480,00⟧;1.284,33`,
  ],
  [
    "es",
    "neg-financial:bank-csv:csv",
    `Estoy diseñando el import de extractos. Fila de ejemplo de la documentación de Norma 43 convertida a CSV: "Fecha operación;Concepto;Importe;Saldo / 01/01/2020;CONCEPTO DE EJEMPLO;-10,00;100,00". ¿Cómo detecto el separador automáticamente?`,
  ],
  [
    "it",
    "financial:bank-csv:csv",
    `Puoi tradurre in inglese queste righe del mio estratto conto per il commercialista inglese?

Data contabile;Data valuta;Descrizione;Dare;Avere
04/11/2026;04/11/2026;BONIFICO A FAVORE DI TERESA MANCUSO IBAN ⟦iban|${IT_1}⟧ CAUSALE RESTITUZIONE PRESTITO;⟦financial|2.000,00⟧;
28/11/2026;28/11/2026;STIPENDIO NOVEMBRE;;⟦financial|2.640,00⟧`,
  ],
  [
    "en",
    "financial:emv-tlv:segment",
    `Our terminal log shows a decline 05 for a customer; can you decode the TLV so I can tell him why?

9F02 06 000000004599
5A 08 ⟦payment_card|${card("453987221903551")}⟧
5F20 0F GRAHAM/ELSPETH M
5F24 03 281130
57 13 ⟦payment_card|${card("453987221903551")}D28112011000087100000F⟧
9F27 01 00`.replace(/⟦payment_card\|(\d{16})D([0-9F]+)⟧/, "⟦payment_card|$1⟧D$2"),
  ],
  [
    "en",
    "neg-financial:emv-tlv:segment",
    `Decoding a sandbox tap from the Stripe terminal simulator, is tag 57 the track 2 equivalent?

5A 08 4242424242424242
5F24 03 301231
57 11 4242424242424242D30122011000000000
9F02 06 000000001000`,
  ],
  [
    "en",
    "financial:card-track:text",
    `found this in a crash dump from a POS box at my cousin's shop, it's from a real swipe yesterday. is this bad? what should he do?
track2=;⟦payment_card|${card("516730148822094")}⟧=27082011931800000000?  name=CHIDI/AMARA`,
  ],
  [
    "en",
    "neg-financial:card-track:text",
    `For a PCI training slide I need the structure of track 1 and 2 data. Use only the standard test PAN 4111111111111111 with expiry 2512 and show where the service code sits.`,
  ],
  [
    "en",
    "neg-financial:aggregate:csv",
    `Quarterly ACH returns (our bank, all customers):
return_code,description,count,share
R01,Insufficient funds,1842,41.2%
R02,Account closed,611,13.7%
R03,No account/unable to locate,403,9.0%
Write two sentences for the board pack.`,
  ],
  [
    "en",
    "financial:iso20022-camt054:xml",
    `why does our ERP fail to match this camt.054 credit notification to an invoice?

<NtfctnDtls><Ntry><Amt Ccy="GBP">⟦financial|9200.00⟧</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Mr Hamish Dunleavy</Nm></Dbtr>
<DbtrAcct><Id><Othr><Id>⟦bank_account|41922867⟧</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></DbtrAcct></RltdPties>
<RltdAgts><DbtrAgt><FinInstnId><ClrSysMmbId><MmbId>⟦bank_account|20-44-91⟧</MmbId></ClrSysMmbId></FinInstnId></DbtrAgt></RltdAgts>
<RmtInf><Ustrd>DIVORCE SETTLEMENT 2ND INSTALMENT</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></NtfctnDtls>`,
  ],
  [
    "en",
    "neg-financial:iso20022-xsd:xml",
    `What is the max length of the IBAN element in this XSD fragment from pain.001.001.03?
<xs:simpleType name="IBAN2007Identifier">
  <xs:restriction base="xs:string"><xs:pattern value="[A-Z]{2,2}[0-9]{2,2}[a-zA-Z0-9]{1,30}"/></xs:restriction>
</xs:simpleType>
<xs:element name="IBAN" type="IBAN2007Identifier"/>`,
  ],
];
