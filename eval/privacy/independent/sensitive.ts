// Hand-written templates of sensitive prompts. Each template is filled with fresh invented values
// (valid checksums where the identifier has one); `s(category, value)` marks the span.

import { T, join, s, zeroWidth, fullWidth, fullWidthAt, spaced, spelledOut, atDot, grouped } from "./compose.js";
import type { Built, Format, Variant } from "./compose.js";
import { address, apiKey, CONDITIONS, email, jwt, password, person, phone, privateKeyBlock, workEmail } from "./locales.js";
import type { Lang, Person } from "./locales.js";
import type { Values } from "./values.js";

export interface Entry {
  lang: Lang;
  format: Format;
  variant: Variant;
  built: Built;
  note?: string;
}
export type Template = (v: Values) => Entry;

const E = (lang: Lang, format: Format, variant: Variant, built: Built, note?: string): Entry =>
  note ? { lang, format, variant, built, note } : { lang, format, variant, built };

function cond(v: Values, lang: Lang): string {
  return v.pick(CONDITIONS[lang]);
}
function ymd(v: Values): [number, number, number] {
  return v.birthDate();
}
const p2 = (n: number) => String(n).padStart(2, "0");
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "twenty-first",
  "twenty-second",
  "twenty-third",
  "twenty-fourth",
  "twenty-fifth",
  "twenty-sixth",
  "twenty-seventh",
  "twenty-eighth",
];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
type DateStyle = "iso" | "us" | "eu" | "dot" | "long" | "hl7" | "zh" | "ja" | "ko";
/** A child's birth date (2010–2023). */
function childDob(v: Values, style: DateStyle): string {
  return formatDate([v.int(2010, 2023), v.int(1, 12), v.int(1, 28)], style);
}
function dob(v: Values, style: DateStyle): string {
  return formatDate(ymd(v), style);
}
function formatDate([y, m, d]: [number, number, number], style: DateStyle): string {
  switch (style) {
    case "iso":
      return `${y}-${p2(m)}-${p2(d)}`;
    case "us":
      return `${p2(m)}/${p2(d)}/${y}`;
    case "eu":
      return `${p2(d)}/${p2(m)}/${y}`;
    case "dot":
      return `${p2(d)}.${p2(m)}.${y}`;
    case "long":
      return `${EN_MONTHS[m - 1]} ${d}, ${y}`;
    case "hl7":
      return `${y}${p2(m)}${p2(d)}`;
    case "zh":
      return `${y}年${m}月${d}日`;
    case "ja":
      return `${y}年${m}月${d}日`;
    case "ko":
      return `${y}년 ${m}월 ${d}일`;
  }
}
function money(v: Values, min: number, max: number, sep = ","): string {
  return String(v.int(min, max) * 10).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function mrn(v: Values): string {
  return v.pick([() => v.digits(8, true), () => `MRN-${v.digits(7)}`, () => `${v.letters(1)}${v.digits(7)}`, () => v.digits(7, true)])();
}
function people(v: Values, lang: Lang, n: number): Person[] {
  const out: Person[] = [];
  while (out.length < n) {
    const p = person(v, lang);
    if (!out.some((o) => o.name === p.name)) out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------ email
const emailTemplates: Template[] = [
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`Can you draft a polite follow-up to my landlord ${p.name}? Her email is ${s("email", email(v, p, "en"))} and she still hasn't answered about the deposit.`,
    );
  },
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "free-text",
      "plain",
      T`Schreib bitte eine kurze Absage an ${p.name} (${s("email", email(v, p, "de"))}), der Termin am Dienstag passt mir doch nicht.`,
    );
  },
  (v) => {
    const p = person(v, "fr");
    const q = person(v, "fr");
    return E(
      "fr",
      "email",
      "structured",
      T`De : ${p.name} <${s("email", email(v, p, "fr"))}>\nÀ : ${q.name} <${s("email", email(v, q, "fr"))}>\nObjet : Re: garde des enfants samedi\n\nSalut, finalement je ne peux pas les prendre samedi, on échange avec dimanche ?\n\n---\nAide-moi à répondre gentiment à ce message.`,
    );
  },
  (v) => {
    const p = person(v, "ja");
    return E(
      "ja",
      "free-text",
      "plain",
      T`${p.name}さんのメールアドレスは${s("email", email(v, p, "ja"))}です。先日のお礼のメールを丁寧な敬語で書いてください。`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Convert this customer record to a CSV row:\n{"customer_id": ${v.int(10000, 99999)}, "full_name": "${p.name}", "contact": {"email": "${s("email", email(v, p, "en"))}", "opt_in": true}, "tier": "gold"}`,
    );
  },
  (v) => {
    const rows = people(v, "nl", 3).map((p) => T`${p.name},${s("email", email(v, p, "nl"))},2024-0${v.int(1, 9)}-1${v.int(0, 9)}`);
    return E("nl", "csv", "structured", join([T`Kun je de dubbele regels uit deze lijst halen?\nnaam,email,aangemeld\n`, join(rows, "\n")]));
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "log",
      "structured",
      T`Why does this show up twice in our mailer logs?\n2024-03-11T08:12:44Z INFO mailer.send template=password_reset to=${s("email", email(v, p, "en"))} msg_id=${v.alnum(12)} status=queued\n2024-03-11T08:12:45Z INFO mailer.send template=password_reset to=${s("email", email(v, p, "en"))} msg_id=${v.alnum(12)} status=queued`,
    );
  },
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "http-headers",
      "structured",
      T`Warum bekomme ich hier 401?\nGET /api/v2/profile HTTP/1.1\nHost: api.internal.shop\nFrom: ${s("email", workEmail(v, p))}\nX-User-Email: ${s("email", email(v, p, "de"))}\nAccept: application/json`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`pls forward the minutes to ${s("email", zeroWidth(email(v, p, "en"), 4))} before noon, she missed the call`,
      "zero-width characters inside the address",
    );
  },
  (v) => {
    const p = person(v, "zh");
    return E(
      "zh",
      "free-text",
      "adversarial",
      T`把这份报价单发给${p.name}，邮箱是${s("email", fullWidthAt(email(v, p, "zh")))}，语气正式一点。`,
      "full-width at sign",
    );
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`my cousin ${p.given} wants the wedding photos, her address is ${s("email", atDot(email(v, p, "en")))} - write a short note to go with the link`,
      "address spelled with at/dot",
    );
  },
  (v) => {
    const p = person(v, "ko");
    return E("ko", "free-text", "plain", T`${p.name} 씨 이메일 ${s("email", email(v, p, "ko"))} 로 어제 회의록 보내는 메일 좀 써줘.`);
  },
  (v) => {
    const p = person(v, "es");
    return E(
      "es",
      "sql",
      "structured",
      T`¿Por qué falla esta consulta?\nINSERT INTO clientes (nombre, correo, alta) VALUES ('${p.name}', '${s("email", email(v, p, "es"))}', NOW();`,
    );
  },
  (v) => {
    const p = person(v, "it");
    return E(
      "it",
      "free-text",
      "adversarial",
      T`scrivi a ${p.name}: ${s("email", atDot(email(v, p, "it"), "brackets"))} per confermare la prenotazione del campo da padel`,
      "bracketed [at]/[dot]",
    );
  },
  (v) => {
    const p = person(v, "ru");
    return E(
      "ru",
      "free-text",
      "plain",
      T`Напиши вежливое письмо коллеге (${p.name}) на ${s("email", email(v, p, "ru"))} с просьбой перенести встречу на пятницу.`,
    );
  },
  (v) => {
    const p = person(v, "pl");
    return E(
      "pl",
      "yaml",
      "structured",
      T`Popraw wcięcia w tym pliku:\nnotifications:\n  owner: ${p.name}\n   email: ${s("email", email(v, p, "pl"))}\n  channel: weekly`,
    );
  },
];

// ------------------------------------------------------------------ phone
const phoneTemplates: Template[] = [
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`My mom's new cell is ${s("phone", phone(v, "US"))}. Write a short text I can send her with the address of the restaurant for Sunday.`,
    ),
  (v) => {
    const p = person(v, "hinglish");
    return E(
      "hinglish",
      "free-text",
      "plain",
      T`Bhai ${p.name} ka number ${s("phone", phone(v, "IN"))} hai, usko ek WhatsApp message likh do ki kal meeting 11 baje hai`,
    );
  },
  (v) => E("zh", "free-text", "plain", T`帮我给快递员写条短信，我的手机号是${s("phone", phone(v, "CN"))}，包裹放在门口就行。`),
  (v) => {
    const p = person(v, "fr");
    return E(
      "fr",
      "vcard",
      "structured",
      T`Importe ce contact dans un tableau :\nBEGIN:VCARD\nVERSION:3.0\nN:${p.family};${p.given};;;\nFN:${p.name}\nTEL;TYPE=CELL:${s("phone", phone(v, "FR", true))}\nEMAIL;TYPE=HOME:${s("email", email(v, p, "fr"))}\nEND:VCARD`,
    );
  },
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`our sms gateway keeps retrying this, what does error 30007 mean?\n[2024-05-02 14:03:11] twilio.out sid=SM${v.alnum(32, "0123456789abcdef")} to=${s("phone", "+1" + v.pick(["312", "617", "919"]) + v.int(201, 989) + v.digits(4))} from=+18005550199 status=undelivered err=30007`,
    ),
  (v) =>
    E(
      "en",
      "code",
      "structured",
      T`This throws NumberParseException, why?\n\nimport phonenumbers\nn = phonenumbers.parse('${s("phone", v.pick(["919", "646", "415"]) + v.int(201, 989) + v.digits(4))}', None)\nprint(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))`,
      "number of a real user pasted into code",
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "adversarial",
      T`Ruf bitte meinen Vermieter an, seine Nummer: ${s("phone", fullWidth(phone(v, "DE")))} – ich erreiche ihn nicht.`,
      "full-width digits",
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`text my sister at ${s("phone", spelledOut(phone(v, "US").replace(/\D/g, "")))} and tell her the flight lands at 6`,
      "digits spelled out",
    ),
  (v) => {
    const p = person(v, "es", "m");
    return E(
      "es",
      "free-text",
      "plain",
      T`Si no contesto, llama a mi vecino ${p.name} al ${s("phone", phone(v, "ES"))}. Redáctame una nota para dejar en la puerta.`,
    );
  },
  (v) => {
    const p = person(v, "pl");
    return E("pl", "free-text", "plain", T`Napisz SMS (do: ${p.name}), tel. ${s("phone", phone(v, "PL"))}, że odbiorę dzieci ze szkoły o 15:30.`);
  },
  (v) => {
    const p = person(v, "ar");
    return E("ar", "free-text", "plain", T`اكتب رسالة قصيرة إلى ${p.name} على الرقم ${s("phone", phone(v, "SA"))} لتأكيد موعد الغد.`);
  },
  (v) => {
    const rows = people(v, "en", 3).map((p) => T`${p.name},${s("phone", phone(v, "UK"))},${v.pick(["Mon", "Tue", "Wed", "Thu"])}`);
    return E("en", "csv", "structured", join([T`Turn this rota into a table sorted by day:\nvolunteer,mobile,day\n`, join(rows, "\n")]));
  },
  (v) => {
    const [a, b] = people(v, "de", 2) as [Person, Person];
    return E(
      "de",
      "yaml",
      "structured",
      T`Ist dieses YAML gültig?\noncall:\n  - name: ${a.name}\n    phone: "${s("phone", phone(v, "DE", true))}"\n  - name: ${b.name}\n    phone: "${s("phone", phone(v, "DE", true))}"`,
    );
  },
  (v) =>
    E(
      "ja",
      "free-text",
      "adversarial",
      T`大家さんの電話番号は${s("phone", fullWidth(phone(v, "JP")))}です。騒音について苦情の手紙を書いてください。`,
      "full-width digits (common in Japanese text)",
    ),
  (v) => E("ko", "free-text", "plain", T`엄마 번호 ${s("phone", phone(v, "KR"))} 로 생신 축하 문자 보내려고 하는데 따뜻한 문구 추천해줘.`),
  (v) =>
    E(
      "hinglish",
      "free-text",
      "adversarial",
      T`mera number ${s("phone", spaced(phone(v, "IN").replace(/^0/, ""), " "))} hai, isko resume ke header me daal do properly formatted`,
      "spaced digits",
    ),
  (v) => E("nl", "free-text", "plain", T`Mijn buurvrouw heeft nummer ${s("phone", phone(v, "NL"))}, kun je een berichtje opstellen over de lekkage?`),
  (v) =>
    E(
      "pt",
      "free-text",
      "adversarial",
      T`o zap da minha tia é ${s("phone", zeroWidth(phone(v, "BR"), 3, 1))}, escreve um convite pro aniversário`,
      "zero-width characters",
    ),
];

