/**
 * dev-50 hard negatives, twins of the sensitive entries: the same paperwork and the same number shapes with no
 * person's identity number — format descriptions, specimen and sample documents ("SPECIMEN", "MUSTERMANN"),
 * invalid-check-digit look-alikes in order, tracking, invoice, ticket and booking contexts, ISBN / IMEI / VIN values,
 * form-field instructions, blank forms and government statistics. `kind` is `neg-<event>:<what>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import * as ids from "./ids.js";
import { N } from "./sensitive.js";

const broken = ids.breakCheck;

/** Format descriptions and field instructions (the number's shape, no one's number). */
const FORMATS: MarkedEntry[] = [
  [
    "de",
    "neg-format:de-ausweis",
    `Wie ist die Ausweisnummer aufgebaut? Sie hat neun Zeichen (Buchstaben ohne Vokale und Ziffern), in der maschinenlesbaren Zone folgt eine Prüfziffer nach dem Verfahren 7-3-1.`,
  ],
  [
    "de",
    "neg-instruction:de-pass",
    `Ausfüllhinweis Feld 12 „Reisedokument": Tragen Sie die Passnummer ohne Leerzeichen ein (9 Zeichen, beginnt mit C). Die Prüfziffer nicht mit eintragen.`,
  ],
  [
    "fr",
    "neg-format:fr-cni",
    `Format du numéro de la CNI ancienne génération : 12 chiffres — année et mois de délivrance (4), code du département (3), numéro d'ordre (5). Le nouveau format compte 9 caractères alphanumériques.`,
  ],
  [
    "fr",
    "neg-instruction:fr-passeport",
    `Case 8 du formulaire : indiquez le numéro du passeport tel qu'il figure en haut à droite de la page de données (2 chiffres, 2 lettres, 5 chiffres), sans espace.`,
  ],
  [
    "es",
    "neg-format:es-dni",
    `¿Cómo se calcula la letra del DNI? Se divide el número entre 23 y el resto indica la letra en la tabla TRWAGMYFPDXBNJZSQVHLCKE; por ejemplo, resto 0 → T.`,
  ],
  [
    "es",
    "neg-format:es-nie",
    `El NIE empieza por X, Y o Z, sigue con siete cifras y termina con una letra de control; para calcularla se sustituye X por 0, Y por 1 y Z por 2.`,
  ],
  [
    "it",
    "neg-format:it-cf",
    `Come si forma il codice fiscale: 3 lettere del cognome, 3 del nome, 2 cifre dell'anno, una lettera per il mese, 2 cifre per giorno e sesso, il codice catastale del comune e un carattere di controllo.`,
  ],
  [
    "it",
    "neg-instruction:it-cie",
    `Istruzioni: nel campo "Numero documento" inserire il numero della CIE (due lettere, cinque cifre, due lettere) stampato in alto a destra sul fronte.`,
  ],
  [
    "nl",
    "neg-format:nl-bsn",
    `Een BSN heeft negen cijfers en moet voldoen aan de elfproef: 9×a + 8×b + … + 2×h − 1×i moet deelbaar zijn door 11. Hoe schrijf ik die controle in Excel?`,
  ],
  [
    "nl",
    "neg-format:be-rrn",
    `Het rijksregisternummer bestaat uit 11 cijfers: geboortedatum (JJ.MM.DD), een volgnummer (even voor vrouwen, oneven voor mannen) en een controlegetal van 97 min de rest.`,
  ],
  [
    "pl",
    "neg-format:pl-pesel",
    `PESEL składa się z 11 cyfr: data urodzenia (RRMMDD), numer serii, cyfra płci i cyfra kontrolna liczona z wagami 1-3-7-9. Jak to zaprogramować w Pythonie?`,
  ],
  [
    "pl",
    "neg-instruction:pl-dowod",
    `Pole 4 formularza: wpisz serię i numer dowodu osobistego (3 litery i 6 cyfr) bez spacji. Jeśli nie masz dowodu, wpisz numer paszportu.`,
  ],
  [
    "sv",
    "neg-format:se-pnr",
    `Personnumret skrivs ÅÅMMDD-NNNK; den sista siffran är en kontrollsiffra enligt Luhn-algoritmen. Vid 100 års ålder byts bindestrecket mot ett plustecken.`,
  ],
  ["no", "neg-format:no-fnr", `Fødselsnummeret har 11 siffer: fødselsdato (6), individnummer (3) og to kontrollsiffer beregnet med modulus 11.`],
  [
    "fi",
    "neg-format:fi-hetu",
    `Henkilötunnuksen muoto on PPKKVVSNNNT, jossa S on vuosisatamerkki (+, - tai A) ja T tarkistusmerkki, joka lasketaan jakojäännöksenä 31:llä.`,
  ],
  [
    "da",
    "neg-instruction:dk-cpr",
    `Udfyldningsvejledning: Skriv dit CPR-nummer i felt 2 i formatet DDMMÅÅ-XXXX. Har du ikke et CPR-nummer, så sæt kryds i feltet nedenfor.`,
  ],
  [
    "pt",
    "neg-format:pt-nif",
    `O NIF tem 9 dígitos; o último é um dígito de controlo calculado pelo módulo 11. Os NIF de pessoas singulares começam por 1, 2 ou 3.`,
  ],
  [
    "tr",
    "neg-format:tr-tc",
    `T.C. kimlik numarası 11 hanelidir, ilk hanesi 0 olamaz; 10. ve 11. haneler kontrol haneleridir. Doğrulama fonksiyonunu JavaScript ile yazar mısın?`,
  ],
  [
    "en",
    "neg-format:in-aadhaar",
    `Aadhaar numbers are 12 digits, never start with 0 or 1, and the last digit is a Verhoeff checksum. How do I validate one in a web form without storing it?`,
  ],
  [
    "en",
    "neg-format:in-pan",
    `A PAN has the pattern AAAAA9999A: five letters, four digits, one letter; the fourth letter is P for an individual and C for a company.`,
  ],
  ["zh", "neg-format:cn-id", `居民身份证号码由18位组成：6位地址码、8位出生日期码、3位顺序码和1位校验码，校验码按ISO 7064 MOD 11-2计算，可能是X。`],
  [
    "ja",
    "neg-format:jp-mynumber",
    `マイナンバー（個人番号）は12桁の数字で、最後の1桁はチェックデジットです。入力フォームで桁数チェックをする方法を教えてください。`,
  ],
  [
    "ko",
    "neg-format:kr-rrn",
    `주민등록번호는 생년월일 6자리와 뒤 7자리로 구성되며 마지막 자리는 검증번호입니다. 회원가입 폼에서 주민번호를 받지 않으려면 어떻게 해야 하나요?`,
  ],
  [
    "pt",
    "neg-format:br-cpf",
    `O CPF tem 11 dígitos no formato 000.000.000-00; os dois últimos são dígitos verificadores calculados com módulo 11. Como valido isso em TypeScript?`,
  ],
  [
    "es",
    "neg-format:mx-curp",
    `La CURP tiene 18 caracteres: iniciales del nombre, fecha de nacimiento, sexo, entidad, consonantes internas, un diferenciador y un dígito verificador.`,
  ],
  [
    "es",
    "neg-format:cl-rut",
    `El RUT se escribe 12.345.678-9; el dígito verificador se calcula con módulo 11 y puede ser K. ¿Cómo lo valido en un formulario?`,
  ],
  ["en", "neg-format:za-id", `A South African ID number is 13 digits: YYMMDD, four digits for gender, one for citizenship, an 8 and a Luhn check digit.`],
  [
    "en",
    "neg-instruction:us-passport",
    `Form DS-82, item 9: enter the passport book number from your most recent passport (9 characters). Do not enter the passport card number here.`,
  ],
  [
    "en",
    "neg-instruction:apis",
    `Airline help page: "Travel document number — enter the number exactly as printed on your passport data page, without spaces. Document type P = passport, I = identity card."`,
  ],
  ["en", "neg-instruction:ng-nin", `How do I retrieve my NIN? Dial *346# from the phone line registered with NIMC and follow the prompts; a fee applies.`],
];

