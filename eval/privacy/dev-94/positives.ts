/**
 * dev-94 positives: a named private traveller's passport, identity-card, residence-permit or visa number (and birth
 * date) as travel paperwork carries it — the issuer's label in its own language, a TD3 / TD1 / MRV machine-readable
 * zone (clean or in noisy OCR), airline DOCS / APIS lines, hotel guest registration (Spanish parte de viajeros,
 * Italian schedina alloggiati, German Meldeschein, French fiche de police), booking JSON, travel-agency e-mails, visa
 * application forms, boarding-pass barcodes with the passenger's document, German eAT, UK BRP, Indian OCI, Schengen
 * and US visa numbers. `kind` is `<document>:<issuer>:<container>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { COUNTRIES, type Country } from "./countries.js";
import { mrv, td1, td3 } from "./mrz.js";
import { type BirthDate, birthDate, ddmmmyy, digits, fromFormat, holderOf, iso, mrzNumber, pick, random, styled, visual } from "./values.js";

const S = (category: string, value: string) => `⟦${category}|${value}⟧`;
const byIso = (code: string) => COUNTRIES.find((country) => country.iso3 === code)!;
let turn = 0;
/** the next holder of a country (cycling) */
const personOf = (country: Country) => country.holders[turn++ % country.holders.length]!;

interface Traveller {
  country: Country;
  person: Country["holders"][number];
  number: string;
  birth: BirthDate;
}
const traveller = (code: string): Traveller => {
  const country = byIso(code);
  return { country, person: personOf(country), number: fromFormat(country.format), birth: birthDate() };
};

const FLIGHTS = [
  "LH 400 FRA–JFK",
  "AF 1148 CDG–ATH",
  "IB 6251 MAD–MEX",
  "TK 1822 IST–AMS",
  "NH 203 HND–FRA",
  "KE 907 ICN–LHR",
  "EK 384 DXB–HKG",
  "QR 8 DOH–LHR",
];

/** the issuer's own label in its language, block form */
function labelled(code: string): MarkedEntry {
  const t = traveller(code);
  const c = t.country;
  const lines = [
    c.ask,
    `${c.nameLabel}: ${t.person[0]}`,
    `${c.passportLabel}: ${S("passport", t.number)}`,
    `${c.dobLabel}: ${S("date_of_birth", styled(t.birth, c.dateStyle))}`,
    `✈ ${pick(FLIGHTS)}`,
  ];
  if (random() < 0.5) [lines[2], lines[3]] = [lines[3]!, lines[2]!];
  return [c.lang, `passport:${c.iso3}:label`, lines.join("\n")];
}

const OCR_ASK: Record<string, string> = {
  en: "The scanner app gave me this from my passport photo page, can you fix the OCR mistakes?",
  de: "Das hat die Scan-App aus meiner Passseite gemacht, kannst du die OCR-Fehler korrigieren?",
  fr: "Voilà ce que l'appli a lu sur la page de mon passeport, tu peux corriger les erreurs d'OCR ?",
  es: "Esto es lo que leyó la app de la página de datos del pasaporte de mi marido, ¿corriges los errores?",
  it: "Questo è l'OCR della pagina del passaporto di mia madre, puoi correggere gli errori?",
  ja: "パスポートの写真ページをスキャンしたらこうなりました。OCRの誤りを直してください。",
  zh: "这是扫描我护照资料页得到的文字，帮我改一下识别错误：",
  ko: "여권 사진면을 스캔했더니 이렇게 나왔어. OCR 오류 좀 고쳐줘.",
  ru: "Вот что приложение распознало со страницы паспорта, исправь ошибки OCR:",
  tr: "Pasaportumun fotoğraf sayfasını taradım, OCR hatalarını düzeltir misin?",
  pt: "Isto foi o que a app leu da página do passaporte, corriges os erros?",
  ar: "هذا ما قرأه التطبيق من صفحة جواز سفري، صحح أخطاء التعرف الضوئي:",
  pl: "Tak aplikacja odczytała stronę paszportu, popraw błędy OCR:",
  nl: "Dit las de app van de fotopagina van mijn paspoort, kun je de OCR-fouten verbeteren?",
  vi: "Đây là kết quả quét trang thông tin hộ chiếu của mình, sửa lỗi OCR giúp mình:",
  hi: "पासपोर्ट के फोटो पेज को स्कैन करने पर यह मिला, OCR की गलतियाँ ठीक कर दो:",
  el: "Αυτό διάβασε η εφαρμογή από τη σελίδα του διαβατηρίου μου, διόρθωσε τα λάθη:",
  th: "นี่คือข้อความที่สแกนได้จากหน้าหนังสือเดินทางของฉัน ช่วยแก้คำผิดให้หน่อย",
  id: "Ini hasil pindai halaman data paspor saya, tolong perbaiki kesalahan OCR-nya:",
  sv: "Så här läste appen av passets datasida, kan du rätta OCR-felen?",
  uk: "Ось що застосунок розпізнав зі сторінки паспорта, виправ помилки OCR:",
};

