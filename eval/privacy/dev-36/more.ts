/**
 * Development set 36, more entries in several languages: dates after a name with no birth word, letter blocks in
 * ru/pt/ja, more shorthand diagnoses and salaries in words, a password with a parenthesis in French — and negatives of
 * the same shapes (anonymised textbook cases with an initial, placeholder envelopes, a minimum wage, public people with
 * г.р./janm, a landmark). Written before anything under src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  ["en", "dob:next-of-kin:doc", "Next of kin: Ruth Adeyemi, ⟦date_of_birth|04/10/1961⟧, daughter, lives nearby. Add her to the admission note."],
  ["en", "address:ship-to:doc", "Ship to:\nMr. L. Fairweather\n⟦street_address|3 Quarry Cottages\nAldbourne SN8 2DL⟧\nIs the postcode format right?"],
  ["en", "health:grandad-shorthand:free", "Grandad: ⟦health|T2DM⟧, ⟦health|BPH⟧, ⟦health|OA both knees⟧ — which of his tablets clash with ibuprofen?"],
  ["en", "salary:boyfriend-words:free", "My boyfriend is on ⟦financial|twenty-eight thousand five hundred a year⟧ — is it rude to split rent 50/50?"],
  ["de", "dob:name-comma:free", "Anna Vogt, ⟦date_of_birth|12.11.1990⟧, Physiotherapeutin aus Leipzig — schreib ein kurzes Profil für unsere Praxis-Website."],
  ["it", "health:patient-shorthand:doc", "Paziente Ferri Luigi: ⟦health|IRC⟧, ⟦health|DM2⟧, ⟦health|FA in TAO⟧. Prepara la lettera per il cardiologo."],
  ["es", "dob:name-n:free", "Ana Belén Ruiz (n. ⟦date_of_birth|3/2/1975⟧) pide un certificado de empadronamiento; redacta la solicitud."],
  ["fr", "password:account-paren:free", "Mot de passe (compte Netflix de mamie) : ⟦password|Biscotte-2209⟧ — explique-lui comment se connecter sur la télé."],
  [
    "ru",
    "address:letter-block:doc",
    "Кому: Петрову А. С.\nКуда: ⟦street_address|ул. Садовая, д. 15, кв. 42\nг. Тверь, 170100⟧\nКак правильно подписать конверт?",
  ],
  ["pt", "address:letter-block:doc", "Destinatário:\nSr. R. Costa\n⟦street_address|Rua das Flores 128, 2.º Esq.\n4050-262 Porto⟧"],
  ["ja", "address:letter-block:doc", "送り先：\n佐藤 健 様\n⟦street_address|〒150-0001 東京都渋谷区神宮前3-12-8 ハイツ青山201⟧\n宛名の書き方を教えて。"],
  ["ko", "health:mum:free", "어머니가 ⟦health|COPD⟧ 진단 받으시고 ⟦health|산소 치료⟧ 중인데 제주도 비행기 타셔도 될까요?"],
  ["tr", "salary:mum-words:free", "Annem emekli maaşı olarak ayda ⟦financial|yirmi iki bin lira⟧ alıyor, kira yardımı alabilir mi?"],
  [
    "en",
    "neg-address:company-initial:doc",
    "Mr. J. Doe\n1 Infinite Loop\nCupertino, CA 95014\nIs Apple still at this address, or did they move everything to Apple Park?",
  ],
  ["en", "neg-health:template:doc", "Discharge summary template: Patient: [NAME], DOB: [DD/MM/YYYY], PMH: e.g. T2DM, HTN. Make the layout cleaner."],
  ["de", "neg-health:textbook-initial:free", "Lehrbuchfall: Herr M., 58 Jahre, KHK, Z.n. Myokardinfarkt – welche Medikamente sind leitliniengerecht?"],
  ["es", "neg-salary:minimum:free", "Salario mínimo en España: mil ciento treinta y cuatro euros al mes en catorce pagas. ¿Cuánto es al año?"],
  ["it", "neg-address:placeholder:doc", "Fac-simile busta:\nSig. Mario Rossi\nVia Roma 1\n00100 Roma\nDove va il mittente?"],
  ["ru", "neg-dob:public:free", "Лев Толстой, 09.09.1828 г.р. — кратко о романе «Война и мир»."],
  ["zh", "neg-health:textbook:free", "教材病例：男，65岁，冠心病、慢阻肺病史，主诉胸闷三天。请分析可能的诊断。"],
  ["ar", "neg-address:landmark:free", "برج خليفة، 1 شارع الشيخ محمد بن راشد، دبي — متى يفتح للزوار؟"],
  ["hi", "neg-dob:public:free", "Amitabh Bachchan, janm 11 October 1942 — unki best films batao"],
];
