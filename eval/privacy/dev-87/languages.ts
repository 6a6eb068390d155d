/**
 * dev-87's hand-written frames per language: a relayed message, a note to a colleague and a filled-in form that carry
 * a private person's number, and two frames that carry a business's or public office's number (the hard negatives).
 * Our own invented text; every person is invented. `iso` lets a frame pick the country's word (Portugal's
 * "telemóvel", Brazil's "celular").
 */

export interface LanguageFrames {
  relay: (name: string, num: string, iso: string) => string;
  note: (name: string, num: string, iso: string) => string;
  form: (name: string, num: string, iso: string) => string;
  business: ReadonlyArray<(num: string, iso: string) => string>;
}

export const FRAMES: Record<string, LanguageFrames> = {
  en: {
    relay: (n, p) => `Message while you were out: ${n} rang about the flat viewing — please call her back on ${p} before 6.`,
    note: (n, p) => `Note for Dave: ${n}'s personal mobile is ${p}. She said text first, she's on night shifts this week.`,
    form: (n, p) => `Emergency contact\nName: ${n}\nRelationship: sister\nMobile: ${p}`,
    business: [
      (p) => `For lost or stolen cards, call the bank's 24-hour line on ${p}.`,
      (p) => `The embassy's consular section can be reached on ${p} during office hours (Mon–Fri, 9am–1pm).`,
      (p) => `Council tax enquiries: ${p}, lines open Monday to Friday 9am–5pm.`,
      (p) => `To order by phone, ring the shop's order line on ${p} (we're open 10–6 every day).`,
    ],
  },
  de: {
    relay: (n, p) => `Während du weg warst, hat ${n} angerufen – bitte ruf unter ${p} zurück, es geht um die Wohnungsübergabe.`,
    note: (n, p) => `Notiz für Jens: die private Handynummer von ${n} ist ${p}, bitte nicht weitergeben.`,
    form: (n, p) => `Anmeldung Sportverein\nName: ${n}\nHandy: ${p}\nGeburtsjahr: 1988`,
    business: [
      (p) => `Die Service-Hotline der Sparkasse erreichen Sie unter ${p} (Mo–Fr 8–20 Uhr).`,
      (p) => `Bürgeramt Mitte, Terminvereinbarung unter ${p}, Sprechzeiten Dienstag und Donnerstag.`,
    ],
  },
  fr: {
    relay: (n, p) => `Pendant ton absence, ${n} a appelé : rappelle-la au ${p}, c'est pour la garde des enfants.`,
    note: (n, p) => `Note pour Julie : le portable perso de ${n} est le ${p}, ne pas le diffuser.`,
    form: (n, p) => `Fiche d'inscription\nNom : ${n}\nPortable : ${p}\nVille : Lyon`,
    business: [
      (p) => `Le service client de la banque est joignable au ${p} du lundi au vendredi de 8 h à 19 h.`,
      (p) => `Mairie – accueil du public et état civil : ${p}, ouvert du lundi au samedi matin.`,
    ],
  },
  es: {
    relay: (n, p) => `Te ha llamado ${n} mientras estabas fuera; dice que le devuelvas la llamada al ${p}, es por lo del piso.`,
    note: (n, p) => `Nota para Carmen: el móvil personal de ${n} es el ${p}, no se lo pases a nadie.`,
    form: (n, p) => `Ficha de inscripción\nNombre: ${n}\nTeléfono móvil: ${p}\nLocalidad: Valencia`,
    business: [
      (p) => `Atención al cliente del banco: ${p}, de lunes a viernes de 8:00 a 20:00.`,
      (p) => `Ayuntamiento – Oficina de Atención Ciudadana: ${p} (cita previa).`,
    ],
  },
  it: {
    relay: (n, p) => `Mentre eri fuori ha chiamato ${n}: richiamala al ${p}, è per il contratto d'affitto.`,
    note: (n, p) => `Nota per Marco: il cellulare personale di ${n} è ${p}, non darlo a nessuno.`,
    form: (n, p) => `Modulo di iscrizione\nNome: ${n}\nCellulare: ${p}\nCittà: Bologna`,
    business: [
      (p) => `Il servizio clienti della banca risponde al ${p} dal lunedì al venerdì, 8–20.`,
      (p) => `Comune – Ufficio anagrafe, prenotazioni al ${p} (martedì e giovedì).`,
    ],
  },
  pt: {
    relay: (n, p, iso) =>
      iso === "PT"
        ? `Enquanto estavas fora, a ${n} ligou: liga-lhe de volta para o ${p}, é sobre a renda da casa.`
        : `Enquanto você estava fora, a ${n} ligou: retorne no ${p}, é sobre o aluguel.`,
    note: (n, p, iso) => `Recado para a Ana: o ${iso === "PT" ? "telemóvel" : "celular"} pessoal da ${n} é ${p}, não passe a ninguém.`,
    form: (n, p, iso) => `Ficha de inscrição\nNome: ${n}\n${iso === "PT" ? "Telemóvel" : "Celular"}: ${p}`,
    business: [
      (p, iso) =>
        iso === "PT" ? `Linha de apoio ao cliente do banco: ${p} (dias úteis, 8h–22h).` : `Central de atendimento do banco: ${p} (segunda a sexta, 8h às 20h).`,
      (p) => `Prefeitura – atendimento ao cidadão: ${p}.`,
    ],
  },
  nl: {
    relay: (n, p) => `Terwijl je weg was belde ${n}: bel haar terug op ${p}, het gaat over de sleuteloverdracht.`,
    note: (n, p) => `Notitie voor Sanne: het privénummer van ${n} is ${p}, niet doorgeven.`,
    form: (n, p) => `Inschrijfformulier\nNaam: ${n}\nMobiel: ${p}\nWoonplaats: Utrecht`,
    business: [(p) => `De klantenservice van de bank is bereikbaar via ${p} (ma–vr 8–20 uur).`, (p) => `Gemeente, balie Burgerzaken: afspraak maken via ${p}.`],
  },
  pl: {
    relay: (n, p) => `Dzwoniła ${n}, kiedy cię nie było – oddzwoń pod ${p}, chodzi o mieszkanie.`,
    note: (n, p) => `Notatka dla Kasi: ${n} podała prywatny numer komórki ${p}, nie przekazuj go dalej.`,
    form: (n, p) => `Formularz zgłoszeniowy\nImię i nazwisko: ${n}\nTelefon komórkowy: ${p}`,
    business: [(p) => `Infolinia banku: ${p} (pn.–pt. 8–20).`, (p) => `Urząd Miasta – Biuro Obsługi Mieszkańców: ${p}.`],
  },
  sv: {
    relay: (n, p) => `${n} ringde medan du var borta – ring tillbaka på ${p}, det gäller lägenheten.`,
    note: (n, p) => `Anteckning till Erik: ${n}s privata mobilnummer är ${p}, sprid det inte.`,
    form: (n, p) => `Anmälan\nNamn: ${n}\nMobil: ${p}\nOrt: Uppsala`,
    business: [(p) => `Bankens kundtjänst nås på ${p}, vardagar 8–17.`, (p) => `Kommunens kontaktcenter: ${p}.`],
  },
  no: {
    relay: (n, p) => `${n} ringte mens du var ute – ring tilbake på ${p}, det gjelder leiligheten.`,
    note: (n, p) => `Notat til Kari: privatnummeret til ${n} er ${p}, ikke del det.`,
    form: (n, p) => `Påmelding\nNavn: ${n}\nMobil: ${p}`,
    business: [(p) => `Kundeservice i banken: ${p} (hverdager 8–16).`, (p) => `Kommunens servicetorg: ${p}.`],
  },
  da: {
    relay: (n, p) => `${n} ringede, mens du var væk – ring tilbage på ${p}, det handler om lejligheden.`,
    note: (n, p) => `Note til Mette: ${n}s private mobilnummer er ${p}, del det ikke.`,
    form: (n, p) => `Tilmelding\nNavn: ${n}\nMobil: ${p}`,
    business: [(p) => `Bankens kundeservice: ${p} (hverdage 8–16).`, (p) => `Kommunens Borgerservice: ${p}.`],
  },
  fi: {
    relay: (n, p) => `${n} soitti kun olit poissa – soita takaisin numeroon ${p}, asia koskee asuntoa.`,
    note: (n, p) => `Muistiinpano Villelle: ${n} antoi oman puhelinnumeronsa ${p}, älä jaa sitä eteenpäin.`,
    form: (n, p) => `Ilmoittautuminen\nNimi: ${n}\nMatkapuhelin: ${p}`,
    business: [(p) => `Pankin asiakaspalvelu: ${p} (ma–pe 8–18).`, (p) => `Kaupungin neuvonta: ${p}.`],
  },
  cs: {
    relay: (n, p) => `Volala ${n}, když jsi byl pryč – zavolej jí zpátky na ${p}, jde o byt.`,
    note: (n, p) => `Poznámka pro Petra: ${n} nechala své soukromé číslo ${p}, nikomu ho nedávej.`,
    form: (n, p) => `Přihláška\nJméno: ${n}\nMobil: ${p}`,
    business: [(p) => `Zákaznická linka banky: ${p} (po–pá 8–20).`, (p) => `Magistrát, informační centrum: ${p}.`],
  },
  el: {
    relay: (n, p) => `Όσο έλειπες πήρε τηλέφωνο η ${n} – πάρε την πίσω στο ${p}, είναι για το διαμέρισμα.`,
    note: (n, p) => `Σημείωση για τον Νίκο: η ${n} άφησε το προσωπικό της κινητό, ${p}, μην το δώσεις σε κανέναν.`,
    form: (n, p) => `Αίτηση εγγραφής\nΟνοματεπώνυμο: ${n}\nΚινητό: ${p}`,
    business: [(p) => `Εξυπηρέτηση πελατών της τράπεζας: ${p} (Δευτ.–Παρ. 8:00–20:00).`, (p) => `Δήμος – Κέντρο Εξυπηρέτησης Πολιτών: ${p}.`],
  },
  tr: {
    relay: (n, p) => `Sen yokken ${n} aradı; ${p} numarasından geri dönmeni istiyor, ev meselesi.`,
    note: (n, p) => `Ayşe için not: ${n} kişisel cep numarasını verdi: ${p}, kimseyle paylaşma.`,
    form: (n, p) => `Kayıt formu\nAd Soyad: ${n}\nCep telefonu: ${p}`,
    business: [(p) => `Bankanın müşteri hizmetleri: ${p} (hafta içi 09:00–18:00).`, (p) => `Belediye çağrı merkezi: ${p}.`],
  },
  ru: {
    relay: (n, p) => `Пока тебя не было, звонила ${n} — перезвони ей по номеру ${p}, это насчёт квартиры.`,
    note: (n, p) => `Заметка для Олега: ${n} оставила свой личный мобильный ${p}, никому не передавай.`,
    form: (n, p) => `Анкета\nФИО: ${n}\nМобильный телефон: ${p}`,
    business: [(p) => `Горячая линия банка: ${p} (круглосуточно).`, (p) => `Справочная МФЦ: ${p}, приём по записи.`],
  },
  uk: {
    relay: (n, p) => `Поки тебе не було, дзвонила ${n} — передзвони їй на ${p}, це щодо квартири.`,
    note: (n, p) => `Нотатка для Андрія: ${n} залишила свій особистий мобільний ${p}, нікому не давай.`,
    form: (n, p) => `Анкета\nПІБ: ${n}\nМобільний: ${p}`,
    business: [(p) => `Гаряча лінія банку: ${p} (цілодобово).`, (p) => `Центр надання адміністративних послуг, довідки: ${p}.`],
  },
  ro: {
    relay: (n, p) => `Cât ai fost plecat a sunat ${n} – sun-o înapoi la ${p}, e vorba de apartament.`,
    note: (n, p) => `Notă pentru Andrei: ${n} și-a lăsat numărul personal, ${p}, nu-l da mai departe.`,
    form: (n, p) => `Formular de înscriere\nNume: ${n}\nTelefon mobil: ${p}`,
    business: [(p) => `Serviciul clienți al băncii: ${p} (L–V, 8–20).`, (p) => `Primăria Sectorului 1 – registratură: ${p}.`],
  },
  hu: {
    relay: (n, p) => `Amíg nem voltál bent, hívott ${n}: hívd vissza a ${p} számon, a lakás ügyében.`,
    note: (n, p) => `Megjegyzés Péternek: ${n} megadta a saját mobilszámát: ${p}, ne add tovább.`,
    form: (n, p) => `Jelentkezési lap\nNév: ${n}\nMobil: ${p}`,
    business: [(p) => `A bank ügyfélszolgálata: ${p} (H–P 8–20).`, (p) => `Kormányablak, időpontfoglalás: ${p}.`],
  },
  ar: {
    relay: (n, p) => `اتصلت ${n} أثناء غيابك، أرجو أن تعاود الاتصال بها على الرقم ${p} بخصوص الشقة.`,
    note: (n, p) => `ملاحظة لأحمد: رقم الجوال الشخصي لـ${n} هو ${p}، لا تعطه لأحد.`,
    form: (n, p) => `استمارة التسجيل\nالاسم: ${n}\nرقم الجوال: ${p}`,
    business: [(p) => `خدمة عملاء البنك: ${p} (من الأحد إلى الخميس).`, (p) => `مركز خدمة المواطنين بالبلدية: ${p}.`],
  },
  hi: {
    relay: (n, p) => `तुम बाहर थे तब ${n} का फ़ोन आया था, उन्हें ${p} पर वापस कॉल कर लेना, फ़्लैट के बारे में है।`,
    note: (n, p) => `रवि के लिए नोट: ${n} का निजी मोबाइल नंबर ${p} है, किसी को मत देना।`,
    form: (n, p) => `पंजीकरण फ़ॉर्म\nनाम: ${n}\nमोबाइल नंबर: ${p}`,
    business: [(p) => `बैंक की ग्राहक सेवा: ${p} (सोमवार से शनिवार)।`, (p) => `नगर निगम शिकायत केंद्र: ${p}।`],
  },
  ur: {
    relay: (n, p) => `آپ کی غیر موجودگی میں ${n} کا فون آیا تھا، براہ کرم ${p} پر واپس کال کریں، فلیٹ کے بارے میں ہے۔`,
    note: (n, p) => `عمران کے لیے نوٹ: ${n} کا ذاتی موبائل نمبر ${p} ہے، کسی کو نہ دیں۔`,
    form: (n, p) => `رجسٹریشن فارم\nنام: ${n}\nموبائل نمبر: ${p}`,
    business: [(p) => `بینک کی ہیلپ لائن: ${p} (پیر تا جمعہ)۔`, (p) => `بلدیہ شکایت سیل: ${p}۔`],
  },
  bn: {
    relay: (n, p) => `তুমি বাইরে থাকার সময় ${n} ফোন করেছিলেন, ${p} নম্বরে ফিরতি কল করো, ফ্ল্যাটের ব্যাপারে।`,
    note: (n, p) => `রাহুলের জন্য নোট: ${n}-এর ব্যক্তিগত মোবাইল নম্বর ${p}, কাউকে দিও না।`,
    form: (n, p) => `নিবন্ধন ফর্ম\nনাম: ${n}\nমোবাইল নম্বর: ${p}`,
    business: [(p) => `ব্যাংকের কল সেন্টার: ${p} (২৪ ঘণ্টা)।`, (p) => `সিটি কর্পোরেশন তথ্য কেন্দ্র: ${p}।`],
  },
  ne: {
    relay: (n, p) => `तपाईं बाहिर हुँदा ${n} ले फोन गर्नुभएको थियो, ${p} मा फेरि फोन गर्नुहोस्, फ्ल्याटको बारेमा हो।`,
    note: (n, p) => `रामका लागि नोट: ${n} को निजी मोबाइल नम्बर ${p} हो, कसैलाई नदिनुहोस्।`,
    form: (n, p) => `दर्ता फारम\nनाम: ${n}\nमोबाइल नम्बर: ${p}`,
    business: [(p) => `बैंकको ग्राहक सेवा: ${p} (आइतबारदेखि शुक्रबार)।`, (p) => `महानगरपालिका सोधपुछ कक्ष: ${p}।`],
  },
  zh: {
    relay: (n, p) => `你不在的时候${n}打来电话，请回拨${p}，是关于房子的事。`,
    note: (n, p) => `给小王的备注：${n}的私人手机号是${p}，别外传。`,
    form: (n, p) => `报名表\n姓名：${n}\n手机：${p}`,
    business: [(p) => `银行客服热线：${p}（7×24小时）。`, (p) => `区政务服务中心咨询电话：${p}。`],
  },
  "zh-hant": {
    relay: (n, p) => `你不在的時候${n}打電話來，請回撥${p}，是關於房子的事。`,
    note: (n, p) => `給小陳的備註：${n}的私人手機號碼是${p}，不要外流。`,
    form: (n, p) => `報名表\n姓名：${n}\n手機：${p}`,
    business: [(p) => `銀行客服專線：${p}（24小時）。`, (p) => `區公所服務台：${p}。`],
  },
  ja: {
    relay: (n, p) => `お留守の間に${n}さんから電話がありました。${p}に折り返しお願いします（部屋の件です）。`,
    note: (n, p) => `田中さんへメモ：${n}さんの個人の携帯番号は${p}です。他の人には教えないでください。`,
    form: (n, p) => `申込書\n氏名：${n}\n携帯電話：${p}`,
    business: [(p) => `銀行のカスタマーセンター：${p}（平日9時～17時）。`, (p) => `区役所 総合案内：${p}。`],
  },
  ko: {
    relay: (n, p) => `자리 비우신 동안 ${n} 씨가 전화했어요. ${p}로 다시 전화 달래요, 집 문제래요.`,
    note: (n, p) => `민수 씨 메모: ${n} 씨 개인 휴대폰 번호는 ${p}이에요. 다른 사람한테 주지 마세요.`,
    form: (n, p) => `신청서\n성명: ${n}\n휴대폰: ${p}`,
    business: [(p) => `은행 고객센터: ${p} (평일 9시~18시).`, (p) => `구청 민원실: ${p}.`],
  },
  ms: {
    relay: (n, p) => `Semasa awak keluar, ${n} telefon – sila hubungi dia semula di ${p}, pasal rumah sewa.`,
    note: (n, p) => `Nota untuk Aziz: nombor telefon bimbit peribadi ${n} ialah ${p}, jangan kongsi.`,
    form: (n, p) => `Borang pendaftaran\nNama: ${n}\nNo. telefon bimbit: ${p}`,
    business: [(p) => `Khidmat pelanggan bank: ${p} (Isnin–Jumaat).`, (p) => `Kaunter pertanyaan Dewan Bandaraya: ${p}.`],
  },
  id: {
    relay: (n, p) => `Waktu kamu keluar, ${n} menelepon – tolong telepon balik ke ${p}, soal kontrakan.`,
    note: (n, p) => `Catatan untuk Budi: nomor HP pribadi ${n} adalah ${p}, jangan disebar.`,
    form: (n, p) => `Formulir pendaftaran\nNama: ${n}\nNo. HP: ${p}`,
    business: [(p) => `Layanan pelanggan bank: ${p} (24 jam).`, (p) => `Kantor kelurahan, layanan informasi: ${p}.`],
  },
  th: {
    relay: (n, p) => `ตอนที่คุณไม่อยู่ ${n} โทรมา ฝากให้โทรกลับที่ ${p} เรื่องห้องเช่าค่ะ`,
    note: (n, p) => `โน้ตถึงสมชาย: เบอร์มือถือส่วนตัวของ${n}คือ ${p} อย่าให้ใครนะ`,
    form: (n, p) => `แบบฟอร์มสมัคร\nชื่อ: ${n}\nเบอร์มือถือ: ${p}`,
    business: [(p) => `ศูนย์บริการลูกค้าธนาคาร: ${p} (ตลอด 24 ชั่วโมง)`, (p) => `สำนักงานเขต ฝ่ายทะเบียน: ${p}`],
  },
  vi: {
    relay: (n, p) => `Lúc anh đi vắng, chị ${n} có gọi – nhờ anh gọi lại số ${p}, chuyện căn hộ.`,
    note: (n, p) => `Ghi chú cho Minh: số điện thoại riêng của ${n} là ${p}, đừng đưa cho ai.`,
    form: (n, p) => `Phiếu đăng ký\nHọ tên: ${n}\nSố điện thoại: ${p}`,
    business: [(p) => `Tổng đài chăm sóc khách hàng của ngân hàng: ${p} (24/7).`, (p) => `Bộ phận một cửa UBND phường: ${p}.`],
  },
  he: {
    relay: (n, p) => `כשלא היית, ${n} התקשרה – תחזור אליה למספר ${p}, זה בקשר לדירה.`,
    note: (n, p) => `הערה לדני: המספר הפרטי של ${n} הוא ${p}, אל תעביר הלאה.`,
    form: (n, p) => `טופס הרשמה\nשם: ${n}\nטלפון נייד: ${p}`,
    business: [(p) => `מוקד שירות הלקוחות של הבנק: ${p} (א׳–ה׳ 8:00–20:00).`, (p) => `העירייה, מוקד פניות הציבור: ${p}.`],
  },
  fa: {
    relay: (n, p) => `وقتی نبودی ${n} زنگ زد، لطفاً با شماره ${p} تماس بگیر، درباره آپارتمان است.`,
    note: (n, p) => `یادداشت برای علی: شماره موبایل شخصی ${n} ${p} است، به کسی نده.`,
    form: (n, p) => `فرم ثبت‌نام\nنام: ${n}\nتلفن همراه: ${p}`,
    business: [(p) => `مرکز تماس بانک: ${p} (شبانه‌روزی).`, (p) => `سامانه پاسخگویی شهرداری: ${p}.`],
  },
};

