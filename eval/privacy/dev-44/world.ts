/**
 * dev-44, entries in 17 other languages (de, fr, es, it, pt, nl, sv, pl, ru, uk, tr, ar, zh, ja, ko, hi, Hinglish, vi):
 * chat exports with the sender's name and timestamp as each app writes them, e-mails with quoted replies and signatures,
 * voice-note transcripts with fillers, shift handovers, tickets; hard negatives in the same media.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const WORLD: MarkedEntry[] = [
  // ---- de
  [
    "de",
    "health:whatsapp",
    "[03.12.26, 19:42:10] Sabine Krüger: Jürgen hat jetzt doch ⟦health|Bauchspeicheldrüsenkrebs⟧, sie fangen nächste Woche mit ⟦health|FOLFIRINOX⟧ an\n[03.12.26, 19:43:02] Uwe Krüger: oh nein 😢\nKannst du mir helfen, eine Nachricht an seine Kollegen zu schreiben?",
  ],
  [
    "de",
    "health:handover",
    "Schichtübergabe Station 4 – Nacht\nZi. 12: Frau Hildegard Maaß, 79 J., ⟦health|Apoplex⟧ li., ⟦health|Schluckstörung⟧, nur angedickte Kost\nZi. 14: Herr Erwin Pohl – ⟦health|Pneumonie⟧, ⟦health|Ceftriaxon 2 g⟧\nBitte als Tabelle formatieren",
  ],
  [
    "de",
    "health:email",
    "Hallo Frau Berger,\n\nAm 02.12.2026 um 08:14 schrieb Markus Feld:\n> Herr Timo Lange aus dem Vertrieb ist wegen eines ⟦health|Bandscheibenvorfalls⟧ bis Ende Januar krankgeschrieben.\n\nMit freundlichen Grüßen\nPersonalabteilung\nFormuliere eine kurze Antwort.",
  ],
  [
    "de",
    "bio:ticket",
    "Ticket #7731 – Zutrittskontrolle\nMitarbeiterin: Petra Lindner\nFingerabdruck-Template (ISO 19794-2): ⟦biometric|464D52002032300000000138000001E00168⟧\nWarum wird der Abdruck am Drehkreuz nicht erkannt?",
  ],
  ["de", "neg-health:whatsapp", "[03.12.26, 19:42:10] Sabine Krüger: meine Oma hat jetzt Diabetes, was darf sie noch essen?\nBeantworte Sabines Frage"],
  [
    "de",
    "neg-health:leaflet",
    "Gebrauchsinformation: Ibuprofen 400 mg Filmtabletten\nNicht einnehmen bei aktiven Magen-Darm-Geschwüren oder schwerer Herzschwäche. Bitte in einfache Sprache übersetzen.",
  ],
  ["de", "neg-health:voice", "Sprachnachricht-Transkript: „äh, also, ähm, wie lange ist man eigentlich nach ner Grippe noch ansteckend? frag für mich selbst“"],
  [
    "de",
    "neg-health:policy",
    "Aus der Betriebsvereinbarung, § 5: Arbeitsunfähigkeitsbescheinigungen sind ab dem dritten Krankheitstag vorzulegen; Diagnosen werden dem Arbeitgeber nicht mitgeteilt. Was heißt das für Teilzeitkräfte?",
  ],
  // ---- fr
  [
    "fr",
    "health:voice",
    "Transcription du message vocal : « euh, donc, Camille, hein, Camille Roux, elle a, euh, ⟦health|une sclérose en plaques⟧, on lui a dit hier, et elle commence le, euh, le ⟦health|Tysabri⟧ en janvier » Tu peux reformuler pour l'équipe sans les détails ?",
  ],
  [
    "fr",
    "health:email",
    "Bonjour,\nje vous informe que M. Julien Mercier sera absent jusqu'au 15 : hospitalisation pour une ⟦health|pancréatite aiguë⟧.\nCordialement,\nNadia Belkacem\nRH – Site de Lyon\nPeux-tu corriger le ton ?",
  ],
  [
    "fr",
    "health:teams",
    "[Teams] Lucie Garnier 10:03 : Aurélien de la compta est en ⟦health|burn-out⟧, arrêt de 3 mois, il prend des ⟦health|antidépresseurs⟧, ne lui en parlez pas\nRéponds-lui poliment",
  ],
  [
    "fr",
    "health:forum",
    "Posté par mamandeJade · il y a 2 h\nMa voisine Sophie Lemaire a fait une ⟦health|fausse couche⟧ la semaine dernière, comment l'aider sans être maladroite ?",
  ],
  ["fr", "neg-health:forum", "Posté par pierre_64 · il y a 5 h\nMon beau-père vient d'apprendre qu'il a un cancer de la prostate, comment le soutenir ?"],
  ["fr", "neg-health:leaflet", "Notice : Doliprane 1000 mg, paracétamol. Ne pas dépasser 3 g par jour sans avis médical. Résume en une phrase."],
  [
    "fr",
    "neg-health:whatsapp",
    "[02/12/2026 18:30:12] Hugo Martin: vous avez vu ? Céline Dion a révélé en 2022 souffrir du syndrome de la personne raide\nécris une réponse",
  ],
  [
    "fr",
    "neg-health:case",
    "Cas clinique partagé dans le groupe : une femme de 37 ans consulte pour une fatigue et une TSH à 12 mUI/L. Quel diagnostic évoquer ?",
  ],
  // ---- es
  [
    "es",
    "health:whatsapp",
    "[4/12/26 22:01:33] Lorena Vidal: a Nacho le confirmaron ⟦health|leucemia⟧ 😢, empieza ⟦health|quimio⟧ el lunes\n[4/12/26 22:02:10] Pilar Soto: ánimo, avisa si necesitáis algo\nResume el chat para el grupo del trabajo",
  ],
  [
    "es",
    "health:ticket",
    "Ticket #3318 — Cliente: Marta Olmedo\nMi padre, Ramón Olmedo, tiene ⟦health|alzhéimer⟧ y el reloj GPS no envía la ubicación cuando sale solo. ¿Qué hago?",
  ],
  [
    "es",
    "health:handover",
    "Relevo de turno UCI – 08:00\nCama 3: Sr. Tomás Herrera, 66 – ⟦health|SDRA⟧, ⟦health|ventilación mecánica⟧, ⟦health|propofol⟧\nCama 4: Sra. Inés Cabello – ⟦health|shock séptico⟧\nPásalo a formato tabla",
  ],
  [
    "es",
    "bio:slack",
    "Andrés Ruiz  16:20\nel alta biométrica de Carmen Ibáñez da error:\nplantilla_huella=⟦biometric|Rk1SACAyMAAAAAFeAAABQAHgAMUAxQEAAAAoQ4BQAGxd⟧\n¿es un problema de formato?",
  ],
  ["es", "neg-health:whatsapp", "[4/12/26 22:05:01] Pilar Soto: mi tía tiene hipotiroidismo, ¿puede tomar café con la levotiroxina?\nresponde a Pilar"],
  [
    "es",
    "neg-health:guideline",
    "Guía GEMA 5.3: en el asma leve se recomienda budesonida-formoterol a demanda en lugar de salbutamol solo. Explícalo a un estudiante.",
  ],
  [
    "es",
    "neg-health:fiction",
    "[Teams] Raúl Ortega 12:10: en Anatomía de Grey, Derek Shepherd opera un glioblastoma imposible en la temporada 4, ¿os acordáis?\nescribe una respuesta divertida",
  ],
  [
    "es",
    "neg-bio:docs",
    "Documentación del lector: el SDK almacena la plantilla de huella en formato ISO/IEC 19794-2 y nunca guarda la imagen del dedo. ¿Qué significa?",
  ],
  // ---- it
  [
    "it",
    "health:email",
    "Ciao Franca,\n\nIl giorno lun 1 dic 2026 alle 09:40 Paolo Greco ha scritto:\n> Ti aggiorno: la signora Rosa Fabbri ha ⟦health|un tumore al seno⟧, inizia la ⟦health|radioterapia⟧ lunedì.\n\nRispondi con un messaggio gentile",
  ],
  [
    "it",
    "health:voice",
    "trascrizione nota vocale: «eh, allora, cioè, Davide, sì Davide Conti, ha la, ehm, ⟦health|mononucleosi⟧, quindi niente calcetto per un mese» scrivilo per il gruppo",
  ],
  [
    "it",
    "health:chat-table",
    "Nome;Patologia;Terapia\nGiulia Neri;⟦health|celiachia⟧;⟦health|dieta senza glutine⟧\nLuca Bassi;⟦health|epilessia⟧;⟦health|levetiracetam⟧\nlista del campo estivo dalla chat dei genitori, mettila in ordine",
  ],
  ["it", "neg-health:whatsapp", "[05/12/26, 20:11:45] Marco Ferri: mia nonna ha l'Alzheimer, come posso gestire la sua aggressività la sera?"],
  ["it", "neg-health:leaflet", "Foglio illustrativo: Tachipirina 500 mg. Non superare le dosi indicate; negli adulti al massimo 3 g al giorno. Riassumi."],
  [
    "it",
    "neg-health:news",
    "Notizia girata nel gruppo: Papa Francesco è stato ricoverato al Gemelli per una polmonite bilaterale nel febbraio 2025. Quanto è durato il ricovero?",
  ],
  // ---- pt
  [
    "pt",
    "health:whatsapp",
    "[05/12/2026 09:12:44] Cláudia Moura: gente, o Rafael Teixeira teve um ⟦health|AVC⟧ ontem, tá na UTI\n[05/12/2026 09:13:02] Bruno Lima: meu Deus, força!\nEscreve uma mensagem de apoio",
  ],
  [
    "pt",
    "health:ticket",
    "Chamado #7712 – Solicitante: Fernanda Alves (RH)\nA colaboradora Juliana Rocha apresentou atestado de ⟦health|gravidez de risco⟧ e precisa de afastamento a partir de segunda. Como lanço no sistema?",
  ],
  [
    "pt",
    "bio:log",
    'log do app de ponto:\n2026-12-05T10:22:01Z face_enroll user="Thiago Nunes" face_template=⟦biometric|FT-9c2e41d07ab3f58e⟧ status=FAILED\npor que falha?',
  ],
  ["pt", "neg-health:whatsapp", "[05/12/2026 09:20:10] Bruno Lima: meu irmão tem asma, qual bombinha é melhor pra levar na viagem?"],
  ["pt", "neg-health:leaflet", "Bula: Dipirona sódica 500 mg – contraindicações: alergia à dipirona, problemas na medula óssea. Resuma."],
  ["pt", "neg-health:case", "Relato de caso anônimo: paciente do sexo feminino, 62 anos, hipertensa, com cefaleia súbita. Quais exames pedir?"],
  // ---- nl
  [
    "nl",
    "health:teams",
    "[Teams] Sanne de Vries 14:10: Bram uit het magazijn heeft ⟦health|long covid⟧ en gaat naar ⟦health|revalidatie⟧, hij werkt voorlopig halve dagen\nMaak hier een rooster-notitie van",
  ],
  [
    "nl",
    "health:email",
    "Beste Kees,\n\nOp di 2 dec. 2026 om 11:05 schreef Anouk Bakker:\n> Mevrouw Ineke Smit is gisteren gestart met ⟦health|insuline⟧ vanwege ⟦health|diabetes type 2⟧.\n\nGroet,\nWijkteam Noord\nSchrijf een korte bevestiging",
  ],
  ["nl", "neg-health:whatsapp", "[05-12-2026 08:01:22] Joris Visser: mijn schoonvader heeft COPD, mag hij nog vliegen?"],
  ["nl", "neg-health:policy", "Verzuimprotocol: meld je vóór 9 uur ziek bij je leidinggevende; je hoeft je diagnose niet te noemen. Vat samen."],
  // ---- sv
  [
    "sv",
    "health:slack",
    "Johanna Berg  10:14\nErik Lund på lagret har fått ⟦health|diskbråck⟧ och är sjukskriven till jul\nSkriv om det till en neutral statusrad",
  ],
  ["sv", "neg-health:slack", "Johanna Berg  10:20\nmin pappa har förmaksflimmer, får han dricka kaffe?"],
  // ---- pl
  [
    "pl",
    "health:whatsapp",
    "[06.12.2026, 08:15:32] Kasia Wójcik: Marek Zieliński ma ⟦health|chemię⟧ przesuniętą na czwartek, ⟦health|chłoniak⟧ wrócił\n[06.12.2026, 08:16:01] Ola Nowak: trzymam kciuki\nPodsumuj dla rodziny",
  ],
  [
    "pl",
    "health:handover",
    "Raport pielęgniarski – zmiana nocna\nSala 5: pani Halina Zając, 81 l., ⟦health|niewydolność serca⟧, ⟦health|furosemid 40 mg⟧\nSala 6: pan Zbigniew Kowal – ⟦health|zapalenie płuc⟧\nZrób z tego tabelę",
  ],
  [
    "pl",
    "health:voice",
    "transkrypcja notatki głosowej: „no więc, yyy, Tomek Lis, no, ma ⟦health|depresję⟧ i bierze ⟦health|escitalopram⟧, więc, yyy, nie dawajmy mu nocek” przeredaguj to",
  ],
  ["pl", "neg-health:whatsapp", "[06.12.2026, 08:20:11] Ola Nowak: moja babcia ma cukrzycę, jaka dieta będzie dla niej dobra?"],
  ["pl", "neg-health:leaflet", "Ulotka: Apap 500 mg – nie stosować u osób z ciężką niewydolnością wątroby. Wyjaśnij prostymi słowami."],
  [
    "pl",
    "neg-health:policy",
    "Regulamin pracy § 12: zwolnienie lekarskie należy dostarczyć w ciągu 7 dni; pracodawca nie otrzymuje informacji o chorobie. Co to znaczy?",
  ],
  // ---- ru
  [
    "ru",
    "health:telegram",
    "Иван Петров, [05.12.2026 21:14]\nУ Светланы Орловой подтвердили ⟦health|рак щитовидной железы⟧, операция в пятницу\n\nОльга Смирнова, [05.12.2026 21:16]\nДержимся 🙏\nСделай короткое сообщение коллегам",
  ],
  [
    "ru",
    "health:handover",
    "Передача смены, кардиология\nПалата 3: Кузнецов Николай Петрович, 67 лет — ⟦health|инфаркт миокарда⟧, ⟦health|клопидогрел⟧\nПалата 4: Белова Анна Сергеевна — ⟦health|фибрилляция предсердий⟧\nОформи в таблицу",
  ],
  [
    "ru",
    "bio:ticket",
    "Заявка №4411: сотрудник Алексей Громов, шаблон отпечатка пальца: ⟦biometric|Rk1SACAyMAAAAAE8AAABQAHgAMUAxQEAAAAoQ4BQ⟧ — почему терминал не принимает?",
  ],
  ["ru", "neg-health:telegram", "Ольга Смирнова, [05.12.2026 21:20]\nу моей мамы давление 160 на 100, что делать до приезда врача?"],
  [
    "ru",
    "neg-health:leaflet",
    "Инструкция по применению: Нурофен. Противопоказания: язвенная болезнь желудка, тяжёлая сердечная недостаточность. Перескажи проще.",
  ],
  ["ru", "neg-health:case", "Клинический случай для разбора: мужчина 45 лет, боль за грудиной 40 минут, подъём ST в V1–V4. Тактика?"],
  // ---- uk
  [
    "uk",
    "health:telegram",
    "Оксана Мельник, [04.12.2026 18:20]\nТарас Коваль знову в лікарні, у нього ⟦health|загострення виразки⟧\nЗроби повідомлення для бригади",
  ],
  [
    "uk",
    "health:voice",
    "розшифровка голосового: «ну, е-е, Ірина Бондар, так, вона тепер на ⟦health|інсуліні⟧, ⟦health|діабет першого типу⟧, тож, е-е, перерви їй потрібні» перепиши це",
  ],
  ["uk", "neg-health:telegram", "Оксана Мельник, [04.12.2026 18:25]\nу мого дідуся деменція, як з ним краще говорити?"],
  ["uk", "neg-health:leaflet", "Інструкція: Парацетамол 500 мг, не перевищувати 4 г на добу. Поясни простими словами."],
  ["uk", "neg-health:policy", "Політика компанії: лікарняний подається через портал протягом 3 днів, діагноз не зазначається. Що це означає?"],
  // ---- tr
  [
    "tr",
    "health:whatsapp",
    "[06.12.2026 10:02:17] Elif Şahin: Mehmet abinin ⟦health|kemoterapi⟧ tarihi değişti, ⟦health|lenfoma⟧ tekrar etmiş\n[06.12.2026 10:03:40] Can Yılmaz: geçmiş olsun\nAileye kısa bir mesaj yaz",
  ],
  [
    "tr",
    "health:email",
    "Merhaba Ayşe Hanım,\n\n2 Ara 2026 Sal, 09:12 tarihinde Murat Kaya şunu yazdı:\n> Zeynep Arslan'ın ⟦health|hamile⟧ olduğunu ve ⟦health|gebelik diyabeti⟧ tanısı aldığını öğrendik.\n\nİK Departmanı\nKibar bir yanıt yaz",
  ],
  [
    "tr",
    "health:handover",
    "Nöbet devri – Dahiliye\nOda 7: Hasan Demir, 72 – ⟦health|KOAH atağı⟧, ⟦health|oksijen 2 L⟧\nOda 8: Fatma Çelik – ⟦health|idrar yolu enfeksiyonu⟧\nTabloya çevir",
  ],
  ["tr", "neg-health:whatsapp", "[06.12.2026 10:10:02] Can Yılmaz: annemin tiroidi var, hangi doktora gitmeli?"],
  ["tr", "neg-health:leaflet", "Kullanma talimatı: Parol 500 mg tablet, günde en fazla 8 tablet. Basitçe açıkla."],
  ["tr", "neg-bio:docs", "Cihaz kılavuzu: parmak izi şablonları cihazda şifreli saklanır ve sunucuya gönderilmez. Bu KVKK'ya uygun mu?"],
  // ---- ar
  [
    "ar",
    "health:whatsapp",
    "[٥/١٢/٢٠٢٦، ٩:١٥ م] سارة العتيبي: خالد الشمري عنده ⟦health|سرطان القولون⟧ وبدأ ⟦health|العلاج الكيميائي⟧\n[٥/١٢/٢٠٢٦، ٩:١٦ م] نورة: الله يشفيه\nاكتب رسالة دعم قصيرة",
  ],
  [
    "ar",
    "health:email",
    "الأستاذة منى،\nنحيطكم علماً بأن الموظف أحمد الزهراني في إجازة مرضية بسبب ⟦health|انزلاق غضروفي⟧ لمدة شهر.\nمع التحية،\nالموارد البشرية\nأعد صياغة الرسالة",
  ],
  [
    "ar",
    "health:handover",
    "تسليم المناوبة – جناح الباطنية\nسرير ٤: فاطمة حسن، ٧٠ سنة – ⟦health|فشل كلوي⟧، ⟦health|غسيل كلى⟧ ثلاث مرات أسبوعياً\nحوّلها إلى جدول",
  ],
  ["ar", "neg-health:whatsapp", "[٥/١٢/٢٠٢٦، ٩:٢٠ م] نورة: جدتي عندها ضغط، ما الأكل المناسب لها؟"],
  ["ar", "neg-health:leaflet", "نشرة الدواء: باراسيتامول ٥٠٠ ملغ – لا تتجاوز ٨ أقراص يومياً. اشرحها ببساطة."],
  ["ar", "neg-health:policy", "سياسة الموارد البشرية: يجب تقديم التقرير الطبي خلال ثلاثة أيام من الغياب. لخّصها."],
  // ---- zh
  [
    "zh",
    "health:wechat",
    "2026-12-05 21:03 王丽：张伟确诊了⟦health|肺癌⟧，下周开始⟦health|化疗⟧\n2026-12-05 21:04 李强：天哪，希望他早日康复\n帮我写一段安慰的话",
  ],
  [
    "zh",
    "health:handover",
    "交班记录 心内科 夜班\n3床 刘建国 68岁 ⟦health|急性心肌梗死⟧ 术后第一天 ⟦health|阿司匹林⟧+⟦health|氯吡格雷⟧\n5床 周秀英 ⟦health|心力衰竭⟧\n请整理成表格",
  ],
  ["zh", "bio:ticket", "工单 #2291\n员工：陈静\n人脸特征值：⟦biometric|7f3a9c12e04b88d15a2e6c90d3b1f447⟧\n注册失败，是什么原因？"],
  [
    "zh",
    "health:email",
    "周经理：\n\n在 2026年12月2日 10:15，赵敏 写道：\n> 孙浩查出⟦health|抑郁症⟧，在吃⟦health|舍曲林⟧，这个月请给他少排夜班。\n\n人事部\n帮我回复",
  ],
  ["zh", "neg-health:wechat", "2026-12-05 21:10 李强：我奶奶有高血压，能吃柚子吗？"],
  ["zh", "neg-health:leaflet", "说明书：布洛芬缓释胶囊，成人一次1粒，一日2次。请用通俗的话解释。"],
  ["zh", "neg-health:case", "病例讨论：患者男，54岁，因胸痛2小时入院，心电图示II、III、aVF导联ST段抬高。最可能的诊断？"],
  ["zh", "neg-bio:docs", "考勤机说明：指纹模板加密存储于设备中，不上传云端。这样符合个人信息保护法吗？"],
  // ---- ja
  [
    "ja",
    "health:line",
    "2026/12/05(土)\n21:10\t佐藤美咲\t田中さん、⟦health|乳がん⟧で来週⟦health|手術⟧だって\n21:12\t高橋健\tえっ、大丈夫かな\nこのトークを要約して",
  ],
  [
    "ja",
    "health:handover",
    "申し送り（夜勤→日勤）\n302号室 山本和子様 82歳 ⟦health|誤嚥性肺炎⟧ ⟦health|抗菌薬点滴⟧中\n305号室 鈴木一郎様 ⟦health|心不全⟧ ⟦health|利尿薬⟧増量\n表にまとめて",
  ],
  [
    "ja",
    "health:voice",
    "文字起こし：「えーと、あの、中村翔太さんが、その、⟦health|うつ病⟧で休職することになって、えー、⟦health|抗うつ薬⟧も飲んでるみたいで」社内向けに言い換えて",
  ],
  ["ja", "neg-health:line", "21:15\t高橋健\t母が骨粗しょう症なんですが、どんな運動がいいですか？"],
  ["ja", "neg-health:leaflet", "添付文書：ロキソニン錠60mg、通常成人1回1錠、1日3回。わかりやすく説明して。"],
  ["ja", "neg-health:policy", "就業規則 第20条：私傷病による欠勤が3日を超える場合は診断書を提出すること。要約して。"],
  // ---- ko
  [
    "ko",
    "health:kakao",
    "2026년 12월 5일 오후 9:20, 김지은 : 민수 씨 ⟦health|위암⟧ 수술 잡혔대요\n2026년 12월 5일 오후 9:21, 박서준 : 헐 빨리 낫길\n단톡방 공지로 정리해줘",
  ],
  [
    "ko",
    "health:handover",
    "인수인계 – 내과 병동\n501호 이영자 님 (79) ⟦health|당뇨⟧, ⟦health|인슐린⟧ 아침 10단위\n502호 최동훈 님 ⟦health|폐렴⟧\n표로 정리해줘",
  ],
  ["ko", "bio:ticket", "문의 #5120\n직원: 정하나\n지문 템플릿: ⟦biometric|Rk1SACAyMAAAAAFkAAABQAHgAMUAxQEA⟧\n등록 오류가 나요"],
  ["ko", "neg-health:kakao", "2026년 12월 5일 오후 9:30, 박서준 : 우리 할머니가 치매인데 어떻게 대해야 하나요?"],
  ["ko", "neg-health:leaflet", "복약 안내: 타이레놀 500mg, 하루 최대 8정. 쉽게 설명해줘."],
  ["ko", "neg-health:case", "증례 보고: 45세 남성, 흉통으로 내원, 트로포닌 상승. 감별 진단은?"],
  // ---- hi
  [
    "hi",
    "health:whatsapp",
    "[05/12/26, 8:45:12 PM] सुनीता शर्मा: राहुल वर्मा को ⟦health|डेंगू⟧ हो गया है, ⟦health|प्लेटलेट्स 40,000⟧ पर हैं\n[05/12/26, 8:46:01 PM] अमित: जल्दी ठीक हो जाए\nपरिवार के ग्रुप के लिए छोटा संदेश लिखो",
  ],
  ["hi", "health:handover", "शिफ्ट हैंडओवर – वार्ड 3\nबेड 2: श्रीमती कमला देवी, 74 वर्ष – ⟦health|टीबी⟧, ⟦health|रिफैम्पिसिन⟧ जारी\nइसे तालिका में बदलो"],
  ["hi", "neg-health:whatsapp", "[05/12/26, 8:50:12 PM] अमित: मेरी मम्मी को थायराइड है, क्या वह दही खा सकती हैं?"],
  ["hi", "neg-health:leaflet", "दवा पर्ची: पैरासिटामोल 500 मि.ग्रा., दिन में अधिकतम 4 गोलियाँ। आसान भाषा में समझाओ।"],
  ["hi", "neg-health:policy", "एचआर नीति: तीन दिन से अधिक बीमारी की छुट्टी पर मेडिकल सर्टिफिकेट देना होगा। सार लिखो।"],
  // ---- hi-Latn (Hinglish)
  [
    "hi-Latn",
    "health:whatsapp",
    "[05/12/26, 9:02:33 PM] Neha Kapoor: Priya from accounts ko ⟦health|PCOS⟧ diagnose hua hai, woh ⟦health|metformin⟧ le rahi hai, usko late shift mat dena\n[05/12/26, 9:03:10 PM] Rohit: ok noted\nisko professional message bana do",
  ],
  [
    "hi-Latn",
    "health:voice",
    'voice note ka transcript: "haan toh, uh, Vikram bhai ka, um, ⟦health|bypass surgery⟧ Monday ko hai, aur woh ⟦health|blood thinners⟧ pe hai, toh, like, team lunch cancel karo"',
  ],
  ["hi-Latn", "bio:log", "enrolment log: name=Sunil Yadav iris_template=⟦biometric|IRT-4a7f92c0b1e3d856⟧ status=REJECTED\nyeh kyun reject ho raha hai?"],
  ["hi-Latn", "neg-health:whatsapp", "[05/12/26, 9:10:02 PM] Rohit: meri chachi ko sugar hai, kya woh aam kha sakti hain?"],
  ["hi-Latn", "neg-health:voice", 'voice note: "yaar mujhe teen din se bukhaar hai, Dolo le loon kya?"'],
  ["hi-Latn", "neg-health:news", "[05/12/26, 9:12:40 PM] Rohit: Shah Rukh Khan ko 2024 mein heatstroke hua tha, news mein aaya tha na?"],
  // ---- vi
  [
    "vi",
    "health:zalo",
    "[05/12/2026 20:15] Nguyễn Thị Lan: Anh Tuấn bị ⟦health|ung thư gan⟧, tuần sau bắt đầu ⟦health|hóa trị⟧\n[05/12/2026 20:16] Trần Minh: trời ơi, mong anh ấy khỏe lại\nViết tin nhắn động viên",
  ],
  ["vi", "health:handover", "Bàn giao ca – Khoa Nội\nGiường 8: bà Phạm Thị Hoa, 76 tuổi – ⟦health|suy tim⟧, đang dùng ⟦health|furosemide⟧\nChuyển thành bảng"],
  ["vi", "neg-health:zalo", "[05/12/2026 20:20] Trần Minh: Mẹ tôi bị tiểu đường, nên ăn gì?"],
  ["vi", "neg-health:leaflet", "Hướng dẫn sử dụng: Paracetamol 500 mg, không quá 8 viên/ngày. Giải thích đơn giản."],
  ["vi", "neg-health:policy", "Quy định nhân sự: nghỉ ốm trên 3 ngày phải nộp giấy xác nhận của bác sĩ. Tóm tắt giúp tôi."],
];
