// Third batch: longer, realistic documents pasted into a prompt (e-mail threads, CVs, clinical letters,
// chat transcripts, diffs, stack traces), each mixing several categories; and long hard negatives.

import { T, s, zeroWidth } from "./compose.js";
import type { Built, Format, Variant } from "./compose.js";
import { address, apiKey, email, password, person, phone } from "./locales.js";
import type { Lang } from "./locales.js";
import type { Negative } from "./negatives.js";
import type { Entry, Template } from "./sensitive.js";
import type { Values } from "./values.js";

const E = (lang: Lang, format: Format, variant: Variant, built: Built, note?: string): Entry =>
  note ? { lang, format, variant, built, note } : { lang, format, variant, built };
const p2 = (n: number) => String(n).padStart(2, "0");
/** Portuguese NIF: weights 9..2, check digit 11 - (sum mod 11), 0 when that is 10 or 11. */
function portugueseNif(v: Values): string {
  const body = v.pick(["1", "2"]) + v.digits(7);
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
  const check = 11 - (sum % 11);
  return body + String(check >= 10 ? 0 : check);
}
const date = (v: Values, sep = "-") => {
  const [y, m, d] = v.birthDate();
  return `${y}${sep}${p2(m)}${sep}${p2(d)}`;
};

export const DOCUMENT_TEMPLATES: Template[] = [
  (v) => {
    const me = person(v, "en", "f");
    const agent = person(v, "en", "m");
    return E(
      "en",
      "email",
      "plain",
      T`Can you make my reply below sound firmer but still polite?

-----Original Message-----
From: ${agent.name} <${s("email", `${agent.handle}@harbourview-lettings.co.uk`)}>
Sent: 14 May 2024 09:12
To: ${me.name}
Subject: Deposit deductions – Flat 3

Dear ${me.given},
Following the check-out inspection we will deduct £420 for carpet cleaning and repainting.

---- my draft ----
Hi ${agent.given}, I don't agree with the deductions. The carpet was already stained at check-in (see inventory p.4). Please return the full deposit to my account, sort code ${s("bank_account", `${v.digits(2)}-${v.digits(2)}-${v.digits(2)}`)}, account ${s("bank_account", v.digits(8, true))}.
Thanks,
${me.name}
${s("address", address(v, "en"))}
${s("phone", phone(v, "UK"))}`,
    );
  },
  (v) => {
    const p = person(v, "zh", "m");
    return E(
      "zh",
      "free-text",
      "plain",
      T`帮我把这份简历改得更专业一些：

个人简历
姓名：${p.name}
出生日期：${s("date_of_birth", `${v.int(1985, 2000)}年${v.int(1, 12)}月${v.int(1, 28)}日`)}
身份证号：${s("national_id", v.chinaResidentId())}
手机：${s("phone", phone(v, "CN"))}
邮箱：${s("email", email(v, p, "zh"))}
住址：${s("address", address(v, "zh"))}
工作经历：2019-至今 某互联网公司 后端开发工程师，负责订单系统重构。`,
    );
  },
  (v) => {
    const p = person(v, "ja", "f");
    return E(
      "ja",
      "free-text",
      "plain",
      T`以下の履歴書の自己PR欄を300字で書き直してください。

氏名：${p.name}
生年月日：${s("date_of_birth", `${v.int(1980, 2001)}年${v.int(1, 12)}月${v.int(1, 28)}日`)}（満${v.int(23, 43)}歳）
現住所：${s("address", address(v, "ja"))}
電話：${s("phone", phone(v, "JP"))}
E-mail：${s("email", email(v, p, "ja"))}
職歴：2015年 株式会社○○ 入社 営業部配属`,
    );
  },
  (v) => {
    const p = person(v, "ko", "m");
    return E(
      "ko",
      "free-text",
      "plain",
      T`이력서 자기소개 부분 다듬어줘.

성명: ${p.name}
생년월일: ${s("date_of_birth", `${v.int(1985, 2000)}.${p2(v.int(1, 12))}.${p2(v.int(1, 28))}`)}
연락처: ${s("phone", phone(v, "KR"))}
이메일: ${s("email", email(v, p, "ko"))}
주소: ${s("address", address(v, "ko"))}
경력: 2018~2024 물류회사 데이터 분석 담당`,
    );
  },
  (v) => {
    const p = person(v, "de", "m");
    return E(
      "de",
      "free-text",
      "structured",
      T`Bitte formuliere diesen Arztbrief für den Patienten verständlich um:

Universitätsklinikum – Klinik für Kardiologie
Patient: ${p.name}, geb. ${s("date_of_birth", date(v, ".").split(".").reverse().join("."))}
Fallnummer: ${s("medical_record_number", v.digits(9, true))}
Krankenversichertennummer: ${s("national_id", v.letters(1) + v.digits(9))}

Diagnosen:
1. ${s("health", "NSTEMI, Zwei-Gefäß-KHK")}
2. ${s("health", "Arterielle Hypertonie")}
Therapie: ${s("health", "PCI mit DES-Implantation RIVA; ASS 100 mg, Ticagrelor 90 mg 1-0-1 für 12 Monate")}`,
      "Krankenversichertennummer: format only, check digit not computed",
    );
  },
  (v) => {
    const p = person(v, "es", "f");
    return E(
      "es",
      "free-text",
      "structured",
      T`Explícame este informe con palabras sencillas:

INFORME DE ALTA – Servicio de Neumología
Paciente: ${p.name}   NHC: ${s("medical_record_number", v.digits(7, true))}   DNI: ${s("national_id", v.dni())}
Fecha de nacimiento: ${s("date_of_birth", date(v, "/").split("/").reverse().join("/"))}
Diagnóstico principal: ${s("health", "neumonía adquirida en la comunidad, lóbulo inferior derecho")}
Antecedentes: ${s("health", "EPOC GOLD 2, exfumadora")}
Tratamiento al alta: ${s("health", "levofloxacino 500 mg/24 h durante 7 días")}`,
    );
  },
  (v) => {
    const p = person(v, "fr", "f");
    return E(
      "fr",
      "free-text",
      "structured",
      T`Vérifie que ce dossier d'inscription est complet :

Nom : ${p.family}   Prénom : ${p.given}
Date de naissance : ${s("date_of_birth", date(v, "/").split("/").reverse().join("/"))}
N° de sécurité sociale : ${s("national_id", v.frenchNir())}
Adresse : ${s("address", address(v, "fr"))}
Téléphone : ${s("phone", phone(v, "FR"))}
Courriel : ${s("email", email(v, p, "fr"))}
IBAN pour les remboursements : ${s(
        "iban",
        v
          .iban("FR")
          .replace(/(.{4})/g, "$1 ")
          .trim(),
      )}`,
    );
  },
  (v) => {
    const customer = person(v, "en", "m");
    return E(
      "en",
      "free-text",
      "plain",
      T`Summarise this support chat for the ticket:

[10:02] Agent Sam: Hi! How can I help?
[10:03] ${customer.given}: my order never arrived and I was charged
[10:03] Agent Sam: Sorry to hear that. Can you confirm the card used?
[10:04] ${customer.given}: ${s(
        "payment_card",
        v
          .card("visa")
          .replace(/(\d{4})/g, "$1 ")
          .trim(),
      )} exp 11/27
[10:05] Agent Sam: And the delivery address?
[10:05] ${customer.given}: ${s("address", address(v, "en"))}
[10:06] ${customer.given}: you can also reach me on ${s("phone", phone(v, "US"))}`,
    );
  },
  (v) => {
    const [, key] = apiKey(v);
    return E(
      "en",
      "code",
      "plain",
      T`Review this diff before I push:

diff --git a/src/config.ts b/src/config.ts
@@ -3,7 +3,7 @@ export const config = {
   region: 'eu-west-1',
-  apiKey: process.env.PAYMENTS_KEY,
+  apiKey: '${s("credentials", key)}',
   timeoutMs: 5000,
 };`,
    );
  },
  (v) => {
    const user = person(v, "en", "f");
    return E(
      "en",
      "log",
      "structured",
      T`What causes this stack trace?

Traceback (most recent call last):
  File "/srv/app/billing/invoice.py", line 88, in send_invoice
    smtp.sendmail(FROM, "${s("email", email(v, user, "en"))}", msg.as_string())
  File "/usr/lib/python3.11/smtplib.py", line 887, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'${s("email", email(v, user, "en"))}': (550, b'5.1.1 user unknown')}
request_ip=${s("ip_address", v.publicIpv4())} user_id=${v.digits(6)}`,
    );
  },
  (v) => {
    const a = person(v, "en", "m");
    const b = person(v, "en", "f");
    return E(
      "en",
      "free-text",
      "plain",
      T`Turn this Slack thread into a short incident note (leave out anything sensitive):

${a.given.toLowerCase()} 11:41 prod db is refusing connections again
${b.given.toLowerCase()} 11:42 try the break-glass account: admin / ${s("credentials", password(v))}
${a.given.toLowerCase()} 11:44 in. disk was full, cleared 40GB of WAL
${b.given.toLowerCase()} 11:45 👍 rotate that password after`,
    );
  },
  (v) => {
    const p = person(v, "hi", "m");
    const owner = person(v, "hi", "f");
    return E(
      "hi",
      "free-text",
      "plain",
      T`इस किरायानामे की भाषा सरल कर दीजिए:

यह किरायानामा मकान मालिक ${owner.name} (आधार ${s("national_id", v.aadhaar().replace(/(\d{4})(?=\d)/g, "$1 "))}) और किरायेदार ${p.name} (पैन ${s("national_id", v.pan())}, मोबाइल ${s("phone", phone(v, "IN"))}) के बीच किया जाता है।
संपत्ति का पता: ${s("address", address(v, "hi"))}
मासिक किराया ₹18,500, सुरक्षा राशि ₹55,000।`,
    );
  },
  (v) => {
    const p = person(v, "ar", "m");
    return E(
      "ar",
      "free-text",
      "plain",
      T`ترجم هذه الشهادة إلى الإنجليزية:

تشهد الشركة بأن السيد ${p.name}، رقم الهوية ${s("national_id", "1" + v.digits(9))}، يعمل لدينا بوظيفة محاسب منذ 2017، وراتبه الشهري ${s("financial", `${v.int(9, 25)},${v.int(100, 900)} ريال`)}.
عنوانه: ${s("address", address(v, "ar"))}
للتواصل: ${s("phone", phone(v, "SA"))}`,
      "Saudi national ID: format only, no check digit computed",
    );
  },
  (v) => {
    const p = person(v, "it", "m");
    const q = person(v, "it", "f");
    return E(
      "it",
      "free-text",
      "plain",
      T`Controlla questo contratto di locazione e dimmi se manca qualcosa:

Il locatore ${p.name}, nato il ${s("date_of_birth", date(v, "/").split("/").reverse().join("/"))}, C.F. ${s("tax_id", v.codiceFiscale())}, concede in locazione a ${q.name}, C.F. ${s("tax_id", v.codiceFiscale())}, l'immobile sito in ${s("address", address(v, "it"))}.
Il canone mensile di € 850 sarà versato sul conto IBAN ${s("iban", v.iban("IT"))}.`,
    );
  },
  (v) => {
    const p = person(v, "pl", "f");
    return E(
      "pl",
      "free-text",
      "plain",
      T`Popraw CV, żeby brzmiało profesjonalnie:

${p.name}
ur. ${s("date_of_birth", date(v, ".").split(".").reverse().join("."))}
PESEL: ${s("national_id", v.pesel())}
tel. ${s("phone", phone(v, "PL"))}, e-mail: ${s("email", email(v, p, "pl"))}
adres: ${s("address", address(v, "pl"))}
Doświadczenie: 2020–2024 księgowa w biurze rachunkowym.`,
    );
  },
  (v) => {
    const p = person(v, "pt", "m");
    return E(
      "pt",
      "free-text",
      "plain",
      T`Revê esta fatura antes de enviar:

FATURA Nº 2024/117
Cliente: ${p.name}
NIF: ${s("tax_id", portugueseNif(v))}
Morada: ${s("address", address(v, "pt"))}
Serviço: remodelação de casa de banho – 3.450,00 €
Pagamento por transferência para ${s(
        "iban",
        v
          .iban("PT")
          .replace(/(.{4})/g, "$1 ")
          .trim(),
      )}`,
      "Portuguese NIF: check digit not computed",
    );
  },
  (v) => {
    const p = person(v, "nl", "f");
    return E(
      "nl",
      "free-text",
      "plain",
      T`Kun je deze schademelding voor de verzekeraar netjes maken?

Naam: ${p.name}
BSN: ${s("national_id", v.bsn())}
Adres: ${s("address", address(v, "nl"))}
Telefoon: ${s("phone", phone(v, "NL"))}
Rekeningnummer voor uitkering: ${s("iban", v.iban("NL"))}
Omschrijving: waterschade in de keuken door lekkende vaatwasser op 12 maart.`,
    );
  },
  (v) => {
    const p = person(v, "ru", "m");
    return E(
      "ru",
      "free-text",
      "plain",
      T`Сделай это резюме короче:

${p.name}
Дата рождения: ${s("date_of_birth", date(v, ".").split(".").reverse().join("."))}
Телефон: ${s("phone", phone(v, "RU"))}
E-mail: ${s("email", email(v, p, "ru"))}
Адрес: ${s("address", address(v, "ru"))}
Опыт: 2016–2024, инженер-конструктор, АО «Северный завод».`,
    );
  },
  (v) => {
    const p = person(v, "en", "f");
    return E(
      "en",
      "json",
      "structured",
      T`Why does our HAR viewer choke on this entry?
{"request": {"method": "GET", "url": "https://portal.citybank-online.com/accounts/summary", "headers": [{"name": "Cookie", "value": "SESSIONID=${s("credentials", v.alnum(40, "0123456789abcdef"))}"}]}, "response": {"content": {"text": "{\\"holder\\":\\"${p.name}\\",\\"balance\\":${s("financial", `${v.int(1000, 90000)}.${p2(v.int(0, 99))}`)}}"}}}`,
    );
  },
  (v) => {
    const p = person(v, "en", "m");
    return E(
      "en",
      "free-text",
      "adversarial",
      T`hey can u proofread my visa application cover letter:
"My name is ${p.name}, passport ${s("passport", zeroWidth(v.digits(9, true), 3, 2))}, born ${s("date_of_birth", zeroWidth(`${v.int(1, 28)} ${["March", "June", "October"][v.int(0, 2)]} ${v.int(1970, 2000)}`, 4, 0))}. I will stay with my sister at ${s("address", address(v, "de"))} and my bank balance is ${s("financial", `€${v.int(8, 40)},${v.int(100, 999)}`)}."`,
      "zero-width characters inside a letter",
    );
  },
  (v) => {
    const p = person(v, "hinglish", "f");
    return E(
      "hinglish",
      "free-text",
      "plain",
      T`Ye message thoda polite bana do, society secretary ko bhejna hai:
"Namaste, main ${p.name}, flat owner. Maintenance ka payment ${s("bank_account", v.digits(12, true))} (IFSC ${s("bank_account", "ICIC0" + v.digits(6))}) se kar diya hai. Meri beti ko ${s("health", "dengue")} hua hai isliye meeting me nahi aa paungi. Call me at ${s("phone", phone(v, "IN"))}."`,
    );
  },
];