/** Specimen and sample documents, published examples and blank forms. */
const SPECIMENS: MarkedEntry[] = [
  [
    "de",
    "neg-specimen:de-ausweis",
    `Auf dem Musterausweis der Bundesdruckerei steht: MUSTERMANN, ERIKA, geb. 12.08.1964, Ausweisnummer T22000129. Warum verwendet man gerade diesen Namen?`,
  ],
  ["de", "neg-specimen:de-pass", `Der Musterreisepass zeigt ERIKA MUSTERMANN, Passnummer C01X00T47, gültig bis 2031. Ist das Foto auf dem Muster echt?`],
  [
    "en",
    "neg-specimen:icao",
    `The ICAO 9303 specimen passport belongs to "ANNA MARIA ERIKSSON", document number L898902C3, issuing state UTO (Utopia). Explain each field of the MRZ.`,
  ],
  [
    "fr",
    "neg-specimen:fr-cni",
    `Sur le spécimen de la nouvelle carte d'identité figure « MARTIN Maëlys-Gaëlle Marie », numéro X4RTBPFW4. C'est un exemple officiel publié par l'ANTS.`,
  ],
  [
    "es",
    "neg-specimen:es-dni",
    `El DNI de ejemplo del Ministerio del Interior es el 99999999R, a nombre de ESPAÑOLA ESPAÑOLA, CARMEN. ¿Sirve para probar mi formulario?`,
  ],
  ["it", "neg-specimen:it-cf", `Nei manuali si usa spesso il codice fiscale di esempio RSSMRA80A01H501U (Mario Rossi, Roma). Va bene come valore di test?`],
  ["nl", "neg-specimen:nl-bsn", `Voor testomgevingen gebruiken we het voorbeeldnummer 999999990 uit de documentatie van Logius. Werkt dat met de elfproef?`],
  [
    "pl",
    "neg-specimen:pl-dowod",
    `Wzór dowodu osobistego z 2019 r.: IMIĘ: JAN, NAZWISKO: KOWALSKI, seria i numer ZZC108201. Jakie zabezpieczenia ma nowy dowód?`,
  ],
  ["sv", "neg-specimen:se-pnr", `Skatteverket har testpersonnummer för utveckling, t.ex. 19121212-1212 (Tolvan Tolvansson). Får man använda dem i en demo?`],
  ["en", "neg-specimen:in-aadhaar", `The UIDAI sample letter shows "Aadhaar No. XXXX XXXX 1234" and the name "Sample Name". What does a masked Aadhaar mean?`],
  ["zh", "neg-specimen:cn-id", `教材里的样例身份证写着：姓名 张三，公民身份号码 110101199003070000（示例，无效）。这个号码能通过校验吗？`],
  ["ja", "neg-specimen:jp-passport", `旅券の見本（SPECIMEN）には「旅券 太郎」と旅券番号 TK0000000 が印刷されています。実物とどこが違いますか？`],
  ["ko", "neg-specimen:kr-rrn", `예시 주민등록증에는 홍길동, 800101-1000000 이라고 적혀 있어요. 이건 실제 번호가 아니죠?`],
  [
    "pt",
    "neg-specimen:br-cpf",
    `No manual do sistema aparece o CPF de exemplo 000.000.000-00 e o nome "Fulano de Tal". Posso trocar por um CPF gerado para testes?`,
  ],
  [
    "en",
    "neg-specimen:us-passport",
    `The State Department's sample passport page shows "HAPPY TRAVELER", passport no. 963545637, marked SPECIMEN. Which fields appear in the MRZ?`,
  ],
  ["en", "neg-specimen:za-id", `The sample green ID book in the Home Affairs brochure reads "SPECIMEN — 0000000000000". What replaced it?`],
  [
    "es",
    "neg-specimen:mx-curp",
    `En la guía de RENAPO aparece como ejemplo la CURP de "Juan Pérez", escrita PEXJ800101HDFRXN00 con la palabra MUESTRA encima.`,
  ],
  [
    "de",
    "neg-blank:hotel",
    `Vorlage Meldeschein für unsere Pension: Name, Vorname: ________  Geburtsdatum: ________  Staatsangehörigkeit: ________  Ausweis-Nr.: ________. Bitte ins Englische übersetzen.`,
  ],
  [
    "en",
    "neg-blank:kyc",
    `Draft a KYC checklist for new customers: full name, date of birth, ID document type and number, proof of address not older than three months, tax residency.`,
  ],
  [
    "es",
    "neg-blank:alquiler",
    `Modelo de contrato: De una parte, D./Dña. ____________, con DNI/NIE nº ____________, en calidad de arrendador. Adapta el modelo a un alquiler de temporada.`,
  ],
  [
    "fr",
    "neg-blank:police",
    `Modèle de déclaration de perte : Je soussigné(e) [NOM Prénom], déclare avoir perdu ma carte d'identité n° [numéro] le [date]. Peux-tu l'améliorer ?`,
  ],
  ["zh", "neg-blank:酒店", `酒店入住登记表模板：姓名＿＿＿＿ 证件类型＿＿＿＿ 证件号码＿＿＿＿ 入住日期＿＿＿＿。请翻译成英文。`],
  [
    "en",
    "neg-blank:payroll",
    `Payroll onboarding template: Employee name {{name}}, national insurance / ID no. {{national_id}}, start date {{start}}. Fix the Handlebars syntax.`,
  ],
];