// ------------------------------------------------------------------ payment card
const cardTemplates: Template[] = [
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`I was charged twice on my Visa ${s("payment_card", grouped(v.card("visa")))} exp 08/27 by an airline. Help me write a dispute letter to my bank.`,
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Meine Kreditkarte ${s("payment_card", grouped(v.card("mastercard")))} wurde gestohlen, formuliere eine Sperrmeldung an die Bank.`,
    ),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`why does the gateway reject this payload?\n{"order": "SO-${v.digits(6)}", "payer": {"name": "${p.name}"}, "card_number": "${s("payment_card", v.card("visa"))}", "exp_month": ${v.int(1, 12)}, "exp_year": 20${v.int(26, 31)}, "cvc": "${v.digits(3)}"}`,
    );
  },
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`Is this log line a PCI problem?\n2024-06-18 22:41:09,114 ERROR payments.charge failed pan=${s("payment_card", v.card("mastercard"))} amount=129.00 currency=EUR reason=do_not_honor`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`card is ${s("payment_card", spaced(v.card("visa")))} and the code on the back is ${v.digits(3)}, can you fill in the form text for me`,
      "digits spaced one by one",
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`Use my amex ${s("payment_card", zeroWidth(v.card("amex"), 4, 2))} for the hotel booking email`,
      "zero-width characters",
    ),
  (v) => E("zh", "free-text", "plain", T`我的银联卡${s("payment_card", v.card("unionpay"))}昨天被盗刷了三笔，帮我写一份给银行的申诉信。`),
  (v) =>
    E(
      "it",
      "free-text",
      "plain",
      T`La mia carta ${s("payment_card", grouped(v.card("mastercard"), 4, "-"))} scade il mese prossimo, scrivi una mail al servizio clienti per chiedere la nuova.`,
    ),
  (v) =>
    E(
      "ja",
      "free-text",
      "adversarial",
      T`カード番号は${s("payment_card", fullWidth(grouped(v.card("jcb"), 4, "-")))}です。不正利用の連絡文を作ってください。`,
      "full-width digits",
    ),
  (v) =>
    E(
      "en",
      "sql",
      "structured",
      T`Rewrite this to use a parameterised query:\nSELECT * FROM payments WHERE card_number = '${s("payment_card", v.card("visa"))}' AND status = 'captured';`,
    ),
  (v) => {
    const rows = people(v, "es", 2).map((p) => T`${p.name};${s("payment_card", v.card("visa"))};${v.int(20, 300)},00`);
    return E("es", "csv", "structured", join([T`Suma la columna importe:\ntitular;tarjeta;importe\n`, join(rows, "\n")]));
  },
  (v) =>
    E(
      "fr",
      "free-text",
      "adversarial",
      T`ma carte c'est le ${s("payment_card", spelledOut(v.card("visa"), "fr"))}, tu peux remplir le formulaire de réservation ?`,
      "digits spelled out in French",
    ),
  (v) =>
    E(
      "pt",
      "free-text",
      "plain",
      T`Paguei a escola do meu filho com o cartão ${s("payment_card", grouped(v.card("mastercard")))} e cobraram duas vezes. Escreve uma reclamação.`,
    ),
  (v) =>
    E(
      "hinglish",
      "free-text",
      "plain",
      T`mere debit card ${s("payment_card", grouped(v.card("visa")))} se 4999 cut ho gaye bina OTP ke, bank ko complaint likhni hai`,
    ),
];