/** noisy OCR of a data page: visual zone with misread labels, then the clean TD3 zone */
function ocrPage(code: string, withVisual: boolean): MarkedEntry {
  const t = traveller(code);
  const c = t.country;
  const [line1, line2] = td3(holderOf(c, t.person, t.number, t.birth));
  const visualZone = [
    `PASSP0RT  ${c.iso3} · Type/Typ P`,
    `Surnarne / ${c.nameLabel}  ${t.person[1]}`,
    `G1ven names  ${t.person[2]}`,
    `Passport N° / ${c.passportLabel}  ${S("passport", t.number)}`,
    `Date of b1rth / ${c.dobLabel}  ${S("date_of_birth", visual(t.birth))}`,
    "Autnority |  ' .  ~",
  ];
  const body = withVisual ? [...visualZone, "", line1, S("passport", line2)] : [line1, S("passport", line2)];
  return [c.lang, `passport:${c.iso3}:${withVisual ? "ocr" : "mrz"}`, `${OCR_ASK[c.lang]}\n\n${body.join("\n")}`];
}

const ID_ASK: Record<string, string> = {
  de: "Die Rückseite vom Personalausweis meiner Frau, der Check-in-Automat liest sie nicht. Stimmt hier was nicht?",
  fr: "Le verso de la carte d'identité de mon fils, la borne ne la lit pas. Qu'est-ce qui cloche ?",
  es: "El reverso del DNI de mi hermana, el quiosco no lo lee. ¿Ves algo raro?",
  it: "Il retro della carta d'identità di mio padre, il totem non la legge. C'è qualcosa che non va?",
  nl: "De achterkant van de ID-kaart van mijn vriendin, de kiosk leest hem niet. Klopt er iets niet?",
  pl: "Tył dowodu osobistego mojej żony, automat go nie czyta. Coś jest nie tak?",
  pt: "O verso do cartão de cidadão da minha mãe, o quiosque não lê. Está algo errado?",
  sv: "Baksidan av min sambos id-kort, automaten läser det inte. Är något fel?",
};

/** the back of a TD1 identity card (3 × 30); line 1 carries the card number */
function idCard(code: string): MarkedEntry {
  const t = traveller(code);
  const c = t.country;
  const holder = holderOf(c, t.person, fromFormat("LXXXXXXXX"), t.birth);
  const [line1, line2, line3] = td1(holder, c.iso3 === "DEU" ? "ID" : "I<");
  return [c.lang, `id-card:${c.iso3}:td1`, `${ID_ASK[c.lang]}\n\n${S("national_id", line1)}\n${line2}\n${line3}`];
}