/** Two invented private persons per country, named as the country names people. */
export const NAMES: Record<string, readonly [string, string]> = {
  GB: ["Sarah Whitfield", "Hannah Price"],
  IE: ["Aoife Byrne", "Ciara Walsh"],
  FR: ["Camille Lefèvre", "Élodie Marchand"],
  DE: ["Katrin Vogel", "Julia Hartmann"],
  ES: ["Lucía Navarro", "Marta Iglesias"],
  IT: ["Giulia Ferraro", "Chiara Bianchi"],
  PT: ["Inês Carvalho", "Beatriz Sousa"],
  NL: ["Femke de Vries", "Lotte Jansen"],
  BE: ["Sophie Lambert", "Manon Dubois"],
  CH: ["Nina Brunner", "Laura Keller"],
  AT: ["Theresa Huber", "Magdalena Gruber"],
  PL: ["Agnieszka Wójcik", "Joanna Kamińska"],
  SE: ["Linnea Berg", "Elin Lindqvist"],
  NO: ["Ingrid Haugen", "Silje Bakken"],
  DK: ["Freja Madsen", "Ida Nørgaard"],
  FI: ["Aino Virtanen", "Emmi Korhonen"],
  CZ: ["Tereza Dvořáková", "Lucie Novotná"],
  GR: ["Ελένη Παπαδοπούλου", "Μαρία Γεωργίου"],
  TR: ["Elif Yıldız", "Zeynep Kaya"],
  RU: ["Анна Смирнова", "Ольга Кузнецова"],
  UA: ["Оксана Бондаренко", "Ірина Шевчук"],
  RO: ["Ioana Popescu", "Andreea Ionescu"],
  HU: ["Kovács Eszter", "Nagy Réka"],
  US: ["Jessica Alvarez", "Megan O'Brien"],
  CA: ["Émilie Tremblay", "Rachel Singh"],
  MX: ["Guadalupe Ramírez", "Fernanda Ortiz"],
  BR: ["Juliana Ferreira", "Camila Rocha"],
  AR: ["Florencia Giménez", "Sofía Romero"],
  CL: ["Valentina Muñoz", "Catalina Rojas"],
  CO: ["Daniela Restrepo", "Paola Cárdenas"],
  PE: ["Rosa Quispe", "Milagros Huamán"],
  NG: ["Chiamaka Okafor", "Funmilayo Adeyemi"],
  KE: ["Wanjiru Kamau", "Achieng Otieno"],
  ZA: ["Thandiwe Nkosi", "Lerato Mokoena"],
  EG: ["منى عبد الحميد", "ياسمين فاروق"],
  MA: ["Salma Benali", "Imane El Idrissi"],
  GH: ["Akosua Mensah", "Efua Boateng"],
  ET: ["Selam Tesfaye", "Hiwot Bekele"],
  SN: ["Awa Diop", "Fatou Ndiaye"],
  IN: ["प्रिया शर्मा", "अनीता वर्मा"],
  PK: ["عائشہ خان", "فاطمہ ملک"],
  BD: ["নুসরাত জাহান", "তাসলিমা আক্তার"],
  NP: ["सीता श्रेष्ठ", "गीता तामाङ"],
  LK: ["Nirmala Perera", "Dilani Fernando"],
  CN: ["王丽娟", "李晓梅"],
  JP: ["佐藤美咲", "鈴木由美"],
  KR: ["김지은", "박서연"],
  TW: ["陳怡君", "林佳穎"],
  HK: ["黃詠詩", "張美玲"],
  SG: ["Tan Wei Ling", "Nur Aisyah"],
  MY: ["Siti Nurhaliza binti Ahmad", "Nurul Izzah"],
  ID: ["Dewi Lestari", "Siti Rahmawati"],
  TH: ["สมใจ ใจดี", "นภา ศรีสุข"],
  VN: ["Nguyễn Thị Lan", "Trần Thu Hà"],
  PH: ["Maria Santos", "Kristine Reyes"],
  SA: ["نورة القحطاني", "ريم الشهري"],
  AE: ["Fatima Al Mansoori", "Mariam Al Suwaidi"],
  IL: ["נועה כהן", "מיכל לוי"],
  IR: ["مریم احمدی", "زهرا رضایی"],
  AU: ["Chloe Nguyen", "Emily Wilson"],
  NZ: ["Aroha Ngata", "Olivia Thompson"],
};

/** Digit words for the "partly in words" form (check.ts reads them back). */
export const DIGIT_WORDS: Record<string, readonly string[]> = {
  en: ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  pt: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
};
