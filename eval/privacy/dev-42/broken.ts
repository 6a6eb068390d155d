/**
 * Development set 42, values over a line break: an IBAN, card, phone or SSN cut by an OCR or PDF copy, an e-mail
 * address cut by a quoted-printable soft break `=\n` (with no other quoted-printable sign in the text) or by a plain
 * line break, a value in a JSON string cut by a `\n` escape; hard negatives of the same shapes (tables of numbers, test
 * cards, the ECBS example IBAN, failing check digits, UUIDs and hashes over two lines, role addresses).
 * A span covers the value from its first to its last character across the break.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { bytes, group, iban, luhn } from "./encode.js";

const DE = group(iban("DE", "500105175407324931"), " ");
const GB = group(iban("GB", "BARC20005573849201"), " ");
const NL = group(iban("NL", "RABO0318452219"), " ");
const AT = group(iban("AT", "1420020010965328"), " ");
const VISA = group(luhn("453914880343646"), " ");
const MC = group(luhn("522431907755128"), " ");
const AMEX = luhn("37941820557163");

/** `value` with a line break (or `cut`) after its `at`-th character. */
const cut = (value: string, at: number, cutter = "\n") => value.slice(0, at) + cutter + value.slice(at);

export const BROKEN: MarkedEntry[] = [
  [
    "de",
    "joined:ocr",
    `OCR aus dem Überweisungsträger:\nEmpfänger: Jonas Albrecht\nIBAN: ⟦iban|${cut(DE, 14)}⟧\nBetrag: 240,00 EUR\nWarum erkennt die Banking-App die IBAN nicht?`,
  ],
  [
    "en",
    "joined:pdf",
    `Copied from the PDF invoice:\nPlease pay to: Grace Mensah Ltd, account ⟦iban|${cut(GB, 15)}⟧\nDue: 15 Dec 2026\nThe bank form rejects what I paste, why?`,
  ],
  [
    "en",
    "joined:ocr",
    `Scanned card form (OCR):\nName: Chiara Bellini\nCard number: ⟦payment_card|${cut(VISA, 10)}⟧\nExp 09/28\nHow can I clean up OCR output like this?`,
  ],
  [
    "en",
    "joined:pdf",
    `From the signed contract PDF:\nTenant: Pieter de Vries, mobile ⟦phone|${cut("+31 6 4821 9037", 9)}⟧, e-mail ⟦email|p.devries@ziggo.nl⟧\nWhy does the copy break lines in random places?`,
  ],
  [
    "en",
    "joined:ocr",
    `OCR of the W-2:\nEmployee: Luis Ortega\nSSN ⟦us_ssn|${cut("523-41-7782", 7)}⟧\nWages ⟦financial|48,210.00⟧\nCan tesseract keep the number on one line?`,
  ],
  [
    "en",
    "joined:qp",
    `Forwarded text as my mail client shows it:\n\nHi, please send the signed forms to ⟦email|${cut("hannah.weiss@gmx.de", 12, "=\n")}⟧ before Friday, and copy her\nassistant. Thanks!\n\nWhy are there = signs at the line ends?`,
  ],
  [
    "en",
    "joined:qp",
    `Body of the bounce:\nThe message to ⟦email|${cut("oskar.lindqvist@telia.se", 18, "=\n")}⟧ could not be delivered after 3 attempts.\nWhat do the trailing = mean?`,
  ],
  [
    "en",
    "joined:json",
    `{"ocr_text": "Patient: Rahul Menon\\nPhone: ⟦phone|${cut("+91 98470 21536", 9, "\\n")}⟧\\nRef: 88-1203"}\nHow do I get the phone number out of this OCR JSON?`,
  ],
  [
    "en",
    "joined:json",
    `{"page": 3, "text": "Refund to IBAN ⟦iban|${cut(NL, 12, "\\n")}⟧ (Sofia Andersson)\\nAmount: 120.00"}\nThe PDF extractor splits values — can I join lines safely?`,
  ],
  [
    "en",
    "joined:plain",
    `Her new address for the newsletter is ⟦email|${cut("fz.elidrissi@hotmail.fr", 15)}⟧ — my editor wrapped it. Will the import script handle that?`,
  ],
  ["de", "joined:pdf", `Aus dem PDF kopiert:\nKontoinhaberin: Hannah Weiß\nIBAN ⟦iban|${cut(AT, 10)}⟧\nBIC RLNWATWW\nWarum ist die IBAN in zwei Zeilen?`],
  ["en", "joined:ocr", `Receipt OCR:\nAMEX ⟦payment_card|${cut(AMEX, 8)}⟧\nCardholder: Tomás Herrera\nWhy is the number split?`],
  [
    "en",
    "joined:chat",
    `Copied from WhatsApp on a narrow screen:\n"my card is ⟦payment_card|${cut(MC, 9)}⟧ can you book the flights for me"\nIs it safe to paste this into the travel agent's form?`,
  ],
  ["en", "joined:plain", `Contact for the lease: Zofia Nowak, ⟦phone|${cut("+48 512 384 902", 7)}⟧ (evenings only)\nWhy does my CSV export break this cell?`],
  [
    "es",
    "joined:pdf",
    `Copiado del PDF del banco:\nTitular: Lucía Ortega Campos\nIBAN ⟦iban|${cut(group(iban("ES", "14650100722030876293"), " "), 15)}⟧\n¿Por qué el formulario no acepta el IBAN?`,
  ],
  [
    "en",
    "joined:qp",
    `Raw mail (no headers copied):\nPlease reply to ⟦email|${cut("grace.mensah@yahoo.com", 6, "=\n")}⟧ with the lab results for her MRI.\nWhy is there an = in the address?`,
  ],
  [
    "en",
    "joined:json",
    `{"note": "call back Mehmet Yilmaz on ⟦phone|${cut("+90 532 418 27 66", 8, "\\n")}⟧ about the refund"}\nShould the support tool strip \\n from notes?`,
  ],
  ["en", "joined:ocr", `OCR of a hand-filled form:\nE-mail: ⟦email|${cut("aiko.tanaka@icloud.com", 11)}⟧\nPhone: (see back)\nHow do I fix wrapped OCR fields?`],
  // Hard negatives of the same shapes.
  [
    "en",
    "neg-joined:table",
    `Population by district (2024 census, public table):\n| Nordstadt | 4539 1488 |\n| Südstadt | 0343 6467 |\n| Weststadt | 2210 5310 |\nHow do I sum the second column in Excel?`,
  ],
  [
    "en",
    "neg-joined:ocr",
    `Stripe test card copied from the docs (OCR): ${cut("4242 4242 4242 4242", 10)}\nExp 12/34, any CVC. Why does the test checkout decline it?`,
  ],
  ["en", "neg-joined:pdf", `From the ECBS PDF on IBAN formats, example: ${cut("DE89 3704 0044 0532 0130 00", 14)}\nWhat do the first four characters mean?`],
  [
    "en",
    "neg-joined:pdf",
    `Copied from the invoice template (placeholder account): ${cut(group(iban("DE", "500105175407324932", true), " "), 14)}\nThe validator says "checksum failed" — is the template wrong?`,
  ],
  ["en", "neg-joined:log", `request-id ${cut("3f2a8c1e-7b4d-4e2a-9c11-5d6e7f809a1b", 19)} failed with 502\nwhat does the upstream timeout mean?`],
  [
    "en",
    "neg-joined:code",
    `sha256 of the release tarball (wrapped by the terminal):\n${cut(bytes("tarball", 32).toString("hex"), 40)}\nHow do I verify it with shasum?`,
  ],
  [
    "en",
    "neg-joined:qp",
    `Mail footer as my client shows it:\nYou receive this because you subscribed. Unsubscribe: ${cut("noreply@newsletter.shopwise.io", 16, "=\n")}\nWhy the = at the end of the line?`,
  ],
  ["en", "neg-joined:table", `Quarterly revenue (EUR thousands):\nQ1 2026 5512 8744\nQ2 2026 0912 8331\nQ3 2026 4410 2207\nIs Q2 an outlier?`],
  ["en", "neg-joined:json", `{"text": "Call our hotline 0800 330\\n4000 (free of charge) for help"}\nShould support numbers be in the OCR output?`],
  ["de", "neg-joined:table", `Tabelle aus dem Statistischen Jahrbuch:\nEinwohner 2023: 3 878 100\n2024: 3 897 145\nWarum steht die Zahl in zwei Zeilen?`],
  ["en", "neg-joined:ocr", `OCR of a masked card on the receipt: **** **** ****\n4821 Visa. Why does the OCR keep the stars?`],
  ["en", "neg-joined:code", `const big = 1234567890123\n4567; // why does the linter complain about this line break?`],
  ["en", "neg-joined:qp", `Hi team,\nthe shared inbox is ${cut("support@example.com", 8, "=\n")} for the staging tests.\nWhy does the = appear?`],
  ["en", "neg-joined:plain", `ISBN list from the catalogue:\n978-3-16-148410-0\n978-0-306-40615-7\nWhy do these two count as valid?`],
];
