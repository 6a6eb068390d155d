/** dev-26 money entries: a named private person's salary, debts, loans, statements and receipts (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const MONEY: MarkedEntry[] = [
  [
    "en",
    "financial:payroll-csv-unquoted:structured",
    "why does the import fail on these rows?\nemp_no,full_name,gross,deductions,net\n1187,Okafor, Chidi,⟦financial|4,820.00⟧,⟦financial|1,133.70⟧,⟦financial|3,686.30⟧\n1188,Lindqvist, Maja,⟦financial|5,215.50⟧,⟦financial|1,301.12⟧,⟦financial|3,914.38⟧",
  ],
  [
    "en",
    "financial:payslip:structured",
    "PAYSLIP  Period: Oct 2026\nEmployee: Tanvir Hossain   NI: see HR\nBasic pay ........ ⟦financial|£2,310.00⟧\nOvertime ......... ⟦financial|£186.40⟧\nPAYE tax ......... ⟦financial|£301.20⟧\nStudent loan ..... ⟦financial|£74.00⟧\nNET PAY .......... ⟦financial|£1,932.15⟧\nis the student loan deduction right for plan 2?",
  ],
  [
    "en",
    "financial:family-debt:free",
    "My brother-in-law Kevin Marsh borrowed ⟦financial|$6,500⟧ from my mom in 2024 and has paid back only ⟦financial|$800⟧. How do I bring it up at Thanksgiving without a fight?",
  ],
  [
    "en",
    "financial:venmo-receipt:structured",
    "Venmo\nYou paid Jordan Pike\n⟦financial|$1,240.00⟧\nNote: rent Dec 🏠\nDec 1, 2026 · Private\nFrom: Venmo balance\ncan I use this as proof of rent for my landlord dispute?",
  ],
  [
    "en",
    "financial:bank-statement-chat:adversarial",
    "ok pasting my stmt, tell me where the money goes lol\nACCT HOLDER  B. RAMIREZ-SOTO\nacct ⟦bank_account|004471920385⟧  routing ⟦bank_account|084051622⟧\n11/02 ZELLE TO MOM        -200.00\n11/03 PAYROLL GUSTO      +⟦financial|2,406.88⟧\n11/09 OVERDRAFT FEE       -35.00\nending bal ⟦financial|-118.42⟧",
  ],
  [
    "en",
    "financial:loan-application:structured",
    '{"applicant":{"name":"Aaliyah Brooks","employer":"Mercy Regional","annual_income":⟦financial|68400⟧,"monthly_debt":⟦financial|1320⟧},"requested":25000,"card":"⟦payment_card|4690316267276084⟧"}\nwhat DTI ratio does this give?',
  ],
  [
    "en",
    "financial:tax-return:free",
    "Doing my dad's taxes — Gerald Whitfield, retired. His 1099-R shows ⟦financial|$31,877⟧ pension and SSA-1099 ⟦financial|$22,140⟧. Does he owe anything if those are his only income?",
  ],
  [
    "en",
    "financial:salary-gossip:free",
    "just found out Priyanka in accounts makes ⟦financial|92k⟧ and I'm on 74 doing the same job. should I raise it with HR or is that weird",
  ],
  [
    "en",
    "financial:card-in-chat:adversarial",
    "hey can u book it for me, card is ⟦payment_card|5156 9330 3642 2361⟧ exp 09/29 cvv 412 name on card Sarah-Jane Tolley",
  ],
  [
    "en",
    "neg-financial:payroll-template:structured",
    "Create sample payroll data for a training deck, columns emp_no,full_name,gross,deductions,net — use obviously fake names like Test Employee 1 and round numbers like 1000.00.",
  ],
  [
    "en",
    "neg-financial:statistics:free",
    "Median weekly earnings for full-time workers in the US were $1,165 in Q3; the bottom decile earned under $650. Turn this into a chart caption.",
  ],
  [
    "en",
    "neg-financial:fiction-debt:free",
    "In Dickens, Mr. Micawber owes twenty pounds and spends twenty pounds ought and six — explain his famous rule about income and happiness.",
  ],
  [
    "en",
    "neg-financial:venmo-howto:free",
    "How do I make my Venmo payments private by default, and does the note text show to everyone if I pay someone $50 for concert tickets?",
  ],
  [
    "hi-Latn",
    "financial:upi-receipt:structured",
    "bhai ye dekh payment ho gaya ya nahi?\nPaid to RAKESH KUMAR YADAV\n⟦financial|₹18,500⟧\nUPI transaction ID 431127884519\nTo: ⟦bank_account|rakeshyadav88@okaxis⟧\nFrom: Sunita Verma (HDFC Bank ••4471)\nCompleted · 28 Nov 2026, 9:41 pm",
  ],
  [
    "hi-Latn",
    "financial:family-debt:free",
    "Mere chacha ke bete Vikas ne mujhse ⟦financial|45 hazaar⟧ udhaar liye the Diwali pe, ab phone nahi uthata. Usko ek polite reminder message likh do Hindi me.",
  ],
  [
    "hi",
    "financial:salary:free",
    "मेरी बहन रीना शर्मा की सैलरी ⟦financial|38,000 रुपये महीना⟧ है और उस पर ⟦financial|6 लाख⟧ का पर्सनल लोन बाकी है। क्या उसे कंसोलिडेशन लोन लेना चाहिए?",
  ],
  ["hi-Latn", "neg-financial:upi-limit:free", "UPI ki daily limit kitni hai SBI me? 1 lakh se zyada bhejna ho to kya karein?"],
  [
    "pt-BR",
    "financial:pix-receipt:structured",
    "Comprovante de transferência Pix\nValor: ⟦financial|R$ 2.350,00⟧\nData: 27/11/2026 14:08\nDe: Juliana Ferreira Campos\nCPF: ⟦national_id|317.718.851-30⟧\nPara: Marcos Tavares Lima\nChave Pix: ⟦email|marcos.tlima@gmail.com⟧\nesse comprovante serve pra provar que paguei o aluguel?",
  ],
  [
    "pt-BR",
    "financial:family-debt:free",
    "Minha cunhada Patrícia me deve ⟦financial|R$ 4.800⟧ desde o casamento e agora quer pegar mais ⟦financial|R$ 1.500⟧ emprestado. Como digo não sem brigar?",
  ],
  [
    "pt-BR",
    "financial:holerite:adversarial",
    "h o l e r i t e — Funcionário: ADRIANO MOTTA | Salário base ⟦financial|R$ 3.412,80⟧ | INSS ⟦financial|R$ 289,11⟧ | Líquido ⟦financial|R$ 2.897,45⟧ — o INSS tá certo?",
  ],
  [
    "pt-BR",
    "neg-financial:pix-template:structured",
    "Modelo de comprovante Pix para o manual do app:\nValor: R$ 0,00\nDe: [nome do pagador]\nPara: [nome do recebedor]\nChave Pix: [chave]\nrevise o texto do manual",
  ],
  [
    "es",
    "financial:nomina:structured",
    "NÓMINA noviembre 2026\nTrabajador: Lucía Herrero Gil\nSalario base: ⟦financial|1.865,00 €⟧\nIRPF (14%): ⟦financial|-261,10 €⟧\nLíquido a percibir: ⟦financial|1.483,92 €⟧\nIBAN abono: ⟦iban|ES19 9524 8951 5529 5455 9810⟧\n¿me cuadra el IRPF?",
  ],
  [
    "es",
    "financial:family-debt:free",
    "Mi suegro, don Ramiro Aguilar, le prestó ⟦financial|9.000 euros⟧ a mi marido para el coche y ahora quiere que se los devolvamos todos en enero. ¿Es legal exigirlo sin contrato?",
  ],
  ["es", "neg-financial:statistics:free", "Según el INE, el salario medio bruto anual en España fue de 26.948 euros. Redacta un tuit neutral con este dato."],
  [
    "de",
    "financial:kontoauszug:structured",
    "Kontoauszug Nr. 11/2026\nKontoinhaber: Jonas Pfeiffer\nIBAN: ⟦iban|DE98 8313 6666 5422 3090 19⟧\n03.11. Miete Hausverwaltung   -980,00\n15.11. Gehalt Stadtwerke      +⟦financial|3.118,47⟧\nNeuer Saldo: ⟦financial|-412,30 EUR⟧\nWarum bin ich im Dispo?",
  ],
  [
    "de",
    "financial:family-debt:free",
    "Meine Tante Gudrun Falk schuldet meinem Vater seit drei Jahren ⟦financial|12.000 Euro⟧ aus dem Hausverkauf. Wie formuliert man eine freundliche Zahlungserinnerung unter Verwandten?",
  ],
  [
    "de",
    "neg-financial:template:structured",
    "Musterbrief Zahlungserinnerung: Sehr geehrte/r [Name], laut unseren Unterlagen ist der Betrag von [Betrag] EUR noch offen. Bitte verbessere den Ton.",
  ],
  [
    "fr",
    "financial:avis-imposition:structured",
    "Avis d'impôt 2026 sur les revenus 2025\nDéclarant 1 : Mme Élodie Garnier\nRevenu fiscal de référence : ⟦financial|41 236 €⟧\nImpôt sur le revenu net : ⟦financial|3 118 €⟧\nRIB prélèvement : ⟦iban|FR07 4781 7307 11K7 9854 1130 141⟧\nexplique-moi le taux de prélèvement",
  ],
  [
    "fr",
    "financial:salary:free",
    "Mon collègue Baptiste Leroy vient d'être augmenté à ⟦financial|3 900 € net⟧ alors qu'il est arrivé après moi. Je le dis à ma manager ?",
  ],
  ["fr", "neg-financial:statistics:free", "Le SMIC net mensuel est d'environ 1 426 € en 2026. Comment est-il revalorisé chaque année ?"],
  [
    "it",
    "financial:busta-paga:structured",
    "Busta paga ottobre — Dipendente: Federica Conti\nRetribuzione lorda ⟦financial|2.240,00⟧\nTrattenute INPS ⟦financial|205,70⟧\nNetto in busta ⟦financial|1.698,33⟧\nIBAN: ⟦iban|IT20 X153 4867 5950 5631 9329 697⟧\nperché il netto è sceso rispetto a settembre?",
  ],
  [
    "pl",
    "financial:family-debt:free",
    "Mój szwagier Tomasz Wróbel pożyczył ode mnie ⟦financial|7 500 zł⟧ na samochód i oddał tylko ⟦financial|1 000 zł⟧. Napisz mu uprzejme przypomnienie.",
  ],
  [
    "pl",
    "financial:przelew:structured",
    "Potwierdzenie przelewu\nNadawca: Katarzyna Zielińska\nRachunek nadawcy: ⟦iban|PL80 1469 8392 4688 8351 0321 0059⟧\nKwota: ⟦financial|3 250,00 PLN⟧\nTytuł: zwrot za wesele\nczy ten przelew już doszedł?",
  ],
  [
    "tr",
    "financial:maas-bordrosu:structured",
    "Maaş bordrosu Kasım 2026\nPersonel: Emre Yıldız\nBrüt ücret: ⟦financial|48.500,00 TL⟧\nSGK işçi payı: ⟦financial|6.790,00 TL⟧\nNet ödenen: ⟦financial|36.412,55 TL⟧\nIBAN: ⟦iban|TR22 6150 3089 1050 6971 9154 14⟧\nkesintiler doğru mu?",
  ],
  ["tr", "financial:family-debt:free", "Kuzenim Serkan bana ⟦financial|25 bin lira⟧ borçlu, 8 aydır ödemiyor. Ona kırıcı olmayan bir mesaj yazar mısın?"],
  ["ar", "financial:family-debt:free", "ابن عمي خالد الحربي عليه ⟦financial|١٥ ألف ريال⟧ لي من السنة الماضية وما رد ولا ريال. كيف أطالبه بأدب؟"],
  [
    "ar",
    "financial:salary-slip:structured",
    "كشف راتب — الموظف: نورة عبدالله القحطاني\nالراتب الأساسي: ⟦financial|12,500 ريال⟧\nبدل سكن: ⟦financial|3,125 ريال⟧\nصافي الراتب: ⟦financial|14,810 ريال⟧\nالآيبان: ⟦iban|SA10 7806 0807 2858 1464 3415⟧\nهل خصم التأمينات صحيح؟",
  ],
  ["ar", "neg-financial:statistics:free", "بلغ متوسط الأجر الشهري في القطاع الخاص السعودي نحو 10 آلاف ريال. اكتب فقرة قصيرة عن هذا الرقم."],
  [
    "sw",
    "financial:mpesa-receipt:structured",
    "SJK7H2LQ9P Confirmed. ⟦financial|Ksh12,400.00⟧ sent to WANJIKU MUTHONI ⟦phone|0722 418 905⟧ on 29/11/26 at 7:14 PM. New M-PESA balance is ⟦financial|Ksh3,118.50⟧. Transaction cost, Ksh 108.00.\nnisaidie kuandika ujumbe wa kumkumbusha alipe deni",
  ],
  ["sw", "neg-financial:mpesa-tariff:free", "M-PESA transaction cost ya kutuma Ksh 10,000 kwa mtu wa Safaricom ni kiasi gani mwaka huu?"],
  ["zh", "financial:salary:free", "我同事王磊这个月到手工资才⟦financial|6800元⟧，还背着⟦financial|30万⟧房贷，他问我要不要去借网贷，帮我劝劝他。"],
  [
    "zh",
    "financial:wechat-transfer:structured",
    "转账记录\n收款人：陈晓燕\n金额：⟦financial|¥5,200.00⟧\n转账说明：还你上个月借的钱\n时间：2026-11-30 21:06\n帮我写一句话问她收到了没",
  ],
  ["zh", "neg-financial:statistics:free", "国家统计局：2025年全国城镇非私营单位就业人员年平均工资为120698元。用一句话概括这个数据。"],
  [
    "ja",
    "financial:gensen:structured",
    "源泉徴収票（令和7年分）\n氏名　佐々木　美咲\n支払金額　⟦financial|4,386,000⟧\n源泉徴収税額　⟦financial|112,400⟧\n社会保険料等の金額　⟦financial|641,250⟧\n確定申告は必要ですか？",
  ],
  ["ja", "financial:family-debt:free", "義理の兄の高橋健一さんに⟦financial|80万円⟧貸したまま2年経ちます。角が立たない催促のLINE文面を考えて。"],
  ["ja", "neg-financial:statistics:free", "国税庁の調査では給与所得者の平均給与は460万円でした。この数字をグラフの注釈にしてください。"],
  ["ko", "financial:salary:free", "동생 김민재 월급이 ⟦financial|세후 280만 원⟧인데 카드값이 ⟦financial|470만 원⟧ 밀렸대요. 개인회생 해야 할까요?"],
  [
    "ko",
    "financial:transfer:structured",
    "이체 확인증\n보내는 분: 박서연\n받는 분: 이도윤\n이체 금액: ⟦financial|1,500,000원⟧\n받는 계좌: 국민 ⟦bank_account|612402-01-448291⟧\n메모: 빌린 돈 일부\n이거 증빙으로 충분할까요?",
  ],
  [
    "vi",
    "financial:family-debt:free",
    "Anh họ tôi là Nguyễn Văn Hùng vay của bố tôi ⟦financial|120 triệu đồng⟧ từ năm ngoái, giờ vẫn chưa trả. Viết giúp tôi tin nhắn nhắc khéo.",
  ],
  ["en", "neg-financial:public-figure:free", "Forbes says Taylor Swift's net worth passed $1.6 billion. How much of that is from touring versus catalogue?"],
  [
    "en",
    "financial:payroll-tsv:structured",
    "Name\tBase\tBonus\tBank\nHollis, Reed\t⟦financial|88,000⟧\t⟦financial|7,500⟧\t⟦bank_account|20938471⟧\nYusuf, Amina\t⟦financial|91,250⟧\t⟦financial|6,000⟧\t⟦bank_account|55102937⟧\nsum the bonus column",
  ],
];
