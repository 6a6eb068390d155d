/**
 * Development set 13 (`dev-13/a.jsonl`, `dev-13/b.jsonl`): languages the earlier sets cover least, from a new author —
 * Hebrew, Greek, Indonesian, Malay, Filipino, Swahili, Czech, Hungarian, Romanian, Urdu, Persian, Arabic (Egyptian,
 * Gulf, Levantine) and Bengali — as users paste them: chats, forms, spreadsheets with local headers, JSON, HR and clinic
 * messages, bank transfers, with national IDs carrying real check digits, phones, addresses, dates of birth, passwords
 * after local cues, named people's health and money; and same-shape hard negatives (company data, public figures,
 * documented example IDs, aggregates, general questions). Written by the session-30 dev-13 helper on 5 December 2026
 * BEFORE opening anything under src/privacy or running the guard (see dev-13/README.md). People and numbers are
 * invented. `kind` is `<topic>:<document>:<form>`. Halves: within each language, positives and negatives alternate
 * separately between A (tuned on) and B (report only).
 * Rebuild: npx tsx eval/privacy/dev-13.ts ; check: npx tsx eval/privacy/dev-13/check.ts
 * Score: npm run eval:privacy -- --set dev-13 --no-baselines
 */
import { alternatingHalves, type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { iban, luhn } from "./dev-10/values.js";
import { iranCode } from "./dev-12/values.js";
import { adoazonosito, amka, cnp, rodneCislo, taj, teudatZehut } from "./dev-13/values.js";

const ENTRIES: MarkedEntry[] = [
  // --- Hebrew -------------------------------------------------------------------------------------------------
  [
    "he",
    "identity:hr-form:structured",
    `תסדר לי את זה כטבלה לטופס 101:
שם מלא: נועה ברקוביץ
מספר תעודת זהות: ⟦national_id|${teudatZehut("30487215")}⟧
תאריך לידה: ⟦date_of_birth|14.03.1991⟧
טלפון נייד: ⟦phone|052-718-4406⟧
כתובת: ⟦street_address|רחוב הרצל 48 דירה 6, רמת גן⟧`,
  ],
  ["he", "neg-identity:example:free", `בטופס ההסבר של רשות האוכלוסין כתוב "מספר זהות לדוגמה: 000000018". איך מחשבים את ספרת הביקורת של תעודת זהות?`],
  [
    "he",
    "health:whatsapp:free",
    `תנסח לי הודעה עדינה לקבוצת הצוות: "רק שתדעו, אבי כהן אובחן עם ⟦health|סרטן המעי הגס⟧ ומתחיל ⟦health|כימותרפיה⟧ בשבוע הבא באיכילוב, אז הוא לא יהיה זמין עד סוף החודש."`,
  ],
  ["he", "neg-health:question:free", `מה הסימנים הראשונים של סרטן המעי הגס, ובאיזה גיל מומלץ לעשות קולונוסקופיה?`],
  [
    "he",
    "financial:bank-transfer:free",
    `Translate to English please: "שלום, העברתי לדנה לוי ⟦financial|12,500 ₪⟧ עבור שכר דירה לחשבון ⟦bank_account|12-640-318552⟧ בבנק הפועלים, תאשרי שהגיע."`,
  ],
  ["he", "neg-contact:company:free", `תכתוב לי מייל קצר לשירות הלקוחות של בזק, הכתובת שלהם היא שדרות מנחם בגין 132, תל אביב, והטלפון 199.`],
  ["he", "credentials:chat:free", `תתרגם לאנגלית: "אמא, הסיסמה של הוויי-פיי בבית היא ⟦password|Hadas#7781⟧ ואל תשלחי אותה לאף אחד"`],
  [
    "he",
    "health:clinic-note:structured",
    `Summarise this referral in English:
מטופלת: רותם אלמוג, ת.ז. ⟦national_id|${teudatZehut("05873326")}⟧
אבחנה: ⟦health|סוכרת סוג 2⟧, ⟦health|יתר לחץ דם⟧
טיפול: ⟦health|מטפורמין 850 מ"ג⟧ פעמיים ביום`,
  ],
  ["he", "neg-health:celebrity:free", `תסכם באנגלית: לפי הדיווחים, השחקן חיים טופול חלה במחלת אלצהיימר בשנותיו האחרונות ונפטר ב-2023.`],
  [
    "he",
    "contact:delivery:free",
    `תכין לי תווית משלוח: לכבוד יוסי מזרחי, ⟦street_address|רחוב ז'בוטינסקי 112 דירה 14, פתח תקווה 4952012⟧, טל' ⟦phone|054-332-9187⟧`,
  ],
  // --- Greek --------------------------------------------------------------------------------------------------
  [
    "el",
    "identity:form:structured",
    `Κάνε μου αυτά τα στοιχεία σε πίνακα:
Ονοματεπώνυμο: Γεώργιος Παπαδάκης
ΑΜΚΑ: ⟦national_id|${amka("1407830451")}⟧
Ημερομηνία γέννησης: ⟦date_of_birth|14/07/1983⟧
Κινητό: ⟦phone|694 512 3387⟧
Διεύθυνση: ⟦street_address|Οδός Ερμού 85, 10563 Αθήνα⟧`,
  ],
  ["el", "neg-identity:question:free", `Τι είναι ο ΑΜΚΑ και από πόσα ψηφία αποτελείται; Τα πρώτα έξι είναι η ημερομηνία γέννησης;`],
  [
    "el",
    "health:viber:free",
    `Διόρθωσε τα ορθογραφικά: "Παιδιά, η Ελένη Νικολάου διαγνώστηκε με ⟦health|καρκίνο του μαστού⟧ και ξεκινάει ⟦health|ακτινοθεραπεία⟧ τη Δευτέρα, ας της στείλουμε λουλούδια."`,
  ],
  ["el", "neg-health:aggregate:free", `Γράψε μια παράγραφο: σύμφωνα με την ΕΛΣΤΑΤ, περίπου 12% των ενηλίκων στην Ελλάδα έχουν σακχαρώδη διαβήτη.`],
  [
    "el",
    "financial:transfer:free",
    `Translate: "Καλησπέρα, έστειλα στον Δημήτρη Αλεξίου ⟦financial|1.850 €⟧ για το ενοίκιο στο ⟦iban|${iban("GR", "01722040000020410188427")}⟧, ενημέρωσέ με αν τα πήρε."`,
  ],
  ["el", "neg-contact:company:free", `Γράψε ένα email στον ΟΤΕ: τα κεντρικά τους είναι στη Λεωφόρο Κηφισίας 99, 15124 Μαρούσι, τηλέφωνο εξυπηρέτησης 13888.`],
  ["el", "credentials:chat:free", `Μετάφρασε στα αγγλικά: "Ο κωδικός για το wifi του γραφείου είναι ⟦password|Kafes2024!Ath⟧, μην τον δώσεις σε πελάτες."`],
  [
    "el",
    "health:hr-email:free",
    `Κάνε πιο επίσημο αυτό το email: "Ο Κωνσταντίνος Ραφαηλίδης (ΑΜΚΑ ⟦national_id|${amka("0302910662")}⟧) θα λείπει δύο εβδομάδες λόγω ⟦health|κατάθλιψης⟧, έχει βεβαίωση από ψυχίατρο."`,
  ],
  ["el", "neg-credentials:policy:free", `Φτιάξε κανόνα για τον κωδικό πρόσβασης: τουλάχιστον 12 χαρακτήρες, ένα κεφαλαίο, ένας αριθμός και ένα σύμβολο.`],
  [
    "el",
    "contact:delivery:free",
    `Γράψε το σε μορφή courier: παραλήπτρια Μαρία Σταυροπούλου, ⟦street_address|Τσιμισκή 43, 54623 Θεσσαλονίκη⟧, κιν. ⟦phone|697 224 8810⟧`,
  ],
  // --- Indonesian ---------------------------------------------------------------------------------------------
  [
    "id",
    "identity:form:structured",
    `Tolong rapikan data karyawan baru ini jadi tabel:
Nama: Rina Kusumawati
NIK: ⟦national_id|3273055204890003⟧
Tempat/Tgl Lahir: Bandung, ⟦date_of_birth|12-04-1989⟧
No. HP: ⟦phone|0812-2245-7781⟧
Alamat: ⟦street_address|Jl. Cihampelas No. 88, RT 02/RW 07, Kel. Cipaganti, Kec. Coblong, Bandung 40131⟧`,
  ],
  [
    "id",
    "neg-identity:question:free",
    `NIK di KTP itu 16 digit kan? Enam digit tengahnya tanggal lahir, dan untuk perempuan tanggalnya ditambah 40. Betul begitu?`,
  ],
  [
    "id",
    "health:whatsapp:free",
    `Bantu perhalus pesan ini buat grup kantor: "Teman-teman, Pak Hendra Wijaya baru didiagnosis ⟦health|gagal ginjal kronis⟧ dan sekarang harus ⟦health|cuci darah⟧ dua kali seminggu, jadi mohon dimaklumi kalau beliau sering izin."`,
  ],
  ["id", "neg-health:question:free", `Apa saja gejala awal gagal ginjal kronis, dan berapa biaya cuci darah kalau pakai BPJS?`],
  [
    "id",
    "financial:transfer:free",
    `Terjemahkan ke bahasa Inggris: "Sudah saya transfer ke Bu Siti Rahmawati ⟦financial|Rp 4.750.000⟧ ke rekening BCA ⟦bank_account|8420 331 976⟧ untuk cicilan bulan ini ya."`,
  ],
  ["id", "neg-contact:company:free", `Buatkan surat ke kantor pusat Telkomsel di Jl. Gatot Subroto Kav. 42, Jakarta Selatan; call center 188.`],
  ["id", "credentials:chat:free", `Translate: "Dek, kata sandi email kantor aku ⟦password|Bandung#2291⟧, tolong cek ada email dari HRD nggak."`],
  [
    "id",
    "health:spreadsheet:structured",
    `Ubah jadi ringkasan per pasien:
Nama Pasien\tTgl Lahir\tDiagnosa\tObat
Dewi Lestari\t⟦date_of_birth|03/09/1975⟧\t⟦health|hipertensi⟧\t⟦health|amlodipin 10 mg⟧
Agus Santoso\t⟦date_of_birth|21/01/1968⟧\t⟦health|diabetes melitus tipe 2⟧\t⟦health|metformin 500 mg⟧`,
  ],
  ["id", "neg-financial:aggregate:free", `Buat paragraf: menurut BPS, rata-rata upah buruh di Indonesia Februari 2024 sebesar Rp 3,04 juta per bulan.`],
  [
    "id",
    "contact:marketplace:free",
    `Rapikan alamat kirim: Penerima Yusuf Hidayat, ⟦phone|0857-1144-2390⟧, ⟦street_address|Jl. Kaliurang Km 5 No. 23, Sleman, Yogyakarta 55281⟧`,
  ],
  // --- Malay --------------------------------------------------------------------------------------------------
  [
    "ms",
    "identity:form:structured",
    `Tolong susun maklumat ini:
Nama: Nurul Aisyah binti Rahman
No. K/P: ⟦national_id|920315-10-5536⟧
Telefon: ⟦phone|012-384 7721⟧
Alamat: ⟦street_address|No. 17, Jalan SS 2/24, 47300 Petaling Jaya, Selangor⟧`,
  ],
  ["ms", "neg-identity:question:free", `Nombor kad pengenalan Malaysia 12 digit, dua digit tengah itu kod negeri kelahiran ke? Contoh 10 untuk Selangor?`],
  [
    "ms",
    "health:hr-email:free",
    `Tolong betulkan emel ini: "Encik Faizal bin Omar akan cuti sakit dua minggu kerana ⟦health|pembedahan pintasan jantung⟧ di IJN."`,
  ],
  ["ms", "neg-contact:company:free", `Tulis surat kepada Maybank, ibu pejabat di Menara Maybank, 100 Jalan Tun Perak, 50050 Kuala Lumpur.`],
  // --- Filipino -----------------------------------------------------------------------------------------------
  [
    "fil",
    "identity:form:structured",
    `Paki-ayos nga ito sa table:
Pangalan: Maria Cristina Dela Cruz
Petsa ng Kapanganakan: ⟦date_of_birth|Hunyo 8, 1994⟧
SSS No.: ⟦national_id|34-5128907-2⟧
Cellphone: ⟦phone|0917 482 3316⟧
Tirahan: ⟦street_address|Blk 12 Lot 5, Mabini St., Brgy. San Isidro, Antipolo City, Rizal 1870⟧`,
  ],
  ["fil", "neg-identity:question:free", `Ilang digit ang PhilSys number at ano ang pagkakaiba nito sa SSS number? Kailangan ko ba pareho para sa trabaho?`],
  [
    "fil",
    "health:messenger:free",
    `Pakitranslate sa English: "Guys, si Jomar Reyes na-diagnose ng ⟦health|tuberculosis⟧, naka-⟦health|anim na buwang gamutan⟧ siya ngayon kaya work from home muna."`,
  ],
  ["fil", "neg-health:question:free", `Nakakahawa ba ang tuberculosis kapag nag-uusap lang? Ilang buwan ang gamutan sa health center?`],
  [
    "fil",
    "financial:gcash:free",
    `Pakigawa ng reminder: "Ate Liza Mendoza, ⟦financial|₱15,000⟧ pa po yung utang niyo, paki-send po sa GCash ⟦phone|0928 615 0042⟧ bago mag-katapusan."`,
  ],
  ["fil", "neg-contact:company:free", `Gumawa ng liham para sa Globe Telecom, The Globe Tower, 32nd St. cor 7th Ave., Bonifacio Global City, Taguig.`],
  ["fil", "credentials:chat:free", `Translate mo: "Bes, ang password ng Netflix natin ay ⟦password|Bunso@2019ph⟧, wag mo ipamigay ha."`],
  [
    "fil",
    "health:clinic:structured",
    `Gawing English discharge summary:
Pasyente: Roberto Villanueva, 58
Diagnosis: ⟦health|stroke (ischemic)⟧
Gamot: ⟦health|clopidogrel 75 mg⟧ isang beses kada araw`,
  ],
  [
    "fil",
    "neg-health:celebrity:free",
    `Summarize: Ayon sa mga balita, si dating Pangulong Fidel Ramos ay pumanaw noong 2022 dahil sa komplikasyon ng COVID-19.`,
  ],
  [
    "fil",
    "contact:delivery:free",
    `Ayusin ang address para sa Lazada: Jennifer Bautista, ⟦phone|0999 771 2085⟧, ⟦street_address|123 Rizal Ave., Brgy. 45, Tacloban City, Leyte 6500⟧`,
  ],
  // --- Swahili ------------------------------------------------------------------------------------------------
  [
    "sw",
    "identity:form:structured",
    `Tafadhali panga taarifa hizi kwenye jedwali:
Jina: Amina Wanjiru Mwangi
Namba ya Kitambulisho: ⟦national_id|28451736⟧
Tarehe ya kuzaliwa: ⟦date_of_birth|17/05/1990⟧
Simu: ⟦phone|0722 418 553⟧
KRA PIN: ⟦national_id|A009451236K⟧`,
  ],
  ["sw", "neg-identity:question:free", `Namba ya kitambulisho cha taifa Kenya ina tarakimu ngapi? Na KRA PIN huanza na herufi A kwa watu binafsi?`],
  [
    "sw",
    "health:whatsapp:free",
    `Nisaidie kuandika ujumbe huu vizuri: "Wenzangu, Bwana Juma Hamisi amegundulika na ⟦health|saratani ya tezi dume⟧ na ataanza ⟦health|tiba ya mionzi⟧ wiki ijayo."`,
  ],
  ["sw", "neg-health:aggregate:free", `Andika aya fupi: kwa mujibu wa Wizara ya Afya, watu wapatao milioni 1.4 Kenya wanaishi na VVU.`],
  [
    "sw",
    "financial:mpesa:free",
    `Translate to English: "Nimemtumia Grace Achieng ⟦financial|KSh 35,000⟧ kwa M-Pesa namba ⟦phone|0712 905 447⟧ kwa ajili ya karo ya shule."`,
  ],
  ["sw", "neg-contact:company:free", `Andika barua kwa Safaricom PLC, Safaricom House, Waiyaki Way, Westlands, Nairobi; huduma kwa wateja 100.`],
  ["sw", "credentials:chat:free", `Tafsiri kwa Kiingereza: "Nenosiri la akaunti ya benki ni ⟦password|Kilimo2023!⟧ usimwambie mtu."`],
  [
    "sw",
    "health:clinic:free",
    `Andika muhtasari kwa Kiingereza: Mgonjwa Fatuma Said, mwenye miaka 34, ana ⟦health|kisukari⟧ na anatumia ⟦health|insulini⟧ kila siku; pia ana ⟦health|shinikizo la damu⟧.`,
  ],
  ["sw", "neg-financial:question:free", `Riba ya mkopo wa M-Shwari ni asilimia ngapi kwa mwezi? Nataka kulinganisha na Fuliza.`],
  [
    "sw",
    "contact:delivery:free",
    `Panga anwani hii: Mpokeaji Peter Otieno, simu ⟦phone|0733 260 918⟧, ⟦street_address|Nyumba Na. 14, Barabara ya Ngong, Kilimani, Nairobi⟧`,
  ],
  // --- Czech --------------------------------------------------------------------------------------------------
  [
    "cs",
    "identity:form:structured",
    `Převeď do tabulky pro personální:
Jméno a příjmení: Kateřina Horáková
Rodné číslo: ⟦national_id|${rodneCislo("855312", "417")}⟧
Datum narození: ⟦date_of_birth|12. 3. 1985⟧
Telefon: ⟦phone|+420 731 228 409⟧
Bydliště: ⟦street_address|Vinohradská 1452/38, 120 00 Praha 2⟧`,
  ],
  ["cs", "neg-identity:question:free", `Jak se počítá kontrolní číslice rodného čísla a proč mají ženy k měsíci připočteno 50?`],
  [
    "cs",
    "health:email:free",
    `Uprav tenhle e-mail, ať zní profesionálně: "Pan Tomáš Dvořák bude tři týdny mimo, má ⟦health|zlomeninu krčku stehenní kosti⟧ a po ⟦health|operaci⟧ je na rehabilitaci."`,
  ],
  ["cs", "neg-health:question:free", `Jak dlouho se obvykle hojí zlomenina krčku stehenní kosti u lidí nad 70 let?`],
  [
    "cs",
    "financial:transfer:free",
    `Přelož do angličtiny: "Posílám Janě Novotné ⟦financial|18 500 Kč⟧ za nájem na účet ⟦bank_account|2801457931/2010⟧, potvrď prosím."`,
  ],
  ["cs", "neg-financial:company:free", `Napiš shrnutí: ČEZ, a. s., IČO 45274649, sídlo Duhová 1444/2, Praha 4, vykázal za rok 2023 čistý zisk 27 miliard Kč.`],
  ["cs", "credentials:chat:free", `Translate: "Heslo k účtu na eshopu je ⟦password|Brno.Lipa77⟧, objednej tam ty pleny."`],
  [
    "cs",
    "health:spreadsheet:structured",
    `Udělej z toho přehled:
Jméno;Rodné číslo;Diagnóza
Petr Svoboda;⟦national_id|${rodneCislo("790204", "136")}⟧;⟦health|astma⟧
Lucie Králová;⟦national_id|${rodneCislo("015706", "122")}⟧;⟦health|epilepsie⟧`,
  ],
  ["cs", "neg-health:celebrity:free", `Shrň: Václav Havel měl v roce 1996 operaci kvůli rakovině plic, jak informovala média.`],
  ["cs", "contact:delivery:free", `Přepiš jako štítek: Martin Procházka, ⟦street_address|Masarykova 27, 602 00 Brno⟧, tel. ⟦phone|605 117 842⟧`],
  // --- Hungarian ----------------------------------------------------------------------------------------------
  [
    "hu",
    "identity:form:structured",
    `Rendezd táblázatba a belépő adatait:
Név: Kovács Eszter
Születési idő: ⟦date_of_birth|1984. június 21.⟧
Adóazonosító jel: ⟦national_id|${adoazonosito("1984-06-21", "413")}⟧
TAJ szám: ⟦national_id|${taj("03841572")}⟧
Mobil: ⟦phone|+36 30 418 2275⟧
Lakcím: ⟦street_address|1137 Budapest, Pozsonyi út 42. 3/12.⟧`,
  ],
  ["hu", "neg-identity:question:free", `Hány jegyű a TAJ szám és van-e benne ellenőrző számjegy? Az adóazonosító jel mindig 8-assal kezdődik?`],
  [
    "hu",
    "health:email:free",
    `Fogalmazd át udvariasabban: "Szabó Gábor kolléga ⟦health|szívinfarktus⟧ miatt kórházban van, ⟦health|stentet⟧ kapott, legalább egy hónapig nem jön."`,
  ],
  ["hu", "neg-health:question:free", `Mik a szívinfarktus első jelei nőknél, és mennyi idő a felépülés stent után?`],
  [
    "hu",
    "financial:transfer:free",
    `Fordítsd le angolra: "Átutaltam Nagy Péternek ⟦financial|185 000 Ft⟧-ot a ⟦bank_account|11773016-50218738-00000000⟧ számlára a kölcsön miatt."`,
  ],
  ["hu", "neg-contact:company:free", `Írj levelet a Magyar Telekomnak: Könyves Kálmán krt. 36., 1097 Budapest, ügyfélszolgálat 1414.`],
  ["hu", "credentials:chat:free", `Translate: "Anya, a Netflix jelszó ⟦password|Balaton#1987⟧, ne add oda senkinek."`],
  [
    "hu",
    "health:clinic:structured",
    `Foglald össze angolul:
Beteg: Tóth Anna, TAJ: ⟦national_id|${taj("11627094")}⟧
Diagnózis: ⟦health|pajzsmirigy-alulműködés⟧
Gyógyszer: ⟦health|Letrox 75 µg⟧ naponta`,
  ],
  ["hu", "neg-financial:aggregate:free", `Írj egy bekezdést: a KSH szerint a bruttó átlagkereset 2024-ben 645 000 Ft volt.`],
  ["hu", "contact:delivery:free", `Csomagcímke kell: Horváth Bence, ⟦street_address|6720 Szeged, Kárász utca 9. 2. em. 4.⟧, tel.: ⟦phone|+36 20 551 9034⟧`],
  // --- Romanian -----------------------------------------------------------------------------------------------
  [
    "ro",
    "identity:form:structured",
    `Pune datele în tabel pentru contract:
Nume: Ioana Popescu
CNP: ⟦national_id|${cnp("286031240123")}⟧
Data nașterii: ⟦date_of_birth|12.03.1986⟧
Telefon: ⟦phone|0722 318 904⟧
Domiciliu: ⟦street_address|Str. Memorandumului nr. 21, ap. 4, Cluj-Napoca 400114⟧`,
  ],
  ["ro", "neg-identity:question:free", `Cum se calculează cifra de control a CNP-ului? Prima cifră arată sexul și secolul nașterii, nu?`],
  [
    "ro",
    "health:whatsapp:free",
    `Reformulează mesajul pentru grupul echipei: "Colegul nostru Andrei Ionescu a fost diagnosticat cu ⟦health|leucemie⟧ și începe ⟦health|chimioterapia⟧ la Fundeni săptămâna viitoare."`,
  ],
  ["ro", "neg-health:aggregate:free", `Scrie un paragraf: conform INSP, în România sunt diagnosticate anual aproximativ 100.000 de cazuri noi de cancer.`],
  [
    "ro",
    "financial:transfer:free",
    `Tradu în engleză: "I-am trimis doamnei Elena Marin ⟦financial|3.200 lei⟧ pentru chirie în contul ⟦iban|${iban("RO", "BTRL01301202S18342XX")}⟧."`,
  ],
  ["ro", "neg-contact:company:free", `Scrie o scrisoare către Dedeman, sediul din Str. Alexei Tolstoi nr. 8, Bacău, telefon 0234 513 330.`],
  ["ro", "credentials:chat:free", `Translate: "Parola de la contul de internet banking este ⟦password|Sibiu!2020ro⟧, intră și vezi dacă a venit salariul."`],
  [
    "ro",
    "health:hr:structured",
    `{"angajat": "Mihai Georgescu", "cnp": "⟦national_id|${cnp("179110940025")}⟧", "concediu_medical": "14 zile", "diagnostic": "⟦health|hernie de disc⟧"}
Fă din JSON-ul ăsta un email către contabilitate.`,
  ],
  ["ro", "neg-health:celebrity:free", `Rezumă: presa a scris că Gheorghe Hagi a fost operat de menisc în tinerețe.`],
  [
    "ro",
    "contact:delivery:free",
    `Fă o etichetă de colet: Cristina Dumitrescu, ⟦street_address|Bd. Independenței nr. 14, bl. A2, sc. B, ap. 31, Iași 700102⟧, tel. ⟦phone|0745 902 117⟧`,
  ],
  // --- Urdu ---------------------------------------------------------------------------------------------------
  [
    "ur",
    "identity:form:structured",
    `اس معلومات کو جدول میں لکھ دیں:
نام: محمد عمران خان
شناختی کارڈ نمبر: ⟦national_id|35202-4718293-5⟧
تاریخ پیدائش: ⟦date_of_birth|15-08-1987⟧
موبائل: ⟦phone|0300-4821176⟧
پتہ: ⟦street_address|مکان نمبر 45، گلی نمبر 7، جوہر ٹاؤن، لاہور⟧`,
  ],
  ["ur", "neg-identity:question:free", `شناختی کارڈ نمبر کے آخری ہندسے سے مرد یا عورت کا پتہ کیسے چلتا ہے؟ نادرا کی ویب سائٹ پر مثال 12345-1234567-1 دی ہے۔`],
  [
    "ur",
    "health:whatsapp:free",
    `اس پیغام کو انگریزی میں ترجمہ کریں: "سب کو بتانا تھا کہ عائشہ بی بی کو ⟦health|چھاتی کا کینسر⟧ تشخیص ہوا ہے اور ان کی ⟦health|کیموتھراپی⟧ شوکت خانم میں شروع ہو رہی ہے۔"`,
  ],
  ["ur", "neg-health:question:free", `شوگر کے مریض کو رمضان میں روزہ رکھنا چاہیے یا نہیں؟ انسولین لینے والوں کے لیے کیا ہدایات ہیں؟`],
  [
    "ur",
    "financial:transfer:free",
    `Translate: "میں نے احمد رضا کو ⟦financial|75,000 روپے⟧ ان کے میزان بینک اکاؤنٹ ⟦iban|${iban("PK", "MEZN0002110105873412")}⟧ میں بھیج دیے ہیں۔"`,
  ],
  ["ur", "neg-contact:company:free", `جاز کے ہیڈ آفس کو خط لکھیں: 1-A، کوہسار روڈ، ایف-8/3، اسلام آباد۔ ہیلپ لائن 111-300-300۔`],
  ["ur", "credentials:chat:free", `ترجمہ کریں: "بیٹا، ای میل کا پاس ورڈ ⟦password|Lahore@5521⟧ ہے، کسی کو مت بتانا۔"`],
  [
    "ur",
    "health:clinic:free",
    `Summarise in English: مریض طارق محمود، عمر 61 سال، کو ⟦health|دل کا دورہ⟧ پڑا تھا، ⟦health|انجیوپلاسٹی⟧ ہوئی اور اب ⟦health|اسپرین⟧ روزانہ لے رہے ہیں۔`,
  ],
  ["ur", "neg-financial:aggregate:free", `ایک پیراگراف لکھیں: اسٹیٹ بینک کے مطابق 2024 میں ترسیلات زر 30 ارب ڈالر سے زیادہ رہیں۔`],
  [
    "ur",
    "contact:delivery:free",
    `پارسل کا پتہ ٹھیک کر دیں: وصول کنندہ ثنا ملک، ⟦phone|0333-5172098⟧، ⟦street_address|مکان نمبر 112، سٹریٹ 14، سیکٹر جی-9/2، اسلام آباد⟧`,
  ],
  // --- Persian ------------------------------------------------------------------------------------------------
  [
    "fa",
    "identity:form:structured",
    `این اطلاعات را جدول کن:
نام و نام خانوادگی: مریم احمدی
کد ملی: ⟦national_id|${iranCode("008412563")}⟧
تاریخ تولد: ⟦date_of_birth|1368/04/12⟧
تلفن همراه: ⟦phone|0912 384 5521⟧
نشانی: ⟦street_address|تهران، خیابان ولیعصر، کوچه نادر، پلاک 18، واحد 5⟧`,
  ],
  ["fa", "neg-identity:question:free", `رقم آخر کد ملی چطور محاسبه می‌شود؟ سه رقم اول نشان‌دهنده شهر محل صدور است؟`],
  [
    "fa",
    "health:telegram:free",
    `این پیام را رسمی‌تر کن: "همکارمون آقای رضا کریمی ⟦health|سرطان ریه⟧ گرفته و از هفته بعد ⟦health|شیمی‌درمانی⟧ شروع می‌کنه، لطفاً کارهاش رو تقسیم کنید."`,
  ],
  ["fa", "neg-health:question:free", `علائم اولیه سرطان ریه چیست و آیا سیگاری نبودن خطر را کاملاً از بین می‌برد؟`],
  [
    "fa",
    "financial:transfer:free",
    `Translate: "مبلغ ⟦financial|۴۵ میلیون تومان⟧ به حساب خانم زهرا موسوی با شماره شبا ⟦iban|${iban("IR", "0170000000218437651002")}⟧ واریز شد."`,
  ],
  ["fa", "neg-contact:company:free", `یک نامه به دفتر مرکزی ایرانسل بنویس: تهران، بزرگراه شهید حقانی، خروجی ونک، مرکز تماس ۷۰۰.`],
  ["fa", "credentials:chat:free", `ترجمه کن: "رمز اینترنت خونه ⟦password|Shiraz@1399⟧ هست، به مهمونا نده."`],
  [
    "fa",
    "health:clinic:structured",
    `خلاصه انگلیسی بنویس:
بیمار: علی رضایی، کد ملی ⟦national_id|${iranCode("127398451")}⟧
تشخیص: ⟦health|دیابت نوع ۲⟧
دارو: ⟦health|متفورمین ۵۰۰⟧ دو بار در روز`,
  ],
  ["fa", "neg-health:celebrity:free", `خلاصه کن: طبق گزارش رسانه‌ها، محمدرضا شجریان سال‌ها با سرطان کلیه مبارزه کرد و در ۱۳۹۹ درگذشت.`],
  [
    "fa",
    "contact:delivery:free",
    `آدرس مرسوله را مرتب کن: گیرنده سارا حسینی، ⟦phone|0935 218 4470⟧، ⟦street_address|اصفهان، خیابان چهارباغ بالا، کوچه ۲۴، پلاک ۷⟧`,
  ],
  // --- Arabic (Egyptian, Gulf, Levantine) ---------------------------------------------------------------------
  [
    "ar",
    "identity:form-egypt:structured",
    `رتبلي البيانات دي في جدول:
الاسم: محمود عبد الفتاح السيد
الرقم القومي: ⟦national_id|28905121401873⟧
تاريخ الميلاد: ⟦date_of_birth|12/05/1989⟧
الموبايل: ⟦phone|0102 447 8193⟧
العنوان: ⟦street_address|15 شارع التحرير، الدقي، الجيزة⟧`,
  ],
  ["ar", "neg-identity:question-egypt:free", `هو الرقم القومي المصري 14 رقم؟ وأول رقم 2 يعني اتولد في القرن العشرين و3 في الواحد وعشرين؟`],
  [
    "ar",
    "health:whatsapp-egypt:free",
    `ظبطلي الرسالة دي: "يا جماعة، أستاذ كريم فؤاد اتشخص بـ⟦health|فيروس سي⟧ وهيبدأ ⟦health|العلاج⟧ الأسبوع الجاي، فمش هيقدر يحضر الاجتماعات."`,
  ],
  ["ar", "neg-health:aggregate-egypt:free", `اكتب فقرة: حسب وزارة الصحة المصرية، تم علاج أكثر من 4 ملايين مواطن من فيروس سي ضمن مبادرة 100 مليون صحة.`],
  [
    "ar",
    "financial:instapay-egypt:free",
    `Translate to English: "حولت لمنى عادل ⟦financial|8,500 جنيه⟧ على حساب ⟦bank_account|1000234871563⟧ في البنك الأهلي عشان القسط."`,
  ],
  [
    "ar",
    "neg-contact:company-egypt:free",
    `اكتب إيميل لفودافون مصر، المقر الرئيسي: القرية الذكية، الكيلو 28 طريق القاهرة الإسكندرية الصحراوي، خدمة العملاء 888.`,
  ],
  [
    "ar",
    "identity:hr-gulf:structured",
    `رتب هالبيانات للموارد البشرية:
الاسم: سالم راشد الكعبي
رقم الهوية الإماراتية: ⟦national_id|${luhn("78419862041733")}⟧
الجوال: ⟦phone|050 614 2238⟧
تاريخ الميلاد: ⟦date_of_birth|19/03/1986⟧`,
  ],
  ["ar", "neg-identity:example-gulf:free", `في موقع الهيئة مكتوب مثال رقم الهوية 784-1234-1234567-1، شو معنى 784 في البداية؟`],
  [
    "ar",
    "health:chat-gulf:free",
    `عدل الرسالة: "الربع، ترى بو خالد (عبدالله المنصوري) عنده ⟦health|فشل كلوي⟧ ويسوي ⟦health|غسيل كلى⟧ ثلاث مرات بالأسبوع، ادعوا له."`,
  ],
  ["ar", "neg-health:question-gulf:free", `شو أعراض الفشل الكلوي المبكرة؟ وهل غسيل الكلى يغطيه التأمين في دبي؟`],
  ["ar", "credentials:chat-gulf:free", `ترجم: "يا أخوي، الرقم السري حق الإيميل ⟦password|Dubai#4471⟧ لا تعطيه أحد."`],
  ["ar", "neg-contact:company-gulf:free", `اكتب رسالة إلى مقر اتصالات في شارع الشيخ زايد، أبوظبي، الرقم المجاني 101.`],
  [
    "ar",
    "health:clinic-levant:free",
    `لخص بالإنجليزي: المريضة ريم حداد، عمرها 42، عندها ⟦health|سرطان الغدة الدرقية⟧، عملت ⟦health|استئصال الغدة⟧ وهلق عم تاخد ⟦health|ليفوثيروكسين 100⟧ يومياً.`,
  ],
  ["ar", "neg-health:celebrity-levant:free", `لخص: حسب الصحف، الفنان وديع الصافي عانى من مشاكل بالقلب قبل وفاته سنة 2013.`],
  [
    "ar",
    "financial:transfer-levant:free",
    `Translate: "حولتلك يا سامي نصار ⟦financial|1,200 دينار⟧ على الـIBAN ⟦iban|${iban("JO", "ARAB1180000000118325041500")}⟧، بس وصلوا خبرني."`,
  ],
  ["ar", "neg-financial:company-levant:free", `اكتب ملخص: البنك العربي حقق أرباح صافية 1.1 مليار دولار في 2024 حسب بيانه الرسمي.`],
  [
    "ar",
    "contact:delivery-levant:free",
    `رتبلي عنوان التوصيل: الاسم: لينا خوري، تلفون ⟦phone|079 552 3184⟧، العنوان: ⟦street_address|عمّان، جبل عمّان، شارع الرينبو، بناية 12، الطابق الثالث⟧`,
  ],
  ["ar", "credentials:chat-levant:free", `ترجملي: "كلمة السر تبع الراوتر ⟦password|Beirut2024$⟧ وما تعطيها لحدا."`],
  // --- Bengali ------------------------------------------------------------------------------------------------
  [
    "bn",
    "identity:form:structured",
    `এই তথ্যগুলো টেবিলে সাজিয়ে দাও:
নাম: তানভীর আহমেদ
জাতীয় পরিচয়পত্র নম্বর: ⟦national_id|4615827309⟧
জন্ম তারিখ: ⟦date_of_birth|০৫/১১/১৯৯২⟧
মোবাইল: ⟦phone|01712-548309⟧
ঠিকানা: ⟦street_address|বাড়ি ২৩, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫⟧`,
  ],
  ["bn", "neg-identity:question:free", `জাতীয় পরিচয়পত্র নম্বর ১০ সংখ্যার আর ১৭ সংখ্যার মধ্যে পার্থক্য কী? পুরনো কার্ড কি বদলাতে হবে?`],
  ["bn", "health:messenger:free", `ইংরেজিতে অনুবাদ করো: "সবাইকে জানাচ্ছি, আমাদের সহকর্মী নুসরাত জাহানের ⟦health|ডেঙ্গু⟧ হয়েছে, সে এখন ⟦health|হাসপাতালে ভর্তি⟧।"`],
  ["bn", "neg-health:question:free", `ডেঙ্গু হলে প্লাটিলেট কত নামলে হাসপাতালে ভর্তি হওয়া দরকার?`],
  ["bn", "financial:bkash:free", `Translate: "রফিক ভাইকে বিকাশে ⟦financial|২৫,০০০ টাকা⟧ পাঠিয়েছি, নম্বর ⟦phone|01819-447216⟧, ধারের টাকা।"`],
  ["bn", "neg-contact:company:free", `গ্রামীণফোনের প্রধান কার্যালয়ে চিঠি লেখো: জিপি হাউস, বসুন্ধরা, বারিধারা, ঢাকা ১২২৯। হেল্পলাইন ১২১।`],
  ["bn", "credentials:chat:free", `অনুবাদ করো: "আম্মু, ওয়াইফাই পাসওয়ার্ড ⟦password|Sylhet@2023⟧, কাউকে দিও না।"`],
  [
    "bn",
    "health:clinic:structured",
    `ইংরেজিতে সারাংশ লেখো:
রোগী: আবদুল করিম, বয়স ৬৫
রোগ নির্ণয়: ⟦health|উচ্চ রক্তচাপ⟧, ⟦health|ডায়াবেটিস⟧
ওষুধ: ⟦health|অ্যামলোডিপিন ৫ মি.গ্রা.⟧`,
  ],
  ["bn", "neg-financial:aggregate:free", `একটা অনুচ্ছেদ লেখো: বাংলাদেশ ব্যাংকের তথ্যমতে ২০২৪ সালে রেমিট্যান্স এসেছে প্রায় ২৬ বিলিয়ন ডলার।`],
  ["bn", "contact:delivery:free", `কুরিয়ারের ঠিকানা ঠিক করো: প্রাপক সুমাইয়া ইসলাম, ⟦phone|01911-730482⟧, ⟦street_address|বাসা ৯, লেন ৪, নাসিরাবাদ, চট্টগ্রাম ৪২০৩⟧`],
  // --- additional structured pastes (same languages) ---------------------------------------------------------
  [
    "he",
    "neg-financial:company-table:structured",
    `תמיין לפי הכנסות:
שם החברה,ח.פ.,כתובת,הכנסות 2023 (מיליוני ₪)
בזק,520031931,שדרות מנחם בגין 132 תל אביב,8905
שופרסל,520022732,שמוטקין 30 ראשון לציון,15006`,
  ],
  [
    "id",
    "identity:json:structured",
    `Tolong validasi JSON ini, ada field yang kosong?
{"nama_lengkap": "Bambang Susilo", "nik": "⟦national_id|3578011708720004⟧", "tanggal_lahir": "⟦date_of_birth|1972-08-17⟧", "no_hp": "⟦phone|0813-3390-4471⟧", "gaji_pokok": "⟦financial|Rp 9.800.000⟧"}`,
  ],
  [
    "el",
    "neg-contact:store-list:structured",
    `Κάνε το JSON σε λίστα:
[{"κατάστημα": "Public Σύνταγμα", "διεύθυνση": "Καραγιώργη Σερβίας 1, 10563 Αθήνα", "ώρες": "09:00-21:00"}, {"κατάστημα": "Public Τσιμισκή", "διεύθυνση": "Τσιμισκή 24, 54624 Θεσσαλονίκη", "ώρες": "09:00-21:00"}]`,
  ],
  [
    "hu",
    "health:spreadsheet:structured",
    `Csinálj belőle összesítést:
Név;TAJ szám;Születési dátum;Betegség
Farkas Zoltán;⟦national_id|${taj("04530186")}⟧;⟦date_of_birth|1958.02.11⟧;⟦health|COPD⟧
Balogh Judit;⟦national_id|${taj("12904471")}⟧;⟦date_of_birth|1963.09.30⟧;⟦health|szklerózis multiplex⟧`,
  ],
  [
    "cs",
    "financial:payslip:free",
    `Zkontroluj výpočet: zaměstnankyně Veronika Černá, hrubá mzda ⟦financial|52 000 Kč⟧, čistá ⟦financial|40 318 Kč⟧, exekuce ⟦financial|6 200 Kč⟧ měsíčně.`,
  ],
  [
    "ar",
    "identity:json-egypt:structured",
    `صلحلي الـJSON ده:
{"الاسم": "هبة سمير عبد الله", "الرقم_القومي": "⟦national_id|29811020105427⟧", "المحافظة": "القاهرة", "الموبايل": "⟦phone|01223914075⟧"}`,
  ],
  [
    "bn",
    "neg-contact:branches:structured",
    `এই শাখার তালিকাটা টেবিল করো:
শাখা,ঠিকানা,ফোন
গুলশান,প্লট ৩২, গুলশান এভিনিউ, ঢাকা ১২১২,০২-৯৮৮৭৬৫৪
আগ্রাবাদ,৭৮ আগ্রাবাদ বা/এ, চট্টগ্রাম ৪১০০,০৩১-৭১২৩৪৫`,
  ],
  [
    "ur",
    "financial:salary:free",
    `اس ای میل کو بہتر کریں: "فرحان علی کی ماہانہ تنخواہ ⟦financial|1,85,000 روپے⟧ ہے اور ان پر ⟦financial|12 لاکھ روپے⟧ کا کار لون باقی ہے۔"`,
  ],
  [
    "sw",
    "health:hr-email:free",
    `Boresha barua pepe hii: "Bi. Neema Mushi atakuwa likizo ya ugonjwa kwa wiki tatu kwa sababu ya ⟦health|upasuaji wa kizazi⟧."`,
  ],
  [
    "ro",
    "neg-identity:fixture:structured",
    `Scrie un test unitar pentru validatorul de CNP folosind aceste date sintetice generate de noi:
{"cnp_invalid": "1234567890123", "cnp_gol": "", "cnp_litere": "18A0101221144"}`,
  ],
];

const halves = alternatingHalves(ENTRIES, ([lang, kind]) => `${lang}|${kind.startsWith("neg-") ? "neg" : "pos"}`, "dev13");
writeMarkedSet("dev-13/a.jsonl", halves.a);
writeMarkedSet("dev-13/b.jsonl", halves.b);