// ------------------------------------------------------------------ iban / bank account
const bankTemplates: Template[] = [
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "free-text",
      "plain",
      T`Formuliere eine Nachricht an ${p.name}: Die Miete bitte ab Juli auf mein neues Konto, IBAN ${s("iban", grouped(v.iban("DE")))}.`,
    );
  },
  (v) => {
    const p = person(v, "fr");
    return E(
      "fr",
      "free-text",
      "plain",
      T`Voici mon RIB pour le remboursement du week-end : ${p.name}, IBAN ${s("iban", grouped(v.iban("FR")))}. Rédige le message pour le groupe.`,
    );
  },
  (v) =>
    E(
      "nl",
      "free-text",
      "plain",
      T`Stuur een herinnering naar de ouders: bijdrage schoolreis €35 overmaken naar ${s("iban", v.iban("NL"))} t.n.v. ${person(v, "nl").name}.`,
    ),
  (v) => {
    const rows = people(v, "en", 3).map(
      (p) =>
        T`${p.name},${s("bank_account", v.pick(["021000021", "026009593", "121000358", "011401533"]) + "")},${s("bank_account", v.digits(v.int(9, 12), true))},${s("financial", v.int(2100, 7400) + ".00")}`,
    );
    return E("en", "csv", "structured", join([T`Check the totals in this payroll batch:\nemployee,routing,account,amount\n`, join(rows, "\n")]));
  },
  (v) =>
    E("es", "free-text", "plain", T`Mi casero me pide que le haga la transferencia a ${s("iban", grouped(v.iban("ES")))}, ¿cómo le digo que prefiero Bizum?`),
  (v) => {
    const p = person(v, "it");
    return E(
      "it",
      "json",
      "structured",
      T`Valida questo JSON:\n{"beneficiario": "${p.name}", "iban": "${s("iban", v.iban("IT"))}", "causale": "rimborso spese dentista"}`,
    );
  },
  (v) =>
    E(
      "pl",
      "free-text",
      "plain",
      T`Napisz przypomnienie do najemcy: czynsz proszę wpłacać na konto ${s(
        "iban",
        "PL" +
          v
            .iban("PL")
            .slice(2)
            .replace(/(.{4})/g, "$1 ")
            .trim()
            .replace(/^(\d\d) ?/, "$1 "),
      )} do 10. dnia miesiąca.`,
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "adversarial",
      T`kannst du prüfen ob die iban stimmt: ${s("iban", zeroWidth(v.iban("DE"), 5, 3))} – ist von meiner Oma`,
      "zero-width characters",
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`My dad's UK account is sort code ${s("bank_account", `${v.digits(2)}-${v.digits(2)}-${v.digits(2)}`)}, account number ${s("bank_account", v.digits(8, true))}. Write him instructions for setting up the standing order for my rent.`,
    ),
  (v) =>
    E(
      "hinglish",
      "free-text",
      "plain",
      T`Papa ke account me paise bhejne hai: A/c no ${s("bank_account", v.digits(14, true))}, IFSC ${s("bank_account", "HDFC0" + v.digits(6))}. Ek proper message bana do jo main unke accountant ko bhej saku`,
    ),
  (v) =>
    E(
      "pt",
      "free-text",
      "adversarial",
      T`o iban do meu irmão é ${s(
        "iban",
        v
          .iban("PT")
          .toLowerCase()
          .replace(/(.{4})/g, "$1 ")
          .trim(),
      )}, escreve-lhe a dizer que já transferi`,
      "lower-case IBAN",
    ),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "yaml",
      "structured",
      T`Does this YAML look right for our reimbursement script?\nclaims:\n  - claimant: ${p.name}\n    iban: ${s("iban", v.iban("GB"))}\n    amount: 412.80`,
    );
  },
  (v) =>
    E(
      "fr",
      "free-text",
      "adversarial",
      T`IBAN : ${s("iban", fullWidth(grouped(v.iban("BE")), true))} (c'est celui de ma sœur) – rédige la demande de virement`,
      "full-width letters and digits",
    ),
  (v) => E("zh", "free-text", "plain", T`帮我写条消息给房东，房租已经转到他的工商银行账户${s("bank_account", "6222" + v.digits(15))}了，让他查收。`),
];

// ------------------------------------------------------------------ national id
const nationalIdTemplates: Template[] = [
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`The HR portal keeps rejecting my SSN ${s("national_id", v.usSsn())} on the W-4 page. Write a ticket to IT explaining the issue.`,
    ),
  (v) => {
    const rows = people(v, "en", 3).map((p) => T`${p.name},${s("national_id", v.usSsn())},${v.pick(["single", "married"])}`);
    return E("en", "csv", "structured", join([T`Sort these by last name:\nname,ssn,filing_status\n`, join(rows, "\n")]));
  },
  (v) =>
    E("en", "free-text", "adversarial", T`for the form my social is ${s("national_id", spelledOut(v.usSsn()))}, just put it in the right box`, "spelled out"),
  (v) => {
    const p = person(v, "zh");
    return E("zh", "free-text", "plain", T`帮我核对一下，我同事${p.name}的身份证号是${s("national_id", v.chinaResidentId())}，酒店登记需要用。`);
  },
  (v) => {
    const p = person(v, "zh");
    return E(
      "zh",
      "json",
      "structured",
      T`把下面的JSON转成表格：\n{"姓名": "${p.name}", "证件类型": "居民身份证", "证件号码": "${s("national_id", v.chinaResidentId())}", "手机": "${s("phone", phone(v, "CN"))}"}`,
    );
  },
  (v) => E("zh", "free-text", "adversarial", T`身份证：${s("national_id", fullWidth(v.chinaResidentId()))}，帮我填到表格里`, "full-width digits"),
  (v) => {
    const p = person(v, "hi", "f");
    return E("hi", "free-text", "plain", T`मेरी माँ ${p.name} का आधार नंबर ${s("national_id", grouped(v.aadhaar()))} है, बैंक केवाईसी के लिए एक आवेदन पत्र लिख दीजिए।`);
  },
  (v) =>
    E(
      "hinglish",
      "free-text",
      "plain",
      T`Aadhaar ${s("national_id", grouped(v.aadhaar()))} aur PAN ${s("national_id", v.pan())} dono link karne hai, step by step batao aur ek request letter bhi likh do`,
    ),
  (v) =>
    E(
      "hinglish",
      "free-text",
      "adversarial",
      T`mera aadhar hai ${s("national_id", spaced(v.aadhaar(), " "))} – isko form ke format me likh do`,
      "spaced digits",
    ),
  (v) => {
    const p = person(v, "ko");
    return E("ko", "free-text", "plain", T`${p.name} 주민등록번호 ${s("national_id", v.koreanRrn())} 로 연말정산 부양가족 등록하는 방법 알려줘.`);
  },
  (v) => {
    const p = person(v, "ja");
    return E(
      "ja",
      "free-text",
      "plain",
      T`${p.name}のマイナンバーは${s("national_id", grouped(v.myNumber()))}です。会社に提出する書類の書き方を教えてください。`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "plain",
      T`GP letter for ${p.name}, NHS number ${s("national_id", v.nhsNumber().replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3"))} – can you make it sound less stiff?`,
    );
  },
  (v) => {
    const p = person(v, "nl", "m");
    return E(
      "nl",
      "free-text",
      "plain",
      T`Het BSN van mijn zoon ${p.given} is ${s("national_id", v.bsn())}, hoe vul ik dat in op het formulier van de zorgverzekeraar?`,
    );
  },
  (v) => {
    const p = person(v, "pl");
    return E("pl", "free-text", "plain", T`Wypełnij wniosek o wydanie karty parkingowej. Wnioskodawca: ${p.name}, PESEL ${s("national_id", v.pesel())}.`);
  },
  (v) => {
    const p = person(v, "es");
    return E("es", "free-text", "plain", T`Redacta una autorización para que ${p.name}, con DNI ${s("national_id", v.dni())}, recoja mi paquete en Correos.`);
  },
  (v) => E("es", "free-text", "plain", T`Mi NIE es ${s("national_id", v.nie())}, ¿me ayudas a escribir el correo para pedir cita en extranjería?`),
  (v) => {
    const p = person(v, "fr");
    return E(
      "fr",
      "free-text",
      "plain",
      T`Le numéro de sécu de ${p.name} est le ${s("national_id", v.frenchNir())}, comment je le mets sur la feuille de soins ?`,
    );
  },
  (v) =>
    E("en", "free-text", "plain", T`My national insurance number is ${s("national_id", v.ukNino())}. Draft a letter to HMRC asking why my tax code changed.`),
  (v) => {
    const p = person(v, "ko");
    return E(
      "ko",
      "json",
      "structured",
      T`이 JSON에서 오류 찾아줘:\n{"name": "${p.name}", "rrn": "${s("national_id", v.koreanRrn())}", "phone": "${s("phone", phone(v, "KR"))}",}`,
    );
  },
  (v) => E("ja", "free-text", "adversarial", T`個人番号：${s("national_id", fullWidth(v.myNumber()))}　これを申請書に転記して`, "full-width digits"),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "sql",
      "structured",
      T`Why is this slow?\nSELECT * FROM employees WHERE ssn = '${s("national_id", v.usSsn().replace(/-/g, ""))}' OR full_name = '${p.name}';`,
    );
  },
];

