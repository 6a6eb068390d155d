/**
 * Development set 31, entries in de, fr, es, it, pt, nl, pl, sv, ru, tr, ja, zh, ko, hi, ar and vi: Steckbriefe,
 * fiches, fichas, Wikipedia-style leads, quizzes, infoboxes, tables and obituaries of public figures born after 1925
 * (and a few before), then positives of the same shape (CVs, forms, obituary notices, a relative's or neighbour's
 * birth date in a biography request, a patient). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const WORLD: MarkedEntry[] = [
  // --- German -------------------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-date:fact-card:doc",
    `Steckbrief für das Schulprojekt:\nName: Helene Fischer\nGeburtsdatum: 5. August 1984\nGeburtsort: Krasnojarsk\nBitte in ganze Sätze umformulieren.`,
  ],
  ["de", "neg-date:sport:free", `Michael Schumacher wurde am 3. Januar 1969 in Hürth geboren. Wie viele WM-Titel hat er insgesamt gewonnen?`],
  [
    "de",
    "neg-date:encyclopaedia-lead:doc",
    `Kürze diesen Einleitungssatz für ein Referat: „Herbert Grönemeyer (* 12. April 1956 in Göttingen) ist ein deutscher Sänger, Musiker, Komponist und Schauspieler.“`,
  ],
  [
    "de",
    "neg-date:quiz:doc",
    `Quizfrage: Welcher Tennisspieler wurde am 22. November 1967 in Leimen geboren? Antwort: Boris Becker.\nFormuliere drei ähnliche Fragen zu Sportlern.`,
  ],
  [
    "de",
    "neg-date:infobox:code",
    `{"name": "Heidi Klum", "geburtsdatum": "1973-06-01", "geburtsort": "Bergisch Gladbach"}\nBaue daraus eine Infobox in HTML mit einer Tabelle.`,
  ],
  ["de", "neg-date:obituary:free", `Schreib einen Nachruf in 100 Wörtern: Franz Beckenbauer (11. September 1945 – 7. Januar 2024), der „Kaiser“.`],
  ["de", "date:cv:doc", `Lebenslauf\nName: Jonas Weber\nGeburtsdatum: ⟦date_of_birth|12.03.1994⟧\nGeburtsort: Kassel\nBitte ins Englische übersetzen.`],
  [
    "de",
    "date:biography-request:free",
    `Schreib eine kurze Biografie über meine Nachbarin Ingrid Hoffmann, geboren am ⟦date_of_birth|4. Mai 1958⟧, für ihre Geburtstagsfeier im Garten.`,
  ],
  [
    "de",
    "date:obituary:doc",
    `Traueranzeige\nIn Liebe und Dankbarkeit nehmen wir Abschied von Gerhard Lange, * ⟦date_of_birth|11.02.1941⟧ † 30.11.2026.\nIn stiller Trauer: Renate, Petra und Klaus\nBitte den Text etwas schöner formulieren.`,
  ],
  [
    "de",
    "date:fact-card:doc",
    `Steckbrief für die Kita-Wand:\nName: Mia Schröder\nGeburtstag: ⟦date_of_birth|17.08.2021⟧\nLieblingsessen: Nudeln\nMach daraus ein kleines Gedicht.`,
  ],
  // --- French -------------------------------------------------------------------------------------------------------------
  ["fr", "neg-date:biography-request:free", `Zidane est né le 23 juin 1972 à Marseille. Écris une courte biographie pour un exposé de CM2.`],
  [
    "fr",
    "neg-date:fact-card:doc",
    `Fiche d'identité\nNom : Marion Cotillard\nDate de naissance : 30 septembre 1975\nLieu : Paris\nOscar de la meilleure actrice : 2008\nTransforme cette fiche en paragraphe.`,
  ],
  ["fr", "neg-date:sport:free", `Kylian Mbappé, né le 20 décembre 1998 à Paris — à quel âge a-t-il gagné la Coupe du monde ?`],
  ["fr", "neg-date:obituary:free", `Rédige une nécrologie de Jean-Paul Belmondo (9 avril 1933 – 6 septembre 2021) pour le journal du lycée.`],
  [
    "fr",
    "neg-date:timeline:doc",
    `Frise chronologique :\n11 octobre 1951 — naissance de Jean-Jacques Goldman à Paris\n1981 — premier album solo\nAjoute trois dates importantes de sa carrière.`,
  ],
  [
    "fr",
    "date:relative:free",
    `Ma mère, Sylvie Moreau, est née le ⟦date_of_birth|14 août 1956⟧ à Nantes ; aide-moi à écrire son discours de départ à la retraite.`,
  ],
  [
    "fr",
    "date:application:doc",
    `Formulaire d'inscription\nNom : Lucas Bernard\nDate de naissance : ⟦date_of_birth|02/09/2008⟧\nClasse : 3e B\nPeux-tu vérifier les fautes ?`,
  ],
  [
    "fr",
    "date:fact-card:doc",
    `Fiche de présentation pour le repas de quartier : Mme Odile Garnier, notre voisine, née le ⟦date_of_birth|21 mars 1947⟧, ancienne institutrice. Rends-la plus chaleureuse.`,
  ],
  // --- Spanish ------------------------------------------------------------------------------------------------------------
  ["es", "neg-date:biography-request:free", `Escribe una biografía breve de Rafael Nadal, nacido el 3 de junio de 1986 en Manacor.`],
  [
    "es",
    "neg-date:fact-card:doc",
    `Ficha: Shakira\nFecha de nacimiento: 2 de febrero de 1977\nLugar: Barranquilla\nHazla más atractiva para un post de Instagram.`,
  ],
  [
    "es",
    "neg-date:encyclopaedia-table:doc",
    `| Nombre | Nacimiento |\n|---|---|\n| Gabriel García Márquez | 6 de marzo de 1927 |\n| Mario Vargas Llosa | 28 de marzo de 1936 |\n| Isabel Allende | 2 de agosto de 1942 |\n¿Quiénes de ellos ganaron el Nobel?`,
  ],
  [
    "es",
    "neg-date:quiz:code",
    `{"pregunta": "¿Cuándo nació Lionel Messi?", "respuesta": "24 de junio de 1987", "opciones": 4}\n¿Cómo cargo este JSON de preguntas en mi app de trivia?`,
  ],
  [
    "es",
    "date:biography-request:free",
    `Mi abuelo, Manuel Ortega Ruiz, nació el ⟦date_of_birth|19 de abril de 1939⟧ en Jaén. Escribe una biografía para el álbum familiar.`,
  ],
  [
    "es",
    "date:cv:doc",
    `CURRÍCULUM VITAE\nNombre: Lucía Fernández Gil\nFecha de nacimiento: ⟦date_of_birth|23/05/1997⟧\nFormación: Grado en Enfermería\nMejora la redacción, por favor.`,
  ],
  // --- Italian ------------------------------------------------------------------------------------------------------------
  ["it", "neg-date:biography-request:free", `Scrivi una breve biografia di Valentino Rossi, nato il 16 febbraio 1979 a Urbino.`],
  ["it", "neg-date:quiz:free", `Quiz: Laura Pausini è nata il 16 maggio 1974 a Faenza — vero o falso?`],
  [
    "it",
    "neg-date:encyclopaedia-table:doc",
    `| Nome | Data di nascita |\n|---|---|\n| Roberto Baggio | 18 febbraio 1967 |\n| Francesco Totti | 27 settembre 1976 |\nAggiungi una colonna con le squadre principali.`,
  ],
  [
    "it",
    "date:obituary:doc",
    `È mancata all'affetto dei suoi cari Giuseppina Russo ved. Esposito, nata il ⟦date_of_birth|7 marzo 1935⟧. Ne danno il triste annuncio i figli Anna e Marco. Correggi il necrologio.`,
  ],
  // --- Portuguese ---------------------------------------------------------------------------------------------------------
  ["pt", "neg-date:fact-card:free", `Faça uma ficha sobre Ayrton Senna: nascido em 21 de março de 1960 em São Paulo, três títulos mundiais.`],
  ["pt", "neg-date:biography-request:free", `Gisele Bündchen nasceu em 20 de julho de 1980 em Horizontina — escreva um parágrafo para um trabalho escolar.`],
  ["pt", "neg-date:obituary:free", `Escreva um obituário curto de Pelé (23 de outubro de 1940 – 29 de dezembro de 2022) para o mural da escola.`],
  [
    "pt",
    "date:relative:free",
    `Meu pai, José Carlos Pereira, nasceu em ⟦date_of_birth|15 de outubro de 1952⟧ em Recife. Quero fazer uma linha do tempo da vida dele.`,
  ],
  // --- Dutch --------------------------------------------------------------------------------------------------------------
  ["nl", "neg-date:biography-request:free", `Schrijf een korte biografie van Johan Cruijff (25 april 1947 – 24 maart 2016) voor een spreekbeurt.`],
  ["nl", "neg-date:sport:free", `Max Verstappen is geboren op 30 september 1997 in Hasselt. Hoe oud was hij bij zijn eerste Grand Prix-zege?`],
  [
    "nl",
    "neg-date:fact-card:doc",
    `Weetjeskaart\nNaam: Dafne Schippers\nGeboortedatum: 15 juni 1992\nGeboorteplaats: Utrecht\nMaak er een korte tekst van voor groep 7.`,
  ],
  [
    "nl",
    "date:application:doc",
    `Sollicitatieformulier\nNaam: Sanne de Vries\nGeboortedatum: ⟦date_of_birth|08-11-1992⟧\nKun je mijn motivatiebrief hieronder nakijken?`,
  ],
  // --- Polish -------------------------------------------------------------------------------------------------------------
  ["pl", "neg-date:biography-request:free", `Napisz krótką biografię Roberta Lewandowskiego, urodzonego 21 sierpnia 1988 w Warszawie.`],
  [
    "pl",
    "neg-date:encyclopaedia-lead:doc",
    `Wisława Szymborska (ur. 2 lipca 1923 w Prowencie, zm. 1 lutego 2012 w Krakowie) — streść jej życie w pięciu zdaniach.`,
  ],
  [
    "pl",
    "neg-date:quiz:doc",
    `Quiz: Kiedy urodziła się Iga Świątek?\na) 31 maja 2001\nb) 12 marca 1999\nc) 4 kwietnia 2003\nDopisz jeszcze dwa pytania o tenisistów.`,
  ],
  ["pl", "date:biography-request:free", `Napisz biografię mojego sąsiada Jana Kowalskiego, urodzonego ⟦date_of_birth|3 maja 1961⟧, na jego urodziny.`],
  // --- Swedish ------------------------------------------------------------------------------------------------------------
  ["sv", "neg-date:biography-request:free", `Zlatan Ibrahimović föddes den 3 oktober 1981 i Malmö. Skriv en kort presentation till en skoluppgift.`],
  ["sv", "date:relative:free", `Min farmor Britt Lindqvist föddes den ⟦date_of_birth|12 januari 1944⟧ i Umeå – hjälp mig skriva ett minnesord.`],
  // --- Russian ------------------------------------------------------------------------------------------------------------
  ["ru", "neg-date:biography-request:free", `Напиши краткую биографию Юрия Гагарина (родился 9 марта 1934 года в Клушине).`],
  ["ru", "neg-date:fact-card:doc", `Карточка: Мария Шарапова\nДата рождения: 19 апреля 1987\nМесто рождения: Нягань\nСделай из этого связный абзац.`],
  ["ru", "neg-date:quiz:free", `Викторина: Когда родился Владимир Высоцкий? Ответ: 25 января 1938 года. Придумай ещё три вопроса о бардах.`],
  ["ru", "date:cv:doc", `Резюме\nФИО: Кузнецов Алексей Игоревич\nДата рождения: ⟦date_of_birth|14.07.1990⟧\nОпыт: 7 лет в логистике\nИсправь ошибки.`],
  // --- Turkish ------------------------------------------------------------------------------------------------------------
  ["tr", "neg-date:biography-request:free", `Orhan Pamuk 7 Haziran 1952'de İstanbul'da doğdu. Kısa bir biyografi yazar mısın?`],
  ["tr", "neg-date:fact-card:doc", `Bilgi kartı\nAd: Hidayet Türkoğlu\nDoğum tarihi: 19 Mart 1979\nDoğum yeri: İstanbul\nBunu bir paragrafa çevir.`],
  ["tr", "neg-date:quiz:free", `Bilgi yarışması sorusu: Tarkan 17 Ekim 1972'de Almanya'nın Alzey kentinde doğdu — doğru mu?`],
  ["tr", "date:relative:free", `Babam Mehmet Yılmaz ⟦date_of_birth|5 Nisan 1955⟧'te Konya'da doğdu; onun için bir anı yazısı yazmama yardım et.`],
  // --- Japanese -----------------------------------------------------------------------------------------------------------
  ["ja", "neg-date:biography-request:free", `村上春樹は1949年1月12日生まれ。代表作を3つ教えて、短い紹介文も書いて。`],
  ["ja", "neg-date:fact-card:doc", `プロフィール表を文章にして：\n名前：大谷翔平\n生年月日：1994年7月5日\n出身地：岩手県奥州市`],
  ["ja", "neg-date:quiz:doc", `クイズ：宮崎駿は何年何月何日生まれ？ 答え：1941年1月5日。\n同じ形式で3問作って。`],
  ["ja", "neg-date:encyclopaedia-lead:doc", `この文を英語に訳して：「イチロー（鈴木一朗、1973年10月22日 - ）は、愛知県出身の元プロ野球選手。」`],
  ["ja", "date:cv:doc", `履歴書\n氏名：佐藤 健太\n生年月日：⟦date_of_birth|1993年4月18日⟧\n自己PR：物流管理の経験5年\n自己PRを添削してください。`],
  ["ja", "date:relative:free", `父の田中一郎は⟦date_of_birth|1950年8月3日⟧生まれです。父の半生を年表にまとめたいので手伝って。`],
  // --- Chinese ------------------------------------------------------------------------------------------------------------
  ["zh", "neg-date:biography-request:free", `周杰伦1979年1月18日出生。帮我写一段简短的介绍。`],
  ["zh", "neg-date:encyclopaedia-lead:doc", `请把这段百科词条压缩成50字：姚明（1980年9月12日—），出生于上海，前中国职业篮球运动员。`],
  [
    "zh",
    "neg-date:encyclopaedia-table:doc",
    `| 姓名 | 出生日期 |\n|---|---|\n| 刘慈欣 | 1963年6月23日 |\n| 莫言 | 1955年2月17日 |\n他们当中谁获得了诺贝尔文学奖？`,
  ],
  ["zh", "neg-date:infobox:code", `{"姓名": "成龙", "出生日期": "1954年4月7日", "出生地": "香港"}\n怎么用 Python 把这个 JSON 转成信息框 HTML？`],
  ["zh", "date:relative:free", `我爸爸王建国⟦date_of_birth|1958年3月12日⟧出生在河北，帮我给他写一篇小传。`],
  ["zh", "date:application:doc", `入职登记表\n姓名：陈晓雯\n出生日期：⟦date_of_birth|1996年11月2日⟧\n部门：财务部\n帮我检查格式。`],
  // --- Korean -------------------------------------------------------------------------------------------------------------
  ["ko", "neg-date:biography-request:free", `손흥민은 1992년 7월 8일 춘천에서 태어났다. 짧은 소개글을 써줘.`],
  ["ko", "neg-date:quiz:free", `퀴즈: 봉준호의 생년월일은? 정답: 1969년 9월 14일. 비슷한 문제 세 개 더 만들어 줘.`],
  [
    "ko",
    "neg-date:encyclopaedia-table:doc",
    `| 이름 | 생년월일 |\n|---|---|\n| 김연아 | 1990년 9월 5일 |\n| 아이유 | 1993년 5월 16일 |\n표에 대표작 열을 추가해 줘.`,
  ],
  ["ko", "date:cv:doc", `이력서\n성명: 김민준\n생년월일: ⟦date_of_birth|1995년 3월 27일⟧\n경력: 물류 3년\n문장을 다듬어 줘.`],
  // --- Hindi --------------------------------------------------------------------------------------------------------------
  ["hi", "neg-date:biography-request:free", `सचिन तेंदुलकर का जन्म 24 अप्रैल 1973 को मुंबई में हुआ था। उनके बारे में एक छोटा निबंध लिखिए।`],
  ["hi", "neg-date:obituary:free", `लता मंगेशकर (28 सितंबर 1929 – 6 फ़रवरी 2022) पर एक श्रद्धांजलि लेख लिखें।`],
  ["hi", "neg-date:quiz:free", `प्रश्नोत्तरी: प्रियंका चोपड़ा का जन्म कब हुआ? उत्तर: 18 जुलाई 1982। ऐसे तीन और प्रश्न बनाइए।`],
  ["hi", "date:relative:free", `मेरे पिताजी रमेश वर्मा का जन्म ⟦date_of_birth|15 अगस्त 1962⟧ को हुआ था, उनके जन्मदिन के लिए एक छोटी जीवनी लिखें।`],
  // --- Arabic -------------------------------------------------------------------------------------------------------------
  ["ar", "neg-date:biography-request:free", `وُلد محمد صلاح في 15 يونيو 1992 في نجريج. اكتب نبذة قصيرة عنه.`],
  ["ar", "neg-date:fact-card:doc", `بطاقة تعريف\nالاسم: فيروز\nتاريخ الميلاد: 21 نوفمبر 1934\nمكان الميلاد: بيروت\nحوّلها إلى فقرة.`],
  ["ar", "neg-date:timeline:doc", `خط زمني: 31 أكتوبر 1950 — ولادة زها حديد في بغداد؛ 2004 — جائزة بريتزكر. أضف ثلاثة أحداث أخرى.`],
  ["ar", "date:cv:doc", `السيرة الذاتية\nالاسم: أحمد خالد العتيبي\nتاريخ الميلاد: ⟦date_of_birth|1990/05/14⟧\nالخبرة: 6 سنوات في المحاسبة\nحسّن الصياغة.`],
  // --- Vietnamese ---------------------------------------------------------------------------------------------------------
  ["vi", "neg-date:biography-request:free", `Sơn Tùng M-TP sinh ngày 5 tháng 7 năm 1994 tại Thái Bình. Viết đoạn giới thiệu ngắn về anh ấy.`],
  ["vi", "date:relative:free", `Mẹ tôi, Nguyễn Thị Lan, sinh ngày ⟦date_of_birth|12 tháng 2 năm 1965⟧. Giúp tôi viết tiểu sử ngắn cho bà.`],
  // --- patients in other languages ------------------------------------------------------------------------------------
  ["de", "date:patient:doc", `Arztbrief, Kopfzeile bitte formatieren:\nPatientin: Elke Brandt, geb. ⟦date_of_birth|22.09.1949⟧\nAufnahme: 02.12.2026`],
  [
    "es",
    "date:patient:code",
    `{"paciente": "Rosa Medina Vela", "fecha_nacimiento": "⟦date_of_birth|1968-01-30⟧", "cita": "2026-12-09T09:15"}\n¿Por qué falla la validación de este JSON?`,
  ],
];
