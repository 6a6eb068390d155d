/**
 * dev-60 entries: a private person's bank account in its national form (Brazil agência/conta and PIX random keys,
 * Mexico CLABE, Poland NRB without `PL`, India account + IFSC, US routing + account, UK sort code + account, Australia
 * BSB + account, Japan 銀行/支店/口座番号, Turkey IBAN and hesap numarası, Canada transit/institution/account):
 * `⟦bank_account|…⟧` (a Turkish IBAN: `⟦iban|…⟧`), and a private person's driving licence (US states, India, UK DVLA,
 * Poland, Brazil CNH, Spain, Italy, Netherlands, Japan): `⟦driver_license|…⟧`. Only the account number is marked, not
 * the bank's own branch code (routing, sort code, BSB, IFSC, transit, agência), which is public. Hard negatives use the
 * same words and formats with nobody private: banks' published routing and sort codes, SWIFT/BIC, IFSC look-ups,
 * format explanations, documented example numbers, invoice and order numbers of the same length, licence categories,
 * statutes and form numbers, a company's payment details. `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Checksummed formats (CLABE, ABA, NRB, IBAN, CNH, DNI) carry valid check digits. Our own invented text.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English: US routing + account
  ["en", "us-account:bank_account", `set up direct deposit for my nanny Maria: routing 021087138, account ⟦bank_account|4820193377⟧`],
  ["en", "us-account:bank_account", `My checking account is ⟦bank_account|000123847562⟧ at Chase, routing number 044840420. Can you fill in the ACH form?`],
  ["en", "us-account:bank_account", `Please refund Daniel Ortiz to ABA 122274196 acct ⟦bank_account|7731 0045 2219⟧`],
  [
    "en",
    "us-account:bank_account",
    `write an email to my landlord saying rent will come from my account ⟦bank_account|889201446⟧ (routing 063866304) on the 1st`,
  ],
  [
    "en",
    "us-account:bank_account",
    `payee,routing,account,amount\nJessica Lin,121938912,⟦bank_account|3304918827⟧,1450.00\nOmar Haddad,101702951,⟦bank_account|55102873⟧,980.00`,
  ],
  ["en", "us-account:bank_account", `{"employee":"Tyler Brooks","bank":{"routing":"091998325","account":"⟦bank_account|62019384711⟧","type":"checking"}}`],
  ["en", "us-account:bank_account", `grandma wants her social security deposited to routing 053955762 account ⟦bank_account|1029384756⟧, how do I tell SSA?`],
  ["en", "us-account:bank_account", `OCR of check: PAY TO THE ORDER OF Kevin Marsh ... ⑆026883638⑆ ⟦bank_account|4417720953⟧⑈ 1043`],
  // English: UK sort code + account
  ["en", "uk-account:bank_account", `Can you pay my cleaner Joanne? Sort code 20-45-77, account number ⟦bank_account|63914821⟧.`],
  ["en", "uk-account:bank_account", `my details for the deposit return: L. Patel, 40-11-62 ⟦bank_account|71829304⟧ (HSBC)`],
  ["en", "uk-account:bank_account", `Tenant: Hannah Wright | Sort code: 09-01-28 | Account no: ⟦bank_account|30571946⟧ | Rent: £1,150`],
  ["en", "uk-account:bank_account", `Mate just send the £40 to 60-83-71 ⟦bank_account|22904718⟧ cheers, Dan`],
  [
    "en",
    "uk-account:bank_account",
    `draft a letter to Nationwide asking them to close my account ⟦bank_account|0129 3847⟧, sort code 07-04-36, and move the balance to my Monzo`,
  ],
  // English: Australia BSB + account
  ["en", "au-account:bank_account", `Pay my tutor Chloe Nguyen, BSB 062-000 account ⟦bank_account|1048 2937⟧, $180 for the term`],
  ["en", "au-account:bank_account", `My super fund wants my bank details: BSB 033-172, acc ⟦bank_account|482 019 337⟧, name Liam O'Connor`],
  ["en", "au-account:bank_account", `name,bsb,account\nJack Taylor,083-004,⟦bank_account|194820331⟧\nMia Wilson,012-003,⟦bank_account|339120478⟧`],
  // English: Canada
  ["en", "ca-account:bank_account", `for my payroll at the new job: transit 04821, institution 003, account ⟦bank_account|5019283⟧ (RBC), name Emily Tremblay`],
  ["en", "ca-account:bank_account", `void cheque scan: ⑆12345⑆004⑈ ⟦bank_account|5203917⟧⑈ — Noah Gagnon, TD Canada Trust`],
  ["en", "ca-account:bank_account", `My CRA direct deposit: branch 00362, bank 002, account ⟦bank_account|0419283746⟧. Is that enough?`],
  // English: India
  ["en", "in-account:bank_account", `Please transfer the security deposit to Rohan Mehta, A/c ⟦bank_account|50100218847761⟧, IFSC HDFC0001234`],
  ["en", "in-account:bank_account", `my salary account is SBI ⟦bank_account|30418827561⟧ (IFSC SBIN0005943), can you write the letter to HR to change it`],
  ["en", "in-account:bank_account", `Beneficiary: Sunita Rao | Account: ⟦bank_account|918010049213377⟧ | IFSC: UTIB0000247 | Axis Bank Koramangala`],
  // English: Mexico / Poland / Brazil / Japan / Turkey in English
  ["en", "clabe:bank_account", `my friend Diego in Guadalajara sent me his CLABE ⟦bank_account|072008112658866828⟧, how do I wire him from the US?`],
  ["en", "clabe:bank_account", `Send my share of the Cancun house to Sofia, CLABE ⟦bank_account|014991420934384137⟧ (Santander)`],
  ["en", "nrb:bank_account", `My Polish landlord Tomasz gave me his account ⟦bank_account|81 1020 4919 0262 3898 3982 8481⟧, what do I put for SWIFT?`],
  ["en", "nrb:bank_account", `wire the deposit to Agnieszka Nowak, account ⟦bank_account|91114017834326710192493736⟧, mBank`],
  ["en", "br-account:bank_account", `my cousin Lucas in São Paulo: Itaú, agency 0341, account ⟦bank_account|28374-5⟧. How do I send him reais from Canada?`],
  ["en", "pix:bank_account", `Pay Beatriz by PIX, her random key is ⟦bank_account|7f3c9a1e-52b4-4d8e-9a61-0c2f5e8d4b17⟧`],
  ["en", "jp-account:bank_account", `my host mother Keiko's account: MUFG, Shibuya branch, ordinary, account no. ⟦bank_account|3817265⟧`],
  ["en", "tr-iban:iban", `Send the rent to my landlord Mehmet Yılmaz: ⟦iban|TR11 0001 0021 8269 2002 8099 41⟧`],
  // English: driving licences, US states
  ["en", "dl-us:driver_license", `my California license number is ⟦driver_license|D4820917⟧, can you fill in the rental form for me?`],
  ["en", "dl-us:driver_license", `The other driver was Kevin Szabo, Florida DL ⟦driver_license|S120-431-86-722-0⟧, insurance Geico`],
  ["en", "dl-us:driver_license", `NY license ID ⟦driver_license|472 915 830⟧, name Amanda Ruiz, exp 03/2029 — please add her as a second driver`],
  ["en", "dl-us:driver_license", `driver_name,dl_number,state\nHollis Fant,⟦driver_license|F219-4810-7720⟧,IL\nRosa Ibarra,⟦driver_license|41207735⟧,TX`],
  ["en", "dl-us:driver_license", `OCR: PENNSYLVANIA DRIVER'S LICENSE  DL: ⟦driver_license|29 384 716⟧  CLASS: C  DOB 04/12/1987  MILLER JOHN R`],
  ["en", "dl-us:driver_license", `{"applicant":"Brian Cho","dlState":"WA","dlNumber":"⟦driver_license|WDL7X2K9P4M3⟧"}`],
  ["en", "dl-us:driver_license", `hey can you check the format, my NJ licence is ⟦driver_license|K2047 38815 60712⟧`],
  ["en", "dl-us:driver_license", `My son Ethan's learner permit is ⟦driver_license|Y3820174⟧ (CA), how many supervised hours does he still need?`],
  ["en", "dl-us:driver_license", `Michigan DL ⟦driver_license|B 642 118 903 217⟧ — that's my dad's, he lost the card, how does he get a duplicate?`],
  ["en", "dl-us:driver_license", `Employee onboarding: Name: Grace Kim; Driver's License #: ⟦driver_license|A1928374⟧; State: CA; Expires: 2028-09-14`],
  // English: UK, India, other
  ["en", "dl-uk:driver_license", `my driving licence number is ⟦driver_license|WRIGH804152HJ9TK⟧, the car hire site says it's invalid?`],
  ["en", "dl-uk:driver_license", `Hire form — Driver: Sarah Collins, licence no ⟦driver_license|COLLI856043SA9LP⟧, points: 3`],
  ["en", "dl-uk:driver_license", `DVLA check code request for Peter Hughes, licence ⟦driver_license|HUGHE710229PJ8XY⟧, last 8 characters needed?`],
  ["en", "dl-in:driver_license", `My DL no is ⟦driver_license|MH12 20110012345⟧, can I drive in Dubai with it on a tourist visa?`],
  ["en", "dl-in:driver_license", `Tenant verification: Arjun Nair, driving licence ⟦driver_license|KL07 20150004471⟧, Aadhaar pending`],
  ["en", "dl-br:driver_license", `my Brazilian CNH is ⟦driver_license|48636263132⟧, do I need an international permit in Florida?`],
  ["en", "dl-es:driver_license", `The rental in Madrid asked for my Spanish licence; it's just my DNI ⟦driver_license|48213576X⟧, right?`],
  ["en", "dl-nl:driver_license", `Dutch licence of my colleague Sanne de Vries: ⟦driver_license|5123948760⟧, valid till 2031, can she rent a van here?`],
  ["en", "dl-jp:driver_license", `my Japanese licence number is ⟦driver_license|301294857610⟧, how do I convert it in California?`],

  // Portuguese (BR)
  ["pt", "br-account:bank_account", `Faz o Pix pra minha irmã Juliana: Banco do Brasil, agência 1234-5, conta corrente ⟦bank_account|98765-4⟧`],
  ["pt", "br-account:bank_account", `Dados para reembolso: Fernanda Costa, Bradesco (237), ag. 0452, c/c ⟦bank_account|0038127-9⟧`],
  ["pt", "br-account:bank_account", `meu salário cai na Caixa, agência 3021, operação 013, conta ⟦bank_account|00019283-6⟧, como faço a portabilidade?`],
  ["pt", "br-account:bank_account", `nome;banco;agencia;conta\nRafael Souza;341;0341;⟦bank_account|45128-3⟧\nPatrícia Lima;260;0001;⟦bank_account|8827314-0⟧`],
  ["pt", "pix:bank_account", `a chave aleatória do Pix do meu pai é ⟦bank_account|c2a7e0b9-4f1d-4a3e-8b5c-91d04f6e2a38⟧, manda os 300 reais pra ele`],
  ["pt", "pix:bank_account", `Chave Pix (aleatória) da Dona Marta, a diarista: ⟦bank_account|5e91b3d2-0a7c-4c6f-b812-3d9f40a1e7c5⟧`],
  ["pt", "dl-br:driver_license", `Minha CNH é ⟦driver_license|90601894520⟧, posso usar ela pra alugar carro em Portugal?`],
  ["pt", "dl-br:driver_license", `Condutor: Thiago Almeida — CNH nº ⟦driver_license|10712288905⟧ — categoria B — validade 12/2030`],
  ["pt", "dl-br:driver_license", `OCR da habilitação: NOME ANA PAULA FERREIRA  Nº REGISTRO ⟦driver_license|01721715603⟧  CAT. HAB. AB`],
  ["pt", "dl-br:driver_license", `escreve um recurso de multa pro meu marido, registro da CNH dele ⟦driver_license|23264563680⟧`],

  // Polish
  ["pl", "nrb:bank_account", `Przelej czynsz pani Kowalskiej na konto ⟦bank_account|67 1050 0324 2198 7877 8553 8026⟧, tytuł: czynsz luty`],
  ["pl", "nrb:bank_account", `mój numer konta to ⟦bank_account|15109060750986187983638381⟧, napisz maila do pracodawcy że się zmienił`],
  ["pl", "nrb:bank_account", `Dane do zwrotu kaucji: Piotr Wiśniewski, nr rachunku ⟦bank_account|98 2490 4501 3558 9294 1897 1330⟧`],
  ["pl", "nrb:bank_account", `imie;nazwisko;konto\nKatarzyna;Zielińska;⟦bank_account|79124071273234940910364981⟧`],
  ["pl", "dl-pl:driver_license", `Numer mojego prawa jazdy to ⟦driver_license|04821/19/1206⟧, jak sprawdzić punkty karne?`],
  ["pl", "dl-pl:driver_license", `Kierowca: Marek Lewandowski, prawo jazdy nr ⟦driver_license|00734/15/0412⟧, kat. B, C`],
  ["pl", "dl-pl:driver_license", `OCR: PRAWO JAZDY  1. DĄBROWSKA  2. EWA  5. ⟦driver_license|12093/21/1465⟧  9. B`],
  ["pl", "dl-pl:driver_license", `syn ma prawo jazdy ⟦driver_license|03318/23/0614⟧ od miesiąca, czy może wozić kolegów?`],

  // Spanish (MX / ES)
  ["es", "clabe:bank_account", `Deposítale a mi hermana Lupita a la CLABE ⟦bank_account|002449243775012260⟧, es de Banamex`],
  ["es", "clabe:bank_account", `mi CLABE interbancaria es ⟦bank_account|012030622492898907⟧, pásala al de nóminas porfa`],
  ["es", "clabe:bank_account", `Datos para el reembolso: Jorge Ramírez Soto, CLABE ⟦bank_account|127557189607482132⟧ (Banco Azteca)`],
  [
    "es",
    "clabe:bank_account",
    `nombre,clabe,monto\nMariana Flores,⟦bank_account|021243391857561810⟧,3500\nLuis Herrera,⟦bank_account|137681860870610932⟧,1200`,
  ],
  ["es", "clabe:bank_account", `oye te paso la cuenta de mi tío para lo del terreno: ⟦bank_account|044125672390753051⟧ a nombre de Ernesto Vidal`],
  ["es", "dl-es:driver_license", `Mi permiso de conducir es el mismo número que el DNI: ⟦driver_license|52907134G⟧. ¿Cuántos puntos me quedan?`],
  ["es", "dl-es:driver_license", `Conductor: Javier Moreno Ruiz, permiso de conducción nº ⟦driver_license|30418862M⟧, clase B`],
  ["es", "dl-mx:driver_license", `Mi licencia de conducir de la CDMX es ⟦driver_license|A09381726⟧, ¿cómo la renuevo en línea?`],
  ["es", "dl-mx:driver_license", `Chofer: Rubén Castillo — licencia federal ⟦driver_license|JAL0047182⟧ — tipo B`],

  // Hindi / Hinglish
  ["hi", "in-account:bank_account", `bhai ye mera account hai ⟦bank_account|20118376459⟧ IFSC SBIN0001707, 5000 bhej de kal tak`],
  ["hi", "in-account:bank_account", `मेरे पापा का खाता संख्या ⟦bank_account|918020047712345⟧ है, IFSC UTIB0000247, पेंशन का फॉर्म भर दो`],
  ["hi", "in-account:bank_account", `Naam: Pooja Sharma, A/C No ⟦bank_account|50100491827365⟧, IFSC HDFC0000123 — rent isme bhejna`],
  ["hi", "in-account:bank_account", `mummy ka PNB account ⟦bank_account|0412000100237781⟧ hai, uska KYC update karne ka letter likh do`],
  ["hi", "dl-in:driver_license", `mera DL number ⟦driver_license|DL-0420110149646⟧ hai, challan check kaise karun?`],
  ["hi", "dl-in:driver_license", `मेरा ड्राइविंग लाइसेंस नंबर ⟦driver_license|UP32 20190012875⟧ है, इसे आधार से कैसे लिंक करें?`],
  ["hi", "dl-in:driver_license", `Driver details: Ramesh Yadav, DL ⟦driver_license|KA01 20180004567⟧, cab no KA-01-AB-1234`],
  ["hi", "dl-in:driver_license", `bhaiya ka licence ⟦driver_license|RJ14 20130023319⟧ expire ho gaya, renew ka process batao`],

  // Italian
  ["it", "it-account:bank_account", `Fai il bonifico a mia madre, conto corrente n. ⟦bank_account|000041829375⟧ presso Intesa, filiale di Bologna`],
  ["it", "it-account:bank_account", `i miei dati: Marco Bianchi, c/c ⟦bank_account|1000/00012847⟧, ABI 03069 CAB 02404`],
  ["it", "dl-it:driver_license", `Il numero della mia patente è ⟦driver_license|U1H27V543K⟧, come controllo i punti?`],
  ["it", "dl-it:driver_license", `Conducente: Giulia Russo, patente n. ⟦driver_license|U18X2J901P⟧, categoria B, scadenza 2032`],
  ["it", "dl-it:driver_license", `OCR: PATENTE DI GUIDA  1. ESPOSITO  2. LUCA  5. ⟦driver_license|RM5123456A⟧  9. AM/B`],
  ["it", "dl-it:driver_license", `mio figlio Matteo ha preso la patente, numero ⟦driver_license|U1B04K772W⟧, lo devo aggiungere all'assicurazione?`],

  // Dutch
  ["nl", "dl-nl:driver_license", `Mijn rijbewijsnummer is ⟦driver_license|5419027736⟧, hoe verleng ik het bij het CBR?`],
  ["nl", "dl-nl:driver_license", `Bestuurder: Daan Jansen, rijbewijs nr. ⟦driver_license|4820193746⟧, categorie B`],
  ["nl", "dl-nl:driver_license", `OCR: RIJBEWIJS  1. BAKKER  2. LOTTE  5. ⟦driver_license|5301847729⟧  9. AM B`],
  ["nl", "nl-account:bank_account", `Mijn oude rekeningnummer was ⟦bank_account|48.27.19.305⟧ bij de ABN, klopt dat nog na de IBAN-omzetting?`],

  // Japanese
  ["ja", "jp-account:bank_account", `振込先：三井住友銀行 新宿支店 普通 口座番号 ⟦bank_account|8274615⟧ 口座名義 タナカ ハナコ`],
  ["ja", "jp-account:bank_account", `母の口座（ゆうちょ銀行 記号10170 番号 ⟦bank_account|28374651⟧）に仕送りしたいです`],
  ["ja", "jp-account:bank_account", `家賃の振込先を大家さんにメールで伝えたい：みずほ銀行 渋谷支店 普通 ⟦bank_account|1029384⟧ 佐藤一郎`],
  ["ja", "dl-jp:driver_license", `運転免許証番号 ⟦driver_license|301294857610⟧、更新の案内が来ない`],
  ["ja", "dl-jp:driver_license", `レンタカーの予約フォーム：氏名 鈴木健太 免許証番号 第⟦driver_license|442018370915⟧号`],
  ["ja", "dl-jp:driver_license", `OCR：運転免許証 氏名 山本 美咲 番号 第 ⟦driver_license|6305 1827 4401⟧ 号 平成2年4月1日生`],

  // Turkish
  ["tr", "tr-iban:iban", `Kirayı ev sahibim Ayşe Demir'e gönder: ⟦iban|TR60 0006 2054 7682 7723 3550 68⟧`],
  ["tr", "tr-iban:iban", `benim IBAN ⟦iban|TR510004605954475096001838⟧, maaşın buraya yatması için İK'ya mail yazar mısın`],
  ["tr", "tr-account:bank_account", `Babamın Ziraat hesabı: şube kodu 1234, hesap no ⟦bank_account|48291735-5001⟧, emekli maaşı buna yatıyor`],
  ["tr", "dl-tr:driver_license", `Ehliyet belge no ⟦driver_license|A41 728395⟧, sürücü Emre Kaya, sınıf B`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English: banks' own codes, formats, examples
  ["en", "neg-us-account:published", `What is Chase's routing number for New York? I read 021000021 somewhere`],
  ["en", "neg-us-account:format", `How is the ABA routing number checksum computed? Explain 3-7-1 weights on 011000015 as an example.`],
  ["en", "neg-us-account:published", `Wells Fargo routing numbers by state: CA 121042882, NY 026012881, TX 111900659`],
  ["en", "neg-us-account:docs", `The Fed's sample ACH file uses routing 123456780 and account 1234567890 — can you explain the NACHA record layout?`],
  ["en", "neg-us-account:invoice", `Invoice #4820193377 from Acme Supplies is due on the 30th; PO 000123847562`],
  [
    "en",
    "neg-us-account:company",
    `Remit payment to Northwind Traders Inc., Bank of America, routing 026009593, account 4451 2290 1187 (company operating account)`,
  ],
  ["en", "neg-uk-account:published", `Which bank has sort code 20-00-00? Barclays head office right?`],
  ["en", "neg-uk-account:format", `UK bank account numbers are 8 digits and sort codes are 6; how does modulus checking work?`],
  ["en", "neg-uk-account:docs", `The Vocalink modulus test examples use sort code 08-99-99 and account 66374958 — walk me through the weights`],
  ["en", "neg-uk-account:company", `Payment details (Greenleaf Catering Ltd): sort code 30-94-57, account 21468832, reference INV-2291`],
  ["en", "neg-uk-account:order", `My Amazon order 203-7719402-3316732 still hasn't arrived, what should I do?`],
  ["en", "neg-au-account:published", `What's the BSB for Commonwealth Bank Sydney? Is 062-000 a real one?`],
  ["en", "neg-au-account:format", `Explain Australian BSB numbers: the first two digits identify the bank, the third the state`],
  [
    "en",
    "neg-ca-account:format",
    `In a Canadian MICR line, what do the transit number (5 digits) and institution number (3 digits) mean? RBC is 003, TD is 004`,
  ],
  ["en", "neg-in-account:ifsc", `Which branch is IFSC HDFC0001234? And what does the fifth character 0 mean?`],
  ["en", "neg-in-account:ifsc", `Find the IFSC code of SBI Connaught Place branch — is it SBIN0000691?`],
  ["en", "neg-clabe:format", `How is the CLABE check digit calculated? Wikipedia uses 032180000118359719 as the example`],
  ["en", "neg-clabe:format", `A CLABE has 18 digits: 3 for the bank, 3 for the city, 11 for the account and 1 check digit. What's bank code 072?`],
  ["en", "neg-nrb:format", `Polish NRB is 26 digits; the IBAN example PL61 1090 1014 0000 0712 1981 2874 — which part is the bank sort code?`],
  ["en", "neg-iban:swift", `What's the SWIFT/BIC of Deutsche Bank Frankfurt? DEUTDEFF or DEUTDEFFXXX?`],
  ["en", "neg-iban:swift", `For an international wire to Mexico I need BBVA's SWIFT code, is it BCMRMXMM?`],
  ["en", "neg-tr-iban:docs", `The Turkish IBAN example in the ISO registry is TR33 0006 1005 1978 6457 8413 26 — how many digits is the account part?`],
  ["en", "neg-pix:format", `What are the PIX key types in Brazil? CPF, phone, email, or a random UUID key?`],
  ["en", "neg-br-account:format", `How does Banco do Brasil compute the account check digit (the "-X" after the number)?`],
  ["en", "neg-jp-account:format", `Japanese bank accounts: what do the 3-digit branch code and 7-digit 口座番号 mean? Is futsu the same as checking?`],
  ["en", "neg-us-account:tracking", `FedEx tracking 771924836612 says delivered but nothing at my door`],
  // English: driving licence negatives
  ["en", "neg-dl-us:format", `What format do California driver's license numbers have? One letter and seven digits?`],
  ["en", "neg-dl-us:docs", `The Florida DHSMV sample licence shows number D123-456-78-901-0 — how is the Soundex part encoded?`],
  ["en", "neg-dl-us:statute", `California Vehicle Code section 12500 says you need a valid license; what is the fine for driving without one?`],
  ["en", "neg-dl-us:form", `Where do I get form DL 44 for the California DMV, and do I need an appointment?`],
  ["en", "neg-dl-us:category", `What's the difference between a Class C and a Class M1 license in California?`],
  ["en", "neg-dl-us:docs", `The AAMVA DL/ID card design standard sample uses license number 123456789 — what barcode does it use?`],
  ["en", "neg-dl-us:order", `Order #A1928374 shipped yesterday, tracking to follow`],
  ["en", "neg-dl-us:statute", `Under New York VTL § 509 can a learner drive at night in NYC?`],
  ["en", "neg-dl-uk:docs", `The DVLA's specimen licence shows MORGA753116SM9IJ — how is the 16-character number built from name and birthday?`],
  ["en", "neg-dl-uk:category", `Can I tow a caravan with a category B licence, or do I need B+E? What about C1E?`],
  ["en", "neg-dl-uk:form", `Which DVLA form do I need to renew my photocard, D1 or D798?`],
  ["en", "neg-dl-in:format", `Indian DL numbers look like state code + RTO code + year + 7 digits, e.g. MH12 2011 0012345 — what is the RTO part?`],
  ["en", "neg-dl-in:statute", `What does Section 3 of the Motor Vehicles Act 1988 say about driving without a licence?`],
  ["en", "neg-dl-br:format", `How do I validate a Brazilian CNH number? Are the last two digits check digits like the CPF?`],
  ["en", "neg-dl-jp:format", `What do the 12 digits of a Japanese driver's licence number encode? The first two are the prefecture?`],
  ["en", "neg-dl-us:public", `Elon Musk got his California driver's license at 17? Is that true?`],
  ["en", "neg-dl-us:invoice", `Your invoice INV-41207735 for $249.00 is attached. Net 30.`],

  // Portuguese (BR)
  ["pt", "neg-br-account:published", `Qual o código do Itaú? É 341 mesmo? E o Nubank é 260?`],
  ["pt", "neg-br-account:format", `Como se calcula o dígito verificador da conta no Banco do Brasil (módulo 11)?`],
  ["pt", "neg-br-account:company", `Dados bancários da Padaria Pão Quente Ltda (CNPJ no rodapé): Bradesco ag. 1234 c/c 56789-0 — favor enviar comprovante`],
  ["pt", "neg-pix:format", `Quais são os tipos de chave Pix? A chave aleatória tem 32 caracteres?`],
  ["pt", "neg-pix:company", `Pague o boleto via Pix com a chave da loja: pagamentos@lojadoze.com.br (CNPJ)`],
  ["pt", "neg-dl-br:category", `Qual a diferença entre a CNH categoria B e a categoria AB? Posso dirigir moto com a B?`],
  ["pt", "neg-dl-br:statute", `O que diz o artigo 162 do CTB sobre dirigir sem habilitação?`],
  ["pt", "neg-dl-br:format", `Quantos dígitos tem o número de registro da CNH? São 11 com dois verificadores?`],
  ["pt", "neg-dl-br:order", `Meu pedido 48636263132 na Magalu ainda não foi enviado`],

  // Polish
  ["pl", "neg-nrb:format", `Jak obliczyć sumę kontrolną NRB? Pierwsze dwie cyfry to cyfry kontrolne, potem 8 cyfr numeru rozliczeniowego banku?`],
  ["pl", "neg-nrb:published", `Jaki numer rozliczeniowy ma PKO BP? 1020 to PKO, a 1140 to mBank?`],
  ["pl", "neg-nrb:company", `Dane do przelewu: Urząd Skarbowy Warszawa-Mokotów, rachunek mikrorachunku podatkowego generujesz na stronie podatki.gov.pl`],
  ["pl", "neg-nrb:invoice", `Faktura VAT nr FV/2024/03/000184, termin płatności 14 dni, sprzedawca: Kwiaciarnia Róża sp. z o.o.`],
  ["pl", "neg-dl-pl:category", `Czy z prawem jazdy kategorii B mogę prowadzić motocykl 125 cm³? A co z kategorią C1E?`],
  ["pl", "neg-dl-pl:statute", `Co mówi art. 94 kodeksu wykroczeń o jeździe bez uprawnień?`],
  ["pl", "neg-dl-pl:format", `Co oznacza numer blankietu prawa jazdy w formacie 12345/20/1234? Który to rok?`],
  ["pl", "neg-dl-pl:form", `Jaki wniosek złożyć o wymianę prawa jazdy i ile kosztuje (100,50 zł)?`],

  // Spanish
  ["es", "neg-clabe:format", `¿Cómo se calcula el dígito de control de la CLABE? Ponderaciones 3, 7 y 1`],
  ["es", "neg-clabe:published", `¿Qué banco es el código 002 en la CLABE? ¿Y el 012 es BBVA?`],
  ["es", "neg-clabe:company", `Datos de pago de Papelería El Lápiz S.A. de C.V.: BBVA, CLABE 012180001234567895, referencia FAC-2291`],
  ["es", "neg-clabe:invoice", `El folio de mi factura es 002449243775012200, ¿dónde lo verifico en el SAT?`],
  ["es", "neg-iban:swift", `¿Cuál es el código SWIFT de Santander México? ¿BMSXMXMM?`],
  ["es", "neg-dl-es:docs", `El DNI de ejemplo que usa el Ministerio es 99999999R, ¿por qué esa letra?`],
  ["es", "neg-dl-es:category", `¿Con el carnet B puedo llevar una moto de 125? ¿Y qué es el permiso C1E?`],
  ["es", "neg-dl-es:statute", `¿Qué dice el artículo 384 del Código Penal sobre conducir sin permiso?`],
  ["es", "neg-dl-mx:form", `¿Qué documentos piden en la CDMX para sacar la licencia tipo A por primera vez?`],

  // Hindi / Hinglish
  ["hi", "neg-in-account:ifsc", `SBIN0005943 kis branch ka IFSC hai? bas branch ka address chahiye`],
  ["hi", "neg-in-account:format", `IFSC code mein 11 characters kyun hote hain? paanchva hamesha 0 kyon hota hai?`],
  ["hi", "neg-in-account:company", `Infosys ke vendor payment ke liye company ka current account details invoice pe diya hai, GST number ke saath`],
  ["hi", "neg-in-account:order", `mera Flipkart order OD4301827765432100 abhi tak nahi aaya`],
  ["hi", "neg-dl-in:form", `learner licence ke liye Form 2 kaha milega? Sarathi portal pe?`],
  ["hi", "neg-dl-in:category", `LMV aur MCWG category mein kya fark hai? kya ek hi DL pe dono ho sakte hain?`],
  ["hi", "neg-dl-in:statute", `मोटर वाहन अधिनियम की धारा 181 के तहत बिना लाइसेंस ड्राइविंग पर कितना जुर्माना है?`],
  ["hi", "neg-dl-in:format", `DL number mein MH12 ka matlab kya hai? Pune RTO?`],

  // Italian
  ["it", "neg-it-account:format", `Cosa sono ABI e CAB nel codice IBAN italiano? Il CIN come si calcola?`],
  ["it", "neg-it-account:company", `Coordinate bancarie della ditta Rossi Serramenti S.r.l. per il saldo fattura n. 2024/118: vedere fattura allegata`],
  ["it", "neg-dl-it:category", `Con la patente B posso guidare uno scooter 125? E la patente C1E a cosa serve?`],
  ["it", "neg-dl-it:statute", `Cosa prevede l'articolo 116 del Codice della Strada per la guida senza patente?`],
  ["it", "neg-dl-it:format", `Il numero della patente italiana inizia con U1? Quanti caratteri ha?`],
  ["it", "neg-dl-it:order", `L'ordine n. 000041829375 su Zalando risulta consegnato ma non ho ricevuto nulla`],

  // Dutch
  ["nl", "neg-dl-nl:category", `Mag ik met rijbewijs B een aanhanger trekken, of heb ik BE nodig?`],
  ["nl", "neg-dl-nl:format", `Uit hoeveel cijfers bestaat een Nederlands rijbewijsnummer? Tien?`],
  ["nl", "neg-dl-nl:statute", `Wat zegt artikel 107 van de Wegenverkeerswet over rijden zonder rijbewijs?`],
  ["nl", "neg-nl-account:order", `Mijn bestelling 5419027736 bij bol.com is nog niet verzonden`],
  ["nl", "neg-nl-account:swift", `Wat is de BIC van de Rabobank? RABONL2U?`],
  ["nl", "neg-nl-account:company", `Betaalgegevens van Bakkerij De Molen B.V. staan onderaan de factuur, kenmerk F-2024-0117`],

  // Japanese
  ["ja", "neg-jp-account:published", `三菱UFJ銀行の金融機関コードは0005ですか？支店コードの調べ方も教えて`],
  ["ja", "neg-jp-account:format", `口座番号が7桁なのはなぜですか？ゆうちょの記号番号との違いは？`],
  ["ja", "neg-jp-account:company", `株式会社サンプル商事の振込先は請求書に記載の通りです。請求書番号 INV-20240315`],
  ["ja", "neg-dl-jp:format", `運転免許証の12桁の番号の意味は？最初の2桁は都道府県ですか？`],
  ["ja", "neg-dl-jp:category", `普通免許で運転できるのは何トンまで？中型と準中型の違いは？`],
  ["ja", "neg-dl-jp:statute", `道路交通法第64条の無免許運転の罰則は？`],
  ["ja", "neg-dl-jp:order", `注文番号 301294857610 の商品がまだ届きません`],

  // Turkish
  ["tr", "neg-tr-iban:format", `Türk IBAN'ı kaç haneli? TR'den sonraki iki rakam kontrol basamağı mı?`],
  ["tr", "neg-tr-iban:published", `Ziraat Bankası'nın banka kodu 00010 mu? Garanti 00062 mi?`],
  ["tr", "neg-tr-iban:company", `Ödeme bilgileri: ABC Lojistik A.Ş., fatura no 2024000184, vade 30 gün`],
  ["tr", "neg-tr-iban:swift", `Garanti BBVA'nın SWIFT kodu TGBATRIS mi?`],
  ["tr", "neg-dl-tr:category", `B sınıfı ehliyetle motosiklet kullanabilir miyim? A2 için ne gerekir?`],
  ["tr", "neg-dl-tr:statute", `Karayolları Trafik Kanunu 36. madde ehliyetsiz araç kullanma cezası ne kadar?`],
];
