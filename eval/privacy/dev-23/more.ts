/**
 * Development set 23, further entries in several languages: dictated and OCR'd positives, then hard negatives of the
 * same shapes (blank forms, format questions, public hotlines, PIN and password questions with no value). Written
 * before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "fr",
    "phone:voice-words:voice",
    `écris à ma voisine son numéro c'est ⟦phone|zéro six quarante-huit vingt et un soixante-treize quatre-vingt-quinze⟧ dis-lui que le colis est chez moi`,
  ],
  ["de", "credentials:voice-pin:voice", `merk dir bitte die neue Geheimzahl ⟦password|null vier sieben eins⟧ für die Sparkassenkarte`],
  ["es", "phone:ocr-card:ocr", `OCR de una tarjeta: D r a .  Elena  Prieto   Móvil  ⟦phone|6 5 4  3 2 1  8 7 0⟧   ¿de qué provincia es?`],
  [
    "en",
    "financial:credit-report-ocr:ocr",
    `scanned credit report, can you explain it?\nConsumer: T. Alvarez\nEquifax score  ⟦financial|6 1 2⟧\nBalances: Capital One  ⟦financial|$3,904⟧   Chase Sapphire  ⟦financial|$11,250⟧`,
  ],
  [
    "en",
    "credentials:guest-email:email",
    `Fwd: Welcome to Seaview Cottage!\nHi Dominic, door code ⟦password|3 1 8 9 #⟧, wifi SeaviewGuest / ⟦password|shells&sand42⟧. Bins go out Tuesday.\n\nturn this into a checklist for my kids`,
  ],
  ["it", "financial:voice-iban:voice", `detta: l'IBAN di mia sorella Chiara è ⟦iban|IT81 X993 1357 5674 6772 9654 168⟧ scrivilo nel messaggio per la banca`],
  ["nl", "credentials:pincode-chat:free", `de pincode van mijn moeders bankpas is ⟦password|5183⟧, mag ik die voor haar gebruiken bij de Albert Heijn?`],
  ["tr", "phone:landline-chat:free", `babamın iş telefonu ⟦phone|0 (212) 294 18 37 dahili 204⟧, kartvizitte nasıl yazılır?`],
  [
    "en",
    "phone:voice-digits:voice",
    `text Gary the number for the plumber it's ⟦phone|zero two zero eight nine four six three one one seven⟧ and say after five`,
  ],
  // hard negatives
  [
    "en",
    "neg-financial:blank-form:form",
    `Help me fill this in (from the PDF):\nAccount holder: ______\nSort code: __-__-__\nAccount number: ________\nWhat goes in the building society roll number box?`,
  ],
  ["en", "neg-phone:no-number:free", `My phone number has changed, how do I move my WhatsApp to the new one?`],
  ["en", "neg-financial:voice-maths:voice", `what's two thousand four hundred divided by twelve and then add eighteen percent`],
  ["en", "neg-financial:no-amount:free", `Write an email to my bank asking why my salary hasn't arrived yet this month.`],
  ["en", "neg-credentials:pin-error:free", `The ATM said "incorrect PIN, 2 tries left" — what happens if I get it wrong again?`],
  ["de", "neg-credentials:generic:free", `Was bedeutet die Meldung „PIN gesperrt" am Automaten, und wie bekomme ich eine neue PIN?`],
  ["es", "neg-health:lab-generic:free", `¿Qué significa una HbA1c del 7 %? Es para un trabajo de clase de biología.`],
  ["nl", "neg-driver_license:format:free", `Hoeveel cijfers heeft een Nederlands rijbewijsnummer en staat het op de voorkant?`],
  ["pl", "neg-phone:bank-hotline:free", `Czy infolinia PKO BP to nadal 800 302 302? Chcę zablokować kartę.`],
  ["tr", "neg-financial:format:free", `Kredi kartı numarası kaç hanelidir, hep 16 mı?`],
  ["zh", "neg-financial:format:free", `银行卡号一般是多少位？62开头的是银联卡吗？`],
  ["ja", "neg-driver_license:format:free", `運転免許証の番号は何桁ですか？最後の数字は何を表しますか？`],
  ["pt", "neg-phone:sns24:free", `A linha SNS 24 é o 808 24 24 24? Funciona à noite?`],
  ["ko", "neg-credentials:reset:free", `공동인증서 비밀번호를 잊어버렸어요. 어떻게 재발급하나요?`],
  ["ru", "neg-driver_license:format:free", `Сколько цифр в номере водительского удостоверения и что означают первые четыре?`],
  ["fr", "neg-health:generic:free", `Le burn-out est-il reconnu comme maladie professionnelle en France ?`],
  ["it", "neg-financial:average:free", `Qual è lo stipendio medio di un infermiere in Italia, circa 1.700 € netti?`],
];