// ------------------------------------------------------------------ passport
const passportTemplates: Template[] = [
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Map these fields to our booking API:\n{"traveller": "${p.name}", "passport_no": "${s("passport", v.digits(9, true))}", "nationality": "USA", "expiry": "2031-0${v.int(1, 9)}-12"}`,
    );
  },
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "json",
      "structured",
      T`Fehler im Check-in-Request?\n{"surname": "${p.family}", "given_names": "${p.given}", "doc_type": "P", "doc_number": "${s("passport", "C" + v.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"))}", "issuing_state": "D"}`,
    );
  },
  (v) =>
    E(
      "fr",
      "free-text",
      "plain",
      T`Mon numéro de passeport est ${s("passport", v.digits(2) + v.letters(2) + v.digits(5))}, écris un mail à l'ambassade pour demander où en est mon visa.`,
    ),
  (v) => {
    const p = person(v, "zh");
    return E("zh", "free-text", "plain", T`${p.name}的护照号码是${s("passport", "E" + v.digits(8))}，帮我写一封签证邀请函。`);
  },
  (v) =>
    E(
      "hinglish",
      "free-text",
      "plain",
      T`Mera passport number ${s("passport", v.letters(1) + v.digits(7))} hai, renewal ke liye appointment letter draft kar do`,
    ),
  (v) => {
    const p = person(v, "ja");
    return E(
      "ja",
      "free-text",
      "plain",
      T`旅券番号${s("passport", v.pick(["TK", "TR", "MZ"]) + v.digits(7))}（${p.name}）でホテルを予約したいので、英語で問い合わせメールを書いてください。`,
    );
  },
  (v) => {
    const p = person(v, "en");
    const num = v.letters(2) + v.digits(7);
    return E(
      "en",
      "mrz",
      "adversarial",
      T`What does this passport MRZ say?\nP<GBR${p.family.toUpperCase()}<<${p.given.toUpperCase()}<<<<<<<<<<<<<<<<<<<<<<<\n${s("passport", num)}${v.int(0, 9)}GBR${v.digits(6)}${v.int(0, 9)}${v.pick(["M", "F"])}${v.digits(6)}${v.int(0, 9)}<<<<<<<<<<<<<<0${v.int(0, 9)}`,
      "machine-readable zone",
    );
  },
  (v) =>
    E(
      "es",
      "free-text",
      "adversarial",
      T`pasaporte ${s("passport", zeroWidth(v.letters(3) + v.digits(6), 2))} – ponlo en el formulario del vuelo por favor`,
      "zero-width characters",
    ),
  (v) => {
    const p = person(v, "ko");
    return E("ko", "free-text", "plain", T`${p.name} 여권번호 ${s("passport", "M" + v.digits(8))} 인데 ESTA 신청서 작성 좀 도와줘.`);
  },
  (v) => {
    const rows = people(v, "it", 2).map((p) => T`${p.name}\t${s("passport", v.letters(2) + v.digits(7))}\t${s("date_of_birth", dob(v, "eu"))}`);
    return E("it", "tsv", "structured", join([T`Ordina per data di nascita:\nnome\tpassaporto\tnascita\n`, join(rows, "\n")]));
  },
  (v) => E("ar", "free-text", "plain", T`رقم جواز سفري ${s("passport", v.letters(1) + v.digits(8))}، اكتب لي رسالة إلى السفارة لتجديد التأشيرة.`),
  (v) =>
    E(
      "pl",
      "free-text",
      "adversarial",
      T`nr paszportu: ${s("passport", spaced(v.letters(2) + v.digits(7)))} — wpisz to w formularz wizowy`,
      "spaced characters",
    ),
  (v) => {
    const p = person(v, "pt");
    return E(
      "pt",
      "yaml",
      "structured",
      T`Converte para JSON:\nhospede:\n  nome: ${p.name}\n  passaporte: ${s("passport", v.letters(2) + v.digits(6))}\n  quarto: 304`,
    );
  },
];

// ------------------------------------------------------------------ tax id
const taxTemplates: Template[] = [
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Meine Steuer-ID ist ${s("tax_id", v.germanTaxId())}. Schreib eine kurze Mail an meinen neuen Arbeitgeber, damit er sie für die Lohnabrechnung hat.`,
    ),
  (v) => {
    const p = person(v, "it");
    return E("it", "free-text", "plain", T`Il codice fiscale di ${p.name} è ${s("tax_id", v.codiceFiscale())}, scrivi la delega per ritirare il referto.`);
  },
  (v) => {
    const p = person(v, "pt");
    return E(
      "pt",
      "free-text",
      "plain",
      T`Faz uma procuração simples: eu autorizo ${p.name}, CPF ${s("tax_id", v.cpf())}, a retirar meus documentos no cartório.`,
    );
  },
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`My ITIN is ${s("tax_id", `9${v.digits(2)}-${v.int(70, 88)}-${v.digits(4)}`)} – draft a note to my employer so they stop withholding at the wrong rate.`,
    ),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Validate this 1099 payload:\n{"recipient_name": "${p.name}", "recipient_tin": "${s("tax_id", v.usSsn())}", "box1_nonemployee_comp": ${v.int(1200, 48000)}}`,
    );
  },
  (v) => E("de", "free-text", "adversarial", T`steuerident: ${s("tax_id", spaced(v.germanTaxId(), " "))} bitte ins formular übernehmen`, "spaced digits"),
  (v) =>
    E(
      "it",
      "free-text",
      "adversarial",
      T`cf ${s("tax_id", v.codiceFiscale().toLowerCase())} — inseriscilo nel modulo 730 e controlla se è valido`,
      "lower case",
    ),
  (v) => {
    const rows = people(v, "pt", 2).map((p) => T`${p.name},${s("tax_id", v.cpf())},${s("financial", "R$ " + money(v, 300, 900, ".") + ",00")}`);
    return E("pt", "csv", "structured", join([T`Soma os salários:\nnome,cpf,salario\n`, join(rows, "\n")]));
  },
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`My UTR is ${s("tax_id", v.digits(5, true) + " " + v.digits(5))}, can you help me word an appeal against the late-filing penalty?`,
    ),
  (v) => E("es", "free-text", "plain", T`Hazme la factura a nombre de ${person(v, "es").name}, NIF ${s("tax_id", v.dni())}, por la reparación de la caldera.`),
  (v) =>
    E(
      "pl",
      "free-text",
      "plain",
      T`Mój NIP to ${s("tax_id", `${v.digits(3, true)}-${v.digits(3)}-${v.digits(2)}-${v.digits(2)}`)}, napisz maila do księgowej z prośbą o korektę faktury.`,
    ),
  (v) => E("pt", "free-text", "adversarial", T`cpf ${s("tax_id", zeroWidth(v.cpf(), 3, 4))} pra nota fiscal, por favor`, "zero-width characters"),
];

