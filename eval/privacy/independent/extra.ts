// Second batch of hand-written templates: more structured records (vCard, HL7, FHIR, XML), more
// languages (Hindi, Russian, Arabic, Dutch) and more adversarial variants; plus structured hard negatives.

import { T, join, s, zeroWidth, fullWidth, spaced, spelledOut } from './compose.js';
import type { Built, Format, Variant } from './compose.js';
import { address, CONDITIONS, email, password, person, phone } from './locales.js';
import type { Lang } from './locales.js';
import type { Negative } from './negatives.js';
import type { Entry, Template } from './sensitive.js';
import { emiratesId, inn, snils } from './values.js';
import type { Values } from './values.js';

const E = (lang: Lang, format: Format, variant: Variant, built: Built, note?: string): Entry => (note ? { lang, format, variant, built, note } : { lang, format, variant, built });
const p2 = (n: number) => String(n).padStart(2, '0');
const birth = (v: Values) => { const [y, m, d] = v.birthDate(); return { y, m, d }; };

export const EXTRA_TEMPLATES: Template[] = [
  // bank account: structured and adversarial
  (v) => { const p = person(v, 'en'); return E('en', 'json', 'structured', T`Is this ACH payload missing a field?\n{"receiver_name": "${p.name}", "routing_number": "${s('bank_account', v.pick(['021000021', '011000138', '122105155']))}", "account_number": "${s('bank_account', v.digits(10, true))}", "account_type": "checking", "amount_cents": 184500}`); },
  (v) => E('en', 'free-text', 'adversarial', T`wire it to my account: routing ${s('bank_account', spaced(v.pick(['026009593', '121000358'])))} acct ${s('bank_account', zeroWidth(v.digits(10, true), 3, 1))}. Write the message to the buyer.`, 'spaced and zero-width digits'),
  (v) => E('hinglish', 'free-text', 'adversarial', T`account number hai ${s('bank_account', spelledOut(v.digits(11, true), 'hinglish'))}, SBI wala – isko digits me likh ke cheque request letter bana do`, 'digits spelled out in Hindi words'),
  (v) => { const p = person(v, 'ru', 'f'); return E('ru', 'free-text', 'plain', T`Переведи за квартиру ${p.name}: счёт ${s('bank_account', '40817810' + v.digits(12))}, напиши ей сообщение, что деньги отправлены.`); },
  // financial / health / credentials / address adversarial
  (v) => { const p = person(v, 'en', 'f'); return E('en', 'free-text', 'adversarial', T`between us, ${p.name} makes ${s('financial', 'one hundred and forty-two thousand a year')} and still ${s('financial', 'owes her parents eighty grand')} – how do I ask her to split rent fairly?`, 'amounts spelled out'); },
  (v) => { const p = person(v, 'de', 'm'); return E('de', 'free-text', 'adversarial', T`${p.name} hat ${s('financial', zeroWidth('Schulden von 38.400 €', 4, 2))} bei der Sparkasse – formuliere einen Brief für die Schuldnerberatung`, 'zero-width characters'); },
  (v) => { const p = person(v, 'en', 'f'); return E('en', 'free-text', 'adversarial', T`re ${p.name} (bed 4): ${s('health', 'Ca mamma w/ liver mets')}, ${s('health', 'DNR signed')} – rewrite this for the family update`, 'clinical abbreviations'); },
  (v) => { const p = person(v, 'en', 'm'); return E('en', 'free-text', 'adversarial', T`${p.given} ${p.family.slice(0, 1)}.'s test results came back ${s('health', 'H I V +')} — how should he tell his partner?`, 'spaced letters'); },
  (v) => { const p = person(v, 'fr', 'f'); return E('fr', 'free-text', 'adversarial', T`${p.name} est ${s('health', 'sous Lévothyrox et Seroplex depuis son burn-out')} ; rédige un mot pour son manager`, 'condition implied by medication'); },
  (v) => E('en', 'env', 'adversarial', T`why does the app log "bad auth"?\nDB_USER=svc_billing\nDB_PASS_B64=${s('credentials', Buffer.from(password(v)).toString('base64'))}`, 'base64-encoded password'),
  (v) => E('de', 'free-text', 'adversarial', T`mein Kennwort ist ${s('credentials', fullWidth(password(v), true))} – ist das sicher genug fürs Online-Banking?`, 'full-width characters'),
  (v) => E('zh', 'free-text', 'adversarial', T`地址：${s('address', fullWidth(address(v, 'zh')))}，帮我写一封给物业的投诉信`, 'full-width digits'),
  (v) => E('ko', 'free-text', 'adversarial', T`배송지: ${s('address', zeroWidth(address(v, 'ko'), 5, 1))} 로 보내달라고 판매자한테 메시지 써줘`, 'zero-width characters'),
  // vCard
  (v) => { const p = person(v, 'ja', 'f'); return E('ja', 'vcard', 'structured', T`この連絡先をCSVに変換して：\nBEGIN:VCARD\nVERSION:3.0\nFN:${p.name}\nTEL;TYPE=CELL:${s('phone', phone(v, 'JP'))}\nEMAIL:${s('email', email(v, p, 'ja'))}\nADR;TYPE=HOME:;;${s('address', address(v, 'ja'))};;;;JP\nEND:VCARD`); },
  (v) => { const p = person(v, 'de', 'm'); const b = birth(v); return E('de', 'vcard', 'structured', T`Warum zeigt Outlook den Geburtstag nicht an?\nBEGIN:VCARD\nVERSION:4.0\nFN:${p.name}\nBDAY:${s('date_of_birth', `${b.y}${p2(b.m)}${p2(b.d)}`)}\nTEL;TYPE=cell:${s('phone', phone(v, 'DE', true))}\nEND:VCARD`); },
  (v) => { const p = person(v, 'zh', 'm'); return E('zh', 'vcard', 'structured', T`这个名片导入手机失败，哪里格式不对？\nBEGIN:VCARD\nVERSION:3.0\nFN:${p.name}\nTEL;TYPE=CELL:${s('phone', phone(v, 'CN', true))}\nADR:;;${s('address', address(v, 'zh'))};;;;CN\nEND:VCARD`); },
  // HL7 / FHIR / XML
  (v) => { const p = person(v, 'en', 'm'); return E('en', 'hl7', 'structured', T`Which result is abnormal?\nPID|1||${s('medical_record_number', v.digits(7, true))}^^^MERCY^MR||${p.family.toUpperCase()}^${p.given.toUpperCase()}||${s('date_of_birth', `${birth(v).y}0${v.int(1, 9)}1${v.int(0, 9)}`)}|M\nOBR|1||${v.digits(6)}|80053^CMP\nOBX|1|NM|2345-7^Glucose||${s('health', String(v.int(180, 320)))}|mg/dL|70-99|H\nOBX|2|NM|4548-4^HbA1c||${s('health', '9.' + v.int(1, 8))}|%|<5.7|H`); },
  (v) => { const p = person(v, 'nl', 'f'); return E('nl', 'hl7', 'structured', T`Kun je dit ADT-bericht uitleggen?\nPID|1||${s('medical_record_number', v.digits(8, true))}^^^UMCU^MR~${s('national_id', v.bsn())}^^^NLMINBIZA^NNNLD||${p.family}^${p.given}||${s('date_of_birth', `${birth(v).y}${p2(v.int(1, 12))}${p2(v.int(1, 28))}`)}|F`); },
  (v) => { const p = person(v, 'en', 'f'); return E('en', 'fhir', 'structured', T`Convert this FHIR Observation to a sentence for the patient letter:\n{"resourceType": "Observation", "status": "final", "code": {"text": "PHQ-9 score"}, "subject": {"reference": "Patient/${v.digits(5)}", "display": "${p.name}"}, "valueInteger": ${s('health', String(v.int(15, 26)))}, "interpretation": [{"text": "${s('health', 'Severe depression')}"}]}`); },
  (v) => { const p = person(v, 'en', 'm'); return E('en', 'fhir', 'structured', T`Why does the NHS validator reject this?\n{"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "${s('national_id', v.nhsNumber())}"}], "name": [{"text": "${p.name}"}], "telecom": [{"system": "phone", "value": "${s('phone', phone(v, 'UK'))}"}]}`); },
  (v) => { const p = person(v, 'it', 'f'); return E('it', 'xml', 'structured', T`Lo SDI scarta questa fattura, perché?\n<CessionarioCommittente><DatiAnagrafici><CodiceFiscale>${s('tax_id', v.codiceFiscale())}</CodiceFiscale><Anagrafica><Nome>${p.given}</Nome><Cognome>${p.family}</Cognome></Anagrafica></DatiAnagrafici><Sede><Indirizzo>${s('address', address(v, 'it'))}</Indirizzo></Sede></CessionarioCommittente>`); },
  // structured national id / tax id / address / licence
  (v) => { const rows = [0, 1, 2].map(() => { const p = person(v, 'pl'); return T`${p.name};${s('national_id', v.pesel())};${v.pick(['3A', '3B', '4C'])}`; }); return E('pl', 'csv', 'structured', join([T`Posortuj uczniów według klasy:\nimie_nazwisko;pesel;klasa\n`, join(rows, '\n')])); },
  (v) => { const p = person(v, 'nl', 'm'); return E('nl', 'yaml', 'structured', T`Klopt deze YAML voor onze HR-import?\nmedewerker:\n  naam: ${p.name}\n  bsn: "${s('national_id', v.bsn())}"\n  adres: ${s('address', address(v, 'nl'))}`); },
  (v) => E('en', 'log', 'structured', T`Why is KYC failing for this user?\n2024-10-02T09:41:17.224Z ERROR kyc.verify user_id=${v.digits(7)} aadhaar=${s('national_id', v.aadhaar())} pan=${s('national_id', v.pan())} result=NAME_MISMATCH`),
  (v) => E('en', 'http-headers', 'structured', T`Our legacy partner sends these headers – is that OK?\nPOST /enroll HTTP/1.1\nHost: benefits.partner-api.net\nX-Member-SSN: ${s('national_id', v.usSsn())}\nX-Member-DOB: ${s('date_of_birth', `${birth(v).y}-0${v.int(1, 9)}-1${v.int(0, 9)}`)}\nContent-Length: 0`),
  (v) => { const p = person(v, 'de', 'f'); return E('de', 'json', 'structured', T`Prüfe dieses Lohnabrechnungs-JSON:\n{"mitarbeiterin": "${p.name}", "steuer_id": "${s('tax_id', v.germanTaxId())}", "steuerklasse": 4, "brutto": ${s('financial', String(v.int(3200, 6800)))}}`); },
  (v) => { const p = person(v, 'hinglish', 'm'); return E('hinglish', 'yaml', 'structured', T`ye yaml galat kyun hai?\nvendor:\n  name: ${p.name}\n  pan: ${s('national_id', v.pan())}\n  gstin_applicable: no\n  phone: "${s('phone', phone(v, 'IN', true))}"`); },
  (v) => { const rows = [0, 1].map(() => { const p = person(v, 'en'); return T`${p.name},"${s('address', address(v, 'en'))}"`; }); return E('en', 'csv', 'structured', join([T`Generate shipping labels from this CSV:\nname,address\n`, join(rows, '\n')])); },
  (v) => { const p = person(v, 'en', 'm'); return E('en', 'xml', 'structured', T`Parse this into JSON:\n<driver><name>${p.name}</name><licenseNumber>${s('driver_license', v.letters(1) + v.digits(7))}</licenseNumber><state>CA</state><dob>${s('date_of_birth', `${birth(v).y}-0${v.int(1, 9)}-2${v.int(0, 8)}`)}</dob></driver>`); },
  (v) => E('en', 'log', 'structured', T`What does this mean?\n2024-11-20 16:02:33 WARN rental.checkin license=${s('driver_license', v.digits(9, true))} state=NY match=false renter="${person(v, 'en').name}"`),
  (v) => { const p = person(v, 'es', 'm'); return E('es', 'csv', 'structured', join([T`Revisa este listado de conductores:\nnombre,permiso,caducidad\n`, T`${p.name},${s('driver_license', v.dni())},2029-05-01`])); },
  // Hindi
  (v) => E('hi', 'free-text', 'plain', T`मेरा पैन कार्ड नंबर ${s('national_id', v.pan())} है, आयकर विभाग को रिफंड के लिए पत्र लिख दीजिए।`),
  (v) => { const p = person(v, 'hi', 'm'); return E('hi', 'free-text', 'plain', T`मेरे भाई ${p.name} का मोबाइल नंबर ${s('phone', phone(v, 'IN'))} है, उसे जन्मदिन की बधाई का संदेश लिखो।`); },
  (v) => { const p = person(v, 'hi', 'f'); return E('hi', 'free-text', 'plain', T`${p.name} की ईमेल ${s('email', email(v, p, 'hi'))} पर नौकरी के प्रस्ताव का जवाब हिंदी में लिख दीजिए।`); },
  (v) => { const p = person(v, 'hi', 'm'); return E('hi', 'free-text', 'plain', T`मेरे पिताजी ${p.name} की पेंशन ${s('financial', `₹${v.int(12, 45)},${v.int(100, 999)} प्रति माह`)} है और ${s('financial', `₹${v.int(2, 9)} लाख का कर्ज़`)} बाकी है, बजट बना दीजिए।`); },
  (v) => E('hi', 'free-text', 'adversarial', T`आधार: ${s('national_id', fullWidth(v.aadhaar().replace(/(\d{4})(?=\d)/g, '$1 ')))} — इसे फॉर्म में भर दीजिए`, 'full-width digits'),
  (v) => { const p = person(v, 'hi', 'f'); return E('hi', 'free-text', 'plain', T`मेरी बहन ${p.name} का जन्म ${s('date_of_birth', `${v.int(1, 28)} ${v.pick(['जनवरी', 'मार्च', 'जुलाई', 'अक्टूबर'])} ${v.int(1975, 2002)}`)} को हुआ था, उसकी कुंडली के लिए क्या चाहिए?`); },
  // Russian
  (v) => { const p = person(v, 'ru', 'm'); return E('ru', 'free-text', 'plain', T`СНИЛС ${p.name}: ${s('national_id', snils(v))}. Составь заявление в Пенсионный фонд о перерасчёте.`); },
  (v) => E('ru', 'free-text', 'plain', T`Мой ИНН ${s('tax_id', inn(v))}, помоги написать запрос в налоговую о вычете за лечение.`),
  (v) => { const p = person(v, 'ru', 'f'); return E('ru', 'free-text', 'plain', T`Паспорт ${p.name}: серия ${s('passport', `${v.digits(2, true)} ${v.digits(2)} ${v.digits(6)}`)}, выдан ОВД Тверского района. Оформи доверенность на получение посылки.`); },
  (v) => { const p = person(v, 'ru', 'm'); return E('ru', 'free-text', 'plain', T`Телефон соседа ${p.name} ${s('phone', phone(v, 'RU'))}, напиши ему вежливую просьбу не парковаться у ворот.`); },
  (v) => E('ru', 'free-text', 'plain', T`Пароль от госуслуг мамы — ${s('credentials', password(v))}. Как ей настроить двухфакторную защиту?`),
  (v) => { const p = person(v, 'ru', 'f'); return E('ru', 'json', 'structured', T`Проверь JSON:\n{"фио": "${p.name}", "email": "${s('email', email(v, p, 'ru'))}", "дата_рождения": "${s('date_of_birth', `${p2(v.int(1, 28))}.${p2(v.int(1, 12))}.${v.int(1950, 2003)}`)}"}`); },
  // Arabic
  (v) => { const p = person(v, 'ar', 'm'); return E('ar', 'free-text', 'plain', T`رقم الهوية الإماراتية لأخي ${p.name} هو ${s('national_id', emiratesId(v))}، اكتب طلب تجديد الإقامة.`); },
  (v) => { const p = person(v, 'ar', 'f'); return E('ar', 'free-text', 'plain', T`البريد الإلكتروني لزميلتي ${p.name} هو ${s('email', email(v, p, 'ar'))}، اكتب لها رسالة شكر على المساعدة.`); },
  (v) => E('ar', 'free-text', 'plain', T`رقم الآيبان الخاص بي ${s('iban', v.iban('SA'))}، هل يمكنك صياغة رسالة للمستأجر لتحويل الإيجار؟`),
  (v) => { const p = person(v, 'ar', 'f'); return E('ar', 'json', 'structured', T`حوّل هذا إلى جدول:\n{"الاسم": "${p.name}", "الجوال": "${s('phone', phone(v, 'AE'))}", "العنوان": "${s('address', address(v, 'ar'))}"}`); },
  // Dutch
  (v) => { const p = person(v, 'nl', 'f'); return E('nl', 'free-text', 'plain', T`Mijn collega ${p.name} woont op ${s('address', address(v, 'nl'))}; schrijf een kaartje namens het team, ze is net bevallen.`); },
  (v) => { const p = person(v, 'nl', 'm'); return E('nl', 'free-text', 'plain', T`${p.name} verdient ${s('financial', `€ ${v.int(3, 7)}.${v.int(100, 999)} netto per maand`)} en heeft ${s('financial', `€ ${v.int(10, 60)}.000 studieschuld`)}. Kan hij een hypotheek krijgen?`); },
  (v) => E('nl', 'free-text', 'adversarial', T`mijn nummer is ${s('phone', spelledOut(phone(v, 'NL').replace(/\D/g, ''), 'en'))} (in cijfers graag) – zet het onder mijn sollicitatiebrief`, 'digits spelled out'),
];

