/**
 * dev-47 sensitive entries: a named or otherwise identified private person's health or biometric data said implicitly
 * — by a medication, a lab value or vital sign, a procedure or appointment, a euphemism or abbreviation, a negation,
 * history or question, or a biometric template, genetic result or wearable export (see README.md). `kind` is
 * `<operator>:<category>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const MEDICATION: MarkedEntry[] = [
  [
    "en",
    "med:health",
    `Can you make a weekly pill chart? Tom Whitfield takes ⟦health|metformin 1000 mg⟧ twice a day and ⟦health|sertraline 50 mg⟧ in the morning.`,
  ],
  ["en", "med:health", `Reminder for the front desk: Mrs Halvorsen's ⟦health|Eliquis⟧ prescription is ready for pickup, she'll come by after 4.`],
  ["de", "med:health", `Kannst du mir helfen, Opas Tabellen zu ordnen? Opa Heinrich Brandt: ⟦health|Marcumar⟧ nach INR, dazu ⟦health|Ramipril 5 mg⟧ morgens.`],
  ["fr", "med:health", `Mémo pour l'infirmière : M. Gérard Lemoine prend ⟦health|Levothyrox 75 µg⟧ à jeun et ⟦health|Kardégic 75⟧ le midi.`],
  [
    "es",
    "med:health",
    `Ayúdame a escribir un recordatorio: a Rosario Villalba le toca recoger en la farmacia el ⟦health|Sintrom⟧ y la ⟦health|insulina Lantus⟧ el viernes.`,
  ],
  ["it", "med:health", `Scrivi un promemoria: Giulia Ferraresi deve ritirare in farmacia il ⟦health|Depakin Chrono 500⟧ entro sabato.`],
  ["pt", "med:health", `Organiza isto numa tabela: Sr. Joaquim Pereira — ⟦health|Xarelto 20 mg⟧ ao jantar, ⟦health|furosemida 40 mg⟧ de manhã.`],
  ["nl", "med:health", `Kun je dit netjes maken voor de oppas? Sanne de Wit krijgt ⟦health|Ritalin 10 mg⟧ om 8 uur en om 12 uur.`],
  ["pl", "med:health", `Pomóż mi napisać SMS: Pan Krzysztof Nowicki, proszę odebrać ⟦health|Concor 5⟧ i ⟦health|Atoris 20⟧ z apteki na Długiej.`],
  ["tr", "med:health", `Şunu düzenler misin: Ayşe Kaya her sabah ⟦health|Euthyrox 100⟧ ve akşam ⟦health|Lustral 50 mg⟧ kullanıyor.`],
  ["ru", "med:health", `Составь напоминание: Ирина Соколова принимает ⟦health|эутирокс 50 мкг⟧ утром и ⟦health|конкор 2,5⟧ вечером.`],
  ["ja", "med:health", `薬の表を作って：佐々木健一さんは毎朝⟦health|アムロジピン5mg⟧と⟦health|メトホルミン500mg⟧を飲んでいます。`],
  ["zh", "med:health", `帮我整理一下：陈建国每天服用⟦health|二甲双胍 0.5g⟧，晚上打⟦health|甘精胰岛素 12单位⟧。`],
  ["ko", "med:health", `정리해 줘: 박지훈 씨는 아침마다 ⟦health|자디앙 10mg⟧과 ⟦health|리피토 20mg⟧을 복용합니다.`],
  ["ar", "med:health", `رتّب لي هذا الجدول: السيد خالد العمري يتناول ⟦health|الأنسولين ميكستارد 30⟧ صباحاً و⟦health|كونكور 5 ملغ⟧ مساءً.`],
  ["hi", "med:health", `इसे लिस्ट बना दो: सुनील वर्मा जी रोज़ ⟦health|टेल्मिसार्टन 40 mg⟧ और ⟦health|मेटफॉर्मिन 500⟧ लेते हैं।`],
];

const LABS: MarkedEntry[] = [
  ["en", "lab:health", `Draft a text to my sister: Lena Hartmann's ⟦health|HbA1c came back 8.2⟧, the GP wants to see her Monday.`],
  ["en", "lab:health", `Quick note for the handover: Derek Olsen, ⟦health|eGFR 41⟧, ⟦health|potassium 5.8⟧ — hold the spironolactone.`],
  ["en", "lab:health", `Summarise for the family chat: Ravi Menon's ⟦health|viral load is undetectable⟧ again and his ⟦health|CD4 is 640⟧.`],
  ["de", "lab:health", `Formuliere das freundlicher: Herr Kowalczyk, Ihr ⟦health|Blutdruck heute früh 165/100⟧, bitte sofort beim Hausarzt melden.`],
  ["fr", "lab:health", `Reformule pour Élodie Marchal : ton ⟦health|TSH est à 9,4⟧ et ta ⟦health|ferritine à 6⟧, le médecin veut te revoir.`],
  ["es", "lab:health", `Resume esto para Paco Jiménez: ⟦health|colesterol LDL 212⟧ y ⟦health|glucosa en ayunas 148⟧, tiene que volver al médico.`],
  ["it", "lab:health", `Riassumi: le analisi di Chiara Rinaldi, ⟦health|emoglobina 8,9⟧ e ⟦health|beta-hCG 1.240⟧, positiva.`],
  ["pt", "lab:health", `Escreve uma mensagem curta: Dona Fátima Lopes, a sua ⟦health|glicemia de ontem deu 310⟧ — ligue para a clínica.`],
  ["nl", "lab:health", `Maak hier een nette mail van: bij Joost Verbeek was de ⟦health|saturatie 88%⟧ en ⟦health|CRP 140⟧ bij opname.`],
  ["pl", "lab:health", `Przeredaguj: Pani Agnieszka Wróbel, ⟦health|kreatynina 2,1⟧, ⟦health|TSH 0,01⟧ — proszę o pilny kontakt.`],
  ["tr", "lab:health", `Kısa bir mesaj yaz: Mehmet Demir'in ⟦health|tansiyonu bu sabah 180/110⟧ çıktı, ⟦health|şekeri 260⟧.`],
  ["ru", "lab:health", `Перепиши вежливо: у Олега Петрова ⟦health|гемоглобин 82⟧ и ⟦health|ферритин 4⟧, нужно к гематологу.`],
  ["ja", "lab:health", `LINEの文を直して：田中美穂さん、⟦health|血糖値 280⟧、⟦health|HbA1c 9.1%⟧でした。`],
  ["zh", "lab:health", `帮我润色：李明的⟦health|血压今早 170/105⟧，⟦health|肌酐 180⟧，明天复查。`],
  ["ko", "lab:health", `문자 다듬어 줘: 김서연 님 ⟦health|공복혈당 186⟧, ⟦health|당화혈색소 8.4⟧ 나왔어요.`],
  ["ar", "lab:health", `أعد صياغة الرسالة: نتائج السيدة منى حداد: ⟦health|السكر التراكمي 9.3⟧ و⟦health|الضغط 160/95⟧.`],
];

const PROCEDURES: MarkedEntry[] = [
  ["en", "proc:health", `Help me plan the carpool: Priya Raman's ⟦health|chemo cycle 3⟧ is Thursday at 9, she can't drive after.`],
  ["en", "proc:health", `Shift swap request: I need to cover for Dave Kinsella, he has ⟦health|dialysis Monday, Wednesday and Friday⟧ mornings.`],
  ["en", "proc:health", `Write a sweet card: Hannah and Luke Brenner, good luck with the ⟦health|IVF embryo transfer⟧ on the 14th!`],
  ["de", "proc:health", `Vertretungsplan: Frau Özlem Arslan ist ab Montag drei Wochen in der ⟦health|Reha nach der Knie-TEP⟧.`],
  ["de", "proc:health", `Kannst du das kürzen? Jonas Keller hat am 9.12. seinen ⟦health|Termin zur Bestrahlung⟧ und fehlt ab Mittag.`],
  ["fr", "proc:health", `Planning : Sophie Garnier est en ⟦health|arrêt maladie⟧ jusqu'au 20, elle a sa ⟦health|séance de chimio⟧ le mardi.`],
  ["es", "proc:health", `Organiza la semana: Lucía Navarro tiene ⟦health|hemodiálisis lunes, miércoles y viernes⟧ y ⟦health|cita con oncología⟧ el jueves.`],
  ["it", "proc:health", `Sistema il turno: Paolo Gentile ha la ⟦health|seduta di radioterapia⟧ tutte le mattine fino al 18.`],
  ["pt", "proc:health", `Agenda: Rui Carvalho tem ⟦health|sessão de quimioterapia⟧ quarta e ⟦health|consulta de psiquiatria⟧ sexta.`],
  ["nl", "proc:health", `Rooster: Femke Jansen heeft donderdag haar ⟦health|punctie voor de IVF⟧, ze is vrij.`],
  ["pl", "proc:health", `Grafik: Tomasz Zieliński jest na ⟦health|chemioterapii⟧ we wtorki, a w piątek ma ⟦health|rezonans głowy⟧.`],
  ["tr", "proc:health", `Program: Elif Şahin'in salı günü ⟦health|kemoterapi kürü⟧ var, perşembe ⟦health|diyalize⟧ gidiyor.`],
  ["ru", "proc:health", `График: у Натальи Волковой ⟦health|гемодиализ по понедельникам, средам и пятницам⟧.`],
  ["ja", "proc:health", `シフト調整：山口大輔さんは毎週火・木・土に⟦health|人工透析⟧があります。`],
  ["zh", "proc:health", `排班：王芳周四要去做⟦health|第四次化疗⟧，下周一还有⟦health|胃镜⟧。`],
  ["ko", "proc:health", `일정 정리: 이준호 씨는 목요일에 ⟦health|항암 3차⟧, 다음 주에 ⟦health|투석 상담⟧이 있어요.`],
];

const EUPHEMISMS: MarkedEntry[] = [
  ["en", "euph:health", `Can you word this kindly? Uncle Ray Donnelly is fighting ⟦health|the big C⟧ again, second round.`],
  ["en", "euph:health", `Team update draft: Marcus Bell is on ⟦health|burnout leave⟧ until February, please route his tickets to Jo.`],
  ["en", "euph:health", `Note for the coach: Sam Okafor is ⟦health|T2DM⟧, keeps ⟦health|glucose tabs⟧ in his bag.`],
  ["en", "euph:health", `Text to Gran's carer: Edith Moore's ⟦health|sugar⟧ was all over the place last night, keep an eye.`],
  ["de", "euph:health", `Schreib kurz an die Kita: Mia Lorenz hat ⟦health|Zucker⟧, sie braucht mittags ihren ⟦health|Pen⟧.`],
  ["de", "euph:health", `Für die Teamliste: Bernd Vogt ist wegen ⟦health|MS-Schub⟧ die ganze Woche krankgeschrieben.`],
  ["fr", "euph:health", `Rédige un mot : Jean-Luc Perrin est ⟦health|séropo⟧ depuis 2011 et va très bien.`],
  ["es", "euph:health", `Escribe algo cariñoso: a la tía Carmen Ortega le ha vuelto ⟦health|lo malo⟧, ya en el hueso.`],
  ["it", "euph:health", `Scrivi un messaggio: Marco Vitale è in ⟦health|malattia per esaurimento⟧ da ottobre.`],
  ["pt", "euph:health", `Escreve para o grupo: o Zé Martins está com ⟦health|aquela doença⟧, vai começar a químio.`],
  ["nl", "euph:health", `Maak een appje: Kees Bakker zit ⟦health|overspannen⟧ thuis, niet bellen over werk.`],
  ["pl", "euph:health", `Napisz do szefa: Marta Kamińska jest ⟦health|HIV+⟧, prosi o dyskrecję przy badaniach okresowych.`],
  ["ru", "euph:health", `Напиши сообщение: у Виктора Зайцева ⟦health|онкология⟧, ⟦health|четвёртая стадия⟧.`],
  ["hi", "euph:health", `इसे मैसेज बना दो: रमेश गुप्ता जी को ⟦health|शुगर⟧ है और ⟦health|बीपी⟧ की दवा भी चल रही है।`],
];

const CONTEXTS: MarkedEntry[] = [
  ["en", "ctx:health", `Write a note to HR: Mark Delaney ⟦health|tested negative for TB⟧, so he can return to the ward.`],
  ["en", "ctx:health", `Is it safe for Olivia Grant to fly at 30 weeks with her ⟦health|gestational diabetes⟧? She's on ⟦health|insulin⟧.`],
  ["en", "ctx:health", `Rephrase: Ben Choi had ⟦health|a mild stroke⟧ in 2019 and ⟦health|a stent⟧ last spring, he's fine now.`],
  ["de", "ctx:health", `Was bedeutet das für Lukas Hoffmann: ⟦health|HIV-Test negativ⟧, aber ⟦health|Hepatitis C positiv⟧?`],
  ["fr", "ctx:health", `Chloé Besson n'a ⟦health|plus de crises d'épilepsie⟧ depuis qu'elle prend ⟦health|Lamictal⟧, elle peut conduire ?`],
  ["es", "ctx:health", `¿Puede Álvaro Romero donar sangre si tuvo ⟦health|hepatitis B⟧ de joven?`],
  ["it", "ctx:health", `Riformula: Sara Longo non ha ⟦health|più il cancro al seno⟧, ⟦health|l'ultima PET è pulita⟧.`],
  ["pt", "ctx:health", `A Inês Moreira pode amamentar tomando ⟦health|fluoxetina 20 mg⟧?`],
  ["nl", "ctx:health", `Herschrijf: Daan Smit heeft ⟦health|geen diabetes meer⟧ sinds zijn ⟦health|maagverkleining⟧.`],
  ["tr", "ctx:health", `Burak Yıldız ⟦health|COVID testi pozitif⟧ çıktı, toplantıya gelebilir mi?`],
  ["ja", "ctx:health", `中村さくらさんは⟦health|乳がん⟧の手術後5年、再発なし。この文を丁寧にして。`],
  ["zh", "ctx:health", `张伟以前得过⟦health|抑郁症⟧，现在还在吃⟦health|舍曲林⟧，他能去体检吗？`],
];

const BIOMETRIC: MarkedEntry[] = [
  [
    "en",
    "bio:biometric",
    `Why does the door log reject this? employee E-10427 (Nadia Fischer) fingerprint_template=⟦biometric|Rk1SACAyMAAAAAEoAAABQAHgAMUAxQEAAAAoL4CDAF5hQEB⟧`,
  ],
  ["en", "bio:biometric", `Debug this enrolment row: {"user":"karl.jensen","voiceprint_id":"⟦biometric|VP-7f3a9c21e0b4⟧","status":"enrolled"}`],
  ["en", "bio:health", `Make a chart from Aiden Walsh's Fitbit export: 2026-12-01 ⟦health|resting HR 92, sleep 3h41, SpO2 89%⟧.`],
  ["en", "bio:health", `Explain these 23andMe results for Maria Kostas: ⟦health|BRCA1 185delAG variant detected⟧, ⟦health|APOE ε4/ε4⟧.`],
  ["de", "bio:biometric", `Warum schlägt der Abgleich fehl? Mitarbeiter Stefan Krüger, Gesichtsvorlage ⟦biometric|FT-2b91e7c04d3a88f1⟧, Status: abgelehnt.`],
  ["fr", "bio:biometric", `Explique ce log : enrolement_iris patient=Camille Dubois code_iris=⟦biometric|IRIS-0c4f8e2a7791b5d3⟧`],
  ["es", "bio:health", `Resume los datos del Apple Watch de Javier Molina: ⟦health|fibrilación auricular detectada 3 veces⟧, ⟦health|FC en reposo 104⟧.`],
  ["it", "bio:biometric", `Controlla questo record: dipendente Luca Marini, impronta_digitale=⟦biometric|Rk1SACAyMAAAAAFeAAABQAHg9xQ1⟧`],
  ["pt", "bio:health", `Interpreta o teste de ancestralidade e saúde da Ana Ribeiro: ⟦health|portadora de fibrose cística (F508del)⟧.`],
  ["nl", "bio:biometric", `Waarom faalt dit? medewerker Ruben Visser, handpalmader_sjabloon=⟦biometric|PV-91ac3e5f20d7⟧`],
  ["ru", "bio:biometric", `Разбери лог: сотрудник Дмитрий Орлов, голосовой_отпечаток=⟦biometric|VB-4e17a0c9f2d6⟧ зарегистрирован.`],
  ["ja", "bio:health", `鈴木翔太さんのスマートウォッチのデータを要約して：⟦health|睡眠時無呼吸の疑い、夜間SpO2 84%⟧。`],
  ["zh", "bio:biometric", `这条记录为什么报错：员工 刘洋 人脸模板=⟦biometric|FACE-5d2e9a7c1b36f048⟧`],
  ["ko", "bio:biometric", `로그 봐 줘: 사원 최민준 지문템플릿=⟦biometric|Rk1SACAyMAAAAAEoAAAB7Qx2⟧ 등록 실패`],
  ["ar", "bio:health", `لخّص نتيجة فحص الحمض النووي لسارة يوسف: ⟦health|حاملة لطفرة فقر الدم المنجلي⟧.`],
  ["hi", "bio:biometric", `यह लॉग समझाओ: कर्मचारी अनिल शर्मा, आईरिस_कोड=⟦biometric|IR-8c2d4f6a1e09⟧ नामांकित।`],
];

export const SENSITIVE: MarkedEntry[] = [...MEDICATION, ...LABS, ...PROCEDURES, ...EUPHEMISMS, ...CONTEXTS, ...BIOMETRIC];