export const DOCUMENT_NEGATIVES: Negative[] = [
  {
    lang: "en",
    format: "log",
    note: "private IPs in long infra log",
    text: "Our load balancer logs from last night – why did the pool drain?\n\n02:11:04 haproxy[811]: backend web/web1 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left.\n02:11:04 haproxy[811]: Server web/web1 10.20.1.11:8080 is DOWN\n02:11:09 haproxy[811]: Server web/web2 10.20.1.12:8080 is DOWN\n02:11:15 keepalived[402]: VRRP_Instance(VI_1) Entering BACKUP STATE, peer 10.20.0.3\n02:11:16 kernel: nf_conntrack: table full, dropping packet\n02:12:40 haproxy[811]: Server web/web1 10.20.1.11:8080 is UP\n02:12:44 haproxy[811]: Server web/web2 10.20.1.12:8080 is UP",
  },
  {
    lang: "en",
    format: "markdown",
    note: "README with placeholders",
    text: "Improve the setup section of this README:\n\n## Setup\n1. Copy `.env.example` to `.env`.\n2. Set `API_KEY=<your key from the dashboard>` and `DB_PASSWORD=change-me`.\n3. Run `docker compose up`; the app listens on http://localhost:3000 and the admin UI on http://127.0.0.1:8081.\n4. Log in with the demo account `demo@example.com` / `demo`.",
  },
  {
    lang: "en",
    format: "free-text",
    note: "fiction",
    text: 'Continue this chapter in the same voice:\n\nInspector Vale had not slept since the call from 07700 900418. The note on the body read only "14 Juniper Row" – an address that, as Sergeant Obi pointed out, had been demolished in 1987. Vale lit a cigarette and thought about the diagnosis he had been hiding from everyone: the tremor in his left hand was getting worse.',
  },
  {
    lang: "de",
    format: "free-text",
    note: "public figure",
    text: "Fasse diesen Lexikonartikel in drei Sätzen zusammen:\n\nJohann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar) war ein deutscher Dichter und Naturforscher. Sein Geburtshaus am Großen Hirschgraben 23–25 in Frankfurt ist heute ein Museum. In seinen letzten Lebensjahren litt er an Herzbeschwerden.",
  },
  {
    lang: "en",
    format: "free-text",
    note: "company press release",
    text: "Tighten this press release:\n\nFOR IMMEDIATE RELEASE – Acme Robotics, 500 Technology Square, Cambridge, MA, today announced its Series B. Media contact: press office, +1 617 555 0100, press@acme-robotics.example. The company was founded in 2019 and employs 140 people.",
  },
  {
    lang: "zh",
    format: "free-text",
    note: "fiction",
    text: "帮我续写这段小说：\n\n林晚秋住在梧桐巷17号，那是一栋民国时期的老洋房。她的日记里写着：“1937年3月5日，医生说我的肺病已经很重了。”窗外，电车叮叮当当地驶过霞飞路。",
  },
  {
    lang: "en",
    format: "code",
    note: "test fixtures with documented test values",
    publicTestValue: true,
    text: "Are these fixtures OK to commit?\n\nexport const fixtures = {\n  visa: '4242424242424242',\n  mastercard: '5555555555554444',\n  iban: 'DE89370400440532013000',\n  ssn: '078-05-1120',\n  email: 'jane.doe@example.com',\n  phone: '+1-202-555-0172',\n  ip: '203.0.113.7',\n};",
  },
  {
    lang: "fr",
    format: "yaml",
    note: "config without secrets",
    text: 'Relis cette config Ansible :\n\nall:\n  hosts:\n    web1: {ansible_host: 192.168.56.10}\n    web2: {ansible_host: 192.168.56.11}\n  vars:\n    ansible_user: deploy\n    ansible_ssh_private_key_file: ~/.ssh/id_ed25519\n    db_password: "{{ vault_db_password }}"',
  },
  {
    lang: "ja",
    format: "free-text",
    note: "public address",
    text: "次の観光案内を英語に訳してください：\n\n浅草寺（東京都台東区浅草2-3-1）は東京都内最古の寺です。雷門から本堂までの仲見世通りには約90店舗が並びます。お問い合わせは浅草寺の公式サイトをご覧ください。",
  },
  {
    lang: "es",
    format: "free-text",
    note: "general medical",
    text: "Resume esta guía para pacientes:\n\nLa diabetes tipo 2 es una enfermedad crónica en la que el cuerpo no usa bien la insulina. Los síntomas incluyen sed, cansancio y visión borrosa. El tratamiento combina dieta, ejercicio y, a menudo, metformina. Consulte a su médico si tiene antecedentes familiares.",
  },
  {
    lang: "en",
    format: "sql",
    note: "aggregate statistics",
    text: "Explain this report query:\n\nSELECT region, COUNT(*) AS patients, AVG(hba1c) AS mean_hba1c\nFROM diabetes_registry\nWHERE visit_date >= DATE '2024-01-01'\nGROUP BY region\nHAVING COUNT(*) >= 20;  -- suppress small cells",
  },
  {
    lang: "ko",
    format: "log",
    note: "private IPs",
    text: '이 쿠버네티스 이벤트 로그 해석해줘:\n\nNormal   Scheduled  pod/api-7c9d  Successfully assigned default/api-7c9d to node-2 (10.0.12.7)\nWarning  Unhealthy  pod/api-7c9d  Readiness probe failed: Get "http://10.244.2.15:8080/ready": dial tcp 10.244.2.15:8080: connect: connection refused',
  },
];
