/**
 * dev-64 entries: a private person (named, a relative, "I") with money facts — salary and pay slips, debts and
 * arrears, a loan or mortgage balance, a credit score, bankruptcy or insolvency, a tax assessment or refund, benefits
 * (Universal Credit, Bürgergeld, INSS, Bolsa Família), child support, a balance or overdraft, a payday-loan default, an
 * inheritance — in sentences, chat register, a budget row, a payslip block or a bank-statement CSV row:
 * `⟦financial|…⟧` marks the amount with its label (dev-40's convention). Hard negatives use the same words with nobody
 * private: company revenue, salary bands in job ads, average-salary statistics, a public official's published salary,
 * price questions, loan calculators with made-up numbers, tax-law explanations, fictional characters, product prices,
 * anonymised cases. `kind` is `<topic>:financial` or `neg-<topic>:<what>`. Our own invented text.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English: salary and pay slips
  [
    "en",
    "salary:financial",
    `my wife Hannah just found out she earns ⟦financial|$71,500⟧ and her male colleague doing the same job gets 84k, what can she do?`,
  ],
  ["en", "salary:financial", `I'm on ⟦financial|£27,400 a year⟧ and my rent is £950, is that too much?`],
  ["en", "salary:financial", `bro my take home is ⟦financial|$3,120 a month⟧ after tax, how much should i save`],
  ["en", "salary:financial", `My son Ethan's first paycheck was ⟦financial|$1,486.22 net⟧ for two weeks, why so much withheld?`],
  [
    "en",
    "salary:financial",
    `Payslip — Employee: Grace Whitmore
Gross pay: ⟦financial|£2,875.00⟧
Tax: ⟦financial|£366.40⟧  NI: ⟦financial|£172.08⟧
Net pay: ⟦financial|£2,336.52⟧`,
  ],
  ["en", "salary:financial", `can you check my budget? Income (Dan, salary): ⟦financial|4,200⟧ | Rent: 1,650 | Car loan: ⟦financial|389⟧ | Savings: 200`],
  // debts and arrears
  ["en", "debt:financial", `my dad Martin owes ⟦financial|£14,300 on three credit cards⟧ and only pays the minimum, how do I talk to him?`],
  ["en", "debt:financial", `I'm ⟦financial|$2,860 behind on rent⟧ and got a notice today, what are my options in Ohio?`],
  ["en", "debt:financial", `my sister Kayla has ⟦financial|$38k in student loans⟧ and is thinking about income-driven repayment`],
  ["en", "debt:financial", `Help me write to the council: my mum Brenda is ⟦financial|£1,120 in council tax arrears⟧ and can't pay it in one go`],
  ["en", "debt:financial", `my boyfriend Tyler defaulted on a ⟦financial|$900 payday loan⟧ and now it's ⟦financial|$1,740 with fees⟧, is that even legal?`],
  ["en", "debt:financial", `Reply to my landlord for me: I know I'm ⟦financial|two months behind ($2,400)⟧, I can pay $600 extra each month from June.`],
  ["en", "debt:financial", `my ex Jordan still owes me ⟦financial|$3,500⟧ from the car we split, small claims worth it?`],
  // loans and mortgages
  ["en", "loan:financial", `Our mortgage balance is ⟦financial|$286,410⟧ at 6.9%, should my husband Nate and I refinance?`],
  ["en", "loan:financial", `my brother-in-law Victor still has ⟦financial|$19,200 left on his car loan⟧ and wants to trade it in`],
  ["en", "loan:financial", `I took a ⟦financial|$12,000 personal loan⟧ at 19% for my wedding and regret it, can I consolidate?`],
  ["en", "loan:financial", `Grandpa Leonard has a ⟦financial|reverse mortgage of $140k⟧ on his house, what happens when he passes?`],
  // credit score and insolvency
  ["en", "credit:financial", `my credit score is ⟦financial|548⟧ after my divorce, can I still rent an apartment?`],
  ["en", "credit:financial", `My girlfriend Alexis has a ⟦financial|FICO of 612⟧, will that hurt us on a joint mortgage?`],
  ["en", "credit:financial", `my Experian score dropped to ⟦financial|701⟧ after one late payment, how long till it recovers?`],
  ["en", "insolvency:financial", `my uncle Raymond ⟦financial|filed Chapter 7 last year⟧, can he co-sign for my cousin's lease?`],
  ["en", "insolvency:financial", `I'm in an ⟦financial|IVA paying £210 a month⟧ for five years, can I still get a phone contract?`],
  ["en", "insolvency:financial", `My neighbour Gail was ⟦financial|declared bankrupt in 2023⟧ and wants to start a cleaning business`],
  // tax
  ["en", "tax:financial", `the IRS says I owe ⟦financial|$4,318 for 2024⟧ because of my 1099 gig income, can I set up a payment plan?`],
  ["en", "tax:financial", `my mother Joan got a ⟦financial|tax refund of $1,902⟧ but it went to an old account, what now?`],
  ["en", "tax:financial", `HMRC sent my husband Owen a ⟦financial|bill for £2,640 underpaid tax⟧ from his second job, is that right?`],
  // benefits
  ["en", "benefit:financial", `I get ⟦financial|£393.45 Universal Credit⟧ a month and just started 16 hours work, how much will it drop?`],
  ["en", "benefit:financial", `my gran Maureen is on ⟦financial|Pension Credit of £218 a week⟧, can she still get the winter payment?`],
  ["en", "benefit:financial", `My brother Sean gets ⟦financial|$943 SSI⟧ and wants to move in with his girlfriend, will it be cut?`],
  ["en", "benefit:financial", `my neighbour Karen is on ⟦financial|SNAP, $291 a month⟧, and lost her card, help her replace it`],
  // child support
  ["en", "support:financial", `my ex Marcus is ⟦financial|$6,800 behind on child support⟧ and just bought a boat`],
  ["en", "support:financial", `I pay ⟦financial|£412 a month child maintenance⟧ for my daughter Lily, can CMS increase it if I get a raise?`],
  // balance and overdraft
  ["en", "balance:financial", `my account is ⟦financial|$218 overdrawn⟧ and payday is Friday, will the bank bounce my rent?`],
  ["en", "balance:financial", `Mum (Patricia) has ⟦financial|$46,500 in her savings⟧ and is worried about nursing home costs`],
  [
    "en",
    "balance:financial",
    `Date,Description,Amount,Balance
2025-03-14,SALARY ACME LTD - K. OKAFOR,⟦financial|2650.00⟧,⟦financial|3012.44⟧
2025-03-15,TESCO STORES,-54.20,⟦financial|2958.24⟧`,
  ],
  ["en", "balance:financial", `i only have ⟦financial|$63 left in checking⟧ until the 1st lol what can i cook for a week`],
  // inheritance
  ["en", "inheritance:financial", `my aunt Delia left me ⟦financial|$85,000⟧ in her will, do I pay tax on it?`],
  ["en", "inheritance:financial", `My dad's estate is ⟦financial|around £410,000 including the house⟧, and my brother Neil wants to sell now`],
  ["en", "inheritance:financial", `my grandmother Rose left ⟦financial|$22k each⟧ to me and my cousin Brooke, but Brooke wants more`],
  ["en", "salary:financial", `my roommate Jess got a raise to ⟦financial|$58 an hour⟧ and still won't pay her half of utilities`],
  ["en", "debt:financial", `Can you help me plan? I have ⟦financial|£5,600 on my Barclaycard⟧, ⟦financial|£2,100 overdraft⟧ and ⟦financial|£800 Klarna⟧`],
  ["en", "tax:financial", `my accountant says I have ⟦financial|$11,240 self-employment tax⟧ due in April, is there any way to lower it?`],
  // German
  ["de", "salary:financial", `Meine Frau Katrin verdient ⟦financial|3.900 € brutto⟧, ich nur 2.600, lohnt sich Steuerklasse 3/5?`],
  [
    "de",
    "salary:financial",
    `Gehaltsabrechnung März – Tobias Brandt
Bruttolohn: ⟦financial|4.120,00 €⟧
Lohnsteuer: ⟦financial|612,33 €⟧
Auszahlungsbetrag: ⟦financial|2.781,45 €⟧`,
  ],
  ["de", "debt:financial", `Mein Bruder Markus hat ⟦financial|23.000 € Schulden⟧ und jetzt kommt der Gerichtsvollzieher, was tun?`],
  ["de", "debt:financial", `ich bin ⟦financial|mit drei Monatsmieten im Rückstand (2.340 €)⟧, kann der Vermieter fristlos kündigen?`],
  ["de", "loan:financial", `Unsere Restschuld beim Baukredit beträgt noch ⟦financial|187.500 €⟧, sollen mein Mann Jens und ich sondertilgen?`],
  ["de", "credit:financial", `Mein SCHUFA-Score ist ⟦financial|nur 82 %⟧ wegen eines alten Handyvertrags, bekomme ich noch eine Wohnung?`],
  ["de", "insolvency:financial", `Mein Vater Rainer ist seit 2022 ⟦financial|in der Privatinsolvenz⟧, darf er ein Konto eröffnen?`],
  ["de", "benefit:financial", `Ich bekomme ⟦financial|563 € Bürgergeld⟧ plus Miete, darf ich 520 € dazuverdienen?`],
  ["de", "benefit:financial", `Meine Nachbarin Ilse bekommt ⟦financial|Grundsicherung von 780 €⟧, kann sie Wohngeld zusätzlich beantragen?`],
  ["de", "tax:financial", `Das Finanzamt will von meiner Mutter Gisela ⟦financial|1.460 € Nachzahlung⟧ für 2023, ist das richtig?`],
  ["de", "support:financial", `Mein Ex-Mann Sven zahlt seit Monaten ⟦financial|keinen Unterhalt (450 € monatlich)⟧ für unseren Sohn`],
  ["de", "inheritance:financial", `Meine Oma Erna hat mir ⟦financial|60.000 € vererbt⟧, muss ich Erbschaftsteuer zahlen?`],
  ["de", "balance:financial", `Mein Konto ist ⟦financial|mit 1.280 € im Dispo⟧, wie komme ich da schnell raus?`],
  // Spanish
  ["es", "salary:financial", `Mi marido Álvaro cobra ⟦financial|1.650 € netos al mes⟧ y yo 1.200, ¿podemos pedir una hipoteca?`],
  [
    "es",
    "salary:financial",
    `Nómina de febrero — Trabajador: Rocío Benítez
Total devengado: ⟦financial|2.310,00 €⟧
Retención IRPF: ⟦financial|346,50 €⟧
Líquido a percibir: ⟦financial|1.815,12 €⟧`,
  ],
  ["es", "debt:financial", `Mi hermano Sergio debe ⟦financial|8.400 € a Cofidis⟧ y le llaman a todas horas`],
  ["es", "debt:financial", `tengo ⟦financial|dos recibos del alquiler sin pagar, 1.500 €⟧, ¿me pueden echar ya?`],
  ["es", "loan:financial", `Nos quedan ⟦financial|96.000 € de hipoteca⟧ a mi mujer Marta y a mí, ¿amortizamos o invertimos?`],
  ["es", "insolvency:financial", `Mi padre Ramón ⟦financial|está en ASNEF por una deuda de 2.300 €⟧ con Vodafone`],
  ["es", "tax:financial", `Hacienda me reclama ⟦financial|1.120 € de la renta de 2023⟧, ¿puedo fraccionarlo?`],
  ["es", "support:financial", `Mi ex Raúl me debe ⟦financial|seis meses de pensión alimenticia, 1.800 €⟧`],
  ["es", "inheritance:financial", `Mi tía Encarna nos dejó ⟦financial|una herencia de 140.000 €⟧ a mis dos primos y a mí`],
  [
    "es",
    "balance:financial",
    `Fecha;Concepto;Importe;Saldo
03/04/2025;NÓMINA PABLO RUIZ;⟦financial|1.742,30⟧;⟦financial|2.015,88⟧`,
  ],
  // Portuguese
  ["pt", "salary:financial", `Meu marido Rafael ganha ⟦financial|R$ 4.800 por mês⟧ e eu R$ 3.200, dá pra financiar um apê?`],
  ["pt", "debt:financial", `Minha mãe Sônia está com ⟦financial|R$ 12 mil de dívida no cartão⟧ e o nome sujo no Serasa`],
  ["pt", "credit:financial", `Meu score no Serasa é ⟦financial|412⟧, consigo um empréstimo consignado?`],
  ["pt", "benefit:financial", `A minha avó Benedita recebe ⟦financial|aposentadoria do INSS de R$ 1.412⟧ e quer fazer um consignado`],
  ["pt", "benefit:financial", `Minha vizinha Cleide recebe ⟦financial|R$ 600 do Bolsa Família⟧ e arrumou um bico, vai perder?`],
  ["pt", "loan:financial", `Ainda faltam ⟦financial|R$ 86.000 do financiamento do carro⟧ do meu irmão Diego`],
  ["pt", "tax:financial", `Caí na malha fina: a Receita diz que devo ⟦financial|R$ 3.250 de imposto de renda⟧`],
  ["pt", "support:financial", `O pai do meu filho, Anderson, paga ⟦financial|R$ 700 de pensão⟧ e está atrasado três meses`],
  ["pt", "salary:financial", `O meu ordenado é ⟦financial|1.150 € líquidos⟧ e a renda da casa é 800, como sobrevivo?`],
  // French
  ["fr", "salary:financial", `Ma femme Céline gagne ⟦financial|2 900 € net⟧ et moi 2 100, on peut emprunter combien ?`],
  ["fr", "debt:financial", `Mon fils Kévin a ⟦financial|7 500 € de crédits à la consommation⟧ impayés, faut-il faire un dossier de surendettement ?`],
  ["fr", "benefit:financial", `Je touche ⟦financial|635 € de RSA⟧ et ⟦financial|310 € d'APL⟧, je viens de trouver un mi-temps`],
  ["fr", "tax:financial", `Les impôts réclament à mon père Gérard ⟦financial|2 380 € de taxe foncière⟧ en retard`],
  ["fr", "loan:financial", `Il nous reste ⟦financial|154 000 € de capital sur le prêt immobilier⟧, mon mari Olivier veut renégocier`],
  ["fr", "inheritance:financial", `Mon grand-père Lucien m'a laissé ⟦financial|45 000 € en assurance-vie⟧, c'est imposable ?`],
  ["fr", "balance:financial", `Mon compte est ⟦financial|à découvert de 430 €⟧ et la banque facture des agios, c'est normal ?`],
  ["fr", "support:financial", `Mon ex Julien ne paie plus ⟦financial|la pension alimentaire de 250 €⟧ depuis janvier`],
  // Italian
  ["it", "salary:financial", `Mia moglie Francesca prende ⟦financial|1.780 € netti al mese⟧, io 1.500: ci danno un mutuo?`],
  ["it", "debt:financial", `Mio fratello Davide ha ⟦financial|un debito di 9.000 € con Findomestic⟧ e non riesce a pagare`],
  ["it", "credit:financial", `Sono ⟦financial|segnalato al CRIF come cattivo pagatore⟧ per una rata saltata, quanto dura?`],
  ["it", "tax:financial", `L'Agenzia delle Entrate chiede a mia madre Anna ⟦financial|1.640 € di cartella esattoriale⟧`],
  ["it", "benefit:financial", `Prendo ⟦financial|l'Assegno di inclusione di 480 €⟧, posso lavorare qualche ora?`],
  ["it", "inheritance:financial", `Mio zio Franco mi ha lasciato ⟦financial|un'eredità di 70.000 €⟧ e una casa in Puglia`],
  ["it", "loan:financial", `Ci restano ⟦financial|112.000 € di mutuo⟧ a me e a mio marito Paolo, conviene surrogare?`],
  // Polish
  ["pl", "salary:financial", `Moja żona Agnieszka zarabia ⟦financial|7 200 zł brutto⟧, a ja 5 800, czy dostaniemy kredyt?`],
  ["pl", "debt:financial", `Mój tata Zbigniew ma ⟦financial|18 000 zł długu w chwilówkach⟧ i komornik zajął mu pensję`],
  ["pl", "credit:financial", `Mam ⟦financial|negatywny wpis w BIK⟧ przez niespłacony telefon, ile to trwa?`],
  ["pl", "benefit:financial", `Moja sąsiadka Halina dostaje ⟦financial|emeryturę 2 100 zł⟧ i ⟦financial|800 plus na wnuka⟧`],
  ["pl", "loan:financial", `Zostało nam ⟦financial|320 000 zł kredytu hipotecznego⟧, mąż Piotr chce nadpłacać`],
  ["pl", "insolvency:financial", `Moja siostra Ewa ⟦financial|ogłosiła upadłość konsumencką⟧ w zeszłym roku, czy może wziąć leasing?`],
  // Hindi / Hinglish
  ["hi", "salary:financial", `meri wife Pooja ki salary ⟦financial|85,000 per month⟧ hai aur meri 60k, home loan kitna milega?`],
  ["hi", "debt:financial", `mere bhai Rahul pe ⟦financial|3 lakh ka credit card debt⟧ hai, recovery wale ghar aa rahe hain`],
  ["hi", "credit:financial", `mera CIBIL score ⟦financial|590⟧ hai, kya personal loan milega?`],
  ["hi", "loan:financial", `पापा (सुरेश जी) का ⟦financial|होम लोन 18 लाख बाकी⟧ है, EMI 21,000 है`],
  ["hi", "tax:financial", `mujhe income tax ka notice aaya hai, ⟦financial|₹46,800 demand⟧ dikha raha hai 2023-24 ke liye`],
  ["hi", "salary:financial", `मेरी बहन नेहा की ⟦financial|सैलरी 42,000 रुपये⟧ है, क्या वो अलग घर ले सकती है?`],
  // Japanese
  ["ja", "salary:financial", `妻の由美の⟦financial|年収は420万円⟧で、私は380万円です。住宅ローンはいくら借りられますか？`],
  ["ja", "debt:financial", `弟の健太が⟦financial|カードローンで150万円の借金⟧を抱えています。債務整理すべき？`],
  ["ja", "insolvency:financial", `父（正夫）が⟦financial|自己破産⟧しました。家族の私に影響はありますか？`],
  ["ja", "tax:financial", `税務署から⟦financial|住民税の滞納分18万円⟧の督促が来ました。分割できますか？`],
  ["ja", "balance:financial", `今月の給料日まで⟦financial|口座残高が3,200円⟧しかありません。どうしよう`],
  ["ja", "inheritance:financial", `祖母の⟦financial|遺産は預金2,000万円⟧と実家です。兄と分け方で揉めています`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English: companies, job ads, statistics, public officials
  ["en", "neg-salary:jobad", `Job ad: Senior Data Analyst, salary $95,000–$115,000 plus bonus, hybrid, Denver. Rewrite it to sound friendlier.`],
  ["en", "neg-salary:jobad", `We're hiring a warehouse lead: £27,400 a year, 40 hours, overtime at time and a half. Draft the posting.`],
  ["en", "neg-salary:statistics", `What is the median take-home pay in the UK in 2024, roughly per month?`],
  ["en", "neg-salary:statistics", `The average teacher salary in Texas is about $60,000, how does that compare with California?`],
  ["en", "neg-salary:public", `What is the President of the United States paid? I read $400,000 a year.`],
  ["en", "neg-salary:public", `Is it true the UK Prime Minister's salary is around £167,000 including the MP salary?`],
  ["en", "neg-company:revenue", `Summarise: Acme Corp reported revenue of $4.2 billion and net debt of $1.1 billion for fiscal 2024.`],
  ["en", "neg-company:revenue", `Tesla's total debt was about $5 billion last year, is that high for a carmaker?`],
  ["en", "neg-loan:calculator", `Loan calculator: $250,000 mortgage at 6.5% over 30 years, what's the monthly payment?`],
  ["en", "neg-loan:calculator", `If someone borrows $12,000 at 19% APR for 4 years, how much interest do they pay in total?`],
  ["en", "neg-loan:calculator", `Write a Python function that computes the remaining balance of a $300,000 loan after n payments.`],
  ["en", "neg-credit:explain", `What counts as a good credit score in the US — is 700 good and 548 bad?`],
  ["en", "neg-credit:anonymised", `Case study: a borrower with a score of 620 and a DTI of 45% applies for an FHA loan. What are the rules?`],
  ["en", "neg-credit:explain", `How long does a late payment stay on an Experian report?`],
  ["en", "neg-insolvency:explain", `What is the difference between Chapter 7 and Chapter 13 bankruptcy?`],
  ["en", "neg-insolvency:explain", `How does an IVA work in England and what does it cost per month typically?`],
  ["en", "neg-tax:law", `Explain the 2024 US federal tax brackets for a single filer.`],
  ["en", "neg-tax:law", `How does HMRC's PAYE underpayment collection through the tax code work?`],
  ["en", "neg-tax:law", `What is the self-employment tax rate in the US and how is it calculated?`],
  ["en", "neg-benefit:law", `How much is the Universal Credit standard allowance for a single person over 25 in 2025?`],
  ["en", "neg-benefit:law", `What is the maximum SSI payment for an individual in 2025?`],
  ["en", "neg-support:law", `How is child maintenance calculated by the CMS in the UK?`],
  ["en", "neg-fiction:character", `In Breaking Bad, how much money did Walter White have stashed in the barrels?`],
  ["en", "neg-fiction:character", `Write a short story where a farmer named Old Tom owes the bank $3,000 and has one harvest to pay it back.`],
  ["en", "neg-fiction:character", `In Les Misérables, what debts did the Thénardiers claim Fantine owed for Cosette?`],
  ["en", "neg-price:product", `Is the iPhone 16 Pro worth $999 or should I wait for a discount?`],
  ["en", "neg-price:product", `How much does a used Toyota Corolla cost in 2025, around $18,000?`],
  ["en", "neg-price:product", `Compare the monthly fee of a Barclaycard with an Amex Gold card.`],
  ["en", "neg-balance:template", `Create a blank budget spreadsheet with columns Income, Rent, Car loan, Savings and a sample row using made-up numbers.`],
  [
    "en",
    "neg-balance:template",
    `Date,Description,Amount,Balance
2025-01-01,SAMPLE TRANSACTION,100.00,1000.00
Generate 20 more fake rows like this for a demo.`,
  ],
  ["en", "neg-inheritance:law", `What is the inheritance tax threshold in the UK and how does the residence nil-rate band work?`],
  ["en", "neg-inheritance:law", `Do you pay federal tax on an inheritance of $85,000 in the US?`],
  ["en", "neg-debt:statistics", `Average credit card debt per household in the US is around $6,000 — what drives it?`],
  ["en", "neg-debt:explain", `What happens legally when a payday loan defaults in Texas? Are the fees capped?`],
  // German
  ["de", "neg-salary:jobad", `Stellenanzeige: Sachbearbeiter (m/w/d), 3.900 € brutto, 38-Stunden-Woche, unbefristet. Bitte kürzer formulieren.`],
  ["de", "neg-salary:statistics", `Wie hoch ist das durchschnittliche Bruttogehalt in Deutschland 2024?`],
  ["de", "neg-salary:public", `Was verdient der Bundeskanzler? Man liest etwa 360.000 € im Jahr.`],
  ["de", "neg-benefit:law", `Wie hoch ist der Bürgergeld-Regelsatz 2025 für Alleinstehende?`],
  ["de", "neg-credit:explain", `Wie berechnet die SCHUFA ihren Score und ab wann gilt er als gut?`],
  ["de", "neg-insolvency:explain", `Wie läuft eine Privatinsolvenz in Deutschland ab und wie lange dauert sie?`],
  ["de", "neg-loan:calculator", `Rechne: 200.000 € Baukredit, 3,8 % Zins, 2 % Tilgung – wie hoch ist die Monatsrate?`],
  ["de", "neg-company:revenue", `Die Deutsche Bahn hat Schulden von über 30 Milliarden Euro – wie ist das entstanden?`],
  ["de", "neg-tax:law", `Was ist der Unterschied zwischen Steuerklasse 3/5 und 4/4 mit Faktor?`],
  // Spanish
  ["es", "neg-salary:jobad", `Oferta: Técnico de soporte, 1.650 € netos al mes, jornada completa, Madrid. Mejora el texto.`],
  ["es", "neg-salary:statistics", `¿Cuál es el salario medio en España en 2024?`],
  ["es", "neg-salary:public", `¿Cuánto cobra el presidente del Gobierno de España al año?`],
  ["es", "neg-loan:calculator", `Simula una hipoteca de 150.000 € a 25 años al 3 %: ¿cuál es la cuota?`],
  ["es", "neg-credit:explain", `¿Qué es ASNEF y cómo se sale de ese fichero?`],
  ["es", "neg-tax:law", `¿Cómo funcionan los tramos del IRPF en 2025?`],
  ["es", "neg-fiction:character", `En "La casa de papel", ¿cuánto dinero imprimieron en la Fábrica Nacional de Moneda?`],
  ["es", "neg-company:revenue", `Inditex facturó más de 35.000 millones de euros en 2023, resume sus resultados.`],
  // Portuguese
  ["pt", "neg-salary:statistics", `Qual é o salário mínimo no Brasil em 2025?`],
  ["pt", "neg-benefit:law", `Quem tem direito ao Bolsa Família e qual o valor mínimo por família?`],
  ["pt", "neg-benefit:law", `Como funciona a aposentadoria por idade do INSS depois da reforma?`],
  ["pt", "neg-credit:explain", `Como o score do Serasa é calculado e o que é considerado um score bom?`],
  ["pt", "neg-loan:calculator", `Simule um financiamento de R$ 80.000 em 48 parcelas com juros de 1,5 % ao mês.`],
  ["pt", "neg-tax:law", `O que é a malha fina da Receita Federal e por que acontece?`],
  ["pt", "neg-price:product", `Quanto custa um Honda Civic usado em Portugal, uns 15.000 €?`],
  // French
  ["fr", "neg-salary:jobad", `Offre d'emploi : comptable H/F, 2 900 € net par mois, CDI, Lyon. Reformule l'annonce.`],
  ["fr", "neg-benefit:law", `Quel est le montant du RSA pour une personne seule en 2025 ?`],
  ["fr", "neg-salary:public", `Combien gagne le président de la République française ?`],
  ["fr", "neg-loan:calculator", `Calcule les mensualités d'un prêt immobilier de 200 000 € sur 20 ans à 3,5 %.`],
  ["fr", "neg-debt:explain", `Comment fonctionne un dossier de surendettement à la Banque de France ?`],
  ["fr", "neg-fiction:character", `Dans Le Père Goriot, comment le père Goriot s'est-il ruiné pour ses filles ?`],
  // Italian
  ["it", "neg-salary:statistics", `Qual è lo stipendio medio netto in Italia nel 2024?`],
  ["it", "neg-credit:explain", `Cos'è il CRIF e per quanto tempo restano le segnalazioni?`],
  ["it", "neg-loan:calculator", `Calcola la rata di un mutuo di 120.000 € a 25 anni al 3,2 %.`],
  ["it", "neg-benefit:law", `Chi ha diritto all'Assegno di inclusione e quanto vale al massimo?`],
  ["it", "neg-company:revenue", `Ferrari ha chiuso il 2023 con ricavi per 5,9 miliardi, riassumi i risultati.`],
  ["it", "neg-tax:law", `Come funziona la rottamazione delle cartelle esattoriali?`],
  // Polish
  ["pl", "neg-salary:statistics", `Ile wynosi przeciętne wynagrodzenie w Polsce w 2024 roku?`],
  ["pl", "neg-benefit:law", `Ile wynosi świadczenie 800 plus i kto może je dostać?`],
  ["pl", "neg-credit:explain", `Jak działa BIK i jak sprawdzić swoją historię kredytową?`],
  ["pl", "neg-loan:calculator", `Oblicz ratę kredytu hipotecznego 400 000 zł na 30 lat przy 7 %.`],
  ["pl", "neg-insolvency:explain", `Na czym polega upadłość konsumencka w Polsce?`],
  // Hindi / Hinglish
  ["hi", "neg-credit:explain", `CIBIL score kaise calculate hota hai aur 750 se upar kyu accha mana jata hai?`],
  ["hi", "neg-loan:calculator", `20 lakh ka home loan 8.5% pe 20 saal ke liye, EMI kitni banegi?`],
  ["hi", "neg-salary:jobad", `Job post: Sales executive, salary 25,000–35,000 per month + incentives, Pune. Isko professional bana do.`],
  ["hi", "neg-tax:law", `नई टैक्स रीजीम में 12 लाख तक की आय पर टैक्स कितना है?`],
  ["hi", "neg-salary:statistics", `भारत में एक सॉफ्टवेयर इंजीनियर की औसत सैलरी कितनी है?`],
  // Japanese
  ["ja", "neg-salary:statistics", `日本の平均年収はいくらですか？男女差も教えてください。`],
  ["ja", "neg-loan:calculator", `3,000万円を金利1％、35年で借りた場合の毎月の返済額を計算してください。`],
  ["ja", "neg-insolvency:explain", `自己破産と個人再生の違いを分かりやすく説明してください。`],
  ["ja", "neg-salary:public", `内閣総理大臣の年収はいくらですか？`],
  ["ja", "neg-fiction:character", `『カイジ』で主人公が背負った借金はいくらでしたか？`],
];