/** airline DOCS lines (SSR DOCS) for one or two passengers */
function docsLines(codes: string[], lang: "en" | "de" | "es"): MarkedEntry {
  const ask = {
    en: "Manifest for tomorrow's charter — are these DOCS lines in the right order before I send them to the carrier?",
    de: "Manifest für den Charter morgen — stimmen die DOCS-Zeilen so, bevor ich sie an die Airline schicke?",
    es: "Manifiesto del chárter de mañana: ¿están bien estas líneas DOCS antes de mandarlas a la aerolínea?",
  }[lang];
  const lines = codes.map((code, index) => {
    const t = traveller(code);
    const h = holderOf(t.country, t.person, t.number, t.birth);
    const expiry = ddmmmyy({ y: 2000 + Number(h.expiry.slice(0, 2)), m: Number(h.expiry.slice(2, 4)), d: Number(h.expiry.slice(4)) });
    return `SSR DOCS XQ HK1 P/${t.country.iso3}/${S("passport", mrzNumber(t.number))}/${t.country.iso3}/${S("date_of_birth", ddmmmyy(t.birth))}/${t.person[3]}/${expiry}/${t.person[1].replace(" ", "")}/${t.person[2].replace(" ", "")}-1.${index + 1}`;
  });
  return [lang, `passport:${codes.join("+")}:apis`, `${ask}\n${lines.join("\n")}`];
}

/** a US/Canada-style advance passenger information form */
function apisForm(code: string): MarkedEntry {
  const t = traveller(code);
  const text = `Filling the Advance Passenger Information (APIS) for my father-in-law, does this look complete?
Last name: ${t.person[1]}
First name: ${t.person[2]}
Gender: ${t.person[3]}
Date of birth: ${S("date_of_birth", iso(t.birth))}
Citizenship: ${t.country.iso3}
Travel document type: Passport
Document number: ${S("passport", mrzNumber(t.number))}
Country of issuance: ${t.country.iso3}
Expiration: 2031-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  return ["en", `passport:${code}:apis`, text];
}

/** hotel guest registration as each country's law has it */
function hotel(code: string, form: "es" | "it" | "de" | "fr"): MarkedEntry {
  const t = traveller(code);
  const n = S("passport", mrzNumber(t.number));
  const texts = {
    es: `Tengo que mandar el parte de viajeros de la habitación 214 antes de medianoche, ¿me lo revisas?
Tipo de documento: P (pasaporte)
Número de documento: ${n}
Primer apellido: ${t.person[1]}
Nombre: ${t.person[2]}
Sexo: ${t.person[3]}
Fecha de nacimiento: ${S("date_of_birth", styled(t.birth, "d/m/y"))}
Nacionalidad: ${t.country.iso3}
Fecha de entrada: 07/12/2026`,
    it: `Devo inviare la schedina alloggiati per l'ospite della camera 12, controlli i campi?
Tipo alloggiato: 16 - Ospite singolo
Cognome: ${t.person[1]}
Nome: ${t.person[2]}
Sesso: ${t.person[3] === "M" ? "1" : "2"}
Data di nascita: ${S("date_of_birth", styled(t.birth, "d/m/y"))}
Cittadinanza: ${t.country.iso3}
Tipo documento: PASOR
Numero documento: ${n}
Luogo rilascio: ${t.country.iso3}`,
    de: `Unser Meldeschein für den Gast aus Zimmer 31 – fehlt da noch was?
Familienname: ${t.person[1]}
Vorname: ${t.person[2]}
Geburtsdatum: ${S("date_of_birth", styled(t.birth, "d.m.y"))}
Staatsangehörigkeit: ${t.country.iso3}
Reisedokument: Reisepass Nr. ${n}
Anreise: 07.12.2026`,
    fr: `Fiche individuelle de police pour la cliente de la chambre 5, tu peux vérifier ?
Nom : ${t.person[1]}
Prénom : ${t.person[2]}
Date de naissance : ${S("date_of_birth", styled(t.birth, "d/m/y"))}
Nationalité : ${t.country.iso3}
Pièce d'identité : passeport n° ${n}
Date d'arrivée : 07/12/2026`,
  };
  return [form, `passport:${code}:hotel`, texts[form]];
}

