/**
 * Development set 2 (`dataset-dev-2.jsonl`): hand-written by the privacy engineer together with the
 * financial, biometric, driver's-licence, Polish/Russian and CJK rules, so it is a DEVELOPMENT set
 * (an upper bound, like dataset.jsonl), not an independent one. It holds positives of the new
 * categories in several languages and formats, and hard negatives of every public-versus-personal
 * kind (aggregates, public figures, fiction, vocabulary-only questions, key fingerprints, software
 * licences, business addresses). Values are invented; checksummed identifiers are computed here.
 * Each prompt marks its sensitive values as ⟦category|value⟧; the offsets are computed on output.
 * Rebuild: npx tsx eval/privacy/dev-2.ts  (writes eval/privacy/dataset-dev-2.jsonl)
 */
import { type MarkedEntry, numbered, writeMarkedSet } from "./marked-prompts.js";

type Entry = MarkedEntry;

const ENTRIES: Entry[] = [
  // --- financial: a named or identified person's money -----------------------------------------
  ["en", "plain", "Draft a polite reminder to Daniel Whitaker: he still owes ⟦financial|$3,450⟧ from the loan I gave him in March."],
  ["en", "plain", "Can you check this? Our employee Priya Raman's salary is ⟦financial|£58,200⟧ and her bonus was ⟦financial|£4,000⟧."],
  ["en", "plain", "Mr. Okonkwo has a credit score of ⟦financial|612⟧ — which mortgage lenders would still consider him?"],
  ["en", "json", '{"employee": "Hannah Becker", "department": "Sales", "salary": "⟦financial|84500⟧"}'],
  ["en", "csv", "name,annual_income,outstanding_debt\nLuis Ortega,⟦financial|61000⟧,⟦financial|12400⟧"],
  ["de", "plain", "Mein Kollege Jörg Brandt verdient ⟦financial|5.200 €⟧ brutto im Monat und hat ⟦financial|18.000 €⟧ Schulden."],
  ["fr", "plain", "Mme Lefèvre doit encore ⟦financial|12 300 €⟧ sur son prêt immobilier, rédige une lettre à la banque."],
  ["es", "plain", "Mi vecino Álvaro Ruiz gana ⟦financial|2.300 euros⟧ al mes y tiene una deuda de ⟦financial|9.000 euros⟧."],
  ["pl", "plain", "Pani Ewa Zielińska zarabia ⟦financial|8 400 zł⟧ netto, a jej kredyt hipoteczny to ⟦financial|310 000 zł⟧."],
  ["ru", "plain", "Сотрудник Олег Смирнов получает зарплату ⟦financial|120 000 рублей⟧ и имеет долг ⟦financial|45 000 рублей⟧."],
  ["zh", "plain", "同事李娜的年薪是⟦financial|35万元⟧，她还有⟦financial|80万元⟧房贷。"],
  ["ja", "plain", "佐藤さんの年収は⟦financial|650万円⟧で、借金が⟦financial|200万円⟧あります。"],
  // --- biometric -----------------------------------------------------------------------------------
  ["en", "json", '{"user_id": 4471, "name": "Grace Liu", "face_embedding": ⟦biometric|[0.0213, -0.1182, 0.3321, 0.0479, -0.2216]⟧}'],
  ["en", "plain", "Store this fingerprint template for employee Marco Rossi: ⟦biometric|Rk1SACAyMAAAAAFiAAABAAFAAMUAxQEAAAAoQ3B⟧"],
  ["en", "plain", "Forensic DNA profile for Kevin Doyle: ⟦biometric|D8S1179: 13,14; D21S11: 29,30; TH01: 6,9.3; FGA: 21,24⟧"],
  ["en", "plain", "My sister Olivia's 23andMe raw data shows ⟦biometric|rs429358 C/C; rs7412 C/T⟧ — what does it mean?"],
  ["de", "plain", "Der Irisscan von Frau Keller liegt als Hash vor: ⟦biometric|9f2c4a7e11b03d58c6e2a9047f1b5d3e8c0a6f29⟧"],
  ["pl", "plain", "Szablon biometryczny pracownika Adama Nowaka: ⟦biometric|AAECAwQFBgcICQoLDA0ODxAREhMUFRYX⟧"],
  ["zh", "plain", "员工王芳的人脸特征向量：⟦biometric|[0.112, -0.094, 0.387, 0.221, -0.015]⟧"],
  // --- driver's licences ---------------------------------------------------------------------------
  ["en", "plain", "Fill in the rental form: driver's license ⟦driver_license|F255-921-50-094-0⟧, expires 2029-04-11."],
  ["en", "plain", "My UK licence is ⟦driver_license|WHITA802147JL9AB⟧ — is it still valid after I move?"],
  ["de", "plain", "Führerscheinnummer ⟦driver_license|J010000SD51⟧, bitte in das Formular übernehmen."],
  ["fr", "plain", "Numéro de permis de conduire : ⟦driver_license|130775200231⟧"],
  ["es", "plain", "Mi licencia de conducir es ⟦driver_license|C-4521-8834⟧, ¿la necesito para alquilar?"],
  ["it", "plain", "Patente di guida n. ⟦driver_license|U1A234567B⟧ intestata a Giulia Conti."],
  ["pl", "plain", "Numer prawa jazdy: ⟦driver_license|04512/19/0321⟧, Tomasz Wiśniewski."],
  ["ru", "plain", "Водительское удостоверение ⟦driver_license|99 17 482913⟧ выдано Петрову И.А."],
  ["zh", "plain", "我的驾驶证号码是⟦driver_license|320106198807154321⟧，帮我填一下表格。"],
  ["ja", "plain", "運転免許証番号：⟦driver_license|301234567890⟧"],
  ["ko", "plain", "운전면허번호 ⟦driver_license|11-19-123456-72⟧ 로 렌터카 예약해줘"],
  ["hinglish", "plain", "mera driving licence number ⟦driver_license|MH12 20150034567⟧ hai, form bhar do"],
  ["en", "yaml", "applicant:\n  name: Rosa Delgado\n  drivers_license: ⟦driver_license|D4829173⟧"],
  // --- Polish and Russian identifiers, addresses, dates of birth, health ----------------------------
  ["pl", "plain", "Mój PESEL to ⟦national_id|90090515836⟧, czy mogę go podać w formularzu?"],
  ["pl", "plain", "Faktura dla firmy Jana Kowala, NIP ⟦national_id|526-104-08-28⟧."],
  ["pl", "plain", "Data urodzenia: ⟦date_of_birth|14.02.1987⟧, Anna Wójcik."],
  ["pl", "plain", "Moja koleżanka Katarzyna choruje na ⟦health|cukrzycę⟧ i bierze insulinę."],
  ["ru", "plain", "СНИЛС ⟦national_id|112-233-445 95⟧ и ИНН ⟦national_id|500100732259⟧ Ивановой Марии."],
  ["ru", "plain", "Паспорт серия ⟦passport|45 08 № 612345⟧ выдан ОВД Тверского района."],
  ["ru", "plain", "Адрес доставки: ⟦address|г. Казань, ул. Баумана, д. 19, кв. 7⟧"],
  ["ru", "plain", "Дата рождения: ⟦date_of_birth|3 апреля 1979 г.⟧, Сергей Волков."],
  ["ru", "plain", "Моя сестра Наталья страдает ⟦health|эпилепсией⟧, какие лекарства ей подходят?"],
  ["zh", "plain", "同事张丽被诊断出⟦health|乳腺癌⟧，我该怎么安慰她？"],
  ["ja", "plain", "同僚の佐藤健は⟦health|うつ病⟧と診断されました。"],
  ["en", "plain", "Ms. Adeyemi was started on ⟦health|levothyroxine⟧ for ⟦health|hypothyroidism⟧ last week."],
  ["en", "plain", "Pt Jane Roe, 67F, PMH: ⟦health|T2DM⟧, ⟦health|HTN⟧, ⟦health|CHF⟧. Summarise for the handover."],
  ["en", "plain", "Write a sick note for Aroha Ngata, who has ⟦health|pneumonia⟧."],
  // --- bank accounts in other languages -----------------------------------------------------------
  ["pl", "plain", "Proszę o przelew na numer konta ⟦bank_account|12 1020 1026 0000 0422 7013 6519⟧."],
  ["ru", "plain", "Перевод на счёт ⟦bank_account|40817810099910004312⟧, получатель Орлова Е.В."],
  ["zh", "plain", "请把钱转到我的银行账号 ⟦bank_account|6222 0214 0001 2345 678⟧"],
  ["en", "plain", "Send the refund to account ⟦bank_account|50100123456789⟧, IFSC ⟦bank_account|HDFC0001234⟧."],
  // --- hard negatives ------------------------------------------------------------------------------
  ["en", "hard-negative", "I earn $85k a year and spend $2,000 on rent. How should I budget?"],
  ["en", "hard-negative", "The average salary for a registered nurse in Ohio is $77,600."],
  ["en", "hard-negative", "Elon Musk's net worth passed $200 billion this year, according to Forbes."],
  ["en", "hard-negative", "In the novel, the character Jay Gatsby throws parties that cost $50,000 a night."],
  ["de", "hard-negative", "Das Durchschnittsgehalt in Deutschland liegt bei 4.100 € brutto im Monat."],
  ["pl", "hard-negative", "Średnie wynagrodzenie w Polsce wynosi około 7 500 zł brutto."],
  ["ru", "hard-negative", "Средняя зарплата в Москве составляет 120 000 рублей."],
  ["zh", "hard-negative", "2024年北京的平均月薪是1.2万元。"],
  ["en", "hard-negative", "How does fingerprint matching work, and what is a minutiae template?"],
  ["en", "hard-negative", "The server's host key fingerprint is SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8."],
  ["en", "hard-negative", "Explain how face embeddings are compared with cosine similarity in FaceNet."],
  ["en", "hard-negative", "Our browser fingerprint library returns a hash like 3f9a1c2b7d4e5f60a1b2c3d4e5f6a7b8."],
  ["en", "hard-negative", "Which US states issue driver's licenses to undocumented residents?"],
  ["en", "hard-negative", "Enter your software license number (format XXXXX-XXXXX) to activate Office."],
  ["de", "hard-negative", "Wie lange dauert es, einen Führerschein der Klasse B zu machen? Ich bin 2009 geboren."],
  ["en", "hard-negative", "Visit our headquarters at 500 Harbor Boulevard, Springfield, open Monday to Friday."],
  ["en", "hard-negative", "In the story, Sherlock Holmes lives at 221B Baker Street with Dr. Watson."],
  ["en", "hard-negative", "Taylor Swift's birthday is December 13, 1989; she was born in Pennsylvania."],
  ["en", "hard-negative", "Write a short story where the heroine, Lena Marsh, has a birthday on 4 May 1998."],
  ["en", "hard-negative", "What are the early symptoms of hypothyroidism and how is levothyroxine dosed?"],
  ["en", "hard-negative", "Steve Jobs was diagnosed with pancreatic cancer in 2003."],
  ["ru", "hard-negative", "Какие симптомы у сахарного диабета второго типа?"],
  ["pl", "hard-negative", "Jakie są objawy cukrzycy i jak się ją leczy?"],
  ["zh", "hard-negative", "糖尿病的早期症状有哪些？"],
  ["ja", "hard-negative", "うつ病の治療にはどんな方法がありますか？"],
  ["ru", "hard-negative", "Пушкин родился 6 июня 1799 года в Москве."],
  ["en", "hard-negative", "The PESEL number has 11 digits; the last one is a checksum. How is it computed?"],
  ["en", "hard-negative", "Explain what an IFSC code is and how it differs from a SWIFT code."],
  ["en", "hard-negative", "const embedding = await model.embed(text); // returns a 768-dimensional vector"],
  ["en", "hard-negative", "What is the history of diabetes research? Mark wants a two-page summary."],
  ["en", "hard-negative", "Our company account manager will send the Q3 invoice for $12,400 next week."],
];

writeMarkedSet("dataset-dev-2.jsonl", numbered("dev2", ENTRIES));