/** Same shapes, invalid check digits or no identity at all: orders, tracking, invoices, tickets, bookings, ISBN, IMEI, VIN. */
const LOOKALIKES: MarkedEntry[] = [
  [
    "de",
    "neg-order:lookalike",
    `Meine Bestellung Nr. ${broken(N.deAusweis)} ist seit einer Woche unterwegs, die Sendungsverfolgung zeigt nichts. Schreib bitte eine Beschwerde an den Händler.`,
  ],
  ["en", "neg-tracking:lookalike", `DHL tracking ${broken(N.nlBsn)}${"4"} shows "held at customs". What does that mean and how long does it take?`],
  ["es", "neg-invoice:lookalike", `Factura nº ${broken(N.esDni)} — el importe no coincide con el presupuesto. Redacta un correo al proveedor.`],
  [
    "it",
    "neg-ticket:lookalike",
    `Il mio biglietto Trenitalia con codice ${broken(N.itCf).slice(0, 6)} e PNR ${broken(N.itCie)} non risulta valido al controllo. Come chiedo il rimborso?`,
  ],
  ["fr", "neg-order:lookalike", `Commande n° ${broken(N.frCni)} passée le 2 décembre : le colis est arrivé vide. Aide-moi à écrire au service client.`],
  ["nl", "neg-invoice:lookalike", `Factuurnummer ${broken(N.nlBsn)} staat twee keer in de administratie. Hoe boek ik de creditnota?`],
  ["pl", "neg-order:lookalike", `Zamówienie nr ${broken(N.plPesel)} na Allegro nie dotarło. Napisz reklamację do sprzedawcy.`],
  ["sv", "neg-order:lookalike", `Ordernummer ${broken(N.sePnr)} från Elgiganten – leveransen är försenad. Skriv ett mejl till kundtjänst.`],
  ["tr", "neg-tracking:lookalike", `Kargo takip no ${broken(N.trTc)} üç gündür "dağıtımda" görünüyor. Kargo şirketine ne yazmalıyım?`],
  [
    "en",
    "neg-invoice:lookalike",
    `Invoice ${broken(N.inAadhaar).replace(/ /g, "")} from our supplier in Pune has the wrong GST rate. Draft the correction request.`,
  ],
  ["zh", "neg-order:lookalike", `我的订单号${broken(N.cnId)}一直显示"待发货"，帮我写一条催单消息。`],
  ["ja", "neg-order:lookalike", `注文番号 ${broken(N.jpMy)} の商品がまだ届きません。ショップへの問い合わせ文を書いてください。`],
  ["ko", "neg-tracking:lookalike", `운송장 번호 ${broken(N.krRrn).replace("-", "")} 로 조회하면 배송 정보가 없다고 나와요. 택배사에 문의 글을 써 주세요.`],
  ["pt", "neg-order:lookalike", `Pedido nº ${broken(N.brCpf).replace(/[.-]/g, "")} da loja online não chegou. Escreve uma reclamação para o Reclame Aqui.`],
  ["es", "neg-ticket:lookalike", `Folio de la queja ${broken(N.clRut)} en el SERNAC: llevan un mes sin responder. ¿Qué hago?`],
  ["en", "neg-booking:lookalike", `Booking reference ${broken(N.zaId)} on the Kulula site won't load my seat selection. Write a message to support.`],
  ["en", "neg-isbn:isbn", `Please format this citation: ISBN 978-3-16-148410-0, Schmidt, Einführung in die Verwaltungslehre, 3. Auflage.`],
  ["en", "neg-imei:imei", `My phone's IMEI is 356938035643809 — the carrier says it's blacklisted. How do I check why?`],
  ["en", "neg-vin:vin", `Decode this VIN for me: 1HGCM82633A004352. Which model year and plant?`],
  ["de", "neg-vin:vin", `Fahrgestellnummer WVWZZZ1KZ6W612345 im Kaufvertrag – ist das ein Golf V? Bitte erklären, was die Stellen bedeuten.`],
  ["en", "neg-order:lookalike", `Amazon order 114-${broken(N.usPass).slice(0, 7)}-3316852 arrived damaged; write a return request.`],
  ["en", "neg-booking:pnr", `Airline booking reference K7QZ2L, flight LH 402 on 14 January — can you write an email asking to change the seat?`],
  ["fi", "neg-invoice:lookalike", `Laskun viitenumero ${broken(N.fiHetu).replace(/\D/g, "")} ei kelpaa verkkopankissa. Mitä teen?`],
  ["no", "neg-invoice:lookalike", `KID-nummer ${broken(N.noFnr)} blir avvist i nettbanken. Hvordan får jeg riktig KID fra kommunen?`],
  ["da", "neg-order:lookalike", `Ordrenummer ${broken(N.dkCpr).replace("-", "")} fra Zalando – pakken er ikke kommet. Skriv en klage.`],
  ["pt", "neg-invoice:lookalike", `A fatura FT 2024/${broken(N.ptNif)} da EDP veio com um valor errado. Ajuda-me a reclamar.`],
  ["en", "neg-serial:lookalike", `Router serial number ${broken(N.ngNin)} — the warranty portal says "not found". Where else is the serial printed?`],
  ["es", "neg-order:lookalike", `Pedido ${broken(N.mxCurp)} en Mercado Libre: me llegó otro producto. Redacta la devolución.`],
  [
    "en",
    "neg-account:lookalike",
    `Customer account no. ${broken(N.arDni).replace(/\./g, "")} on the utility bill — is this the number I give when paying by phone?`,
  ],
];