/** booking JSON a travel site sends to the airline */
function bookingJson(code: string): MarkedEntry {
  const t = traveller(code);
  const pnr = fromFormat("LLL9LL");
  const text = `Our booking API rejects this payload with "INVALID_DOC", what's wrong?
{"pnr":"${pnr}","passengers":[{"surname":"${t.person[1]}","given_names":"${t.person[2]}","sex":"${t.person[3]}","dob":"${S("date_of_birth", iso(t.birth))}","nationality":"${t.country.iso3}","document":{"type":"P","number":"${S("passport", mrzNumber(t.number))}","issuing_country":"${t.country.iso3}","expiry":"2030-11-30"}}]}`;
  return ["en", `passport:${code}:json`, text];
}

const EMAIL: Record<string, (name: string, n: string, dob: string) => string> = {
  en: (name, n, dob) =>
    `Please proofread before I send it to our client:\n\nDear ${name},\nthank you for booking the Lisbon tour with Sunway Travel. To issue your tickets we have recorded passport number ${n} and date of birth ${dob}. Please tell us if anything is wrong.\nKind regards, Mia`,
  de: (name, n, dob) =>
    `Kannst du die Mail an unsere Kundin gegenlesen?\n\nLiebe Frau ${name},\nfür die Ausstellung der Tickets haben wir Ihre Reisepassnummer ${n} und Ihr Geburtsdatum ${dob} hinterlegt. Bitte prüfen Sie die Angaben.\nHerzliche Grüße, Reisebüro Sonnenweg`,
  fr: (name, n, dob) =>
    `Tu peux relire ce mail avant que je l'envoie ?\n\nBonjour ${name},\npour l'émission de vos billets nous avons enregistré votre passeport n° ${n} et votre date de naissance ${dob}. Merci de vérifier.\nCordialement, l'agence Horizons`,
  es: (name, n, dob) =>
    `¿Me revisas este correo al cliente?\n\nEstimado/a ${name}:\npara emitir sus billetes hemos registrado su pasaporte nº ${n} y su fecha de nacimiento ${dob}. Compruebe los datos, por favor.\nUn saludo, Viajes Alba`,
  it: (name, n, dob) =>
    `Mi correggi questa mail prima che la mandi?\n\nGentile ${name},\nper emettere i biglietti abbiamo registrato il passaporto n. ${n} e la data di nascita ${dob}. La preghiamo di verificare.\nCordiali saluti, Agenzia Viaggi Sole`,
  ja: (name, n, dob) =>
    `お客様へのメールを確認してください。\n\n${name} 様\n航空券発券のため、旅券番号 ${n}、生年月日 ${dob} で登録いたしました。内容にお間違いがないかご確認ください。\nさくら旅行`,
  zh: (name, n, dob) => `帮我检查一下给客户的邮件：\n\n${name}您好，\n为出票，我们登记了您的护照号 ${n}，出生日期 ${dob}。请核对。\n远航旅行社`,
  tr: (name, n, dob) =>
    `Müşteriye göndermeden önce şu e-postayı kontrol eder misin?\n\nSayın ${name},\nbiletlerinizin düzenlenmesi için pasaport numaranız ${n} ve doğum tarihiniz ${dob} olarak kaydedildi. Lütfen kontrol ediniz.\nSaygılarımızla, Mavi Tur`,
};

function agencyEmail(code: string, lang: string): MarkedEntry {
  const t = traveller(code);
  const style = lang === "ja" || lang === "zh" ? "y年m月d日" : lang === "en" ? "d/m/y" : lang === "de" || lang === "tr" ? "d.m.y" : "d/m/y";
  return [lang, `passport:${code}:email`, EMAIL[lang]!(t.person[0], S("passport", t.number), S("date_of_birth", styled(t.birth, style)))];
}

