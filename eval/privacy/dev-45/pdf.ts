/**
 * Development set 45, text copied out of PDFs: bank statements and payslips with columns collapsed into one line,
 * hyphenation at a line end, page headers and footers between lines, and tax forms (W-2, P60, Steuerbescheid, avis
 * d'imposition, 源泉徴収票, modelo 100, aangifte, PIT-37). Hard negatives: blank form templates, the forms' own sample
 * values, company figures, bank contact lines, order and invoice numbers.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { bsn, group, iban, myNumber, numeroFiscal, pesel, steuerId } from "./forms.js";

const DE = iban("DE", "512108004821937560");
const FR = iban("FR", "17806001170419382756104");
const NL = iban("NL", "RABO0318274659");
const ES = iban("ES", "00813672410600482951");
const IT = iban("IT", "Y0306909606100000063817");
const GB = iban("GB", "BARC20714583920614");
const PL = iban("PL", "871140200400003102458163");

export const STATEMENTS: MarkedEntry[] = [
  [
    "de",
    "iban:pdf:statement",
    `Aus dem Kontoauszug kopiert (PDF), die Spalten sind durcheinander:\nKontoinhaber Katharina Vogt IBAN ⟦iban|${DE.slice(0, 12)}-\n${DE.slice(12)}⟧ BIC COBADEFFXXX\nSeite 1 von 3\nBuchungstag Wert Verwendungszweck Betrag\n02.11. 02.11. Miete November -1.150,00\nKannst du daraus eine Tabelle machen?`,
  ],
  [
    "fr",
    "iban:pdf:statement",
    `Copié depuis le relevé PDF de Julien Marchand :\nRELEVÉ DE COMPTE N° 11\nTitulaire M JULIEN MARCHAND IBAN ⟦iban|${group(FR, " ").slice(0, 20)}\n— Page 2 —\n${group(FR, " ").slice(20)}⟧\nSolde créditeur au 30/11 2 431,18\nRemets les lignes dans l'ordre stp`,
  ],
  [
    "nl",
    "iban:pdf:statement",
    `Geplakt uit het PDF-afschrift van Sanne de Wit, kolommen zijn samengevoegd:\nRekeninghouder S. de Wit Rekeningnummer⟦iban|${NL}⟧Saldo€ 3.218,40Datum01-11-2026\nSplits dit in kolommen.`,
  ],
  [
    "es",
    "iban:pdf:statement",
    `Extracto de Carmen Vidal copiado del PDF del banco:\nTITULAR CARMEN VIDAL SOLER\nIBAN ⟦iban|${group(ES, " ").replace(/0/g, "O")}⟧\nFECHA CONCEPTO IMPORTE SALDO\n03/11 NÓMINA 2.340,00 5.118,72\n¿Por qué el IBAN tiene letras O?`,
  ],
  [
    "it",
    "iban:pdf:statement",
    `Ho copiato l'estratto conto di Luca Ferri dal PDF ma l'IBAN è spezzato:\nIntestatario LUCA FERRI\nIBAN ⟦iban|${IT.slice(0, 15)}\nBanca Popolare – Estratto conto n. 11/2026 – pag. 1\n${IT.slice(15)}⟧\nRicomponilo per il bonifico.`,
  ],
  [
    "en",
    "iban:pdf:statement",
    `Pasted from my tenant's bank letter (PDF), I need the account for the deposit refund:\nAccount name MR OLUWASEUN ADEYEMI\nIBAN ⟦iban|${GB.slice(0, 4)} ${GB.slice(4, 8)} ${GB.slice(8, 14)}-\n${GB.slice(14)}⟧\nSort code 60-16-13\nCan you tidy this?`,
  ],
  [
    "pl",
    "iban:pdf:statement",
    `Wyciąg Pawła Zielińskiego skopiowany z PDF:\nPosiadacz rachunku PAWEŁ ZIELIŃSKI\nNr rachunku ⟦iban|${group(PL, " ", [4, 4, 4, 4, 4, 4, 4]).replace(/1/g, "I")}⟧\nSaldo końcowe 7 412,06 PLN\nPopraw numer rachunku.`,
  ],
  [
    "de",
    "financial:pdf:payslip",
    `Aus der Gehaltsabrechnung von Jonas Keller (PDF-Kopie, Spalten zusammengeschoben):\nPersonal-Nr. 40417 Jonas Keller Steuerklasse 1\nBrutto⟦financial|4.870,00⟧Steuer/SV-Abzüge1.612,33Netto⟦financial|3.257,67⟧\nRechne mir aus, wie viel Prozent Abzüge das sind.`,
  ],
  [
    "en",
    "financial:pdf:payslip",
    `Copied from Priya Raman's payslip PDF, the columns ran together:\nEmployee Priya Raman NI JT 48 27 19 C Tax code 1257L\nGross pay⟦financial|£4,215.00⟧Tax£651.20NI£212.48Net pay⟦financial|£3,351.32⟧\nIs her tax right for the month?`,
  ],
  [
    "fr",
    "financial:pdf:payslip",
    `Bulletin de paie de Léa Fontaine copié du PDF :\nSalarié : Léa Fontaine Emploi : Infirmière\nSALAIRE BRUT ⟦financial|3 184,62⟧ NET À PAYER AVANT IMPÔT ⟦financial|2 482,11⟧\n— Page 1/2 —\nPrélèvement à la source 5,8 %\nC'est normal ce taux ?`,
  ],
  [
    "es",
    "financial:pdf:payslip",
    `Nómina de Diego Navarro copiada del PDF (se juntan las columnas):\nTRABAJADOR DIEGO NAVARRO PÉREZ\nTOTAL DEVENGADO⟦financial|2.610,45⟧TOTAL A DEDUCIR498,12LÍQUIDO A PERCIBIR⟦financial|2.112,33⟧\n¿Cuánto es la retención?`,
  ],
  [
    "ja",
    "financial:pdf:payslip",
    `給与明細PDFからコピーしたら列がくっつきました。\n氏名 山本 健太 支給合計⟦financial|412,500⟧控除合計88,214差引支給額⟦financial|324,286⟧\n表に直してください。`,
  ],
  [
    "de",
    "neg-iban:pdf:statement",
    `Aus dem Impressum der Stadtwerke (PDF) kopiert:\nSpendenkonto / Bankverbindung Stadtwerke Musterstadt GmbH\nIBAN DE02 1203 0000 0000 2020 51\nSeite 4\nBIC BYLADEM1001\nIst das die richtige Kontonummer für die Abschlagszahlung?`,
  ],
  [
    "en",
    "neg-iban:pdf:statement",
    `From the PDF of our company's invoice template:\nPlease pay to ACME Widgets Ltd\nIBAN GB33 BUKB 2020 1555 5555 55\nInvoice no. INV-2026-00418 Due 30 days\nHow do I add a QR code for payment?`,
  ],
  [
    "fr",
    "neg-iban:pdf:statement",
    "Dans le guide PDF de la banque, l'exemple de RIB est : IBAN FR76 3000 6000 0112 3456 7890 189 - Titulaire : M. DUPONT JEAN. Combien de chiffres a un IBAN français ?",
  ],
  [
    "nl",
    "neg-financial:pdf:payslip",
    "Uit het jaarverslag (PDF) gekopieerd, kolommen lopen door elkaar:\nOmzet2025€ 48.210.000Personeelskosten€ 17.430.000Nettowinst€ 3.120.000\nMaak er een tabel van.",
  ],
  [
    "es",
    "neg-financial:pdf:payslip",
    "Plantilla de nómina en PDF del convenio:\nTRABAJADOR ______________ SALARIO BASE 1.381,33 PLUS CONVENIO 120,00\nTOTAL DEVENGADO ______\n¿El salario base del convenio es bruto mensual?",
  ],
  ["ja", "neg-financial:pdf:payslip", "就業規則のPDFからコピー：\n基本給 月額 220,000円（新卒初任給）\n通勤手当 上限 30,000円\nこれは全社員の共通規定ですか？"],
  [
    "en",
    "neg-financial:pdf:statement",
    'Copied from the PDF brochure of our bank: "Customer service 0345 300 0000, Sort code 20-00-00 is our head office routing code" — do I need that for a transfer?',
  ],
  [
    "pl",
    "neg-iban:pdf:statement",
    "Na fakturze PDF od dostawcy prądu jest: Numer rachunku do wpłat: 12 1020 1026 0000 0302 0000 0000 (rachunek zbiorczy). Czy to mój indywidualny numer?",
  ],
  [
    "it",
    "neg-financial:pdf:statement",
    "Dal PDF del prospetto informativo: 'Canone mensile 2,50 €, commissione bonifico 0,99 €, tasso debitore 9,75 %'. Conviene rispetto al mio conto?",
  ],
];

const SSN = "518-47-2063";
const ID = steuerId("6417290365");
const FISC = numeroFiscal("2193847561");
const MYNUM = myNumber("62819374520");
const PESEL = pesel("8806142417");
const BSN = bsn("17384925");

export const TAX: MarkedEntry[] = [
  [
    "en",
    "tax_id:pdf:w2",
    `Copied from Marcus Bell's W-2 PDF, boxes came out in one line:\na Employee's social security number⟦tax_id|${SSN}⟧b Employer identification number (EIN) 84-1927365\ne Employee's first name and initial Last name MARCUS T BELL\n1 Wages, tips, other compensation⟦financial|68,412.77⟧\nWhich box goes into line 1a of the 1040?`,
  ],
  [
    "en",
    "tax_id:ocr:w2",
    `Scanned W-2 for my daughter Emily Tran, OCR read the SSN oddly:\nEmployee's SSN ⟦tax_id|${SSN.replace(/5/, "S").replace(/0/, "O")}⟧\nEmployee name EMILY TRAN\nWages 14,208.00\nfix the OCR errors please`,
  ],
  [
    "en",
    "tax_id:pdf:p60",
    `From Gareth Hughes' P60 (PDF copy):\nEmployee's details Surname HUGHES Forenames GARETH\nNational Insurance number ⟦tax_id|JK 73 91 58 B⟧\nPay in this employment ⟦financial|£38,904.12⟧ Tax deducted £5,266.40\nDoes he need a self-assessment?`,
  ],
  [
    "de",
    "tax_id:pdf:steuerbescheid",
    `Aus dem Steuerbescheid meiner Eltern kopiert (PDF):\nFinanzamt Köln-Süd Steuernummer 219/5071/3346\nHerrn und Frau Werner und Gisela Albrecht\nIdentifikationsnummer ⟦tax_id|${ID.slice(0, 2)} ${ID.slice(2, 5)} ${ID.slice(5, 8)} ${ID.slice(8)}⟧\nFestgesetzt werden Einkommensteuer ⟦financial|7.418,00 €⟧\nWas bedeutet "vorläufig" in der Erläuterung?`,
  ],
  [
    "de",
    "tax_id:ocr:steuerbescheid",
    `Handyfoto vom Brief des Finanzamts an Sabine Lorenz, Texterkennung:\nSteuer-ID ⟦tax_id|${ID.replace(/0/g, "O").replace(/1/g, "l")}⟧\nNachzahlung 1.204,00 EUR bis 14.01.2027\nMuss sie das sofort zahlen?`,
  ],
  [
    "fr",
    "tax_id:pdf:avis",
    `Extrait de l'avis d'imposition de Nathalie Girard, copié du PDF :\nNuméro fiscal ⟦tax_id|${FISC.slice(0, 2)} ${FISC.slice(2, 4)} ${FISC.slice(4, 7)} ${FISC.slice(7, 10)} ${FISC.slice(10)}⟧\nRéférence de l'avis 26 75 A123456 78\nRevenu fiscal de référence ⟦financial|31 482⟧\nAi-je droit au chèque énergie ?`,
  ],
  [
    "ja",
    "tax_id:pdf:gensen",
    `源泉徴収票のPDFからコピーしたものです。\n支払を受ける者 個人番号 ⟦tax_id|${MYNUM.slice(0, 4)} ${MYNUM.slice(4, 8)} ${MYNUM.slice(8)}⟧\n氏名 中村 美咲\n支払金額 ⟦financial|4,860,000⟧ 源泉徴収税額 121,300\n確定申告は必要ですか？`,
  ],
  [
    "pl",
    "tax_id:pdf:pit",
    `Z PIT-11 mamy Krystyny (PDF) skopiowało się tak:\nIdentyfikator podatkowy PESEL podatnika⟦tax_id|${PESEL}⟧Nazwisko NOWICKA Imię KRYSTYNA\nPrzychód ⟦financial|61 380,24⟧\nJak to wpisać do PIT-37?`,
  ],
  [
    "nl",
    "tax_id:pdf:aangifte",
    `Gekopieerd uit de voorlopige aanslag van Bram Smit (PDF):\nBurgerservicenummer ⟦tax_id|${BSN!.slice(0, 4)}.${BSN!.slice(4, 6)}.${BSN!.slice(6)}⟧\nTe betalen ⟦financial|€ 1.874⟧ in 11 termijnen\nKan hij een betalingsregeling krijgen?`,
  ],
  [
    "es",
    "tax_id:pdf:renta",
    `Borrador de la renta de Alberto Ruiz, copiado del PDF de la Agencia Tributaria:\nNIF ⟦tax_id|50738291K⟧ Apellidos y nombre RUIZ GÓMEZ ALBERTO\nResultado de la declaración ⟦financial|-612,40⟧\n¿Le devuelven o paga?`,
  ],
  ["en", "neg-tax_id:pdf:w2", "The IRS sample W-2 in the instructions PDF shows SSN 000-00-0000 and wages 0.00 in every box. Where do I enter box 12 codes?"],
  [
    "en",
    "neg-tax_id:pdf:w2",
    "Blank W-2 template copied from the PDF:\na Employee's social security number ___-__-____\nb Employer identification number (EIN) __-_______\n1 Wages, tips, other compensation ______\nCan you explain box 14?",
  ],
  [
    "de",
    "neg-tax_id:pdf:steuerbescheid",
    "Im Musterbescheid des Bundesfinanzministeriums steht: Identifikationsnummer 12 345 678 901, Max Mustermann, Festgesetzt werden 0,00 €. Wo finde ich bei mir die Steuer-ID?",
  ],
  [
    "fr",
    "neg-tax_id:pdf:avis",
    "Sur le modèle d'avis d'imposition publié par impots.gouv, le numéro fiscal est 00 00 000 000 000 et le nom « NOM PRÉNOM ». Où est le revenu fiscal de référence ?",
  ],
  [
    "ja",
    "neg-tax_id:pdf:gensen",
    "国税庁の源泉徴収票の記載例では個人番号欄が「0000 0000 0000」、氏名が「国税 太郎」になっています。摘要欄には何を書きますか？",
  ],
  [
    "pl",
    "neg-tax_id:pdf:pit",
    "Formularz PIT-37 w PDF, pusty: '1. Identyfikator podatkowy NIP / numer PESEL ⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜'. Co wpisać, jeśli nie mam NIP?",
  ],
  ["nl", "neg-tax_id:pdf:aangifte", "In de toelichting van de Belastingdienst staat als voorbeeld BSN 111222333 bij 'Jan Modaal'. Is dat een geldig nummer?"],
  ["es", "neg-tax_id:pdf:renta", "Copiado del manual de la renta: 'NIF del declarante: 00000000T (ejemplo)'. ¿Por qué la letra es la T?"],
  [
    "de",
    "neg-financial:pdf:steuerbescheid",
    "Aus der Broschüre des Finanzamts (PDF): Grundfreibetrag 2026: 12.096 €, Spitzensteuersatz ab 68.481 €. Gilt das pro Person?",
  ],
];
