// Second batch of hand-written templates: more structured records (vCard, HL7, FHIR, XML), more
// languages (Hindi, Russian, Arabic, Dutch) and more adversarial variants; plus structured hard negatives.

import { T, join, s, zeroWidth, fullWidth, spaced, spelledOut } from "./compose.js";
import type { Built, Format, Variant } from "./compose.js";
import { address, email, password, person, phone } from "./locales.js";
import type { Lang } from "./locales.js";
import type { Negative } from "./negatives.js";
import type { Entry, Template } from "./sensitive.js";
import { emiratesId, inn, snils } from "./values.js";
import type { Values } from "./values.js";

const E = (lang: Lang, format: Format, variant: Variant, built: Built, note?: string): Entry =>
  note ? { lang, format, variant, built, note } : { lang, format, variant, built };
const p2 = (n: number) => String(n).padStart(2, "0");
const birth = (v: Values) => {
  const [y, m, d] = v.birthDate();
  return { y, m, d };
};

export const EXTRA_TEMPLATES: Template[] = [
  // bank account: structured and adversarial
  (v) => {
    const p = person(v, "en");
    return E(
      "en",
      "json",
      "structured",
      T`Is this ACH payload missing a field?\n{"receiver_name": "${p.name}", "routing_number": "${s("bank_account", v.pick(["021000021", "011000138", "122105155"]))}", "account_number": "${s("bank_account", v.digits(10, true))}", "account_type": "checking", "amount_cents": 184500}`,
    );
  },
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`wire it to my account: routing ${s("bank_account", spaced(v.pick(["026009593", "121000358"])))} acct ${s("bank_account", zeroWidth(v.digits(10, true), 3, 1))}. Write the message to the buyer.`,
      "spaced and zero-width digits",
    ),
  (v) =>
    E(
      "hinglish",
      "free-text",
      "adversarial",
      T`account number hai ${s("bank_account", spelledOut(v.digits(11, true), "hinglish"))}, SBI wala – isko digits me likh ke cheque request letter bana do`,
      "digits spelled out in Hindi words",
    ),
  (v) => {
    const p = person(v, "ru", "f");
    return E(
      "ru",
      "free-text",
      "plain",
      T`Переведи за квартиру хозяйке (${p.name}): счёт ${s("bank_account", "40817810" + v.digits(12))}, напиши ей сообщение, что деньги отправлены.`,
    );
  },
  // financial / health / credentials / address adversarial
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`between us, ${p.name} makes ${s("financial", "one hundred and forty-two thousand a year")} and still ${s("financial", "owes her parents eighty grand")} – how do I ask her to split rent fairly?`,
      "amounts spelled out",
    );
  },
  (v) => {
    const p = person(v, "de", "m");
    return E(
      "de",
      "free-text",
      "adversarial",
      T`${p.name} hat ${s("financial", zeroWidth("Schulden von 38.400 €", 4, 2))} bei der Sparkasse – formuliere einen Brief für die Schuldnerberatung`,
      "zero-width characters",
    );
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`re ${p.name} (bed 4): ${s("health", "Ca mamma w/ liver mets")}, ${s("health", "DNR signed")} – rewrite this for the family update`,
      "clinical abbreviations",
    );
  },
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`${p.given} ${p.family.slice(0, 1)}.'s test results came back ${s("health", "H I V +")} — how should he tell his partner?`,
      "spaced letters",
    );
  },
  (v) => {
    const p = person(v, "fr", "f");
    return E(
      "fr",
      "free-text",
      "adversarial",
      T`${p.name} est ${s("health", "sous Lévothyrox et Seroplex depuis son burn-out")} ; rédige un mot pour son manager`,
      "condition implied by medication",
    );
  },
  (v) =>
    E(
      "en",
      "env",
      "adversarial",
      T`why does the app log "bad auth"?\nDB_USER=svc_billing\nDB_PASS_B64=${s("credentials", Buffer.from(password(v)).toString("base64"))}`,
      "base64-encoded password",
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "adversarial",
      T`mein Kennwort ist ${s("credentials", fullWidth(password(v), true))} – ist das sicher genug fürs Online-Banking?`,
      "full-width characters",
    ),
  (v) => E("zh", "free-text", "adversarial", T`地址：${s("address", fullWidth(address(v, "zh")))}，帮我写一封给物业的投诉信`, "full-width digits"),
  (v) =>
    E(
      "ko",
      "free-text",
      "adversarial",
      T`배송지: ${s("address", zeroWidth(address(v, "ko"), 5, 1))} 로 보내달라고 판매자한테 메시지 써줘`,
      "zero-width characters",
    ),
  // vCard
  (v) => {
    const p = person(v, "ja", "f");
    return E(
      "ja",
      "vcard",
      "structured",
      T`この連絡先をCSVに変換して：\nBEGIN:VCARD\nVERSION:3.0\nFN:${p.name}\nTEL;TYPE=CELL:${s("phone", phone(v, "JP"))}\nEMAIL:${s("email", email(v, p, "ja"))}\nADR;TYPE=HOME:;;${s("address", address(v, "ja"))};;;;JP\nEND:VCARD`,
    );
  },
  (v) => {
    const p = person(v, "de", "m");
    const b = birth(v);
    return E(
      "de",
      "vcard",
      "structured",
      T`Warum zeigt Outlook den Geburtstag nicht an?\nBEGIN:VCARD\nVERSION:4.0\nFN:${p.name}\nBDAY:${s("date_of_birth", `${b.y}${p2(b.m)}${p2(b.d)}`)}\nTEL;TYPE=cell:${s("phone", phone(v, "DE", true))}\nEND:VCARD`,
    );
  },
  (v) => {
    const p = person(v, "zh", "m");
    return E(
      "zh",
      "vcard",
      "structured",
      T`这个名片导入手机失败，哪里格式不对？\nBEGIN:VCARD\nVERSION:3.0\nFN:${p.name}\nTEL;TYPE=CELL:${s("phone", phone(v, "CN", true))}\nADR:;;${s("address", address(v, "zh"))};;;;CN\nEND:VCARD`,
    );
  },
  // HL7 / FHIR / XML
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "hl7",
      "structured",
      T`Which result is abnormal?\nPID|1||${s("medical_record_number", v.digits(7, true))}^^^MERCY^MR||${p.family.toUpperCase()}^${p.given.toUpperCase()}||${s("date_of_birth", `${birth(v).y}0${v.int(1, 9)}1${v.int(0, 9)}`)}|M\nOBR|1||${v.digits(6)}|80053^CMP\nOBX|1|NM|2345-7^Glucose||${s("health", String(v.int(180, 320)))}|mg/dL|70-99|H\nOBX|2|NM|4548-4^HbA1c||${s("health", "9." + v.int(1, 8))}|%|<5.7|H`,
    );
  },
  (v) => {
    const p = person(v, "nl", "f");
    return E(
      "nl",
      "hl7",
      "structured",
      T`Kun je dit ADT-bericht uitleggen?\nPID|1||${s("medical_record_number", v.digits(8, true))}^^^UMCU^MR~${s("national_id", v.bsn())}^^^NLMINBIZA^NNNLD||${p.family}^${p.given}||${s("date_of_birth", `${birth(v).y}${p2(v.int(1, 12))}${p2(v.int(1, 28))}`)}|F`,
    );
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "fhir",
      "structured",
      T`Convert this FHIR Observation to a sentence for the patient letter:\n{"resourceType": "Observation", "status": "final", "code": {"text": "PHQ-9 score"}, "subject": {"reference": "Patient/${v.digits(5)}", "display": "${p.name}"}, "valueInteger": ${s("health", String(v.int(15, 26)))}, "interpretation": [{"text": "${s("health", "Severe depression")}"}]}`,
    );
  },
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "fhir",
      "structured",
      T`Why does the NHS validator reject this?\n{"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "${s("national_id", v.nhsNumber())}"}], "name": [{"text": "${p.name}"}], "telecom": [{"system": "phone", "value": "${s("phone", phone(v, "UK"))}"}]}`,
    );
  },
  (v) => {
    const p = person(v, "it", "f");
    return E(
      "it",
      "xml",
      "structured",
      T`Lo SDI scarta questa fattura, perché?\n<CessionarioCommittente><DatiAnagrafici><CodiceFiscale>${s("tax_id", v.codiceFiscale())}</CodiceFiscale><Anagrafica><Nome>${p.given}</Nome><Cognome>${p.family}</Cognome></Anagrafica></DatiAnagrafici><Sede><Indirizzo>${s("address", address(v, "it"))}</Indirizzo></Sede></CessionarioCommittente>`,
    );
  },
  // structured national id / tax id / address / licence
  (v) => {
    const rows = [0, 1, 2].map(() => {
      const p = person(v, "pl");
      return T`${p.name};${s("national_id", v.pesel())};${v.pick(["3A", "3B", "4C"])}`;
    });
    return E("pl", "csv", "structured", join([T`Posortuj uczniów według klasy:\nimie_nazwisko;pesel;klasa\n`, join(rows, "\n")]));
  },
  (v) => {
    const p = person(v, "nl", "m");
    return E(
      "nl",
      "yaml",
      "structured",
      T`Klopt deze YAML voor onze HR-import?\nmedewerker:\n  naam: ${p.name}\n  bsn: "${s("national_id", v.bsn())}"\n  adres: ${s("address", address(v, "nl"))}`,
    );
  },
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`Why is KYC failing for this user?\n2024-10-02T09:41:17.224Z ERROR kyc.verify user_id=${v.digits(7)} aadhaar=${s("national_id", v.aadhaar())} pan=${s("national_id", v.pan())} result=NAME_MISMATCH`,
    ),
  (v) =>
    E(
      "en",
      "http-headers",
      "structured",
      T`Our legacy partner sends these headers – is that OK?\nPOST /enroll HTTP/1.1\nHost: benefits.partner-api.net\nX-Member-SSN: ${s("national_id", v.usSsn())}\nX-Member-DOB: ${s("date_of_birth", `${birth(v).y}-0${v.int(1, 9)}-1${v.int(0, 9)}`)}\nContent-Length: 0`,
    ),
  (v) => {
    const p = person(v, "de", "f");
    return E(
      "de",
      "json",
      "structured",
      T`Prüfe dieses Lohnabrechnungs-JSON:\n{"mitarbeiterin": "${p.name}", "steuer_id": "${s("tax_id", v.germanTaxId())}", "steuerklasse": 4, "brutto": ${s("financial", String(v.int(3200, 6800)))}}`,
    );
  },
  (v) => {
    const p = person(v, "hinglish", "m");
    return E(
      "hinglish",
      "yaml",
      "structured",
      T`ye yaml galat kyun hai?\nvendor:\n  name: ${p.name}\n  pan: ${s("national_id", v.pan())}\n  gstin_applicable: no\n  phone: "${s("phone", phone(v, "IN", true))}"`,
    );
  },
  (v) => {
    const rows = [0, 1].map(() => {
      const p = person(v, "en");
      return T`${p.name},"${s("address", address(v, "en"))}"`;
    });
    return E("en", "csv", "structured", join([T`Generate shipping labels from this CSV:\nname,address\n`, join(rows, "\n")]));
  },
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "xml",
      "structured",
      T`Parse this into JSON:\n<driver><name>${p.name}</name><licenseNumber>${s("driver_license", v.letters(1) + v.digits(7))}</licenseNumber><state>CA</state><dob>${s("date_of_birth", `${birth(v).y}-0${v.int(1, 9)}-2${v.int(0, 8)}`)}</dob></driver>`,
    );
  },
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`What does this mean?\n2024-11-20 16:02:33 WARN rental.checkin license=${s("driver_license", v.digits(9, true))} state=NY match=false renter="${person(v, "en").name}"`,
    ),
  (v) => {
    const p = person(v, "es", "m");
    return E(
      "es",
      "csv",
      "structured",
      join([T`Revisa este listado de conductores:\nnombre,permiso,caducidad\n`, T`${p.name},${s("driver_license", v.dni())},2029-05-01`]),
    );
  },
  // Hindi
  (v) => E("hi", "free-text", "plain", T`मेरा पैन कार्ड नंबर ${s("national_id", v.pan())} है, आयकर विभाग को रिफंड के लिए पत्र लिख दीजिए।`),
  (v) => {
    const p = person(v, "hi", "m");
    return E("hi", "free-text", "plain", T`मेरे भाई ${p.name} का मोबाइल नंबर ${s("phone", phone(v, "IN"))} है, उसे जन्मदिन की बधाई का संदेश लिखो।`);
  },
  (v) => {
    const p = person(v, "hi", "f");
    return E("hi", "free-text", "plain", T`${p.name} की ईमेल ${s("email", email(v, p, "hi"))} पर नौकरी के प्रस्ताव का जवाब हिंदी में लिख दीजिए।`);
  },
  (v) => {
    const p = person(v, "hi", "m");
    return E(
      "hi",
      "free-text",
      "plain",
      T`मेरे पिताजी ${p.name} की पेंशन ${s("financial", `₹${v.int(12, 45)},${v.int(100, 999)} प्रति माह`)} है और ${s("financial", `₹${v.int(2, 9)} लाख का कर्ज़`)} बाकी है, बजट बना दीजिए।`,
    );
  },
  (v) =>
    E(
      "hi",
      "free-text",
      "adversarial",
      T`आधार: ${s("national_id", fullWidth(v.aadhaar().replace(/(\d{4})(?=\d)/g, "$1 ")))} — इसे फॉर्म में भर दीजिए`,
      "full-width digits",
    ),
  (v) => {
    const p = person(v, "hi", "f");
    return E(
      "hi",
      "free-text",
      "plain",
      T`मेरी बहन ${p.name} का जन्म ${s("date_of_birth", `${v.int(1, 28)} ${v.pick(["जनवरी", "मार्च", "जुलाई", "अक्टूबर"])} ${v.int(1975, 2002)}`)} को हुआ था, उसकी कुंडली के लिए क्या चाहिए?`,
    );
  },
  // Russian
  (v) => {
    const p = person(v, "ru", "m");
    return E("ru", "free-text", "plain", T`СНИЛС отца (${p.name}): ${s("national_id", snils(v))}. Составь заявление в Пенсионный фонд о перерасчёте.`);
  },
  (v) => E("ru", "free-text", "plain", T`Мой ИНН ${s("tax_id", inn(v))}, помоги написать запрос в налоговую о вычете за лечение.`),
  (v) => {
    const p = person(v, "ru", "f");
    return E(
      "ru",
      "free-text",
      "plain",
      T`Паспорт мамы (${p.name}): серия ${s("passport", `${v.digits(2, true)} ${v.digits(2)} ${v.digits(6)}`)}, выдан ОВД Тверского района. Оформи доверенность на получение посылки.`,
    );
  },
  (v) => {
    const p = person(v, "ru", "m");
    return E("ru", "free-text", "plain", T`Телефон соседа (${p.name}): ${s("phone", phone(v, "RU"))}, напиши ему вежливую просьбу не парковаться у ворот.`);
  },
  (v) => E("ru", "free-text", "plain", T`Пароль от госуслуг мамы — ${s("credentials", password(v))}. Как ей настроить двухфакторную защиту?`),
  (v) => {
    const p = person(v, "ru", "f");
    return E(
      "ru",
      "json",
      "structured",
      T`Проверь JSON:\n{"фио": "${p.name}", "email": "${s("email", email(v, p, "ru"))}", "дата_рождения": "${s("date_of_birth", `${p2(v.int(1, 28))}.${p2(v.int(1, 12))}.${v.int(1950, 2003)}`)}"}`,
    );
  },
  // Arabic
  (v) => {
    const p = person(v, "ar", "m");
    return E("ar", "free-text", "plain", T`رقم الهوية الإماراتية لأخي ${p.name} هو ${s("national_id", emiratesId(v))}، اكتب طلب تجديد الإقامة.`);
  },
  (v) => {
    const p = person(v, "ar", "f");
    return E("ar", "free-text", "plain", T`البريد الإلكتروني لزميلتي ${p.name} هو ${s("email", email(v, p, "ar"))}، اكتب لها رسالة شكر على المساعدة.`);
  },
  (v) => E("ar", "free-text", "plain", T`رقم الآيبان الخاص بي ${s("iban", v.iban("SA"))}، هل يمكنك صياغة رسالة للمستأجر لتحويل الإيجار؟`),
  (v) => {
    const p = person(v, "ar", "f");
    return E(
      "ar",
      "json",
      "structured",
      T`حوّل هذا إلى جدول:\n{"الاسم": "${p.name}", "الجوال": "${s("phone", phone(v, "AE"))}", "العنوان": "${s("address", address(v, "ar"))}"}`,
    );
  },
  // Dutch
  (v) => {
    const p = person(v, "nl", "f");
    return E(
      "nl",
      "free-text",
      "plain",
      T`Mijn collega ${p.name} woont op ${s("address", address(v, "nl"))}; schrijf een kaartje namens het team, ze is net bevallen.`,
    );
  },
  (v) => {
    const p = person(v, "nl", "m");
    return E(
      "nl",
      "free-text",
      "plain",
      T`${p.name} verdient ${s("financial", `€ ${v.int(3, 7)}.${v.int(100, 999)} netto per maand`)} en heeft ${s("financial", `€ ${v.int(10, 60)}.000 studieschuld`)}. Kan hij een hypotheek krijgen?`,
    );
  },
  (v) =>
    E(
      "nl",
      "free-text",
      "adversarial",
      T`mijn nummer is ${s("phone", spelledOut(phone(v, "NL").replace(/\D/g, ""), "en"))} (in cijfers graag) – zet het onder mijn sollicitatiebrief`,
      "digits spelled out",
    ),
  // payment cards: more wordings (replace a second round of the first batch)
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`Someone booked flights in Bali on my Mastercard ending… actually the whole number is ${s("payment_card", v.card("mastercard"))}. What do I tell the fraud team first?`,
    ),
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`My grandmother ${p.name} read her card number ${s(
        "payment_card",
        v
          .card("visa")
          .replace(/(\d{4})/g, "$1-")
          .replace(/-$/, ""),
      )} to a caller who said he was from her bank. Write her a simple checklist of what to do now.`,
    );
  },
  (v) =>
    E(
      "de",
      "csv",
      "structured",
      join([
        T`Welche Buchungen sind doppelt?\nkarte;datum;betrag\n`,
        T`${s("payment_card", v.card("visa"))};2024-05-02;49,99\n`,
        T`${s("payment_card", v.card("visa"))};2024-05-02;49,99`,
      ]),
    ),
  (v) =>
    E(
      "fr",
      "free-text",
      "plain",
      T`J'ai donné ma carte ${s(
        "payment_card",
        v
          .card("mastercard")
          .replace(/(\d{4})/g, "$1 ")
          .trim(),
      )} à un site louche pour un abonnement. Comment faire opposition ?`,
    ),
  (v) =>
    E(
      "es",
      "free-text",
      "adversarial",
      T`mi tarjeta: ${s("payment_card", fullWidth(v.card("visa")))} cad 09/28 – rellena el formulario de reserva`,
      "full-width digits",
    ),
  (v) =>
    E(
      "ko",
      "free-text",
      "plain",
      T`카드번호 ${s("payment_card", v.card("visa").replace(/(\d{4})(?=\d)/g, "$1-"))} 로 해외 결제가 됐는데 내가 한 게 아니야. 카드사에 보낼 이의신청서 써줘.`,
    ),
  (v) =>
    E(
      "pl",
      "free-text",
      "plain",
      T`Zgubiłam kartę ${s(
        "payment_card",
        v
          .card("mastercard")
          .replace(/(\d{4})/g, "$1 ")
          .trim(),
      )}, napisz zgłoszenie do banku o zastrzeżenie.`,
    ),
  (v) =>
    E(
      "en",
      "http-headers",
      "structured",
      T`Our payment provider gets these from the checkout proxy, is it compliant?\nPOST /v1/charge HTTP/1.1\nHost: pay.gateway-provider.net\nX-Card-Number: ${s("payment_card", v.card("amex"))}\nX-Card-Exp: 0${v.int(1, 9)}/2${v.int(6, 9)}`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`card num ${s(
        "payment_card",
        v
          .card("visa")
          .replace(/(\d{4})/g, "$1 - ")
          .replace(/ - $/, ""),
      )} (ignore the dashes) cvv ${v.digits(3)} — pay the nursery invoice for me`,
      "spaced hyphens between groups",
    ),
  (v) =>
    E(
      "zh",
      "json",
      "structured",
      T`这个支付请求为什么失败？\n{"订单号": "${v.digits(12)}", "卡号": "${s("payment_card", v.card("unionpay"))}", "有效期": "12/27", "持卡人": "${person(v, "zh").name}"}`,
    ),
  // IBAN / bank account: more wordings
  (v) => {
    const p = person(v, "de", "f");
    return E(
      "de",
      "email",
      "structured",
      T`Antworte kurz auf diese Mail:\n\nVon: ${p.name} <${s("email", email(v, p, "de"))}>\nBetreff: Kaution\n\nHallo, bitte überweis die Kaution (1.200 €) auf ${s("iban", v.iban("DE"))}, BIC COBADEFFXXX. Danke!`,
    );
  },
  (v) => {
    const p = person(v, "es", "f");
    return E(
      "es",
      "csv",
      "structured",
      join([
        T`Genera las órdenes SEPA de este fichero:\ntitular,iban,importe\n`,
        T`${p.name},${s("iban", v.iban("ES"))},45.00\n`,
        T`${person(v, "es").name},${s("iban", v.iban("ES"))},45.00`,
      ]),
    );
  },
  (v) =>
    E(
      "it",
      "free-text",
      "plain",
      T`Il mio IBAN per lo stipendio è cambiato: ${s(
        "iban",
        v
          .iban("IT")
          .replace(/(.{4})/g, "$1 ")
          .trim(),
      )}. Scrivi una mail all'ufficio del personale.`,
    ),
  (v) =>
    E(
      "nl",
      "free-text",
      "adversarial",
      T`rekeningnr ${s("iban", zeroWidth(v.iban("NL"), 4, 2))} – kun je een betaalverzoek-tekstje maken voor het etentje?`,
      "zero-width characters",
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "plain",
      T`Here are my bank details for the freelance invoice: account ${s("bank_account", v.digits(9, true))}, routing ${s("bank_account", v.pick(["021000021", "111000025", "322271627"]))}. Turn this into a professional payment-terms paragraph.`,
    ),
  (v) =>
    E(
      "pl",
      "json",
      "structured",
      T`Czy ten przelew ma poprawny format?\n{"odbiorca": "${person(v, "pl").name}", "rachunek": "${s("iban", v.iban("PL"))}", "tytul": "zwrot za bilety"}`,
    ),
  (v) =>
    E("pt", "free-text", "plain", T`Envia à Dona ${person(v, "pt", "f").name} o meu NIB/IBAN ${s("iban", v.iban("PT"))} para ela pagar a renda do quarto.`),
  (v) =>
    E(
      "fr",
      "sql",
      "structured",
      T`Pourquoi cette requête ne met rien à jour ?\nUPDATE salaries SET iban = '${s("iban", v.iban("FR"))}' WHERE matricule = 'E${v.digits(5)}';`,
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "adversarial",
      T`IBAN: ${s("iban", v.iban("AT").split("").join(" "))} (Leerzeichen ignorieren) – ist das österreichisch? Schreib eine Zahlungserinnerung an meinen Untermieter.`,
      "spaced characters",
    ),
  (v) =>
    E(
      "zh",
      "free-text",
      "adversarial",
      T`我的收款账号是${s("bank_account", fullWidth("6217" + v.digits(15)))}，帮我写一条催款消息发给租客。`,
      "full-width digits",
    ),
  // IP addresses: more wordings
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "free-text",
      "plain",
      T`We think ${p.name} is the one leaking screenshots – the uploads all came from ${s("ip_address", v.publicIpv4())}. Draft a neutral message asking him to meet HR.`,
    );
  },
  (v) =>
    E(
      "de",
      "log",
      "structured",
      T`Was sagt mir diese Zeile aus dem Mailserver-Log?\npostfix/smtpd[2231]: NOQUEUE: reject: RCPT from dsl-${v.digits(3)}.example-isp.de[${s("ip_address", v.publicIpv4())}]: 554 5.7.1 <${s("email", email(v, person(v, "de"), "de"))}>: Relay access denied`,
    ),
  (v) =>
    E(
      "fr",
      "json",
      "structured",
      T`Aplatis cet événement de connexion :\n{"utilisateur": "${s("email", email(v, person(v, "fr"), "fr"))}", "ip": "${s("ip_address", v.publicIpv4())}", "pays": "FR", "resultat": "echec"}`,
    ),
  (v) =>
    E(
      "es",
      "free-text",
      "plain",
      T`Mi vecino usa mi wifi sin permiso; el router muestra su dispositivo con la IP pública ${s("ip_address", v.publicIpv4())} de su casa. ¿Qué le escribo?`,
    ),
  (v) =>
    E(
      "ja",
      "free-text",
      "plain",
      T`会員の${person(v, "ja").name}さんが海外IP ${s("ip_address", v.publicIpv4())} からログインしています。本人確認のメール文を作ってください。`,
    ),
  (v) =>
    E(
      "en",
      "yaml",
      "structured",
      T`Is this allow-list right? Each entry is a customer's office or home IP.\nallow:\n  - ${s("ip_address", v.publicIpv4())}/32  # ${person(v, "en").name}, home\n  - ${s("ip_address", v.publicIpv4())}/32  # ${person(v, "en").name}, home`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`this guy at ${s("ip_address", v.publicIpv4().split(".").join(" dot "))} keeps spamming my stream, write a ban message`,
      "dots spelled out",
    ),
  (v) =>
    E(
      "pt",
      "log",
      "structured",
      T`Explica esta linha do log do Apache:\n${s("ip_address", v.publicIpv4())} - ${person(v, "pt").handle} [03/Jun/2024:21:14:09 -0300] "GET /minha-conta/extrato HTTP/1.1" 200 18234`,
    ),
  (v) =>
    E(
      "ko",
      "free-text",
      "plain",
      T`고객 ${person(v, "ko").name} 님 계정에 ${s("ip_address", v.publicIpv4())} 에서 비정상 로그인이 있었어. 안내 문자 초안 써줘.`,
    ),
  (v) =>
    E(
      "en",
      "sql",
      "structured",
      T`Speed this up:\nSELECT * FROM sessions WHERE client_ip = '${s("ip_address", v.publicIpv4())}' AND user_email = '${s("email", email(v, person(v, "en"), "en"))}';`,
    ),
  // passports: more wordings
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`Fill in the airline's advance passenger form for my wife ${p.name}: US passport ${s("passport", v.digits(9, true))}, expires 2030. Just give me the text to paste.`,
    );
  },
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Meine Reisepassnummer ist ${s("passport", "C" + v.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"))}. Schreib eine Mail an das Hotel in Kyoto, das die Nummer für die Anmeldung braucht.`,
    ),
  (v) => {
    const p = person(v, "es", "m");
    return E(
      "es",
      "json",
      "structured",
      T`¿Qué falta en este JSON de check-in?\n{"huesped": "${p.name}", "tipo_documento": "pasaporte", "numero": "${s("passport", v.letters(3) + v.digits(6))}", "nacionalidad": "ESP"}`,
    );
  },
  (v) =>
    E(
      "it",
      "free-text",
      "plain",
      T`Ho smarrito il passaporto numero ${s("passport", v.letters(2) + v.digits(7))} a Londra, scrivi la denuncia in inglese per la polizia.`,
    ),
  (v) => {
    const p = person(v, "zh", "f");
    return E(
      "zh",
      "csv",
      "structured",
      join([
        T`把这份出行名单按姓名排序：\n姓名,护照号,航班\n`,
        T`${p.name},${s("passport", "E" + v.digits(8))},CA${v.digits(4)}\n`,
        T`${person(v, "zh").name},${s("passport", "E" + v.digits(8))},CA${v.digits(4)}`,
      ]),
    );
  },
  (v) =>
    E(
      "hinglish",
      "free-text",
      "adversarial",
      T`passport no ${s("passport", fullWidth(v.letters(1) + v.digits(7), true))} hai mere papa ka, visa form me daal do`,
      "full-width characters",
    ),
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`Why did the e-gate reject this?\n2024-08-21T06:14:33Z egate lane=7 doc_type=P doc_no=${s("passport", v.letters(2) + v.digits(7))} nationality=GBR result=FACE_MISMATCH`,
    ),
  (v) =>
    E(
      "fr",
      "free-text",
      "adversarial",
      T`passeport n° ${s("passport", spaced(v.digits(2) + v.letters(2) + v.digits(5)))} – mets-le dans le formulaire ESTA stp`,
      "spaced characters",
    ),
  (v) =>
    E("pt", "free-text", "plain", T`O passaporte da minha mãe é ${s("passport", v.letters(2) + v.digits(6))}. Escreve ao consulado a pedir a segunda via.`),
  // tax ids: more wordings
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "csv",
      "structured",
      join([T`Prepare the 1099 list from this:\ncontractor,tin,paid\n`, T`${p.name},${s("tax_id", v.usSsn())},${v.int(3000, 40000)}`]),
    );
  },
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Das Finanzamt will meine Identifikationsnummer ${s("tax_id", v.germanTaxId().replace(/^(\d{2})(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3 $4"))} schriftlich bestätigt haben – formuliere das Schreiben.`,
    ),
  (v) => {
    const p = person(v, "it", "m");
    return E(
      "it",
      "csv",
      "structured",
      join([
        T`Controlla questi codici fiscali:\nnome;codice_fiscale\n`,
        T`${p.name};${s("tax_id", v.codiceFiscale())}\n`,
        T`${person(v, "it").name};${s("tax_id", v.codiceFiscale())}`,
      ]),
    );
  },
  (v) => E("pt", "free-text", "plain", T`Meu CPF é ${s("tax_id", v.cpf().replace(/\D/g, ""))} e a loja diz que é inválido. Escreve uma reclamação.`),
  (v) =>
    E(
      "es",
      "json",
      "structured",
      T`Valida esta factura:\n{"cliente": "${person(v, "es").name}", "nif": "${s("tax_id", v.dni())}", "base": 120.00, "iva": 25.20}`,
    ),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`her ITIN is ${s("tax_id", spelledOut(`9${v.digits(2)}${v.int(70, 88)}${v.digits(4)}`))}, can you write it in the right format for the W-7 letter`,
      "digits spelled out",
    ),
  (v) =>
    E(
      "ru",
      "json",
      "structured",
      T`Проверь поля анкеты:\n{"фио": "${person(v, "ru").name}", "инн": "${s("tax_id", inn(v))}", "снилс": "${s("national_id", snils(v))}"}`,
    ),
  // dates of birth: more wordings
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "free-text",
      "plain",
      T`Plan a surprise 40th for my husband ${p.given}. He was born ${s("date_of_birth", `${v.int(1, 28)}/${v.int(1, 12)}/${v.int(1983, 1986)}`)}, so work out which weekend is closest.`,
    );
  },
  (v) => {
    const p = person(v, "de", "f");
    return E(
      "de",
      "free-text",
      "plain",
      T`Anmeldung für den Sportverein: ${p.name}, geboren am ${s("date_of_birth", `${v.int(1, 28)}. ${["Januar", "April", "Juli", "November"][v.int(0, 3)]} ${v.int(1960, 2005)}`)}. Schreib das Anschreiben dazu.`,
    );
  },
  (v) => {
    const p = person(v, "zh", "f");
    return E(
      "zh",
      "free-text",
      "adversarial",
      T`${p.name}，生日${s("date_of_birth", fullWidth(`${v.int(1970, 2000)}-${p2(v.int(1, 12))}-${p2(v.int(1, 28))}`))}，帮我写一段生日祝福`,
      "full-width digits",
    );
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "sql",
      "structured",
      T`Fix the date format error:\nINSERT INTO members (full_name, dob) VALUES ('${p.name}', '${s("date_of_birth", `${p2(v.int(13, 28))}/${p2(v.int(1, 12))}/${v.int(1950, 2000)}`)}');`,
    );
  },
  (v) => {
    const p = person(v, "ko", "m");
    return E(
      "ko",
      "json",
      "structured",
      T`이 회원 데이터 JSON 검증해줘:\n{"이름": "${p.name}", "생년월일": "${s("date_of_birth", `${v.int(1970, 2004)}-${p2(v.int(1, 12))}-${p2(v.int(1, 28))}`)}", "등급": "VIP"}`,
    );
  },
  (v) => {
    const p = person(v, "pt", "m");
    return E(
      "pt",
      "free-text",
      "plain",
      T`O ${p.name} nasceu em ${s("date_of_birth", `${v.int(1, 28)} de ${["março", "maio", "setembro"][v.int(0, 2)]} de ${v.int(1950, 1999)}`)}; quantos anos faz no próximo aniversário?`,
    );
  },
  // medical record numbers: more wordings
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`Nurse handover: ${p.name}, hospital number ${s("medical_record_number", v.letters(1) + v.digits(6))}, ${s("health", "post-op day 2 after laparoscopic cholecystectomy, pain controlled")}. Make this into a tidy SBAR.`,
    );
  },
  (v) =>
    E(
      "de",
      "csv",
      "structured",
      join([
        T`Welche Befunde fehlen?\npatientennr;station;befund\n`,
        T`${s("medical_record_number", v.digits(8, true))};4B;${s("health", "MRT Knie: Innenmeniskusriss")}\n`,
        T`${s("medical_record_number", v.digits(8, true))};4B;ausstehend`,
      ]),
    ),
  (v) =>
    E(
      "en",
      "http-headers",
      "structured",
      T`Should the EHR proxy log these headers?\nGET /api/labs HTTP/1.1\nHost: ehr.northshore-health.org\nX-Patient-MRN: ${s("medical_record_number", v.digits(8, true))}\nX-Clinician: dr.${person(v, "en").handle}`,
    ),
  (v) =>
    E(
      "ja",
      "free-text",
      "plain",
      T`カルテ番号${s("medical_record_number", v.digits(8, true))}の${person(v, "ja").name}さんの退院サマリーを、家族向けにわかりやすく書き直してください。診断は${s("health", "肺炎")}です。`,
    ),
  (v) =>
    E(
      "it",
      "yaml",
      "structured",
      T`Questo YAML del referto è valido?\npaziente:\n  cartella: ${s("medical_record_number", v.digits(9, true))}\n  esito: "${s("health", "positivo a SARS-CoV-2")}"`,
    ),
  (v) =>
    E(
      "pl",
      "free-text",
      "adversarial",
      T`nr historii choroby ${s("medical_record_number", spaced(v.digits(8, true)))} – przepisz wypis dla rodziny prostszym językiem`,
      "spaced digits",
    ),
  // driver licences: more wordings
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`The police report for my accident lists the other driver as ${p.name}, license ${s("driver_license", v.letters(1) + v.digits(12))} (Florida). Draft my insurance claim summary.`,
    );
  },
  (v) =>
    E(
      "de",
      "json",
      "structured",
      T`Ist dieser Mietvertragsdatensatz vollständig?\n{"fahrer": "${person(v, "de").name}", "fuehrerschein_nr": "${s("driver_license", v.letters(1) + v.digits(2) + v.alnum(7, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + v.digits(1))}", "klasse": "B"}`,
    ),
  (v) =>
    E(
      "pl",
      "free-text",
      "plain",
      T`Numer mojego prawa jazdy to ${s("driver_license", `${v.digits(5, true)}/${v.digits(2)}/${v.digits(4)}`)}, napisz odwołanie od mandatu.`,
    ),
  (v) => E("zh", "free-text", "plain", T`我的驾驶证档案编号是${s("driver_license", v.digits(12, true))}，帮我写一份补领申请。`),
  (v) =>
    E(
      "en",
      "free-text",
      "adversarial",
      T`dl ${s("driver_license", fullWidth(v.letters(1) + v.digits(7), true))} ca – paste into the DMV change-of-address form`,
      "full-width characters",
    ),
  (v) =>
    E(
      "pt",
      "free-text",
      "plain",
      T`A minha carta de condução é ${s("driver_license", `${v.letters(1)}-${v.digits(7)} ${v.digits(1)}`)}. Escreve ao IMT a pedir a renovação.`,
    ),
  // biometric: more
  (v) =>
    E(
      "en",
      "log",
      "structured",
      T`Why are these enrolments failing?\n2024-09-03 08:01:12 INFO bio.enroll employee="${person(v, "en").name}" finger=R1 template=${s("biometric", "ISO19794-2:" + v.alnum(48, "0123456789ABCDEF"))} quality=31`,
    ),
  (v) =>
    E(
      "de",
      "free-text",
      "plain",
      T`Unser Zeiterfassungssystem speichert für ${person(v, "de").name} den Handvenen-Scan ${s("biometric", "HV-" + v.alnum(32, "0123456789abcdef"))}. Ist das nach DSGVO erlaubt? Formuliere eine Anfrage an den Datenschutzbeauftragten.`,
    ),
  (v) =>
    E(
      "zh",
      "json",
      "structured",
      T`这个声纹数据格式对吗？\n{"用户": "${person(v, "zh").name}", "声纹特征": "${s("biometric", v.alnum(56, "0123456789abcdef"))}"}`,
    ),
];

