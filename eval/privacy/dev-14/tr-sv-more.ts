/**
 * Development set 14, Turkish, Swedish, Danish, Norwegian, Catalan, Russian and Japanese entries. Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { iban } from "../dev-10/values.js";

export const TR_SV_MORE: MarkedEntry[] = [
  // --- Turkish -------------------------------------------------------------------------------------------------
  [
    "tr",
    "health:whatsapp-tr:free",
    `Şu mesajı düzeltir misin: "Arkadaşlar, Emre Aydın'ın babası değil kendisi hastaymış, ⟦health|lösemi⟧ teşhisi konmuş, Cerrahpaşa'da ⟦health|kemoterapiye⟧ başlıyor. Kan bağışı lazım, ⟦health|A Rh+⟧."`,
  ],
  [
    "tr",
    "health:rapor-tr:structured",
    `Bunu İngilizceye çevir:
Hasta: Zeynep Kılıç, 45
Tanı: ⟦health|hipotiroidi⟧, ⟦health|Hashimoto⟧
İlaç: ⟦health|Levotiron 75 mcg⟧ sabah aç karnına
⟦health|TSH 8,7⟧`,
  ],
  [
    "tr",
    "health:ik-mail-tr:free",
    `Daha resmi yaz: "Murat Şahin bey ⟦health|depresyon⟧ nedeniyle iki hafta raporlu, psikiyatrist ⟦health|Cipralex⟧ başlamış. Bu süre içinde toplantılara katılmayacak."`,
  ],
  [
    "tr",
    "health:okul-tr:free",
    `Öğretmene mesajı toparla: "Hocam, oğlum Efe Yıldız'ın ⟦health|astımı⟧ var, ⟦health|Ventolin⟧ çantasında. Beden dersinde nefesi daralırsa iki puf yeterli."`,
  ],
  [
    "tr",
    "financial:icra-tr:free",
    `Açıkla: "Sayın Hakan Öztürk, ⟦financial|Garanti BBVA kredi kartı borcunuz 48.750 TL⟧ olup ⟦financial|icra takibi başlatılmıştır⟧. ⟦financial|Findeks notunuz 780⟧."`,
  ],
  [
    "tr",
    "financial:maas-tr:free",
    `Bana yardım et: "Selin Arslan'ın maaşı ⟦financial|net 62.000 TL⟧, benimki 48.000, aynı pozisyondayız. Müdüre nasıl söylerim?"`,
  ],
  [
    "tr",
    "financial:havale-tr:free",
    `İngilizceye çevir: "Ayşe Demir'e ⟦financial|15.000 TL⟧ kira depozitosu gönderdim, IBAN ⟦iban|${iban("TR", "0006706566989667108211")}⟧, dekontu ekte."`,
  ],
  [
    "tr",
    "financial:tablo-tr:structured",
    `Tabloyu sırala:
Kiracı;Daire;Gecikmiş aidat
Fatma Koç;5;⟦financial|3.600 TL⟧
Burak Çelik;9;⟦financial|1.200 TL⟧`,
  ],
  ["tr", "neg-health:unlu-tr:free", `Özetle: basına göre Barış Manço 1999'da kalp krizi sonucu hayatını kaybetti.`],
  ["tr", "neg-health:soru-tr:free", `Hashimoto tiroiditi nedir, Levotiron ömür boyu mu kullanılır?`],
  ["tr", "neg-financial:sirket-tr:free", `Özetle: Türk Hava Yolları 2023'te 6 milyar dolar net kâr açıkladı.`],
  ["tr", "neg-financial:sablon-tr:structured", `Şablonu düzelt:\nSayın {AD_SOYAD}, {TUTAR} TL tutarındaki borcunuzun son ödeme tarihi {TARIH}.`],
  // --- Swedish -------------------------------------------------------------------------------------------------
  [
    "sv",
    "health:mejl-sv:free",
    `Gör mejlet lite mjukare: "Hej alla, Elin Lindgren är sjukskriven sex veckor för ⟦health|utmattningssyndrom⟧ och har börjat på ⟦health|Sertralin 50 mg⟧. Kontakta inte henne om jobb."`,
  ],
  [
    "sv",
    "health:journal-sv:structured",
    `Sammanfatta på engelska:
Pat: Gunnar Holm, 74 år
Diagnos: ⟦health|hjärtsvikt⟧, ⟦health|förmaksflimmer⟧
Läkemedel: ⟦health|Xarelto 20 mg⟧, ⟦health|Furix 40 mg⟧
⟦health|NT-proBNP 4 200⟧`,
  ],
  [
    "sv",
    "health:forskola-sv:free",
    `Rätta texten till förskolan: "Hej! Alva Berg har fått diagnosen ⟦health|celiaki⟧, så hon får inte äta något med gluten. Hon har också ⟦health|mjölkproteinallergi⟧."`,
  ],
  [
    "sv",
    "financial:kronofogden-sv:free",
    `Förklara brevet: "Till Johan Ekström: ⟦financial|skuld hos Kronofogden 34 870 kr⟧, ⟦financial|löneutmätning 4 200 kr per månad⟧ från och med januari."`,
  ],
  [
    "sv",
    "financial:lon-sv:free",
    `Hjälp mig: Min kollega Sara Nyberg har ⟦financial|48 000 kr i månadslön⟧ och jag har 41 000 för samma roll. Hur tar jag upp det i lönesamtalet?`,
  ],
  [
    "sv",
    "financial:swish-sv:structured",
    `Sammanställ vem som är skyldig vad:
Namn;Belopp;För
Oskar Lund;⟦financial|2 350 kr⟧;stugan
Maja Sjöberg;⟦financial|780 kr⟧;middagen`,
  ],
  ["sv", "neg-health:kandis-sv:free", `Sammanfatta: enligt medier fick Per Gessle behandling mot halscancer 2004.`],
  ["sv", "neg-health:fraga-sv:free", `Vad är utmattningssyndrom och hur lång är sjukskrivningen oftast?`],
  ["sv", "neg-financial:foretag-sv:free", `Sammanfatta: H&M redovisade ett rörelseresultat på 14,1 miljarder kronor för 2023.`],
  ["sv", "neg-financial:egen-sv:free", `Jag har 120 000 kr i CSN-skuld och tjänar 32 000 i månaden. Borde jag betala extra?`],
  // --- Danish --------------------------------------------------------------------------------------------------
  [
    "da",
    "health:besked-da:free",
    `Ret lige beskeden: "Mette Kjær er sygemeldt, hun har fået konstateret ⟦health|brystkræft⟧ og skal ⟦health|opereres⟧ på Rigshospitalet næste uge."`,
  ],
  [
    "da",
    "financial:rykker-da:free",
    `Gør rykkeren pænere: "Kære Lars Mikkelsen, du skylder ⟦financial|4.350 kr. i husleje⟧ for november og december, plus ⟦financial|rykkergebyr 100 kr.⟧"`,
  ],
  ["da", "neg-health:spoergsmaal-da:free", `Hvad er de første tegn på brystkræft, og hvornår tilbydes screening i Danmark?`],
  ["da", "neg-financial:firma-da:free", `Opsummer: Novo Nordisk øgede omsætningen med 31 % til 232 mia. kr. i 2023.`],
  // --- Norwegian -----------------------------------------------------------------------------------------------
  [
    "no",
    "health:melding-no:free",
    `Oversett til engelsk: "Ingrid Haugen er innlagt på Ullevål med ⟦health|blodpropp i lungene⟧ og får ⟦health|Fragmin⟧, hun blir borte minst to uker."`,
  ],
  [
    "no",
    "financial:inkasso-no:free",
    `Forklar brevet: "Ole Kristiansen har ⟦financial|inkassosak på 12 480 kr⟧ fra Lindorff og ⟦financial|betalingsanmerkning⟧ registrert."`,
  ],
  ["no", "neg-health:kjendis-no:free", `Oppsummer: ifølge NRK ble kong Harald operert for hjertesvikt i 2020.`],
  ["no", "neg-financial:sporsmal-no:free", `Hvor lenge blir en betalingsanmerkning liggende etter at gjelden er betalt?`],
  // --- Catalan -------------------------------------------------------------------------------------------------
  [
    "ca",
    "health:missatge-ca:free",
    `Corregeix-me això: "La Núria Puig està de baixa, li han diagnosticat ⟦health|fibromiàlgia⟧ i pren ⟦health|duloxetina 60 mg⟧, tornarà al gener."`,
  ],
  [
    "ca",
    "financial:deute-ca:free",
    `Fes-ho més amable: "Jordi Vidal, ens deus ⟦financial|1.280 € de quotes del gimnàs⟧ i si no pagues passarem el deute a una agència."`,
  ],
  ["ca", "neg-health:pregunta-ca:free", `Quins són els símptomes de la fibromiàlgia i com es tracta?`],
  ["ca", "neg-financial:empresa-ca:free", `Resumeix: CaixaBank va obtenir un benefici de 4.816 milions d'euros el 2023.`],
  // --- Russian -------------------------------------------------------------------------------------------------
  [
    "ru",
    "health:chat-ru:free",
    `Переведи на английский: "У Ольги Смирновой нашли ⟦health|рак щитовидной железы⟧, операция 14-го, потом ⟦health|радиойодтерапия⟧. Она просила никому не говорить."`,
  ],
  [
    "ru",
    "health:vypiska-ru:structured",
    `Сократи выписку:
Пациент: Сергей Волков, 59 лет
Диагноз: ⟦health|ИБС⟧, ⟦health|постинфарктный кардиосклероз⟧
Рекомендовано: ⟦health|бисопролол 5 мг⟧, ⟦health|аторвастатин 40 мг⟧`,
  ],
  [
    "ru",
    "financial:dolg-ru:free",
    `Смягчи письмо: "Уважаемый Дмитрий Козлов, ваша ⟦financial|просроченная задолженность по кредиту составляет 184 300 рублей⟧, дело передано коллекторам."`,
  ],
  ["ru", "neg-health:vopros-ru:free", `Какие симптомы у ишемической болезни сердца и когда нужно делать коронарографию?`],
  ["ru", "neg-financial:kompaniya-ru:free", `Кратко: Сбербанк получил чистую прибыль 1,5 трлн рублей за 2023 год.`],
  // --- Japanese ------------------------------------------------------------------------------------------------
  [
    "ja",
    "health:mail-ja:free",
    `丁寧に直してください：「佐藤健一さんは⟦health|うつ病⟧の診断で来月末まで休職します。⟦health|レクサプロ⟧を服用中とのことです。」`,
  ],
  [
    "ja",
    "financial:shakkin-ja:free",
    `英語に訳して：「田中美咲さんは⟦financial|消費者金融に230万円の借金⟧があり、⟦financial|自己破産⟧を検討しているそうです。」`,
  ],
  ["ja", "neg-health:shitsumon-ja:free", `うつ病の初期症状と、レクサプロの一般的な副作用を教えてください。`],
  ["ja", "neg-financial:kigyo-ja:free", `要約して：トヨタ自動車は2024年3月期に営業利益5兆3529億円を計上した。`],
];