export const EXTRA_NEGATIVES: Negative[] = [
  { lang: 'en', format: 'hl7', note: 'HL7 spec example patient', publicTestValue: true, text: 'Explain the fields in this HL7 v2 example from the spec:\nPID|||555-44-4444||EVERYWOMAN^EVE^E^^^^L|JONES|19620320|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292||(206)3345232|(206)752-121||||AC555444444||67-A4335^OH^20030520' },
  { lang: 'en', format: 'fhir', note: 'FHIR spec example patient', publicTestValue: true, text: 'This is the example Patient from the FHIR R4 spec: {"resourceType": "Patient", "id": "example", "name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}], "birthDate": "1974-12-25"}. Which fields are must-support in US Core?' },
  { lang: 'en', format: 'sql', note: 'placeholder seed data', publicTestValue: true, text: "INSERT INTO users (name, email) VALUES ('Alice Example', 'alice@example.com'), ('Bob Example', 'bob@example.org');\nWrite the matching down-migration." },
  { lang: 'en', format: 'json', note: 'product catalogue', text: 'Validate this product feed item:\n{"sku": "LMP-4410-BRS", "gtin13": "4006381333931", "price": 89.90, "currency": "EUR", "stock": 124, "warehouse": "DE-HAM-02"}' },
  { lang: 'en', format: 'csv', note: 'server metrics', text: 'Plot CPU by host:\nhost,ip,cpu,mem\napi-1,10.12.0.4,71,62\napi-2,10.12.0.5,64,58\nredis,10.12.1.9,12,81' },
  { lang: 'fr', format: 'vcard', note: 'public institution contact', text: 'Ce vCard de musée est-il valide ?\nBEGIN:VCARD\nVERSION:3.0\nORG:Musée du Louvre\nADR;TYPE=WORK:;;Rue de Rivoli;Paris;;75001;France\nURL:https://www.louvre.fr\nEND:VCARD' },
  { lang: 'en', format: 'http-headers', note: 'no personal data', text: 'Explain each header:\nHTTP/1.1 200 OK\nCache-Control: max-age=3600\nETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"\nX-Request-Id: 7f8e2c1a-9b4d-4e2f-8a6c-1d3e5f7a9b0c\nStrict-Transport-Security: max-age=63072000' },
  { lang: 'en', format: 'yaml', note: 'config without secrets', text: 'Review this compose file:\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  cache:\n    image: redis:7\n    command: ["redis-server", "--save", ""]' },
  { lang: 'de', format: 'json', note: 'fiction', text: 'Prüfe das JSON für unser Krimi-Rollenspiel:\n{"figur": "Kommissar Thiel", "stadt": "Münster", "geburtstag": "unbekannt", "fall": "Mord im Schrebergarten"}' },
  { lang: 'en', format: 'log', note: 'no personal data', text: 'Why is this job slow?\n2024-11-02T04:00:01Z INFO cron nightly-backup started\n2024-11-02T04:47:12Z INFO cron nightly-backup wrote 41.2 GiB to s3://backups/2024-11-02/\n2024-11-02T04:47:13Z INFO cron nightly-backup finished rc=0' },
  { lang: 'hinglish', format: 'free-text', note: 'general question', text: 'Bhai PAN card aur Aadhaar link karne ki last date kya hai? Penalty kitni lagti hai?' },
  { lang: 'hinglish', format: 'free-text', note: 'fiction', text: 'Sholay me Gabbar Singh ka famous dialogue kya hai aur wo itna iconic kyu bana?' },
  { lang: 'hinglish', format: 'free-text', note: 'maths', text: '1 crore ko 12% annual interest pe 10 saal ke liye invest karo to kitna milega? Calculation dikhao' },
  { lang: 'hinglish', format: 'free-text', note: 'public address', text: 'India Gate, Rajpath, New Delhi 110001 – wahan evening me parking milti hai kya?' },
  { lang: 'hinglish', format: 'free-text', note: 'own birth date, no name', text: 'Main 5 June 2001 ko paida hua tha, meri age days me kitni hogi?' },
  { lang: 'pt', format: 'free-text', note: 'public address', text: 'O Cristo Redentor fica no Parque Nacional da Tijuca, Rio de Janeiro. Qual é o melhor horário para evitar filas?' },
  { lang: 'pt', format: 'free-text', note: 'general medical', text: 'Quais são os sintomas da dengue e quando devo ir ao hospital?' },
  { lang: 'pt', format: 'free-text', note: 'how-to about passwords', text: 'Como criar uma senha forte que eu consiga lembrar? Dá exemplos de métodos, não de senhas.' },
  { lang: 'pt', format: 'free-text', note: 'order number', text: 'O meu pedido nº 2024-PT-0093381 na loja online veio com o tamanho errado. Escreve um e-mail a pedir a troca.' },
  { lang: 'nl', format: 'free-text', note: 'general financial', text: 'Hoeveel mag ik in 2024 belastingvrij schenken aan mijn kinderen?' },
  { lang: 'nl', format: 'free-text', note: 'private IP', text: 'Mijn printer heeft 192.168.178.23 gekregen van de Fritzbox. Hoe geef ik hem een vast adres?' },
  { lang: 'nl', format: 'free-text', note: 'example IBAN', publicTestValue: true, text: 'In de SEPA-handleiding staat NL91 ABNA 0417 1643 00 als voorbeeld. Hoe controleer ik zo een IBAN?' },
  { lang: 'ar', format: 'free-text', note: 'general medical', text: 'ما الفرق بين السكري من النوع الأول والنوع الثاني؟' },
  { lang: 'ar', format: 'free-text', note: 'how-to about passwords', text: 'كيف أغير كلمة المرور لشبكة الواي فاي في المنزل؟' },
  { lang: 'ar', format: 'free-text', note: 'public address', text: 'المسجد النبوي في المدينة المنورة – ما هي أوقات زيارة الروضة الشريفة للنساء؟' },
  { lang: 'ru', format: 'free-text', note: 'public address', text: 'Как добраться от Ленинградского вокзала до Красной площади на метро?' },
  { lang: 'ru', format: 'free-text', note: 'vocabulary only', text: 'Как проверить контрольное число СНИЛС? Объясни алгоритм.' },
  { lang: 'hi', format: 'free-text', note: 'how-to about passwords', text: 'मैं अपना यूपीआई पिन भूल गया हूँ, उसे कैसे रीसेट करूँ?' },
  { lang: 'hi', format: 'free-text', note: 'fiction', text: 'रामायण में हनुमान जी का जन्म कहाँ हुआ था, इसकी कथा सुनाइए।' },
  { lang: 'it', format: 'free-text', note: 'general financial', text: 'Come funziona la detrazione del 19% per le spese mediche nel 730?' },
  { lang: 'it', format: 'free-text', note: 'drama range', text: 'Per il nostro cortometraggio ambientato a Londra usiamo il numero 07700 900321: scrivi la scena della telefonata.' },
  { lang: 'es', format: 'json', note: 'product catalogue', text: 'Corrige este JSON del catálogo:\n{"referencia": "ZAP-0392-NEG-42", "ean": "8412345678905", "precio": 59,95}' },
  { lang: 'ja', format: 'csv', note: 'server metrics', text: '次のCSVからエラー率を計算して：\nhost,ip,requests,errors\nweb01,10.0.0.11,120394,233\nweb02,10.0.0.12,118220,198' },
  { lang: 'ko', format: 'json', note: 'fiction', text: '게임 캐릭터 데이터 검증해줘:\n{"name": "홍길동", "level": 42, "hp": 3800, "hometown": "율도국"}' },
  { lang: 'zh', format: 'sql', note: 'schema only', text: 'CREATE TABLE 用户 (id INT, 姓名 VARCHAR(50), 身份证号 CHAR(18), 手机 VARCHAR(20));\n帮我给身份证号加唯一索引。' },
  { lang: 'pl', format: 'free-text', note: 'public figure', text: 'Robert Lewandowski urodził się 21 sierpnia 1988 w Warszawie. Napisz krótką notkę do gazetki szkolnej.' },
];