// ------------------------------------------------------------------ address
const addressTemplates: Template[] = [
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`Write delivery instructions for the courier: I live at ${s("address", address(v, "en"))}, the buzzer doesn't work so please call.`,
    ),
  (v) => {
    const p = person(v, "de", "f");
    return E(
      "de",
      "free-text",
      "plain",
      T`Meine Schwester ${p.given} wohnt jetzt in der ${s("address", address(v, "de"))}. Schreib eine Einladung zur Einweihungsfeier.`,
    );
  },
  (v) => {
    const p = person(v, "zh");
    return E("zh", "free-text", "plain", T`收件人：${p.name}，地址：${s("address", address(v, "zh"))}，帮我把这个地址翻译成英文格式方便寄国际快递。`);
  },
  (v) => {
    const p = person(v, "hinglish", "f");
    return E(
      "hinglish",
      "free-text",
      "plain",
      T`Mausi ${p.given} ka address ${s("address", address(v, "hinglish"))} hai, shaadi ka card bhejna hai – ek sweet sa note likh do`,
    );
  },
  (v) => E("hi", "free-text", "plain", T`मेरा पता ${s("address", address(v, "hi"))} है, बिजली विभाग को शिकायत पत्र लिख दीजिए।`),
  (v) => {
    const p = person(v, "ja");
    return E("ja", "free-text", "plain", T`${p.name}様の住所は${s("address", address(v, "ja"))}です。お中元の送り状の書き方を教えて。`);
  },
  (v) => E("ko", "free-text", "plain", T`우리 집 주소는 ${s("address", address(v, "ko"))} 이야. 이사 안내 문자 예쁘게 써줘.`),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Fix the schema errors in this shipment:\n{"recipient": {"name": "${p.name}", "address": "${s("address", address(v, "en"))}"}, "weight_kg": "2,4"}`,
    );
  },
  (v) => {
    const p = person(v, "fr", "f");
    return E(
      "fr",
      "free-text",
      "plain",
      T`Aide-moi à écrire au syndic : ${p.name} habite au ${s("address", address(v, "fr"))} et il y a une fuite chez elle depuis une semaine.`,
    );
  },
  (v) =>
    E(
      "es",
      "free-text",
      "plain",
      T`¿Puedes escribir una queja al ayuntamiento? Vivo en ${s("address", address(v, "es"))} y el contenedor lleva diez días sin vaciarse.`,
    ),
  (v) => {
    const p = person(v, "it");
    return E(
      "it",
      "xml",
      "structured",
      T`Correggi questo XML:\n<destinatario><nome>${p.name}</nome><indirizzo>${s("address", address(v, "it"))}</indirizzo></destinatario`,
    );
  },
  (v) => E("pl", "free-text", "plain", T`Adres mojej babci to ${s("address", address(v, "pl"))}. Napisz list do spółdzielni w sprawie windy.`),
  (v) => E("ar", "free-text", "plain", T`عنواني ${s("address", address(v, "ar"))}، اكتب رسالة لشركة الشحن لأن الطرد لم يصل.`),
  (v) => E("ja", "free-text", "adversarial", T`住所：${s("address", fullWidth(address(v, "ja")))}　この住所を英語表記にして`, "full-width digits and hyphens"),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`my ex moved to ${s("address", zeroWidth(address(v, "en"), 6, 2))} - should I send the box of her stuff there?`,
      "zero-width characters",
    ),
  (v) => E("ru", "free-text", "plain", T`Я живу по адресу ${s("address", address(v, "ru"))}. Составь жалобу в управляющую компанию на шум.`),
  (v) =>
    E(
      "nl",
      "free-text",
      "plain",
      T`Mijn oma woont op ${s("address", address(v, "nl"))}; schrijf een briefje voor de buren dat ze een oogje in het zeil houden.`,
    ),
  (v) =>
    E(
      "pt",
      "free-text",
      "adversarial",
      T`manda pra: ${s("address", address(v, "pt").replace(/,/g, " ,").replace(/ /g, "  "))} (casa do meu pai)`,
      "irregular spacing",
    ),
];

// ------------------------------------------------------------------ date of birth
const dobTemplates: Template[] = [
  (v) => {
    const p = person(v, "en", "f");
    return E("en", "free-text", "plain", T`My coworker ${p.name} was born on ${s("date_of_birth", dob(v, "long"))}. Write a funny birthday card for her.`);
  },
  (v) => {
    const p = person(v, "zh", "f");
    return E("zh", "free-text", "plain", T`我的朋友${p.name}，出生于${s("date_of_birth", dob(v, "zh"))}，帮我算一下她的星座并写一段生日祝福。`);
  },
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "json",
      "structured",
      T`Konvertiere in YAML:\n{"vorname": "${p.given}", "nachname": "${p.family}", "geburtsdatum": "${s("date_of_birth", dob(v, "dot"))}", "mitgliedsnr": ${v.digits(6, true)}}`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`${p.name}, DOB ${s("date_of_birth", zeroWidth(dob(v, "us"), 2, 1))} - fill in the insurance form for me`,
      "zero-width characters",
    );
  },
  (v) => {
    const p = person(v, "en", "m");
    const [y, m, d]: [number, number, number] = [v.int(2010, 2019), v.int(1, 12), v.int(1, 28)];
    return E(
      "en",
      "free-text",
      "adversarial",
      T`my son ${p.given} was born on the ${s("date_of_birth", `${ORDINALS[d - 1]} of ${EN_MONTHS[m - 1]} twenty ${TEENS[y - 2010]}`)}, write the registration letter for the swim club`,
      "date spelled out",
    );
  },
  (v) => {
    const p = person(v, "ko");
    return E("ko", "free-text", "plain", T`${p.name} 생년월일 ${s("date_of_birth", dob(v, "ko"))} 기준으로 만 나이 계산해서 보험 가입 가능한지 알려줘.`);
  },
  (v) => {
    const p = person(v, "ja");
    return E("ja", "free-text", "plain", T`${p.name}（${s("date_of_birth", dob(v, "ja"))}生まれ）の履歴書の学歴欄の年を計算してください。`);
  },
  (v) => {
    const p = person(v, "fr", "f");
    return E(
      "fr",
      "free-text",
      "plain",
      T`Ma fille ${p.given} est née le ${s("date_of_birth", childDob(v, "eu"))}, écris la lettre d'inscription à la crèche.`,
    );
  },
  (v) => {
    const rows = people(v, "es", 3).map((p) => T`${p.name},${s("date_of_birth", childDob(v, "iso"))},${v.pick(["alevín", "infantil", "cadete"])}`);
    return E("es", "csv", "structured", join([T`Agrupa a los niños por categoría:\nnombre,fecha_nacimiento,categoria\n`, join(rows, "\n")]));
  },
  (v) => {
    const p = person(v, "hinglish");
    return E("hinglish", "free-text", "plain", T`${p.name} ki DOB ${s("date_of_birth", dob(v, "eu"))} hai, kundli matching ke liye kya details chahiye?`);
  },
  (v) => {
    const p = person(v, "pl");
    return E("pl", "free-text", "adversarial", T`${p.name}, ur. ${s("date_of_birth", fullWidth(dob(v, "dot")))} — wpisz do wniosku`, "full-width digits");
  },
  (v) => {
    const p = person(v, "ar", "m");
    return E("ar", "free-text", "plain", T`${p.name} من مواليد ${s("date_of_birth", dob(v, "eu"))}، اكتب له بطاقة تهنئة بعيد ميلاده.`);
  },
  (v) => {
    const p = person(v, "it");
    return E(
      "it",
      "yaml",
      "structured",
      T`Questo YAML è valido?\nsocio:\n  nome: ${p.name}\n  data_nascita: ${s("date_of_birth", dob(v, "iso"))}\n  tessera: ${v.digits(5, true)}`,
    );
  },
];

