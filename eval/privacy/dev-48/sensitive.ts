/**
 * dev-48 sensitive entries: translation and localisation requests as users send them, with a named private person's
 * address, date of birth, national id, phone, health, e-mail or passport (see README.md). `kind` is `<medium>:<category>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const LETTERS: MarkedEntry[] = [
  [
    "en",
    "letter:address",
    `Translate this letter into German: Dear Sir or Madam, my name is Oliver Grant, born ⟦date_of_birth|14 March 1987⟧. I now live at ⟦street_address|27 Elm Grove, Leeds LS6 2AF⟧ and would like to register my residence. You can reach me on ⟦phone|07911 482 630⟧.`,
  ],
  [
    "de",
    "letter:health",
    `Bitte ins Englische übersetzen: Sehr geehrte Frau Dr. Lehmann, meine Mutter Ingrid Schäfer (geb. ⟦date_of_birth|02.11.1949⟧) wurde am 3. Dezember mit ⟦health|einem Schlaganfall und linksseitiger Lähmung⟧ ins Klinikum eingeliefert. Wir bitten um Verlegung in eine Reha-Klinik in Wien.`,
  ],
  [
    "fr",
    "letter:phone",
    `Traduis en anglais, c'est pour l'assurance : « Je soussignée Camille Roux, demeurant ⟦street_address|14 rue des Lilas, 69003 Lyon⟧, tél. ⟦phone|06 72 41 88 19⟧, déclare avoir perdu mes bagages le 28 novembre. »`,
  ],
  [
    "es",
    "letter:national_id",
    `Can you translate this into English for my landlord? "Me llamo Lucía Fernández Ortega, DNI ⟦national_id|48213765S⟧, y vivo en ⟦street_address|Calle de Toledo 84, 3º B, 28005 Madrid⟧. Le escribo por la fianza del piso."`,
  ],
  [
    "it",
    "letter:passport",
    `Traduci in inglese questa mail per il consolato: "Gentili signori, sono Marco Bellini, passaporto n. ⟦passport|YA4827193⟧, nato il ⟦date_of_birth|7 luglio 1990⟧ a Bari. Vorrei rinnovare il visto di lavoro."`,
  ],
  [
    "pt",
    "letter:health",
    `Translate to English please: "Prezado Dr. Almeida, minha filha Beatriz Costa Santos, nascida em ⟦date_of_birth|22/05/2016⟧, foi diagnosticada com ⟦health|epilepsia de ausência⟧ e toma ⟦health|valproato 250 mg duas vezes ao dia⟧."`,
  ],
  [
    "en",
    "letter:email",
    `Translate into Japanese for my host family: "Hi, I'm Emily Carter, my flight lands Tuesday. My mobile is ⟦phone|+1 415 826 3391⟧ and my email ⟦email|emily.carter.sf@gmail.com⟧. I have ⟦health|a severe peanut allergy and carry an EpiPen⟧."`,
  ],
  [
    "ru",
    "letter:passport",
    `Переведите на английский: Я, Смирнова Анна Викторовна, ⟦date_of_birth|12.04.1985⟧ г.р., паспорт ⟦passport|45 09 318276⟧, проживаю по адресу ⟦street_address|г. Москва, ул. Профсоюзная, д. 56, кв. 112⟧.`,
  ],
  [
    "ar",
    "letter:phone",
    `ترجم إلى الإنجليزية من فضلك: أنا أحمد خالد المصري، رقم هاتفي ⟦phone|+20 100 482 7316⟧، وعنواني ⟦street_address|15 شارع التحرير، الدقي، الجيزة⟧، وأرغب في تجديد الإقامة.`,
  ],
  [
    "zh",
    "letter:national_id",
    `请把这段翻译成英文：本人王丽华，身份证号⟦national_id|310104199207214829⟧，现住⟦street_address|上海市徐汇区漕溪北路398号5栋1203室⟧，联系电话⟦phone|139 1742 6083⟧。`,
  ],
  [
    "tr",
    "letter:national_id",
    `İngilizceye çevirir misin: "Sayın yetkili, ben Elif Yıldız, T.C. kimlik no ⟦national_id|52718394650⟧, ⟦email|elif.yildiz93@hotmail.com⟧ adresinden ulaşabilirsiniz. Burs başvurum hakkında bilgi almak istiyorum."`,
  ],
  [
    "ko",
    "letter:national_id",
    `이 문장을 영어로 번역해 주세요: 저는 김민준이고 주민등록번호는 ⟦national_id|910423-1234568⟧입니다. 주소는 ⟦street_address|서울특별시 마포구 월드컵북로21길 15, 302호⟧입니다.`,
  ],
  [
    "ja",
    "letter:national_id",
    `英語に訳してください：私、山本美咲は⟦date_of_birth|1988年3月14日⟧生まれで、マイナンバーは⟦national_id|482071359624⟧です。転出届の英訳が必要です。`,
  ],
  [
    "vi",
    "letter:health",
    `Dịch sang tiếng Anh giúp mình: "Tôi tên Nguyễn Thị Lan, sinh ngày ⟦date_of_birth|15/08/1993⟧, số điện thoại ⟦phone|0912 648 305⟧, tôi bị ⟦health|viêm gan B mạn tính⟧ và cần giấy xác nhận cho công ty."`,
  ],
];

const FORMS: MarkedEntry[] = [
  [
    "de",
    "form:address",
    `Check my translation of the form:\nName / Name: Jan Köhler\nGeburtsdatum / Date of birth: ⟦date_of_birth|19.06.1978⟧\nAnschrift / Address: ⟦street_address|Lindenstraße 12, 50674 Köln⟧\nTelefon / Phone: ⟦phone|0221 4938 271⟧`,
  ],
  [
    "fr",
    "form:passport",
    `Formulaire bilingue à vérifier :\nNom / Surname : DIALLO\nPrénom / Given name : Aminata\nN° de passeport / Passport no. : ⟦passport|19AV48213⟧\nDate de naissance / Date of birth : ⟦date_of_birth|03/09/1991⟧`,
  ],
  [
    "es",
    "form:health",
    `Formulario de admisión / Admission form\nPaciente / Patient: Jorge Ramírez Soto\nAlergias / Allergies: ⟦health|penicilina (anafilaxia)⟧\nDiagnóstico / Diagnosis: ⟦health|diabetes tipo 2 con neuropatía⟧\nTeléfono / Phone: ⟦phone|+52 55 4817 2930⟧\n¿Está bien la traducción de las etiquetas?`,
  ],
  [
    "hi",
    "form:national_id",
    `Form ka English check karo:\nनाम / Name: Rohit Saxena\nआधार संख्या / Aadhaar No.: ⟦national_id|5827 3946 1037⟧\nजन्म तिथि / DOB: ⟦date_of_birth|11/02/1989⟧\nपता / Address: ⟦street_address|H.No. 214, Sector 15, Rohini, Delhi 110089⟧`,
  ],
  [
    "ar",
    "form:passport",
    `الاسم / Name: Youssef Benali\nرقم جواز السفر / Passport No.: ⟦passport|UB4829173⟧\nالبريد الإلكتروني / Email: ⟦email|y.benali91@hotmail.com⟧\nهل الترجمة صحيحة؟`,
  ],
  [
    "zh",
    "form:passport",
    `帮我检查这个双语表格：\n姓名 Name: 陈志强 CHEN ZHIQIANG\n护照号码 Passport No.: ⟦passport|E48291736⟧\n出生日期 Date of Birth: ⟦date_of_birth|1985-01-17⟧\n手机 Mobile: ⟦phone|+86 138 2745 6190⟧`,
  ],
  [
    "ja",
    "form:health",
    `問診票の英訳チェックをお願いします：\n氏名 / Full name: 佐藤 健 (SATO KEN)\n電話番号 / Phone: ⟦phone|090-4827-3156⟧\n住所 / Address: ⟦street_address|東京都世田谷区三軒茶屋2-14-7-305⟧\n既往歴 / Medical history: ⟦health|小児喘息、2019年に虫垂切除⟧`,
  ],
  [
    "pt",
    "form:national_id",
    `Confere a tradução do formulário?\nNome / Name: Ana Paula Ribeiro\nCPF / Taxpayer ID: ⟦national_id|482.917.365-37⟧\nEndereço / Address: ⟦street_address|Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001⟧`,
  ],
  [
    "ru",
    "form:national_id",
    `ФИО / Full name: Кузнецов Дмитрий Олегович (Kuznetsov Dmitrii)\nСНИЛС / SNILS: ⟦national_id|112-233-445 95⟧\nТелефон / Phone: ⟦phone|+7 916 482-73-15⟧\nПроверьте английские подписи полей.`,
  ],
  [
    "ko",
    "form:passport",
    `영문 서식 맞는지 봐주세요:\n성명 / Name: 이서연 (LEE SEOYEON)\n여권번호 / Passport No.: ⟦passport|M48273916⟧\n생년월일 / Date of birth: ⟦date_of_birth|1996.05.08⟧`,
  ],
];

const TRANSLITERATED: MarkedEntry[] = [
  [
    "ru",
    "translit:address",
    `Pomogite perevesti na angliiskii: Menya zovut Olga Sergeevna Petrova, ya zhivu po adresu ⟦street_address|ul. Lenina, d. 45, kv. 17, Ekaterinburg⟧, moi telefon ⟦phone|+7 912 604 38 21⟧.`,
  ],
  [
    "zh",
    "translit:phone",
    `Translate to English: Wǒ jiào Lǐ Míng, wǒ de shǒujī hào shì ⟦phone|186 2047 3915⟧, wǒ zhù zài ⟦street_address|Běijīng shì Cháoyáng qū Jiànguó lù 88 hào 2 dòng 1501⟧.`,
  ],
  [
    "ja",
    "translit:health",
    `Can you translate this into English? "Watashi wa Tanaka Yui desu. Tanjōbi wa ⟦date_of_birth|1994-nen 7-gatsu 21-nichi⟧ desu. ⟦health|1-gata tōnyōbyō de insurin o utte imasu⟧."`,
  ],
  [
    "ko",
    "translit:national_id",
    `Translate to English: "Jeoneun Park Jiho-imnida. Jumin deungnok beonho-neun ⟦national_id|870915-2345612⟧-imnida. Jeonhwa-neun ⟦phone|010-4827-3915⟧-imnida."`,
  ],
  [
    "ar",
    "translit:address",
    `Translate into French: "Ismi Karim Haddad, raqm hatifi ⟦phone|+961 3 482 715⟧, wa unwani ⟦street_address|Shari' al-Hamra, Binayat al-Nour, al-tabiq al-rabi', Beirut⟧."`,
  ],
  [
    "uk",
    "translit:address",
    `Перекладіть для DHL, адреса латиницею: Kovalenko Iryna, ⟦street_address|vul. Shevchenka 23, kv. 8, Lviv 79005⟧, tel. ⟦phone|+380 67 482 9135⟧`,
  ],
  [
    "el",
    "translit:health",
    `Metafrase sta agglika parakalo: "Eimai o Giorgos Papadopoulos, to email mou einai ⟦email|g.papadopoulos88@yahoo.gr⟧ kai eimai ⟦health|thetikos ston HIV apo to 2021⟧."`,
  ],
  [
    "ru",
    "translit:passport",
    `Translate my Russian details for the visa form: Иванов Сергей → IVANOV SERGEI, zagranpasport ⟦passport|75 4829163⟧, data rozhdeniya ⟦date_of_birth|23.02.1984⟧`,
  ],
];

const RECORDS: MarkedEntry[] = [
  [
    "de",
    "record:health",
    `Patientenakte:\nName: Petra Vogel, geb. ⟦date_of_birth|08.04.1962⟧\nDiagnose: ⟦health|Mammakarzinom links, pT2 N1⟧\n\nPatient record (translation):\nName: Petra Vogel, born ⟦date_of_birth|8 April 1962⟧\nDiagnosis: ⟦health|left breast carcinoma, pT2 N1⟧\n\nIs my translation right?`,
  ],
  [
    "es",
    "record:address",
    `Certificado de empadronamiento — Nombre: Carmen Ruiz Molina, DNI ⟦national_id|71529384M⟧, domicilio ⟦street_address|Avenida de la Constitución 12, 41004 Sevilla⟧\nCertificate of registration — Name: Carmen Ruiz Molina, ID ⟦national_id|71529384M⟧, address ⟦street_address|12 Constitución Avenue, 41004 Seville⟧\nDoes the English read naturally?`,
  ],
  [
    "fr",
    "record:email",
    `Fiche client : M. Hugo Lefèvre — ⟦email|hugo.lefevre@orange.fr⟧ — ⟦phone|+33 6 18 47 29 53⟧\nCustomer sheet: Mr Hugo Lefèvre — ⟦email|hugo.lefevre@orange.fr⟧ — ⟦phone|+33 6 18 47 29 53⟧\nPeux-tu améliorer la ligne anglaise ?`,
  ],
  [
    "zh",
    "record:health",
    `病历摘要：患者刘洋，男，⟦date_of_birth|1979年6月2日⟧出生，诊断：⟦health|重度抑郁发作，伴自杀意念⟧。\nMedical summary: Patient Liu Yang, male, born ⟦date_of_birth|2 June 1979⟧, diagnosis: ⟦health|severe depressive episode with suicidal ideation⟧.\n请检查英文翻译。`,
  ],
  [
    "nl",
    "record:national_id",
    `Uittreksel BRP: Sanne de Vries, BSN ⟦national_id|274839167⟧, ⟦street_address|Prinsengracht 412-II, 1016 JK Amsterdam⟧\nExtract from the Personal Records Database: Sanne de Vries, citizen service number ⟦national_id|274839167⟧, ⟦street_address|Prinsengracht 412-II, 1016 JK Amsterdam⟧\nKlopt de Engelse vertaling?`,
  ],
  [
    "pl",
    "record:national_id",
    `Zaświadczenie: Pan Tomasz Wiśniewski, PESEL ⟦national_id|82071548298⟧, e-mail ⟦email|t.wisniewski82@wp.pl⟧\nCertificate: Mr Tomasz Wiśniewski, PESEL ⟦national_id|82071548298⟧, e-mail ⟦email|t.wisniewski82@wp.pl⟧\nCzy tłumaczenie jest poprawne?`,
  ],
];

const CHATS: MarkedEntry[] = [
  [
    "hi-en",
    "chat:national_id",
    `bhai mera Aadhaar ⟦national_id|7391 4682 0574⟧ hai aur address ⟦street_address|Flat 3B, Lotus Apartments, Andheri West, Mumbai 400053⟧, isko English form me kaise likhu?`,
  ],
  [
    "hi-en",
    "chat:health",
    `Priya Menon ko last week ⟦health|dengue positive⟧ aaya tha, abhi bhi weak hai. Uske manager ke liye English me leave mail likh do, uska number ⟦phone|98204 71536⟧ hai.`,
  ],
  [
    "tl-en",
    "chat:health",
    `Pa-translate naman sa English, para kay Ma'am: Si Jenny Reyes po ay ⟦health|naka-confine sa PGH dahil sa pneumonia⟧, contact niya ⟦phone|0917 482 3916⟧.`,
  ],
  [
    "tl-en",
    "chat:national_id",
    `Paano i-English ito sa form ni Mark Villanueva: "Ang SSS number ko ay ⟦national_id|34-8271935-6⟧ at ang birthday ko ay ⟦date_of_birth|March 3, 1990⟧"?`,
  ],
  [
    "es-en",
    "chat:health",
    `Oye can you translate this pa' mi jefe: mi tía Rosa Delgado ⟦health|tuvo un heart attack ayer⟧ y está en el hospital, so I need the day off. Mi cel es ⟦phone|(305) 482-7163⟧.`,
  ],
  [
    "es-en",
    "chat:address",
    `Necesito el English version de esto for the DMV, es para mi primo Luis Ortega: "Vivo en ⟦street_address|1427 W 18th St, Apt 2, Chicago, IL 60608⟧ y mi birthday es ⟦date_of_birth|9/14/1986⟧"`,
  ],
  [
    "ar-en",
    "chat:phone",
    `mmkn tetarjemli hayda 3al english: ana ismi Rami Nassar, ra2am telefoni ⟦phone|+961 71 482 936⟧ w 3enwani ⟦street_address|Shari3 Bliss, binayet Azar, tabe2 3, Hamra, Beirut⟧`,
  ],
  [
    "ar-en",
    "chat:health",
    `kif bet2oul hayda bel english lal doctor: 5ayye Samir Khoury 3endo ⟦health|sukkari w da3t 3ali⟧ w 3amal ⟦health|3amaliyyet 2alb maftou7⟧ el shahr el madi`,
  ],
  [
    "fr-en",
    "chat:email",
    `Tu peux me translate ça en anglais pour les RH : Kevin Martin, ⟦email|kevin.martin.pro@free.fr⟧, est ⟦health|en arrêt maladie pour burn-out⟧ depuis lundi, so he can't join the kick-off.`,
  ],
  [
    "de-en",
    "chat:email",
    `Kannst du das mal in proper English translaten? "Hi Team, der Lukas Braun ist ⟦health|wegen Bandscheibenvorfall⟧ bis Ende Januar out, seine private Mail ist ⟦email|lukas.braun84@gmx.de⟧."`,
  ],
];

const SUBTITLES: MarkedEntry[] = [
  [
    "en",
    "srt:health",
    `Subtitle this into French — it's the video statement for my insurance claim:\n1\n00:00:00,500 --> 00:00:03,800\nMy name is Daniel Morris, I live at ⟦street_address|9 Carlton Road, Bristol BS7 8EH⟧.\n\n2\n00:00:03,900 --> 00:00:07,400\nSince the accident I have ⟦health|a fractured pelvis and post-traumatic stress⟧.`,
  ],
  [
    "de",
    "srt:phone",
    `Bitte ins Englische untertiteln:\n1\n00:00:02,000 --> 00:00:05,000\nHallo Oma Gerda, hier ist Lena Hoffmann aus ⟦street_address|Am Mühlbach 7, 83022 Rosenheim⟧.\n\n2\n00:00:05,100 --> 00:00:08,000\nRuf mich an unter ⟦phone|0176 48291735⟧.`,
  ],
  [
    "es",
    "srt:passport",
    `Traduce estos subtítulos al inglés:\n12\n00:01:10,000 --> 00:01:13,500\nSoy Valeria Gómez, mi pasaporte es el ⟦passport|G48291736⟧.\n\n13\n00:01:13,600 --> 00:01:17,000\nNací el ⟦date_of_birth|4 de junio de 1995⟧ en Monterrey.`,
  ],
  [
    "ja",
    "srt:phone",
    `WEBVTT\n\n00:00.000 --> 00:03.000\n鈴木健太です。引っ越しました。\n\n00:03.100 --> 00:06.000\n新しい電話番号は⟦phone|080-3947-2615⟧です。\n\nEnglish subtitles please.`,
  ],
];

const STRING_FILES: MarkedEntry[] = [
  [
    "en",
    "po:email",
    `Translate the msgstr into Italian:\n#. Example shown to translators\nmsgid "Welcome back, Sofia Marino (⟦email|sofia.marino77@libero.it⟧)"\nmsgstr ""`,
  ],
  [
    "en",
    "strings:address",
    `Localise this Localizable.strings into French:\n"support.contact" = "Call Emma Walsh on ⟦phone|+353 87 482 1956⟧";\n"profile.address" = "⟦street_address|14 Harcourt Terrace, Dublin 2, D02 XH91⟧";`,
  ],
  [
    "en",
    "json:health",
    `Translate the values to Spanish:\n{\n  "greeting": "Hello {name}",\n  "patientNote": "Robert Klein — ⟦health|HIV positive, on Biktarvy since 2022⟧",\n  "dob": "⟦date_of_birth|1974-11-02⟧"\n}`,
  ],
  [
    "en",
    "xml:national_id",
    `Translate to Urdu:\n<string name="emergency_contact">Ahmed Raza – ⟦phone|+92 300 4827196⟧</string>\n<string name="cnic">⟦national_id|35202-4827193-5⟧</string>`,
  ],
  [
    "de",
    "json:passport",
    `{"de": {"passenger": "Passagier: Thomas Becker, Reisepass ⟦passport|C4TK82J97⟧", "seat": "Sitz 14C"}} — bitte englische und französische Keys ergänzen`,
  ],
  [
    "fr",
    "po:health",
    `Complète les msgstr en français :\nmsgid "Note for Dr. Martin"\nmsgstr "Note pour le Dr Martin"\n\nmsgid "Patient Claire Dubois has ⟦health|bipolar I disorder, on lithium⟧"\nmsgstr ""`,
  ],
];

export const SENSITIVE: MarkedEntry[] = [...LETTERS, ...FORMS, ...TRANSLITERATED, ...RECORDS, ...CHATS, ...SUBTITLES, ...STRING_FILES];