/** a visa application form's answers: English, the Schengen form in German or French */
function visaForm(code: string, lang: "en" | "de" | "fr"): MarkedEntry {
  const t = traveller(code);
  const n = S("passport", mrzNumber(t.number));
  const texts = {
    en: `Check my answers on the e-visa application before I pay:
1. Surname: ${t.person[1]}
2. Given names: ${t.person[2]}
3. Date of birth: ${S("date_of_birth", iso(t.birth))}
4. Nationality: ${t.country.iso3}
5. Passport number: ${n}
6. Date of issue: 2022-05-02`,
    de: `Antrag auf Schengen-Visum für meine Schwiegermutter, passt das so?
1. Name (Familienname): ${t.person[1]}
4. Geburtsdatum: ${S("date_of_birth", styled(t.birth, "d.m.y"))}
7. Derzeitige Staatsangehörigkeit: ${t.country.iso3}
13. Art des Reisedokuments: Normaler Pass
14. Nummer des Reisedokuments: ${n}`,
    fr: `Demande de visa Schengen pour mon oncle, c'est bien rempli ?
1. Nom : ${t.person[1]}
4. Date de naissance : ${S("date_of_birth", styled(t.birth, "d/m/y"))}
7. Nationalité actuelle : ${t.country.iso3}
14. Numéro du document de voyage : ${n}`,
  };
  return [lang, `passport:${code}:visa-form`, texts[lang]];
}

/** a boarding-pass barcode (IATA BCBP) next to the passenger's document for the APIS page */
function boardingPass(code: string): MarkedEntry {
  const t = traveller(code);
  const name = `${t.person[1].replace(" ", "")}/${t.person[2].replace(" ", "")}`.padEnd(20, " ").slice(0, 20);
  const bcbp = `M1${name}E${fromFormat("LLL9LL")} ${pick(["FRAJFKLH ", "CDGATHAF ", "ISTAMSTK ", "ICNLHRKE "])}0${digits(3)} ${digits(3)}Y0${digits(2)}C0${digits(3)} 100`;
  const text = `The app only shows the barcode text of the boarding pass. The APIS page also wants the passport: ${S("passport", mrzNumber(t.number))}, born ${S("date_of_birth", iso(t.birth))}. What's the seat in this?
${bcbp}`;
  return ["en", `passport:${code}:bcbp`, text];
}

/** residence permits: German eAT (TD1, type AR), UK BRP, Indian OCI */
function permit(kind: "eat" | "brp" | "oci"): MarkedEntry {
  if (kind === "eat") {
    const t = traveller(pick(["TUR", "UKR", "IND", "EGY"]));
    const holder = { ...holderOf(t.country, t.person, fromFormat("LXXXXXXXX"), t.birth), issuer: "D" };
    const [line1, line2, line3] = td1(holder, "AR");
    return [
      "de",
      "permit:DEU-eAT:td1",
      `Mein Aufenthaltstitel wird am Flughafen nicht gelesen. Die Zone auf der Rückseite:\n${S("national_id", line1)}\n${line2}\n${line3}\nIst die Kartennummer richtig kodiert?`,
    ];
  }
  if (kind === "brp") {
    const t = traveller(pick(["IND", "EGY", "CHN", "USA"]));
    return [
      "en",
      "permit:GBR-BRP:label",
      `My colleague ${t.person[0]}'s BRP expires next month. BRP number ${S("national_id", fromFormat("LL9999999"))}, date of birth ${S("date_of_birth", styled(t.birth, "d/m/y"))}. Draft the eVisa account request for them.`,
    ];
  }
  const t = traveller("IND");
  return [
    "en",
    "permit:IND-OCI:label",
    `Booking for my uncle ${t.person[0]}: Indian passport lapsed, he travels on his OCI card no. ${S("national_id", fromFormat("L9999999"))} (DOB ${S("date_of_birth", styled(t.birth, "d/m/y"))}). Which document do I enter on the airline site?`,
  ];
}