export const EXTRA_NEGATIVES: Negative[] = [
  {
    lang: "en",
    format: "hl7",
    note: "HL7 spec example patient",
    publicTestValue: true,
    text: "Explain the fields in this HL7 v2 example from the spec:\nPID|||555-44-4444||EVERYWOMAN^EVE^E^^^^L|JONES|19620320|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292||(206)3345232|(206)752-121||||AC555444444||67-A4335^OH^20030520",
  },
  {
    lang: "en",
    format: "fhir",
    note: "FHIR spec example patient",
    publicTestValue: true,
    text: 'This is the example Patient from the FHIR R4 spec: {"resourceType": "Patient", "id": "example", "name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}], "birthDate": "1974-12-25"}. Which fields are must-support in US Core?',
  },
  {
    lang: "en",
    format: "sql",
    note: "placeholder seed data",
    publicTestValue: true,
    text: "INSERT INTO users (name, email) VALUES ('Alice Example', 'alice@example.com'), ('Bob Example', 'bob@example.org');\nWrite the matching down-migration.",
  },
  {
    lang: "en",
    format: "json",
    note: "product catalogue",
    text: 'Validate this product feed item:\n{"sku": "LMP-4410-BRS", "gtin13": "4006381333931", "price": 89.90, "currency": "EUR", "stock": 124, "warehouse": "DE-HAM-02"}',
  },
  {
    lang: "en",
    format: "csv",
    note: "server metrics",
    text: "Plot CPU by host:\nhost,ip,cpu,mem\napi-1,10.12.0.4,71,62\napi-2,10.12.0.5,64,58\nredis,10.12.1.9,12,81",
  },
  {
    lang: "fr",
    format: "vcard",
    note: "public institution contact",
    text: "Ce vCard de musée est-il valide ?\nBEGIN:VCARD\nVERSION:3.0\nORG:Musée du Louvre\nADR;TYPE=WORK:;;Rue de Rivoli;Paris;;75001;France\nURL:https://www.louvre.fr\nEND:VCARD",
  },
  {
    lang: "en",
    format: "http-headers",
    note: "no personal data",
    text: 'Explain each header:\nHTTP/1.1 200 OK\nCache-Control: max-age=3600\nETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"\nX-Request-Id: 7f8e2c1a-9b4d-4e2f-8a6c-1d3e5f7a9b0c\nStrict-Transport-Security: max-age=63072000',
  },
  {
    lang: "en",
    format: "yaml",
    note: "config without secrets",
    text: 'Review this compose file:\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  cache:\n    image: redis:7\n    command: ["redis-server", "--save", ""]',
  },
  {
    lang: "de",
    format: "json",
    note: "fiction",
    text: 'Prüfe das JSON für unser Krimi-Rollenspiel:\n{"figur": "Kommissar Thiel", "stadt": "Münster", "geburtstag": "unbekannt", "fall": "Mord im Schrebergarten"}',
  },
  {
    lang: "en",
    format: "log",
    note: "no personal data",
    text: "Why is this job slow?\n2024-11-02T04:00:01Z INFO cron nightly-backup started\n2024-11-02T04:47:12Z INFO cron nightly-backup wrote 41.2 GiB to s3://backups/2024-11-02/\n2024-11-02T04:47:13Z INFO cron nightly-backup finished rc=0",
  },
  {
    lang: "hinglish",
    format: "free-text",
    note: "general question",
    text: "Bhai PAN card aur Aadhaar link karne ki last date kya hai? Penalty kitni lagti hai?",
  },
  { lang: "hinglish", format: "free-text", note: "fiction", text: "Sholay me Gabbar Singh ka famous dialogue kya hai aur wo itna iconic kyu bana?" },
  {
    lang: "hinglish",
    format: "free-text",
    note: "maths",
    text: "1 crore ko 12% annual interest pe 10 saal ke liye invest karo to kitna milega? Calculation dikhao",
  },
  { lang: "hinglish", format: "free-text", note: "public address", text: "India Gate, Rajpath, New Delhi 110001 – wahan evening me parking milti hai kya?" },
  { lang: "hinglish", format: "free-text", note: "own birth date, no name", text: "Main 5 June 2001 ko paida hua tha, meri age days me kitni hogi?" },
  {
    lang: "pt",
    format: "free-text",
    note: "public address",
    text: "O Cristo Redentor fica no Parque Nacional da Tijuca, Rio de Janeiro. Qual é o melhor horário para evitar filas?",
  },
  { lang: "pt", format: "free-text", note: "general medical", text: "Quais são os sintomas da dengue e quando devo ir ao hospital?" },
  {
    lang: "pt",
    format: "free-text",
    note: "how-to about passwords",
    text: "Como criar uma senha forte que eu consiga lembrar? Dá exemplos de métodos, não de senhas.",
  },
  {
    lang: "pt",
    format: "free-text",
    note: "order number",
    text: "O meu pedido nº 2024-PT-0093381 na loja online veio com o tamanho errado. Escreve um e-mail a pedir a troca.",
  },
  { lang: "nl", format: "free-text", note: "general financial", text: "Hoeveel mag ik in 2024 belastingvrij schenken aan mijn kinderen?" },
  { lang: "nl", format: "free-text", note: "private IP", text: "Mijn printer heeft 192.168.178.23 gekregen van de Fritzbox. Hoe geef ik hem een vast adres?" },
  {
    lang: "nl",
    format: "free-text",
    note: "example IBAN",
    publicTestValue: true,
    text: "In de SEPA-handleiding staat NL91 ABNA 0417 1643 00 als voorbeeld. Hoe controleer ik zo een IBAN?",
  },
  { lang: "ar", format: "free-text", note: "general medical", text: "ما الفرق بين السكري من النوع الأول والنوع الثاني؟" },
  { lang: "ar", format: "free-text", note: "how-to about passwords", text: "كيف أغير كلمة المرور لشبكة الواي فاي في المنزل؟" },
  { lang: "ar", format: "free-text", note: "public address", text: "المسجد النبوي في المدينة المنورة – ما هي أوقات زيارة الروضة الشريفة للنساء؟" },
  { lang: "ru", format: "free-text", note: "public address", text: "Как добраться от Ленинградского вокзала до Красной площади на метро?" },
  { lang: "ru", format: "free-text", note: "vocabulary only", text: "Как проверить контрольное число СНИЛС? Объясни алгоритм." },
  { lang: "hi", format: "free-text", note: "how-to about passwords", text: "मैं अपना यूपीआई पिन भूल गया हूँ, उसे कैसे रीसेट करूँ?" },
  { lang: "hi", format: "free-text", note: "fiction", text: "रामायण में हनुमान जी का जन्म कहाँ हुआ था, इसकी कथा सुनाइए।" },
  { lang: "it", format: "free-text", note: "general financial", text: "Come funziona la detrazione del 19% per le spese mediche nel 730?" },
  {
    lang: "it",
    format: "free-text",
    note: "drama range",
    text: "Per il nostro cortometraggio ambientato a Londra usiamo il numero 07700 900321: scrivi la scena della telefonata.",
  },
  {
    lang: "es",
    format: "json",
    note: "product catalogue",
    text: 'Corrige este JSON del catálogo:\n{"referencia": "ZAP-0392-NEG-42", "ean": "8412345678905", "precio": 59,95}',
  },
  {
    lang: "ja",
    format: "csv",
    note: "server metrics",
    text: "次のCSVからエラー率を計算して：\nhost,ip,requests,errors\nweb01,10.0.0.11,120394,233\nweb02,10.0.0.12,118220,198",
  },
  { lang: "ko", format: "json", note: "fiction", text: '게임 캐릭터 데이터 검증해줘:\n{"name": "홍길동", "level": 42, "hp": 3800, "hometown": "율도국"}' },
  {
    lang: "zh",
    format: "sql",
    note: "schema only",
    text: "CREATE TABLE 用户 (id INT, 姓名 VARCHAR(50), 身份证号 CHAR(18), 手机 VARCHAR(20));\n帮我给身份证号加唯一索引。",
  },
  {
    lang: "pl",
    format: "free-text",
    note: "public figure",
    text: "Robert Lewandowski urodził się 21 sierpnia 1988 w Warszawie. Napisz krótką notkę do gazetki szkolnej.",
  },
];