// ------------------------------------------------------------------ health
const healthTemplates: Template[] = [
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`My colleague ${p.name} told me she has ${s("health", cond(v, "en"))}. How can I support her at work without making it awkward?`,
    );
  },
  (v) => {
    const p = person(v, "zh", "f");
    return E("zh", "free-text", "plain", T`同事${p.name}上周确诊了${s("health", cond(v, "zh"))}，我想写一段安慰她的话，不要太沉重。`);
  },
  (v) => {
    const p = person(v, "hi", "f");
    return E("hi", "free-text", "plain", T`मेरी माँ ${p.name} को ${s("health", cond(v, "hi"))} है, डॉक्टर को दिखाने से पहले कौन से सवाल पूछने चाहिए?`);
  },
  (v) => {
    const p = person(v, "hinglish", "f");
    return E("hinglish", "free-text", "plain", T`Meri mummy ${p.name} ko ${s("health", cond(v, "hinglish"))} detect hua hai, unke liye ek diet chart bana do`);
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "structured",
      T`Make this SOAP note more concise:\nS: ${p.name}, ${v.int(24, 80)}F, reports ${s("health", "worsening shortness of breath and ankle swelling for 2 weeks")}.\nO: BP 152/94, HR 98, ${s("health", "bilateral pitting edema")}.\nA: ${s("health", "Suspected decompensated heart failure (HFrEF)")}.\nP: ${s("health", "Start furosemide 40 mg, echo, BNP")}; follow up 1 week.`,
    );
  },
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "free-text",
      "structured",
      T`Kürze diesen Entlassbrief für den Hausarzt:\nPatient: ${p.name}, geb. ${s("date_of_birth", dob(v, "dot"))}\nDiagnosen: ${s("health", "Akute Pankreatitis, alkoholtoxisch")}; ${s("health", "Diabetes mellitus Typ 2")}\nMedikation bei Entlassung: ${s("health", "Insulin glargin 14 IE abends")}`,
    );
  },
  (v) => {
    const rows = people(v, "en", 3).map(
      (p) =>
        T`${p.name},${s("medical_record_number", mrn(v))},2024-04-${p2(v.int(1, 28))},${s("health", `${v.int(118, 176)}/${v.int(70, 105)}`)},${s("health", v.pick(["hypertension", "T2DM", "CKD stage 3", "COPD"]))}`,
    );
    return E("en", "csv", "structured", join([T`Which of these patients need a follow-up?\npatient,mrn,visit_date,bp,dx\n`, join(rows, "\n")]));
  },
  (v) => {
    const p = person(v, "fr", "m");
    return E(
      "fr",
      "free-text",
      "plain",
      T`Mon frère ${p.given} a ${s("health", cond(v, "fr"))} et refuse son traitement. Comment lui en parler sans le braquer ?`,
    );
  },
  (v) => {
    const p = person(v, "es", "f");
    return E(
      "es",
      "free-text",
      "plain",
      T`A mi suegra ${p.name} le diagnosticaron ${s("health", cond(v, "es"))}. Escribe un mensaje para el grupo familiar explicando cómo organizarnos.`,
    );
  },
  (v) => {
    const p = person(v, "it", "m");
    return E(
      "it",
      "free-text",
      "plain",
      T`Il mio collega ${p.name} è in malattia per ${s("health", cond(v, "it"))}: scrivi una mail al team senza rivelare troppo.`,
    );
  },
  (v) => {
    const p = person(v, "ja");
    return E("ja", "free-text", "plain", T`部下の${p.name}さんが${s("health", cond(v, "ja"))}で休職することになりました。チームへの伝え方を考えてください。`);
  },
  (v) => {
    const p = person(v, "ko");
    return E("ko", "free-text", "plain", T`친구 ${p.name}가 ${s("health", cond(v, "ko"))} 진단을 받았대. 위로 메시지 써줘.`);
  },
  (v) => {
    const p = person(v, "ar", "m");
    return E("ar", "free-text", "plain", T`زوجي ${p.name} مصاب بـ${s("health", cond(v, "ar"))}، ما النظام الغذائي المناسب له؟`);
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`${p.name} from accounting is ${s("health", "on lithium again")} and ${s("health", "was sectioned last spring")} - should I tell the manager before the offsite?`,
      "condition implied by medication and euphemism",
    );
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`my neighbour ${p.given} ${p.family.slice(0, 1)}. is ${s("health", zeroWidth("HIV positive", 3, 2))}, is it safe for my kids to play at her house?`,
      "zero-width characters in the condition",
    );
  },
  (v) => {
    const p = person(v, "nl", "m");
    return E("nl", "free-text", "plain", T`Mijn vader ${p.name} heeft ${s("health", cond(v, "nl"))}; kun je een brief aan zijn werkgever opstellen?`);
  },
  (v) => {
    const p = person(v, "pl", "f");
    return E("pl", "free-text", "plain", T`Moja żona ${p.given} ma ${s("health", cond(v, "pl"))}. Jak ułożyć plan dnia, żeby jej pomóc?`);
  },
  (v) => {
    const p = person(v, "pt", "m");
    return E("pt", "free-text", "plain", T`O meu pai, ${p.name}, tem ${s("health", cond(v, "pt"))} e vai ser operado. Escreve uma mensagem para o chefe dele.`);
  },
  (v) => {
    const p = person(v, "ru", "f");
    return E("ru", "free-text", "plain", T`У моей коллеги (${p.name}) ${s("health", cond(v, "ru"))}. Как поддержать её на работе?`);
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "markdown",
      "structured",
      T`Summarise this table for the handover:\n| Patient | Bed | Diagnosis | Notes |\n|---|---|---|---|\n| ${p.name} | 12B | ${s("health", "Sepsis, urinary source")} | ${s("health", "on meropenem, MRSA negative")} |`,
    );
  },
];

// ------------------------------------------------------------------ medical record number (clinical structures)
const mrnTemplates: Template[] = [
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "hl7",
      "structured",
      T`Parse this HL7 message into JSON:\nMSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202405061230||ADT^A01|MSG${v.digits(5)}|P|2.5\nPID|1||${s("medical_record_number", v.digits(8, true))}^^^STMARYS^MR||${p.family.toUpperCase()}^${p.given.toUpperCase()}||${s("date_of_birth", dob(v, "hl7"))}|F|||${s("address", `${v.int(10, 99)} ELM ST^^DURHAM^NC^27701`)}||${s("phone", `(919)${v.int(201, 989)}-${v.digits(4)}`)}\nPV1|1|I|4W^412^1`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "fhir",
      "structured",
      T`Is this a valid FHIR Patient resource?\n{"resourceType": "Patient", "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": "${s("medical_record_number", v.digits(7, true))}"}], "name": [{"family": "${p.family}", "given": ["${p.given}"]}], "birthDate": "${s("date_of_birth", dob(v, "iso"))}"}`,
    );
  },
  (v) =>
    E(
      "en",
      "sql",
      "structured",
      T`Optimise this query:\nSELECT v.visit_date, v.dx_code FROM visits v JOIN patients p ON p.id = v.patient_id WHERE p.mrn = '${s("medical_record_number", v.digits(8, true))}' ORDER BY v.visit_date DESC;`,
    ),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "plain",
      T`Write a referral letter for ${p.name}, MRN ${s("medical_record_number", mrn(v))}, to the sleep clinic for ${s("health", "suspected obstructive sleep apnoea")}.`,
    );
  },
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`pt chart # ${s("medical_record_number", zeroWidth(v.digits(8, true), 3, 0))} needs the discharge summary rewritten in plain language`,
      "zero-width characters",
    ),
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "hl7",
      "structured",
      T`Was bedeutet dieses Segment?\nPID|1||${s("medical_record_number", v.digits(9, true))}^^^UKL^MR||${p.family}^${p.given}||${s("date_of_birth", dob(v, "hl7"))}|M`,
    );
  },
  (v) => {
    const p = person(v, "fr");
    return E(
      "fr",
      "json",
      "structured",
      T`Transforme en tableau :\n{"patient": "${p.name}", "ipp": "${s("medical_record_number", v.digits(9, true))}", "service": "cardiologie", "motif": "${s("health", "douleur thoracique, troponine élevée")}"}`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "fhir",
      "structured",
      T`Extract the diagnosis:\n{"resourceType": "Condition", "subject": {"reference": "Patient/${v.digits(6)}", "display": "${p.name}"}, "code": {"text": "${s("health", "Major depressive disorder, recurrent, moderate")}"}, "recordedDate": "2024-02-19"}`,
    );
  },
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`Why did the import skip this row?\n2024-07-01 03:12:55 WARN ehr-sync patient_mrn=${s("medical_record_number", v.digits(8, true))} field=allergies value="${s("health", "penicillin - anaphylaxis")}" reason=duplicate`,
    ),
  (v) => {
    const p = person(v, "zh");
    return E(
      "zh",
      "free-text",
      "plain",
      T`病人${p.name}，住院号${s("medical_record_number", v.digits(8, true))}，诊断为${s("health", cond(v, "zh"))}，帮我把出院小结改得通俗一点。`,
    );
  },
  (v) => {
    const p = person(v, "es");
    return E(
      "es",
      "free-text",
      "adversarial",
      T`historia clínica nº ${s("medical_record_number", fullWidth(v.digits(7, true)))} de ${p.name}: resume el informe`,
      "full-width digits",
    );
  },
];

