/** dev-29 money: a named private person's accounts, cards, salaries, debts and tax figures, with matched negatives. */
import type { MarkedEntry } from "../marked-prompts.js";

export const MONEY: MarkedEntry[] = [
  [
    "en",
    "financial:wire-instructions:email",
    "Subject: Re: deposit for the flat\n\nHi Tom,\nAs agreed, Callum Fraser will send the holding deposit of ⟦financial|£1,150⟧ today. His bank details for the refund if it falls through: sort code ⟦bank_account|20-45-77⟧, account ⟦bank_account|53102846⟧.\nCheers, Fiona",
  ],
  [
    "en",
    "financial:routing-in-prose:chat",
    "can you check this looks right before I set up the direct deposit? my routing is ⟦bank_account|014953981⟧ and checking acct ⟦bank_account|4471902238⟧ at Eastbank, name on it is Marisol Ybarra",
  ],
  [
    "en",
    "financial:card-dispute:ticket",
    "Ticket #88213 — Chargeback request\nCustomer: Anthony Kowalczyk\nCard: ⟦payment_card|4434 0461 9688 3152⟧ exp 09/28\nDisputed amount: ⟦financial|$642.19⟧ (hotel charged twice)\nAgent note: customer very upset, please escalate.",
  ],
  [
    "en",
    "financial:salary:transcript",
    "[10:02] Dana: OK, compensation review. Ravi Subramanian is on ⟦financial|$148,000⟧ base, and we're proposing ⟦financial|$161,500⟧ from January.\n[10:03] Mike: Fine by me. What about his bonus?\n[10:03] Dana: Target stays at 15%.",
  ],
  [
    "en",
    "financial:debt:sms",
    "SMS from 72233: Reminder: Jerome Whitaker, your balance of ⟦financial|$3,482.66⟧ with Lakeshore Collections is 60 days overdue. Reply PAY to arrange a plan.",
  ],
  [
    "en",
    "financial:payroll:csv",
    "employee_id,name,routing,account,net_pay\nE1042,Harriet Osei,⟦bank_account|012042991⟧,⟦bank_account|8800177231⟧,⟦financial|2918.40⟧\nE1043,Liam Brandt,⟦bank_account|029896075⟧,⟦bank_account|5520913377⟧,⟦financial|3305.75⟧",
  ],
  [
    "en",
    "financial:tax-id:form",
    "W-9 (copy for vendor file)\nName: Gwendolyn R. Pike\nBusiness name: —\nTaxpayer Identification Number (SSN): ⟦national_id|518-42-7730⟧\nAddress on file, see attached.",
  ],
  [
    "de",
    "financial:iban-in-prose:email",
    "Hallo Frau Brandstetter,\nbitte überweisen Sie die Kaution an meinen Mieter Herrn Jonas Wilde zurück, seine IBAN lautet ⟦iban|DE53 9133 6661 4510 6708 96⟧. Der Betrag beträgt ⟦financial|2.340,00 €⟧.\nMit freundlichen Grüßen\nK. Albers",
  ],
  [
    "de",
    "financial:salary:chat",
    "Kurze Frage: Meine Kollegin Sabine Hartwig verdient ⟦financial|5.200 € brutto⟧ im Monat und hat Steuerklasse 1 – wie viel bleibt ihr netto ungefähr?",
  ],
  [
    "de",
    "financial:steuer-id:form",
    "Anlage N – Angaben zum Arbeitnehmer\nName: Ortmann, Friederike\nSteuerliche Identifikationsnummer: ⟦national_id|28999613744⟧\nBruttoarbeitslohn: ⟦financial|47.812 €⟧",
  ],
  [
    "fr",
    "financial:rib:email",
    "Bonjour,\nVoici le RIB de ma fille Léa Marchand pour le virement de la bourse : ⟦iban|FR25 2857 3312 24K2 7204 3766 365⟧. Elle a encore un découvert de ⟦financial|1 280 €⟧ à rembourser.\nCordialement, Nathalie Marchand",
  ],
  [
    "fr",
    "financial:salary:log",
    '2026-11-30T08:14:02Z INFO paie.export matricule=77120 nom="Benali Yacine" salaire_net=⟦financial|2 734,56 EUR⟧ iban=⟦iban|FR23 5026 3046 52D7 3971 5385 603⟧ statut=VALIDE',
  ],
  [
    "es",
    "financial:debt:chat",
    "Oye, ¿me ayudas a redactar un mensaje? Mi primo Iván Cifuentes me debe ⟦financial|1.900 euros⟧ desde marzo y quiero que me los devuelva a mi cuenta ⟦iban|ES23 3645 0326 9895 0593 5263⟧ antes de Navidad.",
  ],
  [
    "es",
    "financial:nomina:yaml",
    'nomina:\n  empleado: "Rocío Fajardo Llamas"\n  nif: ⟦national_id|68294047D⟧\n  bruto_mensual: ⟦financial|3125.00⟧\n  cuenta_abono: ⟦iban|ES29 6896 0795 6246 0532 7779⟧',
  ],
  [
    "it",
    "financial:mutuo:email",
    "Gentile dott. Ferri,\nle confermo che il signor Massimo Lodi ha un mutuo residuo di ⟦financial|87.400 euro⟧ e un reddito annuo dichiarato di ⟦financial|41.000 euro⟧. Codice fiscale: ⟦national_id|RSSMRA66M13H501V⟧.\nCordiali saluti",
  ],
  [
    "it",
    "financial:iban:sms",
    "Ciao zia, sono Giulia. Per il regalo di nozze di Marco usa questo IBAN: ⟦iban|IT49 X923 6694 9258 2374 5028 276⟧ intestato a Marco Pellegrini. Grazie!!",
  ],
  [
    "pt-BR",
    "financial:pix-and-salary:chat",
    "amiga, o salário do Thiago Moura aqui na firma é ⟦financial|R$ 6.800⟧ e ele tá devendo ⟦financial|R$ 12 mil⟧ no cartão ⟦payment_card|5322 0992 9617 1574⟧… posso mandar esse print pro RH?",
  ],
  [
    "pt",
    "financial:nif-and-iban:form",
    "Formulário de reembolso\nNome: Inês Carvalho Vaz\nNIF: ⟦national_id|252350588⟧\nIBAN: ⟦iban|PT02 5861 9791 7374 5641 6248 4⟧\nValor a reembolsar: ⟦financial|418,90 €⟧",
  ],
  [
    "nl",
    "financial:huur:email",
    "Beste meneer De Graaf,\nDe huurachterstand van uw huurder Sanne Verbeek bedraagt inmiddels ⟦financial|€ 2.615⟧. Zij betaalt vanaf rekening ⟦iban|NL97 INGB 6366 6613 68⟧.\nMet vriendelijke groet, Woonstichting Delta",
  ],
  [
    "pl",
    "financial:przelew:chat",
    "Mamo, przelej proszę te ⟦financial|800 zł⟧ dla Kuby Nowickiego na konto ⟦iban|PL31 9791 7374 5641 6248 4697 3617⟧, on mi pożyczył na bilety.",
  ],
  [
    "pl",
    "financial:pensja:csv",
    "imie_nazwisko;pesel;wynagrodzenie_brutto\nKatarzyna Wróbel;⟦national_id|93042197364⟧;⟦financial|9 450,00⟧\nTomasz Zając;⟦national_id|75071635840⟧;⟦financial|11 200,00⟧",
  ],
  [
    "sv",
    "financial:lon:email",
    "Hej!\nJag skickar lönespecen för Emil Lindqvist: bruttolön ⟦financial|42 300 kr⟧, skatt ⟦financial|12 180 kr⟧. Lönen sätts in på ⟦iban|SE85 9256 3365 5829 9691 4989⟧.\nMvh Karin, löneadministration",
  ],
  [
    "tr",
    "financial:borc:sms",
    "Sayın Murat Aydın, ⟦financial|14.750 TL⟧ tutarındaki kredi kartı borcunuzun son ödeme tarihi geçmiştir. Ödeme için IBAN: ⟦iban|TR68 6366 6061 3688 6512 1080 41⟧",
  ],
  [
    "ru",
    "financial:zarplata:chat",
    "Слушай, у Алексея Громова зарплата ⟦financial|185 000 рублей⟧, а по кредиту он ещё должен ⟦financial|1,2 млн⟧. Как ему лучше рефинансироваться?",
  ],
  [
    "uk",
    "financial:rakhunok:form",
    "Заява на повернення коштів\nПІБ: Ковальчук Олена Петрівна\nРНОКПП: ⟦national_id|2871044123⟧\nСума: ⟦financial|3 480 грн⟧\nКартка для повернення: ⟦payment_card|4178 9239 4972 9421⟧",
  ],
  [
    "ar",
    "financial:iban:chat",
    "مرحبا، أرجو تحويل مبلغ ⟦financial|٤٬٥٠٠ ريال⟧ إلى حساب أخي فيصل العتيبي، رقم الآيبان ⟦iban|SA68 8383 2127 0569 9256 3365⟧ وشكراً",
  ],
  [
    "ar",
    "financial:salary:json",
    '{"employee": "Mariam Al Suwaidi", "emirates_id": "⟦national_id|784-1972-7563348-1⟧", "monthly_salary_aed": ⟦financial|28500⟧, "iban": "⟦iban|AE76 5593 8353 8763 1495 398⟧"}',
  ],
  [
    "zh",
    "financial:gongzi:chat",
    "帮我算一下：我同事王思远每月工资⟦financial|23,500元⟧，房贷还剩⟦financial|86万⟧，他的工资卡是⟦payment_card|6228 4809 3715 2640 317⟧，这个能申请提前还款吗？",
  ],
  [
    "ja",
    "financial:kyuyo:email",
    "人事部 各位\n山下 健太さんの11月分給与振込先を変更します。\n新口座：みずほ銀行 渋谷支店 普通 ⟦bank_account|4827315⟧\n支給額：⟦financial|382,400円⟧\nよろしくお願いします。",
  ],
  [
    "ko",
    "financial:daechul:ticket",
    "[상담 티켓 #20931]\n고객명: 박지훈\n대출 잔액: ⟦financial|47,300,000원⟧\n연체 금액: ⟦financial|1,120,000원⟧\n상환 계좌: 국민은행 ⟦bank_account|482701-04-193857⟧",
  ],
  [
    "hi",
    "financial:vetan:email",
    "प्रिय अनुराग जी,\nसुनीता वर्मा का नवंबर का वेतन ⟦financial|₹72,400⟧ है और उनका PAN ⟦national_id|ABCPV4821K⟧ है। कृपया खाता संख्या ⟦bank_account|50100234871126⟧ (IFSC HDFC0001234) में जमा करें।",
  ],
  [
    "hi-Latn",
    "financial:udhaar:chat",
    "Bhai Rohit Saxena ne mujhse ⟦financial|35 hazaar⟧ udhaar liye the, ab bol raha hai account mein daal dega — uska account no ⟦bank_account|918010045562371⟧ hai Axis ka. Usko polite reminder likh do",
  ],
  [
    "vi",
    "financial:luong:chat",
    "Chị ơi, lương tháng này của anh Nguyễn Văn Khoa là ⟦financial|28.500.000 đồng⟧, chuyển vào tài khoản Vietcombank ⟦bank_account|0071001234567⟧ giúp em nhé.",
  ],
  ["th", "financial:ngoen-duean:sms", "คุณสมชาย ใจดี ยอดค้างชำระบัตรเครดิต ⟦financial|฿18,240⟧ กรุณาชำระภายใน 5 ธ.ค. บัตรลงท้าย ⟦payment_card|4923 0040 4833 4625⟧"],
  [
    "el",
    "financial:misthos:email",
    "Καλησπέρα,\nο μισθός του κ. Γιώργου Παπαδάκη είναι ⟦financial|1.850 €⟧ καθαρά και ο λογαριασμός του είναι ⟦iban|GR85 1922 0775 8095 2350 5861 979⟧.\nΕυχαριστώ",
  ],
  [
    "ro",
    "financial:datorie:chat",
    "Salut, vecinul meu Andrei Popescu îmi datorează ⟦financial|2.400 lei⟧. Contul lui e ⟦iban|RO31 BTRL 4989 3076 2979 6543⟧ — cum îi scriu politicos să-mi dea banii?",
  ],
  ["cs", "financial:mzda:ini", "[zamestnanec]\njmeno = Petra Novotná\nhruba_mzda = ⟦financial|48 500 Kč⟧\nucet = ⟦iban|CZ06 1495 3980 2042 9979 8960⟧"],
  [
    "id",
    "financial:gaji:chat",
    "Tolong bantu hitung pajak: gaji Pak Bambang Sutrisno ⟦financial|Rp 14.500.000⟧ per bulan, rekening BCA ⟦bank_account|8720193345⟧.",
  ],
  [
    "en",
    "financial:amex-dictated:transcript",
    "Caller (Mrs. Odile Fontaine): yes the card number is ⟦payment_card|3758 654515 02564⟧, expiry oh-four twenty-nine.\nAgent: thank you, and the amount you want to dispute?\nCaller: ⟦financial|eight hundred and twelve dollars⟧.",
  ],
  // negatives
  [
    "en",
    "neg-financial:test-card:ticket",
    "Bug #5521: checkout fails in staging when using the Stripe test card 4242 4242 4242 4242 with any future expiry and CVC 123. Expected: payment_intent.succeeded. Actual: 402.",
  ],
  [
    "en",
    "neg-financial:example-iban:docs",
    "Our API accepts IBANs with or without spaces, e.g. GB82 WEST 1234 5698 7654 32 or DE89370400440532013000. Invalid check digits return error code IBAN_CHECKSUM.",
  ],
  [
    "en",
    "neg-financial:aggregate:email",
    "Team, Q3 payroll totalled $4.82M across 61 employees; average salary is up 3.1% year on year. Full breakdown in the board deck.",
  ],
  ["en", "neg-financial:format-question:chat", "How many digits is a US routing number and how is its checksum computed? I'm writing a validator."],
  [
    "de",
    "neg-financial:muster:form",
    "Muster-Überweisungsträger (Ausfüllhilfe)\nEmpfänger: Max Mustermann\nIBAN: DE89 3704 0044 0532 0130 00\nBetrag: 123,45 €\nVerwendungszweck: Rechnung 2026-001",
  ],
  ["fr", "neg-financial:public-salary:chat", "Quel est le salaire d'un député en France en 2026 ? J'ai lu environ 7 600 € brut par mois."],
  [
    "es",
    "neg-financial:fiction:story",
    "En mi novela, el detective Álvaro Quiroga descubre que el banquero ficticio Don Elías debe 3 millones de pesetas a la mafia. ¿Cómo hago creíble la escena?",
  ],
  ["ja", "neg-financial:price:email", "お見積り：ノートPC 10台 × 128,000円 = 1,280,000円（税別）。振込先は弊社指定口座となります。"],
  ["zh", "neg-financial:stats:chat", "2025年全国城镇非私营单位就业人员年平均工资是多少？和2024年比增长了多少？"],
  [
    "pl",
    "neg-financial:company:invoice",
    "Faktura VAT nr FV/11/2026/0142\nSprzedawca: Drukarnia Orion sp. z o.o., NIP 5252248481\nRazem do zapłaty: 4 920,00 zł",
  ],
  ["ar", "neg-financial:question:chat", "ما هو عدد أرقام الآيبان في الإمارات؟ وهل يبدأ دائماً بـ AE؟"],
  ["pt-BR", "neg-financial:mock:json", '{"fixture": "pagamento_aprovado", "cartao": "4111 1111 1111 1111", "valor": 99.90, "titular": "FULANO DE TAL"}'],
  ["hi", "neg-financial:ifsc-format:chat", "IFSC कोड में कितने अक्षर होते हैं और पाँचवाँ अक्षर हमेशा 0 क्यों होता है?"],
  ["ko", "neg-financial:public-figure:chat", "삼성전자 이재용 회장의 지난해 배당금 총액이 얼마였는지 기사에서 본 것 같은데 정확한 숫자 알아?"],
  [
    "ru",
    "neg-financial:textbook:chat",
    "Задача: Иван положил в банк 100 000 рублей под 8% годовых. Сколько будет на счёте через 3 года при ежегодной капитализации?",
  ],
];