/** Government statistics and news about identity documents (no one's number). */
const STATISTICS: MarkedEntry[] = [
  [
    "de",
    "neg-statistics:de-ausweis",
    `Laut Bundesinnenministerium wurden 2023 rund 9,2 Millionen Personalausweise und 3,1 Millionen Reisepässe ausgestellt; die Wartezeit in Berlin lag bei 6 Wochen.`,
  ],
  [
    "en",
    "neg-statistics:in-aadhaar",
    `UIDAI reports 1,380,000,000 Aadhaar numbers generated by March 2024 and 92 crore authentications a month. Summarise the trend for a slide.`,
  ],
  [
    "fr",
    "neg-statistics:fr-cni",
    `En 2023, 5 826 000 titres d'identité ont été délivrés en France, dont 3 142 000 cartes d'identité. Fais-en un graphique simple.`,
  ],
  ["es", "neg-statistics:es-dni", `Según la Policía Nacional se expidieron 6.742.318 DNI en 2023 y 1.905.402 pasaportes. ¿Cuál es la proporción?`],
  ["pl", "neg-statistics:pl-pesel", `W 2022 r. nadano 1 021 784 numerów PESEL obywatelom Ukrainy. Przygotuj krótkie podsumowanie dla raportu.`],
  ["zh", "neg-statistics:cn-id", `公安部数据：2023年全国共受理居民身份证申领 8,732 万张，异地办证 2,135 万张。帮我写一段新闻稿。`],
  ["pt", "neg-statistics:br-cpf", `A Receita Federal informou que o Brasil tem 218.432.901 CPFs ativos em 2024. Resuma em uma frase.`],
  ["en", "neg-statistics:ng-nin", `NIMC says 104,162,973 NINs had been issued by October 2024. Write two sentences on enrolment coverage.`],
  ["ko", "neg-statistics:kr-rrn", `행정안전부에 따르면 2023년 주민등록번호 변경 신청은 1,204건이었고 그중 784건이 승인되었습니다. 요약해 주세요.`],
  ["en", "neg-statistics:us-passport", `The State Department issued 24,017,381 passport books and cards in fiscal year 2023. What's the processing time now?`],
];

