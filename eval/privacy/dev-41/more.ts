/**
 * Development set 41, further genres across languages: court lists and gazettes, event programmes, manuals with example
 * data, blank form instructions, heritage pages, register extracts, staff pages, with twins.
 */
import type { Group } from "./group.js";

export const MORE: Group[] = [
  // court lists and gazettes
  [
    [
      "de",
      "neg-address:court:doc",
      `Terminrolle Landgericht München I, Sitzungssaal B 175, Justizgebäude Prielmayerstraße 7, 80335 München
Donnerstag, 10.12.2026
09:30 Uhr  3 O 11823/25  Brandl Bau GmbH ./. Stadtwerke München GmbH
11:00 Uhr  7 O 2290/26  Verbraucherzentrale Bayern e.V. ./. Fitnessketten AG

Erkläre, was "./." bedeutet.`,
    ],
  ],
  [
    [
      "fr",
      "neg-date:gazette:doc",
      `BODACC A n° 20260231 — Immatriculation
RCS Nantes 931 204 577. Dénomination : Voiles de l'Erdre SARL. Adresse : 3 quai de Versailles, 44000 Nantes. Commencement d'activité : 01/11/2026. Gérant : Hugo Lemaire.

Qu'est-ce que le BODACC et à quoi sert cette annonce ?`,
    ],
  ],
  [
    [
      "en",
      "neg-address:gazette:doc",
      `PUBLIC NOTICE — Planning application 26/04417/FUL
Site: The Old Granary, Mill Lane, Bampton, Oxfordshire OX18 2HB
Proposal: Conversion of agricultural barn to community café with 12 parking spaces.
Comments by 4 January 2027 to planning@westoxon.gov.uk

Write a short post for the village Facebook group about this application.`,
    ],
    [
      "en",
      "address:gazette:doc",
      `Help me word my objection letter to the council about the café plans:

From: Mrs Janet Follett, ⟦street_address|2 Mill Cottages, Mill Lane, Bampton OX18 2HD⟧
I live directly opposite the proposed car park and object on grounds of noise and traffic.`,
    ],
  ],
  [
    [
      "es",
      "neg-address:gazette:doc",
      `BOE núm. 291, de 3 de diciembre de 2026. Anuncio de licitación del Ayuntamiento de Zaragoza. Objeto: rehabilitación del Mercado Central, Avenida César Augusto 1, 50003 Zaragoza. Presupuesto base: 4.812.000 euros. Plazo de presentación: 20 días naturales.

Resume las condiciones principales.`,
    ],
  ],
  [
    [
      "ja",
      "neg-date:court:doc",
      `東京地方裁判所 開廷期日情報
令和8年12月9日（水）午前10時30分 第606号法廷
令和7年(ワ)第18432号 損害賠償請求事件
原告：株式会社ミライ物流　被告：東都運輸株式会社

この事件はどんな種類の裁判ですか？`,
    ],
  ],
  // event programmes
  [
    [
      "de",
      "neg-address:programme:doc",
      `Programm Lange Nacht der Museen Berlin, 29. August
19:00 Führung "Nofretete bei Nacht", Neues Museum, Bodestraße 1–3, 10178 Berlin
21:00 Konzert im Innenhof, Deutsches Historisches Museum, Unter den Linden 2, 10117 Berlin
Shuttlebus ab Lustgarten alle 15 Minuten.

Mach mir daraus eine Route für den Abend.`,
    ],
  ],
  [
    [
      "es",
      "neg-address:programme:doc",
      `Programa de la Semana de la Ciencia — Universidad de Sevilla
Lunes 9: Charla "Agujeros negros", Aula Magna, Facultad de Física, Av. Reina Mercedes s/n, 41012 Sevilla, 18:00
Martes 10: Taller de robótica, Escuela Técnica Superior de Ingeniería, Camino de los Descubrimientos s/n
Inscripciones: semanaciencia@us.es

Hazme un resumen para Instagram.`,
    ],
  ],
  [
    [
      "it",
      "neg-date:programme:doc",
      `Programma del convegno "Dante oggi", Firenze, Palazzo Vecchio, Salone dei Cinquecento
12 dicembre 2026 — ore 10:00 saluti del sindaco; ore 10:30 prolusione del prof. Alessandro Barbero (nato a Torino nel 1959), storico.
Ingresso libero fino a esaurimento posti.

Scrivi un comunicato breve.`,
    ],
  ],
  [
    [
      "ko",
      "neg-address:programme:doc",
      `2026 서울 재즈 페스티벌 안내
장소: 올림픽공원 (서울특별시 송파구 올림픽로 424)
일시: 2026년 5월 23일(토) ~ 24일(일)
문의: 02-3143-5155 / info@seouljazz.co.kr

일정표를 영어로 번역해줘.`,
    ],
  ],
  // product manuals with example data
  [
    [
      "de",
      "neg-address:manual:doc",
      `Bedienungsanleitung Etikettendrucker LX-200, Abschnitt 6 "Adressetiketten"
Beispiel:
Max Mustermann
Musterstraße 1
12345 Musterstadt
Drücken Sie OK, um das Beispieletikett zu drucken.

Formuliere den Abschnitt verständlicher.`,
    ],
    [
      "de",
      "address:manual:chat",
      `Ich will mit dem LX-200 Etiketten für die Weihnachtskarten drucken. Erste Adresse: Oma Gertrud Vogel, ⟦street_address|Kirchgasse 5, 97070 Würzburg⟧. Wie stelle ich die Schriftgröße ein, damit das auf 62-mm-Etiketten passt?`,
    ],
  ],
  [
    [
      "fr",
      "neg-email:manual:doc",
      `Guide d'installation — Étape 3 : configuration du compte
Saisissez votre adresse, par exemple prenom.nom@exemple.fr, puis le serveur IMAP imap.exemple.fr (port 993, SSL).
En cas d'erreur « Authentification refusée », vérifiez le mot de passe d'application.

Transforme ces étapes en liste à puces.`,
    ],
    [
      "fr",
      "email:manual:chat",
      `Je configure la boîte mail de ma grand-mère Yvette Morel sur sa tablette : ⟦email|yvette.morel33@orange.fr⟧. Quel serveur IMAP faut-il mettre pour Orange ?`,
    ],
  ],
  [
    [
      "ja",
      "neg-address:manual:doc",
      `取扱説明書　住所録の登録方法
例）氏名：山田 太郎　住所：東京都千代田区霞が関1-1-1　電話：03-1234-5678
［登録］ボタンを押すと、住所録に保存されます。

この手順をもっとわかりやすく書き直して。`,
    ],
  ],
  [
    [
      "en",
      "neg-phone:manual:doc",
      `Router manual, 7.3 SMS alerts: enter the mobile number in international format, e.g. +44 7700 900123. Up to three numbers. Test with "Send test SMS".

Is international format required for all carriers?`,
    ],
  ],
  [
    [
      "zh",
      "neg-date:manual:doc",
      `使用说明：出生日期请按“YYYY-MM-DD”格式填写，例如 1990-01-01。系统将自动计算年龄。

这个格式对老年用户友好吗？`,
    ],
  ],
  // blank government-form instructions
  [
    [
      "de",
      "neg-date:form:doc",
      `Ausfüllhinweise zum Antrag auf Elterngeld, Abschnitt 1: "Tragen Sie das Geburtsdatum des Kindes im Format TT.MM.JJJJ ein (z. B. 01.03.2026). Bei Mehrlingsgeburten für jedes Kind ein eigenes Feld."

Welche Nachweise brauche ich für den Antrag?`,
    ],
    [
      "de",
      "date:form:chat",
      `Ich fülle den Elterngeldantrag für meine Tochter Lina Hartmann aus, geboren am ⟦date_of_birth|14.10.2026⟧. Muss ich die Geburtsurkunde im Original schicken?`,
    ],
  ],
  [
    [
      "fr",
      "neg-financial:form:doc",
      `Notice de la déclaration de revenus 2042, case 1AJ : « Salaires et traitements du déclarant 1. Exemple : si vous avez perçu 24 500 €, inscrivez 24500 sans les centimes. »

Quelle est la différence entre 1AJ et 1BJ ?`,
    ],
    [
      "fr",
      "financial:form:chat",
      `Je remplis la déclaration de mon mari, Laurent Giraud : il a touché ⟦financial|31 870 €⟧ de salaire en 2025. Je mets ça en 1AJ ou 1BJ ?`,
    ],
  ],
  [
    [
      "es",
      "neg-address:form:doc",
      `Instrucciones para cumplimentar la solicitud de empadronamiento: "Domicilio: indique tipo de vía, nombre, número, bloque, escalera, piso y puerta (ej.: Calle Mayor 10, Esc. 2, 3.º A). Adjunte contrato de alquiler o escritura."

¿Qué hago si vivo en una habitación alquilada sin contrato?`,
    ],
  ],
  [
    [
      "pl",
      "neg-date:form:doc",
      `Instrukcja wypełniania wniosku o dowód osobisty: "W polu Data urodzenia wpisz datę w formacie DD.MM.RRRR, np. 01.01.1980. Pola wypełnij WIELKIMI LITERAMI."

Czy mogę złożyć wniosek przez internet?`,
    ],
    [
      "pl",
      "date:form:doc",
      `Sprawdź, czy dobrze wypełniłam wniosek za mamę:
Imię i nazwisko: Halina Wróblewska
Data urodzenia: ⟦date_of_birth|28.07.1954⟧
Miejsce urodzenia: Toruń`,
    ],
  ],
  [
    [
      "ko",
      "neg-date:form:doc",
      `[작성 요령] 생년월일란에는 주민등록상 생년월일을 8자리로 기재합니다. (예: 19900101) 외국인은 외국인등록증상 생년월일을 기재합니다.

이 서식은 어디에 제출하나요?`,
    ],
  ],
  [
    [
      "nl",
      "neg-address:form:doc",
      `Toelichting formulier Verhuizing doorgeven: "Vul uw nieuwe adres in met straat, huisnummer, toevoeging en postcode, bijvoorbeeld Dorpsstraat 12a, 1234 AB Voorbeeld. Doe dit uiterlijk 5 dagen na de verhuizing."

Kan ik dit ook online doen bij de gemeente Utrecht?`,
    ],
    [
      "nl",
      "address:form:chat",
      `Mijn zoon Daan Visser gaat op kamers in Utrecht, nieuwe adres: ⟦street_address|Biltstraat 88-bis, 3572 BH Utrecht⟧. Moet hij zich zelf inschrijven of kan ik dat voor hem doen?`,
    ],
  ],
  // museum and heritage
  [
    [
      "fr",
      "neg-date:heritage:doc",
      `Maison natale de Victor Hugo — Besançon
« Ici est né Victor Hugo le 26 février 1802 ». La maison, 140 Grande Rue, 25000 Besançon, est ouverte du mercredi au lundi, de 10h à 18h.

Écris un texte court pour un panneau touristique.`,
    ],
  ],
  [
    [
      "it",
      "neg-address:museum:doc",
      `Informazioni per la visita
Galleria degli Uffizi, Piazzale degli Uffizi 6, 50122 Firenze
Orario: martedì–domenica 8:15–18:30
Prenotazioni: firenzemusei@operalaboratori.com

Traduci in inglese e in tedesco.`,
    ],
  ],
  [
    [
      "zh",
      "neg-address:heritage:doc",
      `鲁迅故居位于北京市西城区阜成门内宫门口二条19号，鲁迅（1881年9月25日—1936年10月19日）于1924年至1926年在此居住，现为北京鲁迅博物馆的一部分。

帮我写一段导游词。`,
    ],
  ],
  [
    [
      "en",
      "neg-date:heritage:doc",
      `Historic England listing: Grade II* — The house was built in 1762 for the merchant John Harvey (1719–1788) and later occupied by the engineer Isambard Kingdom Brunel (born 9 April 1806) while working on the Clifton bridge.

Rewrite this for a heritage-trail leaflet.`,
    ],
  ],
  // staff pages, directories and university contacts
  [
    [
      "en",
      "neg-email:staff:doc",
      `Our team
Dr Fiona McAllister — Head of Department, f.mcallister@abdn.ac.uk, 01224 272000
Prof. Samuel Adeyemi — Director of Research, s.adeyemi@abdn.ac.uk
Ms Claire Dunbar — Department Administrator, chemistry-admin@abdn.ac.uk

Format this as a table for the intranet page.`,
    ],
  ],
  [
    [
      "de",
      "neg-email:staff:doc",
      `Ansprechpartner Pressestelle
Dr. Sandra Brückner, Pressesprecherin, Tel. +49 351 463-32398, pressestelle@tu-dresden.de
Postanschrift: Technische Universität Dresden, 01062 Dresden

Schreib eine Presseeinladung mit diesen Kontaktdaten.`,
    ],
    [
      "de",
      "email:staff:chat",
      `Meine Kollegin Sandra hat mir ihre private Adresse gegeben, weil ihr Uni-Konto gesperrt ist: ⟦email|sandra.brueckner.privat@gmx.de⟧ – schreib ihr bitte eine kurze Mail mit dem Protokoll im Anhang.`,
    ],
  ],
  [
    [
      "es",
      "neg-email:paper:doc",
      `Autores: Lucía Martín-Pérez (Departamento de Biología, Universidad Autónoma de Madrid, Calle Darwin 2, 28049 Madrid; lucia.martin@uam.es) y Jorge Salas (CSIC).
Recibido: 2 de febrero de 2026.

Pasa esto al formato de la revista.`,
    ],
  ],
  [
    [
      "ru",
      "neg-email:paper:doc",
      `Авторы: Смирнова Е. В.¹, Кузнецов А. И.²
¹ МГУ им. М. В. Ломоносова, физический факультет, Ленинские горы, 1, стр. 2, Москва, 119991
² ИКИ РАН, Москва
Для корреспонденции: smirnova@physics.msu.ru

Оформи по-английски для статьи.`,
    ],
  ],
  // more biographies / obituaries
  [
    [
      "nl",
      "neg-date:obituary:doc",
      `In memoriam — Johan Cruijff (Amsterdam, 25 april 1947 – Barcelona, 24 maart 2016) was een Nederlands voetballer en trainer, drievoudig winnaar van de Ballon d'Or.

Schrijf een korte tekst voor het clubblad.`,
    ],
    [
      "nl",
      "date:obituary:doc",
      `Wil je deze rouwkaart nakijken?
Met droefheid delen wij mee dat is overleden onze lieve moeder en oma
Geertruida (Truus) van Leeuwen-Bakker
geboren ⟦date_of_birth|12 maart 1938⟧ te Zaandam, overleden 1 december 2026 te Zaandam.`,
    ],
  ],
  [
    [
      "it",
      "neg-date:obituary:doc",
      `È morta a Roma Gina Lollobrigida, nata a Subiaco il 4 luglio 1927. Attrice e fotografa, fu una delle dive del cinema italiano degli anni Cinquanta.

Riassumi in tre righe.`,
    ],
  ],
  [
    [
      "tr",
      "neg-date:obituary:doc",
      `Anma: Usta oyuncu Kemal Sunal (10 Kasım 1944, İstanbul – 3 Temmuz 2000, İstanbul) Türk sinemasının en sevilen komedyenlerinden biriydi.

Bunu bir anma yazısına dönüştür.`,
    ],
  ],
  [
    [
      "sv",
      "neg-date:obituary:doc",
      `Dödsruna: Ingmar Bergman, född 14 juli 1918 i Uppsala, död 30 juli 2007 på Fårö, var en svensk regissör och manusförfattare.

Sammanfatta i en mening.`,
    ],
    [
      "sv",
      "date:obituary:doc",
      `Kan du skriva om den här dödsannonsen lite finare?
Vår älskade mamma, mormor
Birgitta Holm
* ⟦date_of_birth|3 maj 1946⟧
† 29 november 2026
Begravningen äger rum i Hedvig Eleonora kyrka.`,
    ],
  ],
  // more press releases / annual reports / job ads
  [
    [
      "sv",
      "neg-financial:annual-report:doc",
      `Ur årsredovisningen 2025: Ersättning till verkställande direktören Anna Ekström uppgick till 9,4 MSEK, varav grundlön 6,1 MSEK och rörlig ersättning 3,3 MSEK.

Hur stor andel var rörlig?`,
    ],
    [
      "sv",
      "financial:message:chat",
      `Min kollega Johan Berg skrev: "jag har fått ⟦financial|38 500 kr⟧ i månadslön efter löneförhandlingen, är det lågt för en systemutvecklare i Göteborg?" Hjälp mig svara.`,
    ],
  ],
  [
    [
      "pt",
      "neg-financial:press-release:doc",
      `COMUNICADO — São Paulo, 5 de novembro de 2026. A Cerrado Energia registrou receita líquida de R$ 3,8 bilhões no terceiro trimestre. Segundo o Formulário de Referência, a remuneração total do diretor-presidente, Carlos Mendes, foi de R$ 14,2 milhões em 2025.

Resuma em um parágrafo.`,
    ],
    [
      "pt",
      "financial:message:chat",
      `Minha colega Juliana Prado me mandou: "meu salário caiu para ⟦financial|R$ 3.900⟧ depois da reestruturação". Me ajuda a responder com empatia?`,
    ],
  ],
  [
    [
      "vi",
      "neg-financial:job-ad:doc",
      `Tuyển dụng: Nhân viên kế toán tại Đà Nẵng. Mức lương: 12 – 18 triệu đồng/tháng, thưởng tháng 13. Gửi CV về tuyendung@hanviet.vn.

Viết lại tin tuyển dụng ngắn gọn hơn.`,
    ],
    [
      "vi",
      "financial:message:chat",
      `Đồng nghiệp của tôi là chị Nguyễn Thu Hà nhắn: "lương tháng này của chị chỉ có ⟦financial|9,5 triệu đồng⟧ thôi em ạ". Giúp tôi trả lời an ủi chị ấy.`,
    ],
  ],
  [
    [
      "hi",
      "neg-financial:job-ad:doc",
      `नौकरी विज्ञापन: सॉफ़्टवेयर डेवलपर, बेंगलुरु। वेतन: ₹8 लाख – ₹12 लाख प्रति वर्ष। आवेदन भेजें: careers@techsetu.in

इसे अंग्रेज़ी में छोटा करके लिखो।`,
    ],
  ],
  [
    [
      "ar",
      "neg-financial:press-release:doc",
      `بيان صحفي — الرياض، 28 أكتوبر 2026: أعلنت شركة الأفق للاتصالات عن صافي ربح قدره 1.2 مليار ريال للربع الثالث، بزيادة 7%. وبلغت مكافآت أعضاء مجلس الإدارة 14 مليون ريال وفق التقرير السنوي.

لخّص البيان في ثلاث نقاط.`,
    ],
  ],
  [
    [
      "ru",
      "neg-financial:annual-report:doc",
      `Из годового отчёта: совокупное вознаграждение членов правления в 2025 году составило 1,4 млрд рублей; выплаты генеральному директору отдельно не раскрываются.

Переведи на английский.`,
    ],
    [
      "ru",
      "financial:message:chat",
      `Коллега Ольга Белова написала мне: "зарплату урезали до ⟦financial|62 000 рублей⟧, не знаю, как платить ипотеку". Помоги ответить поддерживающе.`,
    ],
  ],
  // more listings / venues
  [
    [
      "fr",
      "neg-address:listing:doc",
      `À louer — Appartement T3, 68 m², 14 rue Sainte-Catherine, 33000 Bordeaux. Loyer 1 150 € CC, DPE C. Agence Garonne Immobilier, 05 56 44 12 90.

Rédige une annonce plus attractive pour Leboncoin.`,
    ],
  ],
  [
    [
      "it",
      "neg-address:venue:doc",
      `Teatro alla Scala — Biglietteria: Largo Ghiringhelli 1, Piazza della Scala, 20121 Milano. Aperta tutti i giorni 12:00–18:00.

Come ci arrivo dalla stazione Centrale?`,
    ],
  ],
  [
    [
      "ja",
      "neg-address:listing:doc",
      `賃貸物件情報
所在地：大阪府大阪市北区梅田3丁目2-14 グランドメゾン梅田 803号室
間取り：1LDK（42.5㎡）　賃料：14.8万円　管理費：1万円
取扱：なにわ不動産株式会社　TEL 06-6345-7788

この物件の紹介文を書いてください。`,
    ],
    [
      "ja",
      "address:letter:chat",
      `友人の高橋 さくらが引っ越しました。新住所は ⟦street_address|大阪府大阪市北区梅田3丁目2-14 グランドメゾン梅田 803号室⟧ です。引っ越し祝いのメッセージカードの文面を考えて。`,
    ],
  ],
  [
    [
      "en",
      "neg-address:venue:doc",
      `Sydney Opera House — Bennelong Point, Sydney NSW 2000. Box office open Mon–Sat 9am–8:30pm. Guided tours daily from 9am, 1 hour, A$45.

Plan my afternoon: tour, then dinner nearby.`,
    ],
  ],
  [
    [
      "en",
      "neg-address:listing:doc",
      `Zillow listing: 7815 Ridgecrest Dr, Austin, TX 78731 — 4 bd, 3 ba, 2,840 sqft. Listed at $1,295,000. Built 1998. Listing agent: Carla Whitman, Compass RE Texas.

Draft three questions I should ask the agent.`,
    ],
    [
      "en",
      "address:listing:chat",
      `My sister Megan Holt just bought ⟦street_address|7815 Ridgecrest Dr, Austin, TX 78731⟧ and I want to send flowers on moving day. Which Austin florists deliver on Sundays?`,
    ],
  ],
];
