/**
 * Development set 39, broken forms: values wrapped over a line break (OCR, fixed-width exports, `\` continuations)
 * and values grouped with `_`, `·`, `•`, thin spaces (U+2009) or narrow no-break spaces (U+202F). The span runs from
 * the value's first character to its last, across the break or separators.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { dni, group, iban, luhn } from "./encode.js";

const THIN = "\u2009";
const NNBSP = "\u202f";
const ibanDe = iban("DE", "210700240348851902");
const ibanNl = iban("NL", "RABO0318746502");
const ibanEs = iban("ES", "21000418450200051332");
const ibanFr = iban("FR", "30006000011234567890189");
const card1 = luhn("453917284015663");
const card2 = luhn("515248903371208");
const card3 = luhn("601100739128456");
const card4 = luhn("37941355281033");

const WRAP: MarkedEntry[] = [
  [
    "en",
    "wrap:ocr",
    `OCR output of the transfer form:\nAccount holder: Greta Lindqvist\nIBAN: ⟦iban|${group(ibanDe, " ").slice(0, 14)}\n${group(ibanDe, " ").slice(15)}⟧\nWhy did the OCR break the line?`,
  ],
  [
    "en",
    "wrap:fixed-width",
    `fixed-width export, 40 columns:\nPAYEE   MARCO BIANCHI   ACCT ⟦iban|${ibanNl.slice(0, 11)}\n${ibanNl.slice(11)}⟧\nhow do I rejoin wrapped fields in awk?`,
  ],
  [
    "es",
    "wrap:ocr",
    `Texto escaneado del recibo:\nTitular: Andrea Muñoz Vidal\nIBAN ⟦iban|${group(ibanEs, " ").slice(0, 19)}\n${group(ibanEs, " ").slice(20)}⟧\n¿Cómo limpio los saltos de línea?`,
  ],
  [
    "en",
    "wrap:ocr",
    `scanned receipt text:\nCARDHOLDER: DEREK HOLLOWAY\nCARD NO ⟦payment_card|${group(card1, " ").slice(0, 9)}\n${group(card1, " ").slice(10)}⟧\nEXP 04/29`,
  ],
  [
    "en",
    "wrap:shell",
    `curl -X POST https://api.payments.local/charge \\\n  -d card=⟦payment_card|${card2.slice(0, 8)}\\\n${card2.slice(8)}⟧ \\\n  -d name="Nadia Haddad"\nwhy does the card get truncated?`,
  ],
  [
    "en",
    "wrap:fixed-width",
    `legacy mainframe dump:\nCUST 004412 KOWALSKI JAN      PAN ⟦payment_card|${card3.slice(0, 10)}\n${card3.slice(10)}⟧\nfield PAN spills onto the next record`,
  ],
  [
    "en",
    "wrap:shell",
    `export CONTACT_PHONE="⟦phone|+44 7700 \\\n914 826⟧"  # wait no, ours is\nexport OWNER_PHONE="⟦phone|+44 7911 \\\n123 456⟧"\nwhich one does bash keep?`,
  ],
  ["en", "wrap:shell", `./notify.sh --to ⟦email|rebecca.\\\nthornton@gmail.com⟧ --subject "Lab results"`],
  ["en", "wrap:ocr", `OCR of the W-2:\nEmployee: Marcus Reid\nSSN ⟦us_ssn|518-44-\n7302⟧\nWages 61,250.00\nwhy does the SSN field split?`],
  ["en", "wrap:fixed-width", `line 1: NAME=HELEN PARK  SSN=⟦us_ssn|6014\n28931⟧  (the export wraps at 28 chars)\nhow do I unwrap it?`],
  ["en", "wrap:ocr", `OCR from a business card:\nDr. Ines Kowalczyk\nmobile ⟦phone|+48 601 \n482 937⟧\nwhat's the regex to join it?`],
  [
    "en",
    "wrap:fixed-width",
    `DNI del cliente ⟦national_id|${dni("52419876").slice(0, 5)}\n${dni("52419876").slice(5)}⟧ cortado por el exportador de ancho fijo`,
  ],
  ["en", "neg-wrap:ocr", `OCR of the Stripe docs page:\nUse test card 4242 4242\n4242 4242 with any future expiry.\nWhy is the number on two lines?`],
  [
    "en",
    "neg-wrap:fixed-width",
    `fixed-width: ORDER ${"2026120500".slice(0, 6)}\n${"2026120500".slice(6)}1874  QTY 12  SKU BX-4410\nhow do I rejoin the order id?`,
  ],
  ["en", "neg-wrap:ocr", `OCR of the IBAN format sample: GB82 WEST 1234\n5698 7654 32 (example from the ECBS guide)`],
  ["en", "neg-wrap:shell", `docker run \\\n  -e TZ=Europe/Berlin \\\n  -e MAX_CONN=2048 \\\n  app:1.4.2\nwhy is TZ ignored?`],
  ["en", "neg-wrap:ocr", `OCR of the invoice total line: Amount due 1 284 567\n,90 EUR — how do I fix the split decimal?`],
  ["en", "neg-wrap:fixed-width", `card number field (masked): **** ****\n**** 4417 wraps in the PDF export`],
  ["en", "neg-wrap:ocr", `OCR of the hotline sticker: call +1 800 273\n8255 for 24/7 support`],
  [
    "en",
    "neg-wrap:fixed-width",
    `IBAN with a wrong check: ${iban("DE", "210700240348851902", true).slice(0, 12)}\n${iban("DE", "210700240348851902", true).slice(12)} — the validator rejects it, correctly?`,
  ],
];

const GROUP: MarkedEntry[] = [
  ["en", "group:underscore", `card_number = "⟦payment_card|${group(card1, "_")}⟧"  # Ellen Marsh, expires 09/28\nwhy does Stripe reject underscores?`],
  ["en", "group:underscore", `PAN=⟦payment_card|${group(card4, "_", [4, 6, 5])}⟧ in the log line for Sam Whitaker — how do I mask it in logstash?`],
  ["en", "group:middle-dot", `IBAN: ⟦iban|${group(ibanFr, "·")}⟧ (Mme Odile Garnier) — my form strips the dots, is that OK?`],
  ["en", "group:middle-dot", `Kontonummer für die Erstattung an Frau Yildiz: ⟦iban|${group(ibanDe, "·")}⟧`],
  ["en", "group:bullet", `Call Aunt Bea's carer on ⟦phone|+44•7911•482•305⟧ if the alarm goes off (the app shows bullets as separators)`],
  ["en", "group:bullet", `Emergency contact: Rafael Costa ⟦phone|+351 • 912 • 447 • 318⟧ — how do I normalise this for Twilio?`],
  ["en", "group:thin-space", `invoice for Birgit Aalto, card ⟦payment_card|${group(card2, THIN)}⟧ charged twice`],
  ["en", "group:thin-space", `Überweisung an Konrad Pohl, IBAN ⟦iban|${group(ibanNl, NNBSP)}⟧ — warum schlägt die Prüfung fehl?`],
  ["en", "group:thin-space", `SSN for Danielle Pruitt: ⟦us_ssn|${["471", "58", "2290"].join(THIN)}⟧ (copied from a PDF with thin spaces)`],
  ["en", "group:thin-space", `my mobile is ⟦phone|+49${NNBSP}151${NNBSP}2345${NNBSP}6789⟧, text me when the parcel arrives — can you write that in German?`],
  ["en", "group:middle-dot", `DNI ⟦national_id|${group(dni("30128745"), "·", [2, 3, 3, 1])}⟧ a nombre de Pilar Serrano, ¿está bien escrito?`],
  ["en", "group:bullet", `card •⟦payment_card|${group(card3, "•")}⟧• keeps failing for Mr Oduya's subscription`],
  ["en", "neg-group:underscore", `STRIPE_TEST_CARD = "${group("4242424242424242", "_")}"  # from the docs`],
  ["en", "neg-group:underscore", `const MAX_UPLOAD = 1_073_741_824; const TIMEOUT_MS = 30_000; // why does Babel 6 choke on these?`],
  ["en", "neg-group:middle-dot", `Version ${["4", "12", "3"].join("·")} · build 2026·12·05 · channel stable`],
  ["en", "neg-group:middle-dot", `the card ${group(luhn("453917284015663").slice(0, 15) + "0", "·")} fails the Luhn check — can you confirm?`],
  ["en", "neg-group:bullet", `Card ending •••• •••• •••• 4417 — how do I show only the last four digits?`],
  ["en", "neg-group:bullet", `Support line: 1•800•275•2273 (AppleCare) — is it free from Canada?`],
  ["en", "neg-group:thin-space", `Population of Berlin: 3${THIN}878${THIN}100 (2024); how do I parse thin-space thousands in pandas?`],
  ["en", "neg-group:thin-space", `Prix : 12${NNBSP}450,00${NNBSP}€ — why does Number() return NaN?`],
  [
    "en",
    "neg-group:thin-space",
    `The ECBS example IBAN GB82${THIN}WEST${THIN}1234${THIN}5698${THIN}7654${THIN}32 is in my test fixtures; should I validate it?`,
  ],
  ["en", "neg-group:underscore", `order_id = ORD_2026_12_05_0044817 — is underscore a good separator for ids?`],
  ["en", "neg-group:thin-space", `Ofcom's drama number 07700${THIN}900${THIN}461 appears in our screenplay export`],
  ["en", "neg-group:middle-dot", `Our invalid-IBAN test: ${group(iban("FR", "30006000011234567890189", true), "·")} must be rejected by the form`],
];

export const BROKEN: MarkedEntry[] = [...WRAP, ...GROUP];