/** visas: Schengen sticker number, US visa foil number, an MRV-A zone */
function visa(kind: "schengen" | "us" | "mrv"): MarkedEntry {
  const t = traveller(pick(["IND", "CHN", "TUR", "EGY", "VNM", "THA", "IDN"]));
  if (kind === "schengen")
    return [
      "en",
      "visa:schengen:label",
      `For ${t.person[0]}'s Frankfurt trip the hotel asks for the visa too: Schengen visa sticker no. ${S("passport", pick(["DEU", "FRA", "ITA"]) + digits(9))}, passport ${S("passport", mrzNumber(t.number))}. Write the reply.`,
    ];
  if (kind === "us")
    return [
      "en",
      "visa:USA:label",
      `DS-160 follow-up for my cousin ${t.person[0]}: previous US visa foil number ${S("passport", digits(8))}, date of birth ${S("date_of_birth", iso(t.birth))}. Where does the foil number go?`,
    ];
  const [line1, line2] = mrv({ ...holderOf(t.country, t.person, fromFormat("L9999999"), t.birth), issuer: "FRA" });
  return [
    "en",
    "visa:FRA-MRV:mrz",
    `The visa in my sister's passport has this at the bottom, which part is the visa number?\n${line1}\n${S("passport", line2)}`,
  ];
}

const LABEL_COUNTRIES = COUNTRIES.map((country) => country.iso3);
const OCR = ["DEU", "FRA", "ESP", "ITA", "JPN", "CHN", "KOR", "RUS", "TUR", "EGY", "GBR", "USA", "NLD", "GRC"];
const MRZ_ONLY = ["POL", "VNM", "IND", "BRA", "THA", "UKR", "SWE", "IDN"];

export const SENSITIVE: MarkedEntry[] = [
  ...LABEL_COUNTRIES.map(labelled),
  ...OCR.map((code) => ocrPage(code, true)),
  ...MRZ_ONLY.map((code) => ocrPage(code, false)),
  ...["DEU", "FRA", "ESP", "ITA", "NLD", "POL", "PRT", "SWE"].map(idCard),
  docsLines(["DEU", "FRA"], "en"),
  docsLines(["CHN"], "en"),
  docsLines(["KOR", "JPN"], "en"),
  docsLines(["TUR"], "de"),
  docsLines(["MEX", "ESP"], "es"),
  apisForm("IND"),
  apisForm("GBR"),
  apisForm("EGY"),
  hotel("GBR", "es"),
  hotel("CHN", "es"),
  hotel("USA", "it"),
  hotel("KOR", "it"),
  hotel("RUS", "de"),
  hotel("BRA", "fr"),
  ...["USA", "DEU", "JPN", "FRA", "ITA", "TUR", "MEX", "GBR"].map(bookingJson),
  agencyEmail("GBR", "en"),
  agencyEmail("CHE", "de"),
  agencyEmail("FRA", "fr"),
  agencyEmail("ESP", "es"),
  agencyEmail("ITA", "it"),
  agencyEmail("JPN", "ja"),
  agencyEmail("CHN", "zh"),
  agencyEmail("TUR", "tr"),
  visaForm("IND", "en"),
  visaForm("CHN", "en"),
  visaForm("THA", "en"),
  visaForm("UKR", "de"),
  visaForm("EGY", "fr"),
  visaForm("VNM", "de"),
  ...["USA", "DEU", "KOR", "TUR", "GBR"].map(boardingPass),
  permit("eat"),
  permit("eat"),
  permit("brp"),
  permit("brp"),
  permit("oci"),
  permit("oci"),
  visa("schengen"),
  visa("schengen"),
  visa("us"),
  visa("us"),
  visa("mrv"),
  visa("mrv"),
];
