/**
 * dev-48 hard negatives of the same shapes: translating public texts (imprints, famous people's biographies, novels
 * with fictional details), string files with placeholders, style-guide sample addresses, blank or specimen forms,
 * code-switched chat without a named person's data (see README.md). `kind` is `neg-<medium>:<what>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const PUBLIC_TEXTS: MarkedEntry[] = [
  [
    "de",
    "neg-letter:imprint",
    `Translate this Impressum into English: Impressum\nBäckerei Lang GmbH, Marktplatz 4, 72070 Tübingen\nTel. 07071 55 32 10, E-Mail: info@baeckerei-lang.de\nGeschäftsführer: Stefan Lang, HRB 38291, Amtsgericht Stuttgart`,
  ],
  [
    "fr",
    "neg-letter:imprint",
    `Traduire en anglais les mentions légales : Éditeur : Atelier Nord SAS, capital 10 000 €, 12 quai de la Fosse, 44000 Nantes, RCS Nantes 812 345 678, contact@ateliernord.fr. Directeur de la publication : Julien Marchand.`,
  ],
  [
    "es",
    "neg-letter:imprint",
    `Aviso legal — translate to English: Titular: Hostal Las Palmeras S.L., CIF B12345678, Calle Mayor 3, 03001 Alicante, Tel. 965 12 34 56, reservas@hostallaspalmeras.es`,
  ],
  [
    "ja",
    "neg-letter:imprint",
    `会社概要を英訳してください：株式会社サクラテック、本社：東京都千代田区丸の内1-1-1、代表電話：03-1234-5678、代表取締役社長：高橋誠`,
  ],
  [
    "en",
    "neg-letter:bio",
    `Translate into German: Marie Curie was born on 7 November 1867 in Warsaw. She died on 4 July 1934 of aplastic anaemia, probably caused by her long exposure to radiation.`,
  ],
  ["fr", "neg-letter:bio", `Traduis en anglais : Victor Hugo est né le 26 février 1802 à Besançon ; il habita au 6 place des Vosges, à Paris, de 1832 à 1848.`],
  ["zh", "neg-letter:bio", `翻译成英文：鲁迅，原名周树人，1881年9月25日出生于浙江绍兴，1936年10月19日因肺结核在上海逝世。`],
  [
    "ru",
    "neg-letter:bio",
    `Переведите на английский: Юрий Гагарин родился 9 марта 1934 года в деревне Клушино. 12 апреля 1961 года он совершил первый полёт человека в космос.`,
  ],
  [
    "es",
    "neg-letter:bio",
    `Traduce al inglés: Frida Kahlo nació el 6 de julio de 1907 en Coyoacán. A los seis años contrajo poliomielitis y en 1925 sufrió un grave accidente de autobús.`,
  ],
  ["ar", "neg-letter:bio", `ترجم إلى الإنجليزية: وُلد نجيب محفوظ في 11 ديسمبر 1911 في حي الجمالية بالقاهرة، وحصل على جائزة نوبل في الأدب عام 1988.`],
  [
    "en",
    "neg-letter:novel",
    `Translate this passage from my novel into Spanish: "Detective Mara Quinn pulled the file: Elias Thorne, born 3 May 1961, 42 Ravenscourt Lane, diagnosed with early-onset Alzheimer's. Phone disconnected."`,
  ],
  [
    "de",
    "neg-letter:novel",
    `Übersetze diesen Absatz aus meinem Roman ins Englische: Kommissar Brandt las die Akte. Hanna Sommer, geboren am 12.08.1979, wohnhaft Birkenweg 3 in Kleinhausen, seit Jahren schwer depressiv.`,
  ],
  [
    "en",
    "neg-letter:novel",
    `Translate into Japanese: "Mr. Sherlock Holmes, 221B Baker Street, London" — the address on the envelope in chapter two of my fan translation.`,
  ],
  [
    "fr",
    "neg-letter:novel",
    `Traduire en anglais cet extrait : « Emma Bovary, qui vivait à Yonville-l'Abbaye, souffrait depuis son mariage d'une langueur que le docteur Bovary ne savait guérir. »`,
  ],
];

const STRING_FILES: MarkedEntry[] = [
  [
    "en",
    "neg-po:placeholder",
    `Translate into German:\nmsgid "Hello %s, your order %d has shipped to %s"\nmsgstr ""\n\nmsgid "Call us on %(phone)s"\nmsgstr ""`,
  ],
  [
    "en",
    "neg-po:placeholder",
    `Fill the msgstr in French:\n#: src/account.py:42\nmsgid "Your date of birth ({dob}) does not match our records"\nmsgstr ""\n\nmsgid "Passport number {passport_no} expired on {date}"\nmsgstr ""`,
  ],
  [
    "en",
    "neg-json:placeholder",
    `Translate the values to Korean:\n{"profile": {"emailLabel": "E-mail", "emailPlaceholder": "name@example.com", "phonePlaceholder": "+1 555 0100", "dobHint": "DD/MM/YYYY"}}`,
  ],
  [
    "en",
    "neg-strings:placeholder",
    `Translate into Spanish:\n"address.placeholder" = "Street, house number";\n"passport.hint" = "e.g. X1234567";\n"welcome" = "Welcome, %@!";`,
  ],
  [
    "en",
    "neg-xml:placeholder",
    `Translate to Portuguese (Brazil):\n<string name="greeting">Hi %1$s, your appointment with %2$s is on %3$s</string>\n<string name="health_hint">Allergies, medications, conditions</string>`,
  ],
  ["en", "neg-json:placeholder", `Translate into Polish: "{count, plural, one {# reminder for {patientName}} other {# reminders for {patientName}}}"`],
  ["de", "neg-po:sample", `msgid "Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt"\nmsgstr ""\nWie übersetze ich das sinnvoll ins Englische?`],
  [
    "ja",
    "neg-json:sample",
    `{"ja": {"address_example": "例：東京都千代田区千代田1-1", "phone_example": "例：03-1234-5678", "name_example": "山田太郎"}} — 英語版を作って`,
  ],
];

const STYLE_GUIDES: MarkedEntry[] = [
  [
    "en",
    "neg-style:sample",
    `The Chicago Manual of Style gives addresses like "1600 Pennsylvania Avenue NW, Washington, DC 20500" — how should I render this in a German translation?`,
  ],
  [
    "de",
    "neg-style:sample",
    `Im Duden-Beispiel steht: Herrn Max Mustermann, Musterstraße 12, 12345 Musterstadt. Wie sieht das englische Äquivalent aus (John Doe, 123 Main Street, Anytown)?`,
  ],
  [
    "en",
    "neg-style:sample",
    `Royal Mail's guide uses the example address "Mr A Smith, 3 High Street, Hedle End, SOUTHAMPTON, SO31 4NG" — how would I localise that format for France?`,
  ],
  ["fr", "neg-style:sample", `La Poste donne comme exemple : Monsieur Jean DUPONT, 12 rue des Lilas, 75015 PARIS. Comment l'écrire pour un envoi au Japon ?`],
  ["zh", "neg-style:sample", `地址格式示例：北京市东城区××路××号，邮编100000 —— 请给出英文写法。`],
  [
    "en",
    "neg-style:sample",
    `Microsoft's style guide says to use 555 numbers like (425) 555-0100 in examples. What's the equivalent fictional range for the UK and Australia when I localise?`,
  ],
  ["ja", "neg-style:sample", `郵便番号の書き方の例「〒100-0001 東京都千代田区千代田1-1」を英語表記にすると？`],
];

const FORMS: MarkedEntry[] = [
  [
    "ar",
    "neg-form:blank",
    `Please translate the labels of this blank form to Arabic:\nName / الاسم: ________\nDate of birth / تاريخ الميلاد: DD/MM/YYYY\nPassport No. / رقم جواز السفر: ________`,
  ],
  [
    "de",
    "neg-form:specimen",
    `Personalausweis-Muster: Name ERIKA MUSTERMANN, Geburtsdatum 12.08.1964, Ausweisnummer T22000129 — übersetze die Feldbezeichnungen ins Englische.`,
  ],
  [
    "es",
    "neg-form:specimen",
    `Formulario / Form\nNombre / Name: [nombre completo]\nDNI / ID number: 12345678Z (ejemplo)\nTeléfono / Phone: +34 600 000 000\nTraduce solo las etiquetas.`,
  ],
  ["zh", "neg-form:blank", `请翻译表格字段：姓名 Name、性别 Sex、出生日期 Date of Birth、身份证号 ID No.、既往病史 Medical History（样表，无真实数据）`],
  ["ko", "neg-form:specimen", `서식 번역 부탁해요: 성명(Name): 홍길동 / 주민등록번호(RRN): 000000-0000000 / 주소(Address): 서울특별시 ○○구 ○○로`],
  ["ru", "neg-form:specimen", `Образец заполнения: Иванов Иван Иванович, дата рождения 01.01.1980, паспорт 00 00 000000 — переведите на английский.`],
  [
    "en",
    "neg-form:specimen",
    `Specimen passport page from ICAO Doc 9303: ANNA MARIA ERIKSSON, passport no. L898902C3, date of birth 12 AUG 1974 — translate the field labels into Swedish.`,
  ],
];

const CHATS: MarkedEntry[] = [
  ["hi-en", "neg-chat:relative", `yaar meri aunty ko sugar hai, English me "she has diabetes" sahi hai ya "she is diabetic"?`],
  ["tl-en", "neg-chat:own", `Paano sabihin sa English "masakit ang ulo ko simula kahapon"? Para sa doctor ko bukas.`],
  ["es-en", "neg-chat:relative", `How do you say "mi abuela tiene presión alta" in English? Is it "high blood pressure" o "hypertension"?`],
  ["ar-en", "neg-chat:label", `shu ya3ni "passport number" bel 3arabi? badde 3abbe el form la 2ibn 3ammi`],
  ["ar-en", "neg-chat:arabizi", `el 7afle 3al sa3a 8 bel Hamra, ta3o kellkon! 2ajib ma3ak 3 2anenet 7amra`],
  ["de-en", "neg-chat:own", `Wie sagt man "Krankschreibung" auf Englisch? Ich brauch das für meine Mail an HR morgen.`],
  ["hi-en", "neg-chat:order", `Order ID 4071-8823-9915 ka status customer care se English me kaise poochu?`],
  [
    "tl-en",
    "neg-chat:lyrics",
    `Nag-translate ako ng lyrics ng "Bahay Kubo" sa English, tama ba: "My nipa hut, even though it is small, has many kinds of vegetables"?`,
  ],
  ["hi-en", "neg-chat:bio", `Iska English translation do: Mahatma Gandhi ka janm 2 October 1869 ko Porbandar mein hua tha.`],
  ["fr-en", "neg-chat:own", `Comment on dit "j'ai une angine" en anglais, c'est "I have a sore throat" ou "strep throat"? C'est pour un call tomorrow.`],
];

const SUBTITLES: MarkedEntry[] = [
  [
    "en",
    "neg-srt:film",
    `Translate these subtitles into Italian:\n1\n00:00:01,000 --> 00:00:03,000\nMy name is Forrest, Forrest Gump.\n\n2\n00:00:03,200 --> 00:00:06,000\nMama always said life was like a box of chocolates.`,
  ],
  [
    "de",
    "neg-srt:lecture",
    `Bitte ins Englische:\n1\n00:00:00,000 --> 00:00:04,000\nWillkommen zur Vorlesung Innere Medizin II.\n\n2\n00:00:04,100 --> 00:00:08,000\nHeute: Diabetes mellitus Typ 2 – Pathophysiologie und Therapie.`,
  ],
  [
    "en",
    "neg-srt:meeting",
    `Translate into Japanese:\n1\n00:12:04,118 --> 00:12:07,902\nThe meeting is on 14 March.\n\n2\n00:12:08,000 --> 00:12:11,450\nRoom 2034, building 7.`,
  ],
  [
    "ja",
    "neg-srt:bio",
    `字幕を英訳して：\n1\n00:00:01,000 --> 00:00:05,000\n手塚治虫は1928年11月3日、大阪府豊中市に生まれた。\n\n2\n00:00:05,100 --> 00:00:09,000\n1989年、胃がんのため60歳で亡くなった。`,
  ],
];

const RECORDS_AND_TRANSLITERATION: MarkedEntry[] = [
  [
    "es",
    "neg-record:anonymised",
    `Caso clínico (anonimizado): varón de 54 años, diabetes tipo 2, HbA1c 8,2 %.\nClinical case (anonymised): 54-year-old man, type 2 diabetes, HbA1c 8.2%.\n¿Está bien la traducción?`,
  ],
  [
    "de",
    "neg-record:company",
    `Handelsregisterauszug: Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, HRB 158855 B\nCommercial register extract: Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, HRB 158855 B\nKorrekt übersetzt?`,
  ],
  [
    "zh",
    "neg-record:company",
    `公司名称：华为技术有限公司\n地址：深圳市龙岗区坂田华为基地\nCompany: Huawei Technologies Co., Ltd.\nAddress: Huawei Base, Bantian, Longgang District, Shenzhen\n翻译对吗？`,
  ],
  ["ko", "neg-record:bio", `세종대왕은 1397년 5월 15일에 태어났다.\nKing Sejong was born on 15 May 1397.\n번역 맞나요?`],
  [
    "ru",
    "neg-translit:bio",
    `How do you transliterate Достоевский Фёдор Михайлович — Dostoevsky or Dostoyevskiy? He lived at Kuznechny pereulok 5/2 in St Petersburg.`,
  ],
  ["zh", "neg-translit:public", `Pinyin for 北京市东城区景山前街4号 (the Palace Museum's address) — is it "Běijīng shì Dōngchéng qū Jǐngshān Qián Jiē 4 hào"?`],
  ["ja", "neg-translit:public", `京都駅の住所「京都府京都市下京区烏丸通塩小路下ル東塩小路町」をローマ字にしてください。`],
  ["ar", "neg-translit:bio", `Is "Mohammed bin Rashid Al Maktoum" or "Muhammad ibn Rāshid Āl Maktūm" the better transliteration for our press release?`],
  ["ko", "neg-translit:public", `Romanise 서울특별시 종로구 세종대로 209 (Government Complex Seoul) for our English brochure.`],
  ["ru", "neg-translit:novel", `Translit for Раскольников Родион Романович, the student in Crime and Punishment who lives in a garret near Stolyarny Lane?`],
];

export const NEGATIVES: MarkedEntry[] = [...PUBLIC_TEXTS, ...STRING_FILES, ...STYLE_GUIDES, ...FORMS, ...CHATS, ...SUBTITLES, ...RECORDS_AND_TRANSLITERATION];