// ------------------------------------------------------------------ credentials
const credentialTemplates: Template[] = [
  (v) =>
    E(
      "fr",
      "free-text",
      "plain",
      T`Mon mot de passe pour le wifi de l'appart c'est ${s("credentials", password(v))}, écris un message pour le donner à mes colocs.`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`Is ${s("credentials", v.alnum(6) + "!" + v.digits(1) + "?" + v.alnum(9))} a strong enough password for my bank account? I've been using it for a year.`,
    ),
  (v) => E("zh", "free-text", "plain", T`我的邮箱密码是${s("credentials", password(v))}，帮我写一份给IT部门的重置申请。`),
  (v) => {
    const p = person(v, "hinglish", "m");
    return E(
      "hinglish",
      "free-text",
      "plain",
      T`Bhai ${p.given} ko Netflix ka password ${s("credentials", password(v))} bhejna hai, ek mast sa message likh do`,
    );
  },
  (v) => {
    const [vendor, key] = apiKey(v);
    return E(
      "en",
      "code",
      "structured",
      T`Why does this return 401?\n\nimport requests\nheaders = {"Authorization": "Bearer ${s("credentials", key)}"}\nr = requests.get("https://api.${vendor.toLowerCase()}.com/v1/models", headers=headers)`,
    );
  },
  (v) =>
    E(
      "en",
      "env",
      "structured",
      T`Docker compose isn't picking these up, what's wrong?\nDATABASE_URL=postgres://app:${s("credentials", password(v))}@db:5432/app\nSTRIPE_SECRET_KEY=${s("credentials", "sk_live_" + v.alnum(24))}\nDEBUG=false`,
    ),
  (v) => E("en", "free-text", "structured", T`Is this key in the right format for ~/.ssh?\n${s("credentials", privateKeyBlock(v))}`),
  (v) =>
    E(
      "en",
      "http-headers",
      "structured",
      T`The server says token expired, can you decode it?\nPOST /graphql HTTP/1.1\nHost: api.acme-internal.io\nAuthorization: Bearer ${s("credentials", jwt(v))}\nContent-Type: application/json`,
    ),
  (v) => {
    const user = person(v, "en").handle;
    const pw = password(v);
    return E(
      "en",
      "http-headers",
      "structured",
      T`curl -v output, why 403?\n> GET /admin HTTP/1.1\n> Authorization: Basic ${s("credentials", Buffer.from(`${user}:${pw}`).toString("base64"))}\n> User-Agent: curl/8.5.0`,
    );
  },
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Das Passwort für den Router ist ${s("credentials", password(v))} – schreib eine Anleitung für meine Eltern, wie sie das WLAN einrichten.`,
    ),
  (v) => E("es", "free-text", "plain", T`La contraseña del banco de mi padre es ${s("credentials", password(v))}; ¿cómo le explico que la cambie?`),
  (v) => E("ko", "free-text", "plain", T`회사 VPN 비밀번호 ${s("credentials", password(v))} 인데 이거 안전한지 봐줘.`),
  (v) => E("ja", "free-text", "plain", T`共有フォルダのパスワードは${s("credentials", password(v))}です。チームに周知するメールを書いて。`),
  (v) => E("pl", "free-text", "plain", T`Hasło do konta firmowego to ${s("credentials", password(v))}, napisz instrukcję logowania dla nowej osoby.`),
  (v) =>
    E(
      "it",
      "free-text",
      "plain",
      T`La password della mail di mia madre è ${s("credentials", password(v))}, scrivile come attivare la verifica in due passaggi.`,
    ),
  (v) => {
    const key = `sk-proj-${v.alnum(48)}`;
    return E(
      "en",
      "code",
      "adversarial",
      T`refactor this into a config file:\nconst key = "${s("credentials", key.slice(0, 20))}" + "${s("credentials", key.slice(20))}";\nconst client = new OpenAI({ apiKey: key });`,
      "key split across string literals",
    );
  },
  (v) => {
    const [, key] = apiKey(v);
    return E(
      "en",
      "free-text",
      "adversarial",
      T`my token: ${s("credentials", zeroWidth(key, 5, 1))} -- why does the CLI say invalid?`,
      "zero-width characters in a token",
    );
  },
  (v) => E("ar", "free-text", "plain", T`كلمة السر لحسابي في البنك هي ${s("credentials", password(v))}، هل هي قوية بما يكفي؟`),
  (v) =>
    E(
      "en",
      "yaml",
      "structured",
      T`Why does kubectl reject this secret?\napiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  username: ${person(v, "en").handle}\n  password: ${s("credentials", password(v))}`,
    ),
  (v) =>
    E(
      "nl",
      "free-text",
      "adversarial",
      T`ww: ${s("credentials", spaced(password(v)))} (zonder spaties), kun je dat in een mailtje aan mijn broer zetten?`,
      "spaced characters",
    ),
  (v) => {
    const [vendor, key] = apiKey(v);
    return E(
      "de",
      "log",
      "structured",
      T`Was ist an diesem Log falsch?\n2024-08-09T10:21:04Z DEBUG http.client request url=https://api.${vendor.toLowerCase()}.com/v1 api_key=${s("credentials", key)} status=429`,
    );
  },
];

// ------------------------------------------------------------------ ip address
const ipTemplates: Template[] = [
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`Customer ${p.name} says she can't log in; our logs show attempts from ${s("ip_address", v.publicIpv4())}. Draft a reply asking if that's her.`,
    );
  },
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`Summarise what this user did:\n${s("ip_address", v.publicIpv4())} - ${s("email", email(v, person(v, "en"), "en"))} [12/Mar/2024:10:14:02 +0000] "POST /account/delete HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone)"`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`my ex keeps creating accounts to harass me, the IP she uses is ${s("ip_address", v.publicIpv4())}. Write a report to the platform's safety team.`,
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Der Kunde ${person(v, "de", "m").name} greift laut Firewall von ${s("ip_address", v.publicIpv4())} zu. Formuliere eine Rückfrage, ob wir die IP freischalten sollen.`,
    ),
  (v) =>
    E(
      "en",
      "json",
      "structured",
      T`Flatten this audit event:\n{"event": "login", "user": {"id": ${v.digits(6)}, "email": "${s("email", email(v, person(v, "en"), "en"))}"}, "client_ip": "${s("ip_address", v.publicIpv4())}", "geo": "Leeds, GB"}`,
    ),
  (v) =>
    E(
      "fr",
      "free-text",
      "plain",
      T`L'adresse IP de la box de ma grand-mère est ${s("ip_address", v.publicIpv4())}, comment je prends la main à distance sur son PC ?`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`ban the troll ${s("ip_address", v.publicIpv4().replace(/\./g, "[.]"))} from the forum, he doxxed my friend`,
      "defanged dots",
    ),
  (v) => E("zh", "free-text", "plain", T`用户${person(v, "zh").name}的登录IP是${s("ip_address", v.publicIpv4())}，帮我写一封账号异常登录的通知邮件。`),
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`What is this fail2ban line telling me?\n2024-09-14 02:11:53,408 fail2ban.actions [812]: NOTICE [sshd] Ban ${s("ip_address", v.publicIpv4())} (subscriber ${person(v, "en").name}, contract #${v.digits(6)})`,
    ),
  (v) =>
    E(
      "es",
      "free-text",
      "adversarial",
      T`la IP de mi casa es ${s("ip_address", fullWidth(v.publicIpv4()))}, ¿me ayudas a abrir el puerto para la cámara?`,
      "full-width digits and dots",
    ),
  (v) =>
    E(
      "en",
      "csv",
      "structured",
      join([
        T`Find the suspicious logins:\nuser,ip,time\n`,
        join(
          [0, 1, 2].map(() => T`${person(v, "en").handle},${s("ip_address", v.publicIpv4())},0${v.int(0, 9)}:${v.int(10, 59)}`),
          "\n",
        ),
      ]),
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`Client ${person(v, "en").name} connects from ${s("ip_address", v.publicIpv6())} – write an email explaining why IPv6 breaks our allow-list.`,
    ),
  (v) =>
    E(
      "it",
      "http-headers",
      "structured",
      T`Perché il backend vede l'IP sbagliato?\nGET /ordini HTTP/1.1\nHost: shop.bellini-arredi.it\nX-Forwarded-For: ${s("ip_address", v.publicIpv4())}, 10.0.3.7\nCookie: session=${s("credentials", v.alnum(32, "0123456789abcdef"))}`,
    ),
];

// ------------------------------------------------------------------ driver licence
const licenceTemplates: Template[] = [
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`My California driver's license number is ${s("driver_license", v.letters(1) + v.digits(7))}. Write a letter to the DMV about the wrong address on it.`,
    ),
  (v) => {
    const p = person(v, "en");
    const surname = (p.family.toUpperCase().replace(/[^A-Z]/g, "") + "99999").slice(0, 5);
    return E(
      "en",
      "free-text",
      "plain",
      T`Car hire form for ${p.name}: licence number ${s("driver_license", `${surname}${v.int(5, 9)}${v.pick(["0", "5", "1", "6"])}${v.int(1, 9)}${p2(v.int(1, 28))}${v.int(0, 9)}${p.given[0]}${p.family.slice(0, 1)}9${v.letters(2)}`)}. Can you check it's filled correctly?`,
    );
  },
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Führerscheinnummer ${s("driver_license", v.letters(1) + v.digits(3) + v.letters(3) + v.digits(1) + v.letters(1) + v.digits(2))} – bitte eine Mail an die Mietwagenfirma, dass die Nummer im Vertrag falsch ist.`,
    ),
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Map to our KYC schema:\n{"applicant": "${p.name}", "dl_number": "${s("driver_license", v.digits(9, true))}", "dl_state": "NY", "dob": "${s("date_of_birth", dob(v, "iso"))}"}`,
    );
  },
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`license # ${s("driver_license", spaced(v.letters(1) + v.digits(7)))} (no spaces) - put it in the rental agreement email`,
      "spaced characters",
    ),
  (v) =>
    E(
      "fr",
      "free-text",
      "plain",
      T`Mon numéro de permis de conduire est ${s("driver_license", v.digits(2) + v.letters(2) + v.digits(5) + v.digits(3))}, rédige la contestation de l'amende.`,
    ),
  (v) => E("es", "free-text", "plain", T`Mi carné de conducir es el ${s("driver_license", v.dni())}; escribe el recurso contra la multa de tráfico.`),
  (v) =>
    E(
      "ko",
      "free-text",
      "plain",
      T`운전면허번호 ${s("driver_license", `${v.int(11, 28)}-${v.digits(2)}-${v.digits(6)}-${v.digits(2)}`)} 로 렌터카 예약 메일 써줘.`,
    ),
  (v) =>
    E(
      "it",
      "free-text",
      "adversarial",
      T`patente n. ${s("driver_license", zeroWidth(v.letters(2) + v.digits(7) + v.letters(1), 3, 2))}, scrivi la mail per il rinnovo`,
      "zero-width characters",
    ),
  (v) => {
    const rows = people(v, "en", 2).map((p) => T`${p.name}|${s("driver_license", v.letters(1) + v.digits(12))}|FL`);
    return E("en", "free-text", "structured", join([T`Convert this pipe-delimited driver list to JSON:\nname|license|state\n`, join(rows, "\n")]));
  },
  (v) => E("ja", "free-text", "plain", T`運転免許証番号は${s("driver_license", v.digits(12, true))}です。レンタカー会社への問い合わせ文を作ってください。`),
];