/** The same life events without anyone's number, or with the writer's question only. */
const EVENTS: MarkedEntry[] = [
  ["en", "neg-hotel:question", `Is it legal for a hotel in Italy to photocopy my passport at check-in? They said it's for the police registration.`],
  ["de", "neg-sim:question", `Warum muss man in Deutschland für eine Prepaid-SIM den Personalausweis vorzeigen? Seit wann gilt das?`],
  ["en", "neg-visa:question", `For the India e-Visa, does the passport need six months' validity from arrival or from application?`],
  ["es", "neg-banco:question", `¿Qué documentos piden los bancos en España para abrir una cuenta a un extranjero sin NIE?`],
  ["fr", "neg-location:question", `Un propriétaire peut-il exiger une copie de la carte d'identité et du dernier avis d'imposition pour une location ?`],
  ["ja", "neg-口座:question", `銀行口座を開くときにマイナンバーの提出は必須ですか？拒否するとどうなりますか？`],
  ["pt", "neg-aluguel:question", `O proprietário pode pedir cópia do RG e do CPF do fiador? Quais documentos são comuns num contrato de aluguel?`],
  ["en", "neg-payroll:question", `Which identity documents may an employer in the Netherlands copy during onboarding, and must the BSN be blacked out?`],
  ["en", "neg-police:question", `How do I report a lost passport abroad? Do I go to the police first or to the consulate?`],
  ["ko", "neg-휴대폰:question", `휴대폰 개통할 때 주민번호 뒷자리를 왜 요구하나요? 외국인은 어떻게 하나요?`],
  ["zh", "neg-酒店:question", `外国人在中国住酒店需要登记护照号码吗？民宿也需要吗？`],
  ["en", "neg-signature:company", `Tidy our company signature: "Northwind Trading BV | KvK 12345678 | VAT NL001234567B01 | Keizersgracht 100, Amsterdam"`],
  ["it", "neg-notaio:public", `Il notaio dice che l'atto richiede un documento d'identità valido di entrambe le parti. Vale anche la patente?`],
  ["en", "neg-consular:question", `How far in advance can I book a consular appointment for a passport renewal at the Brazilian consulate in London?`],
  ["sv", "neg-hyra:question", `Får en hyresvärd kräva personnummer innan visning? Jag vill inte lämna ut det i onödan.`],
  [
    "en",
    "neg-airline:public",
    `Airline APIS rules: carriers must send passenger name, date of birth, nationality, and travel document type and number to the destination country before departure. Summarise for a blog post.`,
  ],
  ["en", "neg-university:question", `Do Finnish universities need a personal identity code to enrol exchange students, or is a passport enough?`],
  ["tr", "neg-otel:question", `Otellerde kimlik bildirimi zorunlu mu? Yabancı misafirler için hangi belge isteniyor?`],
];

export const NEGATIVES: MarkedEntry[] = [...FORMATS, ...SPECIMENS, ...LOOKALIKES, ...STATISTICS, ...EVENTS];
