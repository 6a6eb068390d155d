/**
 * Development set 32, financial entries: a named or first-person private person's accounts, cards, IBANs, salary,
 * debts, loans and tax figures in free text, tables, JSON/CSV/XML, statements, payroll exports and invoices, with
 * adversarial spacing and line breaks; then hard negatives of the same shapes. Written before src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MONEY: MarkedEntry[] = [
  // --- positives: free text --------------------------------------------------------------------------------------------
  [
    "en",
    "financial:salary-chat:free",
    `My colleague Derek Olsen just told me he's on ⟦financial|$142,500⟧ base plus a 15% bonus and I'm on $118k for the same role. How do I bring this up with my manager without throwing Derek under the bus?`,
  ],
  [
    "en",
    "financial:debt-family:free",
    `Can you help me write a firm but kind text to my brother-in-law Curtis Mayhew? He still owes us ⟦financial|$8,400⟧ from the truck loan in 2023 and hasn't paid anything since March.`,
  ],
  [
    "en",
    "financial:card-chat:free",
    `hey can u book the hotel for me, use my card ⟦payment_card|4046 0577 7695 8157⟧ exp 09/28 cvv 412, name on card Priya Raman`,
  ],
  [
    "en",
    "financial:account-prose:free",
    `Please pay the deposit into my account: Laura Whitcombe, sort code ⟦bank_account|20-45-77⟧, account number ⟦bank_account|63018294⟧. Reference "flat 3 deposit".`,
  ],
  [
    "de",
    "financial:iban-chat:free",
    `Hallo Frau Kessler, hier nochmal meine Bankverbindung für die Nebenkostenrückzahlung: Tobias Brandl, ⟦iban|DE56 3578 6927 2751 8945 68⟧. Danke!`,
  ],
  [
    "fr",
    "financial:debt-letter:free",
    `Peux-tu reformuler ce message ? « Monsieur Gaëtan Roux, vous restez redevable de la somme de ⟦financial|2 315,40 €⟧ au titre des loyers impayés d'octobre à décembre. »`,
  ],
  [
    "es",
    "financial:loan-chat:free",
    `Mi cuñada Marisol Peña pidió un préstamo personal de ⟦financial|18.000 €⟧ a 6 años y ahora paga ⟦financial|312 € al mes⟧; ¿le conviene amortizar anticipadamente?`,
  ],
  [
    "it",
    "financial:salary-free:free",
    `Mio cugino Stefano Longhi guadagna ⟦financial|2.140 euro netti al mese⟧ e vuole chiedere un mutuo da 180.000: secondo te glielo danno?`,
  ],
  [
    "pt",
    "financial:pix-chat:free",
    `Oi, faz o Pix pra minha mãe, Cláudia Teixeira, Banco do Brasil agência 1532-4 conta corrente ⟦bank_account|48.117-9⟧, valor ⟦financial|R$ 1.250,00⟧, é o aluguel dela.`,
  ],
  [
    "nl",
    "financial:iban-tikkie:free",
    `Kun je dit netjes maken voor de groepsapp? "Jeroen de Wit heeft nog ⟦financial|€ 86,50⟧ te goed van het weekend, maak over naar ⟦iban|NL86 INGB 2689 1700 18⟧."`,
  ],
  [
    "pl",
    "financial:debt-chat:free",
    `Mój sąsiad Grzegorz Wilk pożyczył ode mnie ⟦financial|4 500 zł⟧ i nie oddaje. Jego konto to ⟦iban|PL75 3873 6145 6100 7788 0777 6844⟧ – mogę złożyć pozew w sądzie?`,
  ],
  [
    "ru",
    "financial:salary-chat:free",
    `Мой брат Артём Соколов получает ⟦financial|185 000 рублей⟧ в месяц, а ипотека у него ⟦financial|72 000⟧. Помоги составить ему бюджет.`,
  ],
  [
    "tr",
    "financial:iban-chat:free",
    `Kiracım Serkan Aydın bu ayın kirasını ⟦iban|TR20 9975 0933 2582 6053 5736 33⟧ hesabından yatırmadı, ⟦financial|17.500 TL⟧ borcu var. İhtar mektubu yazar mısın?`,
  ],
  ["zh", "financial:salary-chat:free", `我同事刘佳怡月薪⟦financial|28000元⟧，还有⟦financial|12万⟧的信用卡欠款没还，她让我帮她做个还款计划，怎么写比较好？`],
  [
    "ko",
    "financial:account-chat:free",
    `엄마 김순자 명의 국민은행 계좌 ⟦bank_account|412-21-0938-551⟧ 로 ⟦financial|300만원⟧ 보내 달라고 했는데 이체 메모 뭐라고 쓸까?`,
  ],
  [
    "hi",
    "financial:loan-chat:free",
    `मेरे चाचा सुरेश यादव ने SBI से ⟦financial|₹4,50,000⟧ का कृषि लोन लिया था, अब ⟦financial|₹1,20,000⟧ बकाया है। बैंक को माफ़ी के लिए पत्र लिख दो।`,
  ],
  [
    "ar",
    "financial:transfer-chat:free",
    `حوّل لأخي فيصل الحربي مبلغ ⟦financial|٥٠٠٠ ريال⟧ على الآيبان ⟦iban|SA44 1390 6652 8301 6617 6563⟧ واكتب في الملاحظة "سداد".`,
  ],
  [
    "el",
    "financial:iban-chat:free",
    `Στείλε στον Νίκο Παπαδάκη τα ⟦financial|650 €⟧ του ενοικίου στο ⟦iban|GR63 0276 5095 1971 8739 2167 665⟧ και γράψε «Ιανουάριος».`,
  ],
  [
    "hu",
    "financial:debt-free:free",
    `A szomszédom, Kovács Bence ⟦financial|380 000 forinttal⟧ tartozik nekem, a számlaszáma ⟦iban|HU21 8780 2154 9074 0106 1246 6047⟧. Hogyan írjak neki felszólítást?`,
  ],
  // --- positives: structured -------------------------------------------------------------------------------------------
  [
    "en",
    "financial:payroll-csv:structured",
    `Fix the column alignment in this payroll export before I upload it:\nemployee_id,name,gross_monthly,net_monthly,bank_account\nE-1041,Hannah Pruitt,⟦financial|6250.00⟧,⟦financial|4512.37⟧,⟦bank_account|000123948812⟧\nE-1042,Omar Siddiqui,⟦financial|5890.00⟧,⟦financial|4297.10⟧,⟦bank_account|000551203967⟧`,
  ],
  [
    "en",
    "financial:statement:structured",
    `Summarise my spending from this statement:\nCHASE TOTAL CHECKING  Account ⟦bank_account|000483927715⟧  Kevin R. Lindqvist\n03/02  ZELLE TO MARCUS LINDQVIST  -⟦financial|1,200.00⟧\n03/05  PAYROLL ACME LOGISTICS  +⟦financial|3,842.19⟧\n03/09  RENT PMT OAKWOOD APTS  -⟦financial|1,975.00⟧\nEnding balance ⟦financial|$2,114.63⟧`,
  ],
  [
    "en",
    "financial:invoice-json:structured",
    `{"invoice": "INV-2291", "bill_to": {"name": "Samantha Greer", "card_last_used": "⟦payment_card|5535671323959792⟧"}, "amount_due": 640.00, "currency": "USD"}\nWrite the dunning e-mail for this invoice.`,
  ],
  [
    "de",
    "financial:payslip:structured",
    `Lohnabrechnung 11/2026\nMitarbeiter: Anja Vogt, Personalnr. 3381\nBrutto: ⟦financial|4.380,00 €⟧\nLohnsteuer: 612,25 €\nNetto: ⟦financial|2.871,44 €⟧\nAuszahlung auf ⟦iban|DE81 0776 0452 6850 8069 06⟧\nErklär mir bitte die Abzüge.`,
  ],
  [
    "fr",
    "financial:xml-sepa:structured",
    `Vérifie ce fichier de virement SEPA avant envoi :\n<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">⟦financial|1840.00⟧</InstdAmt></Amt><Cdtr><Nm>Hélène Marchand</Nm></Cdtr><CdtrAcct><Id><IBAN>⟦iban|FR4130613903250883485960299⟧</IBAN></Id></CdtrAcct></CdtTrfTxInf>`,
  ],
  [
    "es",
    "financial:tax-return:structured",
    `Resumen de mi declaración de la renta 2025 (Jorge Ibáñez Castro):\n- Rendimientos del trabajo: ⟦financial|41.250,00 €⟧\n- Cuota diferencial: ⟦financial|-1.083,17 €⟧ (a devolver)\n- Cuenta de devolución: ⟦iban|ES46 1096 6403 2430 4277 6365⟧\n¿Me lo explicas en palabras sencillas?`,
  ],
  [
    "it",
    "financial:csv-rent:structured",
    `inquilino;appartamento;canone;arretrati;iban\nPaola Ferri;Int. 4;⟦financial|720⟧;⟦financial|2160⟧;⟦iban|IT44X3149674670731840665802⟧\nRiassumi la situazione per l'amministratore.`,
  ],
  [
    "pt",
    "financial:salary-yaml:structured",
    `funcionario:\n  nome: Rui Carvalho\n  nif_banco: ⟦iban|PT24 5630 8680 5238 4886 5884 0⟧\n  vencimento_base: ⟦financial|1780.00⟧\n  subsidio_ferias: 1780.00\nGera o recibo de vencimento em PDF-friendly markdown.`,
  ],
  [
    "ja",
    "financial:table:structured",
    `以下の家計メモを表にまとめて：\n氏名：佐々木 裕太\n手取り月収：⟦financial|31万2千円⟧\n住宅ローン残高：⟦financial|2,480万円⟧\n口座：三井住友銀行 新宿支店 普通 ⟦bank_account|7394021⟧`,
  ],
  [
    "zh",
    "financial:json:structured",
    `{"客户姓名": "黄志强", "银行卡号": "⟦payment_card|6222 0212 0108 8430 122⟧", "贷款余额": "⟦financial|356,000.00⟧", "逾期天数": 47}\n帮我把这条记录写成催收提醒短信。`,
  ],
  [
    "hr",
    "financial:iban-invoice:structured",
    `Račun br. 14/2026\nPlatitelj: Ivana Horvat\nIBAN primatelja: ⟦iban|HR96 6001 8130 5240 3049 8⟧\nIznos: ⟦financial|1.150,00 EUR⟧\nPrevedi na engleski.`,
  ],
  // --- positives: adversarial -------------------------------------------------------------------------------------------
  [
    "en",
    "financial:card-split:adversarial",
    `ok so the card is\n⟦payment_card|4308 5368\n2949 8140⟧\nthats my dad's (Walter Fenn) visa, use it for the flights pls`,
  ],
  [
    "en",
    "financial:iban-spaced:adversarial",
    `Paste for the landlord, my IBAN with the spaces I always use: ⟦iban|C H 1 4 8 9 5 8 6 6 5 3 0 3 1 0 3 5 8 1 4⟧ (Nadia Berger). Reformat it properly.`,
  ],
  [
    "de",
    "financial:salary-words:adversarial",
    `Mein Mann (Holger Pietsch) verdient jetzt ⟦financial|fünftausendzweihundert Euro brutto⟧, ich schäme mich fast, das zu sagen. Reicht das für Elterngeld-Berechnung?`,
  ],
  [
    "es",
    "financial:card-dashes:adversarial",
    `tarjeta de mi hermano Álvaro Ruiz: ⟦payment_card|5495-7311-1572-3927⟧ caduca 11/27, ¿me ayudas a rellenar el formulario de la aerolínea?`,
  ],
  [
    "pl",
    "financial:account-linebreak:adversarial",
    `Numer konta Marty Zielińskiej do zwrotu kaucji:\n⟦iban|PL02 3323 6805\n5016 0148 9860 2907⟧\nnapisz ładnie maila do spółdzielni`,
  ],
  [
    "fr",
    "financial:mixed-script:adversarial",
    `Mon IBAN (Bastien Lefèvre) : ⟦iban|FR41 0175 0862 3802 3420 5965 826⟧ — mon salaire net est de ⟦financial|2 640 €⟧, aide-moi à remplir le dossier de location.`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  [
    "en",
    "neg-financial:public-figure:free",
    `Elon Musk's net worth fell by about $20 billion in one day after the Tesla earnings call. Explain how paper wealth like this is calculated.`,
  ],
  [
    "en",
    "neg-financial:aggregate:free",
    `The median household income in Ohio was about $66,990 in 2023. Write a paragraph comparing it with the national median for a civics worksheet.`,
  ],
  [
    "en",
    "neg-financial:test-card:structured",
    `In our Stripe integration test, which of these should decline? 4000 0000 0000 0002, 4242 4242 4242 4242, 4000 0000 0000 9995. Write the Jest cases.`,
  ],
  [
    "en",
    "neg-financial:schema:structured",
    `CREATE TABLE payroll (employee_id INT, full_name TEXT, gross_monthly NUMERIC(10,2), iban VARCHAR(34), bank_account VARCHAR(20));\nAdd an index and a check constraint on gross_monthly.`,
  ],
  [
    "en",
    "neg-financial:fiction:free",
    `In the novel, Ebenezer Scrooge pays Bob Cratchit fifteen shillings a week. What would that be in today's pounds, roughly?`,
  ],
  [
    "en",
    "neg-financial:own-question:free",
    `How much should I keep in an emergency fund if my rent is about $1,600 and I have no debts? Give a rule of thumb.`,
  ],
  [
    "en",
    "neg-financial:template:structured",
    `Invoice template:\nBill to: {{customer_name}}\nIBAN: {{iban}}\nAmount due: {{amount}} {{currency}}\nDue date: {{due_date}}\nMake this Handlebars template also show a VAT line.`,
  ],
  ["de", "neg-financial:example-iban:free", `Warum steht in so vielen Anleitungen die IBAN DE89 3704 0044 0532 0130 00? Ist das ein echtes Konto?`],
  [
    "de",
    "neg-financial:aggregate:free",
    `Das Durchschnittsgehalt in Deutschland lag 2024 bei etwa 4.634 € brutto im Monat. Wie hoch ist davon das Netto in Steuerklasse 1?`,
  ],
  [
    "fr",
    "neg-financial:company:free",
    `TotalEnergies a publié un bénéfice net de 21,4 milliards de dollars en 2023. Résume les causes pour un exposé de terminale.`,
  ],
  [
    "es",
    "neg-financial:public-figure:free",
    `¿Cuánto cobra Carlo Ancelotti como entrenador del Real Madrid según la prensa? Explícame la diferencia entre salario bruto y neto en España.`,
  ],
  [
    "it",
    "neg-financial:price-list:structured",
    `Listino 2027:\nTaglio uomo;18 €\nColore;45 €\nPiega;22 €\nTrasforma in una tabella HTML per il sito del salone.`,
  ],
  [
    "pt",
    "neg-financial:schema:structured",
    `{"type":"object","properties":{"nome":{"type":"string"},"iban":{"type":"string","pattern":"^PT50\\\\d{21}$"},"salario":{"type":"number"}}}\nValida este JSON Schema.`,
  ],
  [
    "nl",
    "neg-financial:example:free",
    `Wat betekent de controlecijfer in een IBAN, bijvoorbeeld de '91' in NL91 ABNA 0417 1643 00 uit de voorbeelden van de bank?`,
  ],
  [
    "pl",
    "neg-financial:aggregate:free",
    `Przeciętne wynagrodzenie w sektorze przedsiębiorstw w październiku wyniosło 8 408 zł brutto. Jak to się ma do płacy minimalnej?`,
  ],
  [
    "ru",
    "neg-financial:textbook:free",
    `Задача: Иван взял кредит 100 000 рублей под 12% годовых на 2 года. Какой будет ежемесячный платёж при аннуитетной схеме?`,
  ],
  ["ja", "neg-financial:aggregate:free", `日本の会社員の平均年収は約460万円と言われますが、中央値はどのくらいですか？`],
  ["zh", "neg-financial:format:free", `银行卡号一般是16到19位，第一位6代表什么？卡号的最后一位校验位是怎么算的？`],
  ["ar", "neg-financial:format:free", `كم عدد أرقام رقم الآيبان في السعودية، وما معنى الحرفين SA في بدايته؟`],
  ["hi", "neg-financial:aggregate:free", `भारत में 2024 में प्रति व्यक्ति आय लगभग ₹2,00,000 थी। इसे महंगाई के साथ समझाओ।`],
];