// ------------------------------------------------------------------ financial
const financialTemplates: Template[] = [
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "free-text",
      "plain",
      T`My brother-in-law ${p.name} earns ${s("financial", "$" + money(v, 8000, 19000) + " a year")} and owes ${s("financial", "$" + money(v, 2000, 9000) + " on his credit cards")}. How do I suggest a budget without offending him?`,
    );
  },
  (v) => {
    const p = person(v, "de", "f");
    return E(
      "de",
      "free-text",
      "plain",
      T`Meine Kollegin ${p.name} verdient ${s("financial", money(v, 4000, 9000, ".") + " € brutto im Jahr")} mehr als ich für die gleiche Arbeit. Wie spreche ich das beim Chef an?`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Summarise this credit report:\n{"subject": "${p.name}", "score": ${v.int(540, 790)}, "accounts": [{"type": "mortgage", "balance": ${s("financial", String(v.int(90000, 420000)))}}, {"type": "auto", "balance": ${s("financial", String(v.int(4000, 31000)))}, "late_payments": 3}]}`,
    );
  },
  (v) => {
    const p = person(v, "fr", "f");
    return E(
      "fr",
      "free-text",
      "plain",
      T`Ma voisine ${p.name} a ${s("financial", money(v, 1000, 6000, " ") + " € de dettes")} auprès de sa banque et risque l'expulsion. Comment l'aider à écrire au juge ?`,
    );
  },
  (v) => {
    const p = person(v, "zh", "m");
    return E(
      "zh",
      "free-text",
      "plain",
      T`我表哥${p.name}月薪${s("financial", money(v, 1500, 6000) + "元")}，还欠了${s("financial", money(v, 5000, 30000) + "元网贷")}，帮他做一个还款计划。`,
    );
  },
  (v) => {
    const rows = people(v, "en", 3).map((p) => T`${p.name}\t${s("financial", "$" + money(v, 6000, 16000))}\t${v.pick(["4%", "3.5%", "5%"])}`);
    return E("en", "tsv", "structured", join([T`Compute the new salaries after raises:\nemployee\tsalary\traise\n`, join(rows, "\n")]));
  },
  (v) => {
    const me = person(v, "en");
    return E(
      "en",
      "free-text",
      "plain",
      T`My checking account has ${s("financial", "$" + money(v, 10, 400) + ".17")} left until payday and I owe ${s("financial", "$" + money(v, 20, 300) + " in rent")}. Write an email to my landlord asking for a week's extension, signed ${me.name}, tenant of unit ${v.int(2, 40)}.`,
    );
  },
  (v) => {
    const p = person(v, "es", "m");
    return E(
      "es",
      "free-text",
      "plain",
      T`Mi socio ${p.name} tiene ${s("financial", money(v, 2000, 9000, ".") + " € en la cuenta")} y una hipoteca de ${s("financial", money(v, 9000, 30000, ".") + " €")}. ¿Le conviene amortizar?`,
    );
  },
  (v) => {
    const p = person(v, "it", "m");
    return E(
      "it",
      "free-text",
      "plain",
      T`Mio padre ${p.name} prende ${s("financial", money(v, 100, 300, ".") + " € di pensione al mese")}, ha diritto all'assegno sociale?`,
    );
  },
  (v) => {
    const p = person(v, "ja");
    return E(
      "ja",
      "free-text",
      "plain",
      T`${p.name}さんの年収は${s("financial", v.int(380, 980) + "万円")}で、住宅ローンの残高が${s("financial", v.int(1200, 4200) + "万円")}あります。繰上げ返済すべきか相談したいです。`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`${p.name}'s balance: ${s("financial", "USD " + fullWidth(money(v, 1000, 9000) + ".00"))} (overdrawn) - draft the collections letter`,
      "full-width digits",
    );
  },
  (v) => {
    const p = person(v, "pl");
    return E(
      "pl",
      "sql",
      "structured",
      T`Dlaczego to zapytanie zwraca błąd?\nUPDATE pracownicy SET pensja = ${s("financial", String(v.int(5000, 14000)))} WHERE nazwisko = '${p.family}' AND imie = '${p.given}'`,
    );
  },
  (v) => {
    const p = person(v, "hinglish");
    return E(
      "hinglish",
      "free-text",
      "plain",
      T`${p.name} ki salary ${s("financial", v.int(25, 90) + "k per month")} hai aur ${s("financial", v.int(2, 9) + " lakh ka personal loan")} chal raha hai, EMI plan bana do`,
    );
  },
  (v) => {
    const p = person(v, "pt", "f");
    return E(
      "pt",
      "free-text",
      "plain",
      T`A minha irmã ${p.name} tem ${s("financial", money(v, 500, 3000, ".") + " € de dívida no cartão")}, como é que a ajudo a negociar com o banco?`,
    );
  },
];

// ------------------------------------------------------------------ biometric
const biometricTemplates: Template[] = [
  (v) => {
    const p = person(v, "en");
    const vec = Array.from({ length: 8 }, () => (v.int(-999, 999) / 1000).toFixed(3)).join(", ");
    return E(
      "en",
      "json",
      "structured",
      T`Why does the face matcher reject this enrolment?\n{"employee": "${p.name}", "badge": ${v.digits(5, true)}, "face_embedding": [${s("biometric", vec)}, ...]}`,
    );
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "plain",
      T`Here is the fingerprint minutiae template for ${p.name} from the door system: ${s("biometric", "FMR:" + v.alnum(40, "0123456789ABCDEF"))}. Can you tell which format this is?`,
    );
  },
  (v) => {
    const p = person(v, "de");
    return E(
      "de",
      "csv",
      "structured",
      join([T`Ist das Format korrekt?\nmitarbeiter,iris_code_sha\n`, T`${p.name},${s("biometric", v.alnum(64, "0123456789abcdef"))}`]),
    );
  },
  (v) => {
    const p = person(v, "zh");
    return E("zh", "free-text", "plain", T`员工${p.name}的人脸特征值是${s("biometric", v.alnum(48, "0123456789abcdef"))}，考勤机老是识别失败，帮我分析原因。`);
  },
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`voiceprint id for ${p.name}: ${s("biometric", zeroWidth("VP-" + v.alnum(24, "0123456789ABCDEF"), 4, 3))} - write the consent withdrawal letter`,
      "zero-width characters",
    );
  },
];

export const SENSITIVE_TEMPLATES: Array<{ templates: Template[]; repeat: number }> = [
  { templates: emailTemplates, repeat: 1 },
  { templates: phoneTemplates, repeat: 1 },
  { templates: cardTemplates, repeat: 1 },
  { templates: bankTemplates, repeat: 1 },
  { templates: nationalIdTemplates, repeat: 1 },
  { templates: passportTemplates, repeat: 1 },
  { templates: taxTemplates, repeat: 1 },
  { templates: addressTemplates, repeat: 1 },
  { templates: dobTemplates, repeat: 1 },
  { templates: healthTemplates, repeat: 1 },
  { templates: mrnTemplates, repeat: 1 },
  { templates: credentialTemplates, repeat: 1 },
  { templates: ipTemplates, repeat: 1 },
  { templates: licenceTemplates, repeat: 1 },
  { templates: financialTemplates, repeat: 1 },
  { templates: biometricTemplates, repeat: 1 },
];
