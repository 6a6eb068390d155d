/**
 * dev-88's hand-written frames per language: `ask` (a sentence to an assistant), `mail` (an e-mail to HR, a landlord,
 * an office) and `chat` (a chat message) for a person's number; `biz` (a business's own number on its papers) for a
 * company's. Slots: {L} the number's label, {V} the number, {N} the holder's name, {B} the birth date, {C} the city,
 * {CO} the business.
 */
export interface LanguageFrames {
  ask: string[];
  mail: string[];
  chat: string[];
  biz: string[];
}

export const FRAMES: Record<string, LanguageFrames> = {
  en: {
    ask: [
      "Can you fill in this tax form for me? My {L} is {V}, name {N}, born {B}.",
      "My sister {N} asked me to finish her benefits application — her {L} is {V}. What goes in box 4?",
    ],
    mail: [
      "Subject: onboarding paperwork\n\nHi HR team,\nas requested, my {L}: {V}. Date of birth {B}, address in {C}.\nBest, {N}",
      "Dear Mr Palmer,\nfor the tenancy reference check here are my details: {N}, {L} {V}. Happy to send payslips too.\nKind regards",
    ],
    chat: ["hey, payroll keeps bouncing my form 🙄 {L} is {V} if you can fix it — {N}"],
    biz: ["Please put our {L} on the invoice: {CO}, {L} {V}. Payment terms 30 days.", "{CO} — registered office in {C}. {L}: {V}. Bank details on request."],
  },
  de: {
    ask: [
      "Kannst du mir beim Elster-Formular helfen? Meine {L} ist {V}, ich heiße {N}, geboren am {B}.",
      "Meine Mutter {N} braucht Hilfe beim Antrag, ihre {L}: {V}. Was trage ich in Zeile 7 ein?",
    ],
    mail: [
      "Betreff: Unterlagen Arbeitsbeginn\n\nHallo Frau Krüger,\nanbei wie besprochen meine {L}: {V}.\nGeburtsdatum {B}, wohnhaft in {C}.\nViele Grüße\n{N}",
      "Sehr geehrter Herr Weber,\nfür den Mietvertrag noch meine Angaben: {N}, {L} {V}.\nMit freundlichen Grüßen",
    ],
    chat: ["kurze frage, die lohnbuchhaltung will meine {L} nochmal: {V} – passt das so? lg {N}"],
    biz: ["Bitte auf der Rechnung angeben: {CO}, {L} {V}. Zahlbar innerhalb von 14 Tagen.", "Impressum: {CO}, Sitz {C}. {L}: {V}. Registergericht {C}."],
  },
  fr: {
    ask: [
      "Tu peux m'aider à remplir le formulaire de la CPAM ? Mon {L} est {V}, je m'appelle {N}, née le {B}.",
      "Ma belle-sœur {N} m'a donné son {L} ({V}) pour la mutuelle, je le mets où ?",
    ],
    mail: [
      "Objet : dossier d'embauche\n\nBonjour Madame Roux,\nvoici mon {L} : {V}.\nDate de naissance : {B}, domicile à {C}.\nCordialement,\n{N}",
      "Bonjour,\npour le dossier de location, je vous transmets mon {L} {V}.\nBien à vous, {N}",
    ],
    chat: ["coucou, la RH me redemande mon {L} : {V} — c'est bon ? bisous, {N}"],
    biz: ["Mentions légales : {CO}, siège social à {C}, {L} {V}.", "Merci d'indiquer sur la facture : {CO} – {L} : {V}."],
  },
  nl: {
    ask: [
      "Kun je me helpen met het formulier van de Belastingdienst? Mijn {L} is {V}, naam {N}, geboren {B}.",
      "Mijn vader {N} heeft zijn {L} gestuurd: {V}. Waar vul ik dat in?",
    ],
    mail: [
      "Onderwerp: gegevens indiensttreding\n\nBeste HR,\nhierbij mijn {L}: {V}.\nGeboortedatum {B}, woonachtig in {C}.\nMet vriendelijke groet,\n{N}",
      "Beste verhuurder,\nvoor het huurcontract: {N}, {L} {V}.\nGroet",
    ],
    chat: ["hoi! salarisadministratie vraagt mijn {L} nog een keer: {V}. groetjes {N}"],
    biz: ["Vermeld op de factuur: {CO}, {L} {V}. Betaling binnen 30 dagen.", "{CO} · {C} · {L}: {V} · KvK op aanvraag"],
  },
  es: {
    ask: ["¿Me ayudas con el formulario de Hacienda? Mi {L} es {V}, me llamo {N}, nacida el {B}.", "Mi tía {N} me pasó su {L}: {V}. ¿En qué casilla va?"],
    mail: [
      "Asunto: documentación alta\n\nHola, equipo de RR. HH.:\nadjunto mi {L}: {V}.\nFecha de nacimiento: {B}, domicilio en {C}.\nUn saludo,\n{N}",
      "Estimado casero:\npara el contrato de alquiler le paso mis datos: {N}, {L} {V}.\nSaludos",
    ],
    chat: ["oye, en nóminas me vuelven a pedir el {L}: {V}. ¿así vale? {N}"],
    biz: ["Datos de facturación: {CO}, {L} {V}. Domicilio fiscal en {C}.", "Por favor indiquen en la factura nuestro {L}: {V} ({CO})."],
  },
  pt: {
    ask: [
      "Podes ajudar-me com o formulário? O meu {L} é {V}, chamo-me {N}, nascida a {B}.",
      "A minha mãe {N} mandou o {L} dela: {V}. Onde coloco isso no cadastro?",
    ],
    mail: [
      "Assunto: documentos de admissão\n\nOlá, RH,\nsegue o meu {L}: {V}.\nData de nascimento: {B}, residente em {C}.\nCumprimentos,\n{N}",
      "Caro senhorio,\npara o contrato de arrendamento: {N}, {L} {V}.\nObrigada",
    ],
    chat: ["oi, o RH pediu de novo meu {L}: {V}. tá certo assim? {N}"],
    biz: ["Dados para a fatura: {CO}, {L} {V}, sede em {C}.", "{CO} — {L}: {V}. Pagamento a 30 dias."],
  },
  it: {
    ask: [
      "Mi aiuti a compilare il modulo dell'INPS? Il mio {L} è {V}, mi chiamo {N}, nata il {B}.",
      "Mio suocero {N} mi ha dato il suo {L}: {V}. Dove lo inserisco nel 730?",
    ],
    mail: [
      "Oggetto: documenti per l'assunzione\n\nGentile ufficio del personale,\nil mio {L}: {V}.\nData di nascita {B}, residente a {C}.\nCordiali saluti,\n{N}",
      "Gentile proprietario,\nper il contratto d'affitto: {N}, {L} {V}.\nSaluti",
    ],
    chat: ["ciao, l'ufficio paghe mi richiede il {L}: {V}. va bene così? {N}"],
    biz: ["Dati di fatturazione: {CO}, {L} {V}, sede legale a {C}.", "Intestare la fattura a {CO} – {L}: {V}."],
  },
  pl: {
    ask: ["Pomożesz mi wypełnić PIT? Mój {L} to {V}, nazywam się {N}, urodzona {B}.", "Moja babcia {N} podała swój {L}: {V}. Gdzie to wpisać we wniosku?"],
    mail: [
      "Temat: dokumenty do umowy\n\nDzień dobry,\nprzesyłam mój {L}: {V}.\nData urodzenia: {B}, zamieszkała w {C}.\nPozdrawiam,\n{N}",
      "Szanowny Panie,\ndo umowy najmu: {N}, {L} {V}.\nZ poważaniem",
    ],
    chat: ["hej, kadry znowu chcą mój {L}: {V}. tak może być? {N}"],
    biz: ["Dane do faktury: {CO}, {L} {V}, siedziba {C}.", "{CO} — {L}: {V}. Termin płatności 14 dni."],
  },
  cs: {
    ask: ["Pomůžeš mi s formulářem pro pojišťovnu? Moje {L} je {V}, jmenuji se {N}, narozena {B}.", "Můj táta {N} mi poslal své {L}: {V}. Kam to mám napsat?"],
    mail: [
      "Předmět: podklady k nástupu\n\nDobrý den,\nzasílám své {L}: {V}.\nDatum narození {B}, bydliště {C}.\nS pozdravem\n{N}",
      "Dobrý den, pane pronajímateli,\nk nájemní smlouvě: {N}, {L} {V}.\nDěkuji",
    ],
    chat: ["ahoj, mzdovka po mně zase chce {L}: {V}. stačí to takhle? {N}"],
    biz: ["Fakturační údaje: {CO}, {L} {V}, sídlo {C}.", "{CO} — {L}: {V}. Splatnost 14 dní."],
  },
  sk: {
    ask: ["Pomôžeš mi s tlačivom pre poisťovňu? Moje {L} je {V}, volám sa {N}, narodený {B}.", "Moja mama {N} mi poslala svoje {L}: {V}. Kam to mám napísať?"],
    mail: [
      "Predmet: podklady k nástupu\n\nDobrý deň,\nposielam svoje {L}: {V}.\nDátum narodenia {B}, bydlisko {C}.\nS pozdravom\n{N}",
      "Dobrý deň,\nk nájomnej zmluve: {N}, {L} {V}.\nĎakujem",
    ],
    chat: ["ahoj, mzdárka odo mňa zase chce {L}: {V}. stačí to? {N}"],
    biz: ["Fakturačné údaje: {CO}, {L} {V}, sídlo {C}."],
  },
  da: {
    ask: ["Kan du hjælpe mig med blanketten fra kommunen? Mit {L} er {V}, jeg hedder {N}, født {B}.", "Min mor {N} har sendt sit {L}: {V}. Hvor skal det stå?"],
    mail: [
      "Emne: oplysninger til lønsedlen\n\nHej HR,\nher er mit {L}: {V}.\nFødselsdato {B}, bopæl i {C}.\nVenlig hilsen\n{N}",
      "Kære udlejer,\ntil lejekontrakten: {N}, {L} {V}.\nHilsen",
    ],
    chat: ["hej, lønkontoret vil have mit {L} igen: {V}. er det ok? {N}"],
    biz: ["Fakturaoplysninger: {CO}, {L} {V}, adresse i {C}.", "{CO} · {L}: {V} · betaling netto 30 dage"],
  },
  sv: {
    ask: [
      "Kan du hjälpa mig med blanketten till Försäkringskassan? Mitt {L} är {V}, jag heter {N}, född {B}.",
      "Min pappa {N} skickade sitt {L}: {V}. Var fyller jag i det?",
    ],
    mail: [
      "Ämne: uppgifter till lönen\n\nHej HR,\nhär är mitt {L}: {V}.\nFödelsedatum {B}, bor i {C}.\nMed vänlig hälsning\n{N}",
      "Hej hyresvärd,\ntill hyreskontraktet: {N}, {L} {V}.\nHälsningar",
    ],
    chat: ["hej! lönekontoret vill ha mitt {L} igen: {V}. funkar det? /{N}"],
    biz: ["Fakturauppgifter: {CO}, {L} {V}, säte i {C}.", "{CO} – {L}: {V}. Godkänd för F-skatt."],
  },
  nb: {
    ask: ["Kan du hjelpe meg med skjemaet fra NAV? Mitt {L} er {V}, jeg heter {N}, født {B}.", "Mora mi {N} sendte {L} sitt: {V}. Hvor skal det stå?"],
    mail: [
      "Emne: opplysninger til lønn\n\nHei HR,\nher er mitt {L}: {V}.\nFødselsdato {B}, bosatt i {C}.\nMed vennlig hilsen\n{N}",
      "Hei utleier,\ntil leiekontrakten: {N}, {L} {V}.\nHilsen",
    ],
    chat: ["hei, lønn spør om {L} igjen: {V}. går det bra? {N}"],
    biz: ["Fakturaopplysninger: {CO}, {L} {V}, forretningsadresse {C}.", "{CO} – {L}: {V} MVA"],
  },
  fi: {
    ask: [
      "Voitko auttaa Kelan lomakkeen kanssa? Minun {L} on {V}, nimeni on {N}, syntynyt {B}.",
      "Äitini {N} lähetti {L}:nsa: {V}. Mihin kohtaan se kirjoitetaan?",
    ],
    mail: [
      "Aihe: palkanmaksun tiedot\n\nHei HR,\ntässä {L}: {V}.\nSyntymäaika {B}, asuinpaikka {C}.\nTerveisin\n{N}",
      "Hei vuokranantaja,\nvuokrasopimusta varten: {N}, {L} {V}.\nTerveisin",
    ],
    chat: ["moi, palkkahallinto kysyy taas mun {L}: {V}. käykö näin? {N}"],
    biz: ["Laskutustiedot: {CO}, {L} {V}, kotipaikka {C}.", "{CO} – {L}: {V}. Maksuehto 14 pv netto."],
  },
  is: {
    ask: [
      "Geturðu hjálpað mér með eyðublaðið frá Skattinum? {L} mín er {V}, ég heiti {N}, fædd {B}.",
      "Mamma mín {N} sendi mér {L} sína: {V}. Hvar á það að koma?",
    ],
    mail: [
      "Efni: upplýsingar fyrir launadeild\n\nSæl,\nhér er {L} mín: {V}.\nFæðingardagur {B}, búsett á {C}.\nKveðja,\n{N}",
      "Sæll,\nvegna leigusamningsins: {N}, {L} {V}.\nKveðja",
    ],
    chat: ["hæ, launadeildin vill fá {L} aftur: {V}. er það í lagi? {N}"],
    biz: ["Reikningsupplýsingar: {CO}, {L} {V}, {C}.", "{CO} – {L}: {V}. VSK-númer á reikningi."],
  },
  et: {
    ask: ["Kas aitad mul Haigekassa vormi täita? Minu {L} on {V}, nimi {N}, sündinud {B}.", "Minu ema {N} saatis oma {L}: {V}. Kuhu see käib?"],
    mail: [
      "Teema: andmed palgaarvestuseks\n\nTere,\nsiin on minu {L}: {V}.\nSünniaeg {B}, elukoht {C}.\nLugupidamisega\n{N}",
      "Tere,\nüürilepingu jaoks: {N}, {L} {V}.\nTervitades",
    ],
    chat: ["tere, raamatupidamine küsib uuesti mu {L}: {V}. sobib? {N}"],
    biz: ["Arve andmed: {CO}, {L} {V}, asukoht {C}.", "{CO} – {L}: {V}. Maksetähtaeg 14 päeva."],
  },
  lt: {
    ask: ["Ar gali padėti užpildyti VMI formą? Mano {L} yra {V}, vardas {N}, gimusi {B}.", "Mano mama {N} atsiuntė savo {L}: {V}. Kur tai įrašyti?"],
    mail: [
      "Tema: duomenys darbo sutarčiai\n\nLaba diena,\nsiunčiu savo {L}: {V}.\nGimimo data {B}, gyvenu {C}.\nPagarbiai\n{N}",
      "Laba diena,\nnuomos sutarčiai: {N}, {L} {V}.\nAčiū",
    ],
    chat: ["labas, buhalterija vėl prašo mano {L}: {V}. tinka? {N}"],
    biz: ["Sąskaitos duomenys: {CO}, įmonės kodas {V}, buveinė {C}."],
  },
  el: {
    ask: [
      "Μπορείς να με βοηθήσεις με την αίτηση στον ΕΦΚΑ; Ο {L} μου είναι {V}, ονομάζομαι {N}, γεννήθηκα {B}.",
      "Η μητέρα μου {N} μου έστειλε τον {L} της: {V}. Πού το συμπληρώνω;",
    ],
    mail: [
      "Θέμα: στοιχεία πρόσληψης\n\nΚαλησπέρα σας,\nο {L} μου: {V}.\nΗμερομηνία γέννησης {B}, κάτοικος {C}.\nΜε εκτίμηση,\n{N}",
      "Αγαπητέ κύριε,\nγια το μισθωτήριο: {N}, {L} {V}.\nΕυχαριστώ",
    ],
    chat: ["γεια, το λογιστήριο ζητάει πάλι τον {L} μου: {V}. οκ; {N}"],
    biz: ["Στοιχεία τιμολόγησης: {CO}, {L} {V}, έδρα {C}.", "{CO} – {L}: {V}, ΔΟΥ {C}."],
  },
  bg: {
    ask: [
      "Можеш ли да ми помогнеш с формуляра за НАП? Моето {L} е {V}, казвам се {N}, родена на {B}.",
      "Майка ми {N} ми прати своето {L}: {V}. Къде го попълвам?",
    ],
    mail: [
      "Тема: документи за назначаване\n\nЗдравейте,\nмоето {L}: {V}.\nДата на раждане {B}, живея в {C}.\nПоздрави,\n{N}",
      "Здравейте,\nза договора за наем: {N}, {L} {V}.\nБлагодаря",
    ],
    chat: ["здрасти, счетоводството пак иска {L}: {V}. става ли? {N}"],
    biz: ["Данни за фактура: {CO}, ЕИК {V}, седалище {C}."],
  },
  ro: {
    ask: ["Mă ajuți cu formularul de la ANAF? {L}-ul meu este {V}, mă numesc {N}, născută pe {B}.", "Mama mea {N} mi-a trimis {L}-ul ei: {V}. Unde îl trec?"],
    mail: [
      "Subiect: acte angajare\n\nBună ziua,\nvă trimit {L}: {V}.\nData nașterii {B}, domiciliată în {C}.\nCu stimă,\n{N}",
      "Bună ziua,\npentru contractul de închiriere: {N}, {L} {V}.\nMulțumesc",
    ],
    chat: ["salut, contabilitatea îmi cere iar {L}: {V}. e ok? {N}"],
    biz: ["Date facturare: {CO}, {L} {V}, sediul în {C}."],
  },
  hr: {
    ask: ["Možeš li mi pomoći s obrascem za poreznu? Moj {L} je {V}, zovem se {N}, rođena {B}", "Moj otac {N} poslao mi je svoj {L}: {V}. Gdje to upisujem?"],
    mail: [
      "Predmet: podaci za zapošljavanje\n\nPoštovani,\nmoj {L}: {V}.\nDatum rođenja {B}, prebivalište {C}.\nLijep pozdrav,\n{N}",
      "Poštovani,\nza ugovor o najmu: {N}, {L} {V}.\nHvala",
    ],
    chat: ["bok, računovodstvo opet traži moj {L}: {V}. može? {N}"],
    biz: ["Podaci za račun: {CO}, OIB tvrtke {V}, sjedište {C}."],
  },
  sl: {
    ask: ["Mi lahko pomagaš z obrazcem za FURS? Moja {L} je {V}, ime mi je {N}, rojena {B}.", "Moj oče {N} mi je poslal svojo {L}: {V}. Kam to vpišem?"],
    mail: [
      "Zadeva: podatki za zaposlitev\n\nPozdravljeni,\nmoja {L}: {V}.\nDatum rojstva {B}, stalno prebivališče {C}.\nLep pozdrav,\n{N}",
      "Pozdravljeni,\nza najemno pogodbo: {N}, {L} {V}.\nHvala",
    ],
    chat: ["živjo, računovodstvo spet hoče mojo {L}: {V}. je ok? {N}"],
    biz: ["Podatki za račun: {CO}, ID za DDV SI{V}, sedež {C}."],
  },
  sr: {
    ask: [
      "Можеш ли да ми помогнеш са обрасцем за Пореску управу? Мој {L} је {V}, зовем се {N}, рођен {B}",
      "Моја мајка {N} ми је послала свој {L}: {V}. Где то уписујем?",
    ],
    mail: [
      "Предмет: подаци за запослење\n\nПоштовани,\nмој {L}: {V}.\nДатум рођења {B}, пребивалиште {C}.\nСрдачан поздрав,\n{N}",
      "Поштовани,\nза уговор о закупу: {N}, {L} {V}.\nХвала",
    ],
    chat: ["ћао, књиговодство опет тражи мој {L}: {V}. може? {N}"],
    biz: ["Подаци за фактуру: {CO}, ПИБ {V}, седиште {C}."],
  },
  tr: {
    ask: ["e-Devlet formunu doldurmama yardım eder misin? {L}: {V}, adım {N}, doğum tarihim {B}.", "Annem {N} {L}'sını gönderdi: {V}. Bunu nereye yazıyorum?"],
    mail: [
      "Konu: işe giriş evrakları\n\nMerhaba İK,\n{L}: {V}.\nDoğum tarihi {B}, ikamet {C}.\nSaygılarımla,\n{N}",
      "Merhaba ev sahibi bey,\nkira sözleşmesi için: {N}, {L} {V}.\nTeşekkürler",
    ],
    chat: ["selam, muhasebe yine {L} istiyor: {V}. olur mu? {N}"],
    biz: ["Fatura bilgileri: {CO}, {L} {V}, {C} Vergi Dairesi.", "{CO} – {L}: {V}. Ödeme vadesi 30 gün."],
  },
  uk: {
    ask: [
      "Допоможи заповнити декларацію для податкової? Мій {L}: {V}, мене звати {N}, народилася {B}.",
      "Моя мама {N} надіслала свій {L}: {V}. Куди це вписати?",
    ],
    mail: [
      "Тема: документи для працевлаштування\n\nДобрий день,\nмій {L}: {V}.\nДата народження {B}, проживаю у місті {C}.\nЗ повагою,\n{N}",
      "Добрий день,\nдля договору оренди: {N}, {L} {V}.\nДякую",
    ],
    chat: ["привіт, бухгалтерія знову просить мій {L}: {V}. ок? {N}"],
    biz: ["Реквізити для рахунку: {CO}, {L} {V}, м. {C}.", "{CO} — {L}: {V}. Оплата протягом 10 днів."],
  },
  ru: {
    ask: ["Помоги заполнить 3-НДФЛ? Мой {L} {V}, меня зовут {N}, дата рождения {B}.", "Мама {N} прислала свой {L}: {V}. Куда его вписать в заявлении?"],
    mail: [
      "Тема: документы для оформления\n\nДобрый день,\nмой {L}: {V}.\nДата рождения {B}, проживаю в г. {C}.\nС уважением,\n{N}",
      "Здравствуйте,\nдля договора аренды: {N}, {L} {V}.\nСпасибо",
    ],
    chat: ["привет, бухгалтерия опять просит {L}: {V}. норм? {N}"],
    biz: ["Реквизиты для счёта: {CO}, {L} {V}, г. {C}.", "{CO}, {L}: {V}, КПП по запросу."],
  },
  zh: {
    ask: ["帮我填一下这张报销单：姓名{N}，{L}{V}，出生日期{B}。", "我妈{N}的{L}是{V}，医保卡要怎么补办？"],
    mail: ["主题：入职资料\n\n人事部您好，\n我的{L}：{V}\n出生日期：{B}，现居{C}。\n谢谢！\n{N}", "房东您好，租房合同需要的资料：{N}，{L}{V}。"],
    chat: ["在吗？财务又要我的{L}：{V}，这样可以吗？——{N}"],
    biz: ["开票信息：{CO}，{L}：{V}，地址：{C}。", "{CO}（{L} {V}）已完成年度报告。"],
  },
  ko: {
    ask: ["연말정산 서류 작성 좀 도와줘. 내 {L}는 {V}이고 이름은 {N}, 생년월일 {B}이야.", "어머니 {N}의 {L}: {V}. 이거 어디에 적으면 돼?"],
    mail: [
      "제목: 입사 서류\n\n인사팀 담당자님께,\n제 {L}: {V}\n생년월일 {B}, 거주지 {C}.\n감사합니다.\n{N} 드림",
      "집주인님께, 전세 계약용 정보입니다: {N}, {L} {V}.",
    ],
    chat: ["급여팀에서 {L} 또 달래요 ㅠ {V} 이거 맞죠? - {N}"],
    biz: ["세금계산서 발행 정보: {CO}, {L} {V}, 본점 {C}.", "{CO} {L}: {V} (법인)"],
  },
  th: {
    ask: ["ช่วยกรอกแบบฟอร์มประกันสังคมให้หน่อย {L} ของฉันคือ {V} ชื่อ {N} เกิดวันที่ {B}", "แม่ของฉัน {N} ส่ง{L}มาให้: {V} ต้องกรอกตรงไหน"],
    mail: ["เรื่อง: เอกสารเริ่มงาน\n\nเรียนฝ่ายบุคคล\n{L}: {V}\nวันเกิด {B} ที่อยู่ {C}\nขอบคุณค่ะ\n{N}", "เรียนเจ้าของห้อง สำหรับสัญญาเช่า: {N} {L} {V}"],
    chat: ["ฝ่ายบัญชีขอ{L}อีกแล้ว {V} แบบนี้ได้ไหม - {N}"],
    biz: ["ข้อมูลใบกำกับภาษี: {CO} เลขประจำตัวผู้เสียภาษี {V} สำนักงานใหญ่ {C}"],
  },
  ms: {
    ask: ["Boleh tolong isi borang LHDN ni? {L} saya {V}, nama {N}, lahir {B}.", "Ibu saya {N} hantar {L} dia: {V}. Nak letak kat mana?"],
    mail: [
      "Perkara: dokumen lantikan\n\nKepada HR,\n{L} saya: {V}.\nTarikh lahir {B}, tinggal di {C}.\nTerima kasih,\n{N}",
      "Tuan rumah yang dihormati, untuk perjanjian sewa: {N}, {L} {V}.",
    ],
    chat: ["hai, bahagian gaji minta {L} lagi: {V}. ok tak? {N}"],
    biz: ["Maklumat invois: {CO}, no. pendaftaran syarikat {V}, {C}."],
  },
  he: {
    ask: ["תוכל לעזור לי למלא את הטופס של ביטוח לאומי? {L} שלי {V}, שמי {N}, נולדתי ב-{B}.", "אמא שלי {N} שלחה את ה{L} שלה: {V}. איפה ממלאים את זה?"],
    mail: ["נושא: מסמכי קליטה\n\nשלום משאבי אנוש,\n{L}: {V}\nתאריך לידה {B}, מגורים ב{C}.\nתודה,\n{N}", "שלום, לחוזה השכירות: {N}, {L} {V}."],
    chat: ["היי, הנהלת חשבונות שוב מבקשים {L}: {V}. זה בסדר? {N}"],
    biz: ["פרטים לחשבונית: {CO}, {L} {V}, {C}.", "{CO} – {L}: {V}. תנאי תשלום שוטף+30."],
  },
  ja: {
    ask: [],
    mail: [],
    chat: [],
    biz: ["請求書の宛先：{CO}（{L} {V}）、本店所在地 {C}。", "{CO}の{L}は{V}です。適格請求書発行事業者の登録も済んでいます。"],
  },
};
