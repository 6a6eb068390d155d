/**
 * Development set 30, European languages (de, fr, es, it, pt, nl, pl, sv, tr, ru): public addresses, public and
 * fictional dates, invented patients, leaflets and guidelines, each language with matched positives.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- de ---------------------------------------------------------------------------------------------------------------
  ["de", "neg-address:museum:free", `Hat das Pergamonmuseum, Bodestraße 1–3, 10178 Berlin, montags geöffnet? Ich plane mit meiner 8. Klasse einen Ausflug.`],
  [
    "de",
    "neg-address:government:code",
    `{"behoerde": "Bürgeramt Mitte", "adresse": "Karl-Marx-Allee 31, 10178 Berlin", "oeffnungszeiten": "Mo–Fr 8–15"}\nWarum schlägt mein JSON-Schema bei "oeffnungszeiten" fehl?`,
  ],
  [
    "de",
    "neg-address:warehouse:doc",
    `Sehr geehrte Damen und Herren,\nbitte liefern Sie die 12 Paletten an unser Zentrallager, Industriestraße 12, 74072 Heilbronn, Rampe 4, Anlieferung Mo–Do 7–14 Uhr.\nMit freundlichen Grüßen\nLogistik, Brenner Haustechnik GmbH\n\nBitte kürzer und freundlicher formulieren.`,
  ],
  ["de", "neg-date:historical:free", `Goethe wurde am 28. August 1749 in Frankfurt am Main geboren. Erstelle ein Quiz mit fünf Fragen zu seiner Jugend.`],
  [
    "de",
    "neg-date:format:code",
    `LocalDate d = LocalDate.parse("1989-11-09");\nWie gebe ich das in Java als "09.11.1989" aus? DateTimeFormatter.ofPattern("dd.MM.yyyy") wirft bei mir eine Exception.`,
  ],
  ["de", "neg-date:anniversary:doc", `Schreibe einen kurzen Text für die Firmenchronik: Siemens & Halske wurde am 12. Oktober 1847 in Berlin gegründet.`],
  [
    "de",
    "neg-health:role-play:free",
    `Rollenspiel für die Pflegeausbildung: Du bist Dr. Weber, ich spiele die erfundene Figur Herr Kowalczyk, 61, mit Engegefühl in der Brust seit dem Frühstück. Beginne das Anamnesegespräch.`,
  ],
  [
    "de",
    "neg-health:leaflet:doc",
    `Gebrauchsinformation Ibuprofen 400 mg: Erwachsene nehmen 1 Tablette bis zu dreimal täglich. Nicht bei Magengeschwüren anwenden. Bitte in einfache Sprache übersetzen.`,
  ],
  [
    "de",
    "address:tenant-letter:doc",
    `Hallo Frau Schneider, anbei die Nebenkostenabrechnung 2025 für Ihre Wohnung in der ⟦street_address|Lindenstraße 14, 50674 Köln⟧. Die Nachzahlung beträgt 212 €. — Bitte höflicher formulieren.`,
  ],
  [
    "de",
    "date:form:doc",
    `Anmeldung Sportverein\nName: Jonas Reimann\nGeburtsdatum: ⟦date_of_birth|03.07.1994⟧\nKrankenkasse: AOK\nIst das Formular vollständig?`,
  ],
  [
    "de",
    "health:team-note:doc",
    `Kurze Notiz fürs Team: Frau Albers fällt wegen ihrer ⟦health|Bandscheibenoperation⟧ bis Ende Mai aus. Bitte Vertretung planen.`,
  ],
  // --- fr ---------------------------------------------------------------------------------------------------------------
  [
    "fr",
    "neg-address:embassy:free",
    `L'ambassade des États-Unis se trouve 2 avenue Gabriel, 75008 Paris : faut-il prendre rendez-vous pour un visa étudiant, ou peut-on se présenter le matin ?`,
  ],
  [
    "fr",
    "neg-address:novel:doc",
    `Dans mon roman, l'inspectrice loge au 12 rue des Tanneurs, à Villebrune, une ville inventée. Décris la façade de l'immeuble en trois phrases.`,
  ],
  [
    "fr",
    "neg-address:store-csv:code",
    `nom;adresse;cp;ville\nBoutique Lyon;15 rue de la République;69002;Lyon\nBoutique Lille;8 place du Général-de-Gaulle;59000;Lille\nPourquoi Excel met tout dans une seule colonne à l'import ?`,
  ],
  ["fr", "neg-date:historical:free", `Victor Hugo est né le 26 février 1802 à Besançon. Écris une courte biographie pour des élèves de CM2.`],
  ["fr", "neg-date:release:free", `« Le Fabuleux Destin d'Amélie Poulain » est sorti le 25 avril 2001. Combien d'entrées a-t-il fait en France ?`],
  ["fr", "neg-date:age-arithmetic:free", `Une personne née le 15 mars 2008 est-elle majeure le 1er mars 2026 ? Explique le calcul pour un exercice de maths.`],
  [
    "fr",
    "neg-health:guideline:free",
    `Selon les recommandations de la HAS, quel est le traitement de première intention de l'hypertension artérielle essentielle ?`,
  ],
  [
    "fr",
    "neg-health:case-study:doc",
    `Cas clinique fictif pour l'internat : M. Durand, 58 ans, présente une douleur thoracique constrictive depuis 30 minutes. Rédige trois questions à choix multiples.`,
  ],
  [
    "fr",
    "address:parcel:free",
    `Bonjour, peux-tu rédiger un mot pour le colis que j'envoie à ma sœur Camille Roux, ⟦street_address|7 allée des Peupliers, 33600 Pessac⟧ ?`,
  ],
  [
    "fr",
    "date:named-child:free",
    `Ma fille Inès est née le ⟦date_of_birth|19 octobre 2016⟧ : à partir de quand peut-elle s'inscrire au conservatoire de Nantes ?`,
  ],
  [
    "fr",
    "health:clinical:doc",
    `Compte rendu de consultation : Mme Hélène Garnier, 74 ans, suivie pour une ⟦health|maladie de Parkinson⟧ depuis 2019, tremblements en augmentation. Résume pour le médecin traitant.`,
  ],
  // --- es ---------------------------------------------------------------------------------------------------------------
  [
    "es",
    "neg-address:stadium:free",
    `¿Cómo llego al Estadio Santiago Bernabéu, Av. de Concha Espina 1, 28036 Madrid, desde la estación de Atocha un día de partido?`,
  ],
  [
    "es",
    "neg-address:geocoding:code",
    `import geocoder\ng = geocoder.osm("Plaça de Catalunya 1, 08002 Barcelona")\nprint(g.latlng)  # None\n¿Por qué OSM no encuentra la plaza?`,
  ],
  ["es", "neg-address:hotel:free", `Tenemos reserva en el Hotel Palace, Plaza de las Cortes 7, 28014 Madrid. ¿Está cerca del Museo del Prado andando?`],
  ["es", "neg-date:public-figure:free", `Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca. Escribe un párrafo para una exposición escolar.`],
  ["es", "neg-date:format:code", `En Excel tengo '2024-12-31 23:59:59' como texto. ¿Qué fórmula lo convierte a dd/mm/aaaa sin la hora?`],
  [
    "es",
    "neg-date:anniversary:doc",
    `Redacta un post: Zara abrió su primera tienda el 9 de mayo de 1975 en A Coruña. Queremos celebrar el aniversario con clientes.`,
  ],
  [
    "es",
    "neg-health:role-play:free",
    `Juego de rol para practicar: tú eres la enfermera de noche y yo interpreto a Don Ramiro, un personaje ficticio de 80 años con insuficiencia cardíaca que no quiere tomar sus pastillas.`,
  ],
  [
    "es",
    "neg-health:leaflet:doc",
    `Prospecto: Amoxicilina 500 mg. Tome una cápsula cada 8 horas durante 7 días. No la tome si es alérgico a la penicilina. Resúmelo en dos frases.`,
  ],
  [
    "es",
    "address:order-json:code",
    `{"pedido": 44812, "cliente": "Lucía Ferrer Gil", "direccion": "⟦street_address|Calle del Pez 23, 3º B, 28004 Madrid⟧"}\n¿Cómo separo piso y puerta en campos distintos?`,
  ],
  [
    "es",
    "date:form:doc",
    `Formulario de inscripción — Nombre: Mateo Serrano Ruiz; Fecha de nacimiento: ⟦date_of_birth|22/04/2011⟧; Colegio: CEIP Miguel Hernández. ¿Falta algo?`,
  ],
  [
    "es",
    "health:colleague:free",
    `Mi compañero Javier Ortega tiene ⟦health|esclerosis múltiple⟧ y no sé si contárselo a nuestro jefe para que le adapte el horario.`,
  ],
  // --- it ---------------------------------------------------------------------------------------------------------------
  ["it", "neg-address:landmark:free", `Per il Colosseo, Piazza del Colosseo 1, 00184 Roma, servono biglietti nominativi o basta la prenotazione?`],
  [
    "it",
    "neg-address:tv-location:free",
    `La casa del commissario Montalbano a Punta Secca, Via Aldo Moro 44, è davvero un B&B? Vorrei dormirci una notte quest'estate.`,
  ],
  [
    "it",
    "neg-address:government:free",
    `L'ufficio anagrafe del Comune di Bologna in Piazza Maggiore 6 rilascia la carta d'identità elettronica senza appuntamento?`,
  ],
  [
    "it",
    "neg-date:public-figure:doc",
    `Sophia Loren è nata il 20 settembre 1934 a Roma. Scrivi una breve biografia per il programma di una rassegna cinematografica.`,
  ],
  [
    "it",
    "neg-date:format:code",
    `SimpleDateFormat f = new SimpleDateFormat("dd/MM/yyyy");\nf.parse("31/02/2023"); // non lancia eccezioni!\nCome rendo il parsing rigoroso?`,
  ],
  [
    "it",
    "neg-date:anniversary:free",
    `La Ferrari fu fondata a Modena nel 1939 come Auto Avio Costruzioni; il primo modello è del 12 marzo 1947? Controlla le date.`,
  ],
  [
    "it",
    "neg-health:leaflet:doc",
    `Foglio illustrativo Tachipirina 1000 mg: negli adulti una compressa, ripetibile dopo almeno 4 ore, non più di 3 al giorno. Spiegalo a mia nonna.`,
  ],
  [
    "it",
    "neg-health:fiction:free",
    `Nel mio racconto il vecchio pescatore Tonino ha un tumore ai polmoni. Scrivi il dialogo in cui lo dice al figlio sulla barca.`,
  ],
  [
    "it",
    "address:letter:doc",
    `Gentile sig. Bruno Galli, le scriviamo all'indirizzo di residenza ⟦street_address|Via Garibaldi 58, 10122 Torino⟧ per comunicarle la scadenza del contratto. — Rendi la lettera più cordiale.`,
  ],
  [
    "it",
    "date:csv:code",
    `cognome,nome,data_nascita\nRicci,Giulia,⟦date_of_birth|1985-02-17⟧\nMarini,Luca,⟦date_of_birth|1991-10-05⟧\nCome calcolo l'età in pandas?`,
  ],
  [
    "it",
    "health:school-chat:free",
    `Sono la maestra di Pietro Conti: la mamma ci ha detto che ha il ⟦health|diabete di tipo 1⟧. Cosa dobbiamo sapere per la mensa e la gita?`,
  ],
  // --- pt ---------------------------------------------------------------------------------------------------------------
  ["pt", "neg-address:museum:free", `O MASP fica na Avenida Paulista 1578, São Paulo. Ele abre às terças de graça? Quero levar meus alunos.`],
  [
    "pt",
    "neg-address:warehouse:doc",
    `Armazém da transportadora: Rua das Indústrias 250, 4470-000 Maia. Redija um e-mail para agendar a recolha de 6 paletes na próxima quarta-feira.`,
  ],
  [
    "pt",
    "neg-address:geocoding:code",
    `resp = requests.get("https://viacep.com.br/ws/01310100/json/")\nprint(resp.json()["logradouro"])  # Avenida Paulista\nComo obtenho a latitude a partir do CEP?`,
  ],
  ["pt", "neg-date:public-figure:free", `Ayrton Senna nasceu em 21 de março de 1960 em São Paulo. Faça uma linha do tempo das vitórias dele na Fórmula 1.`],
  ["pt", "neg-date:history:free", `O Plano Real entrou em vigor em 1 de julho de 1994. Quantos dias se passaram até a eleição de 3 de outubro de 1994?`],
  [
    "pt",
    "neg-date:age-arithmetic:code",
    `=DATADIF("10/10/2000";HOJE();"A") dá erro #NÚM! no meu Excel. Como calcular quantos anos uma pessoa nascida nessa data terá?`,
  ],
  [
    "pt",
    "neg-health:case-study:doc",
    `Caso clínico fictício para a residência: paciente J.S., 45 anos, com dor epigástrica após refeições. Elabore o raciocínio diagnóstico.`,
  ],
  [
    "pt",
    "neg-health:role-play:free",
    `Vamos fazer um roleplay: eu sou o Dr. Tavares e você é o Sr. Ambrósio, um personagem inventado com diabetes descontrolada que esquece a insulina.`,
  ],
  [
    "pt",
    "address:neighbour:doc",
    `Minha vizinha, dona Teresa Moura, mora na ⟦street_address|Rua Augusta 1320, apto 84, 01304-001 São Paulo⟧. Redija uma carta educada sobre a infiltração no meu teto.`,
  ],
  ["pt", "date:form:doc", `Ficha de matrícula | Nome: Rafael Lima Costa | Data de nascimento: ⟦date_of_birth|08/12/1990⟧ | Curso: Inglês B1. Está completa?`],
  [
    "pt",
    "health:ward-message:doc",
    `Mensagem para a equipa: o Sr. Joaquim Pires, quarto 12, está com ⟦health|tuberculose⟧ e deve ficar em isolamento respiratório.`,
  ],
  // --- nl ---------------------------------------------------------------------------------------------------------------
  ["nl", "neg-address:museum:free", `Het Anne Frank Huis, Westermarkt 20, 1016 GV Amsterdam: moet ik tickets vooraf online kopen of kan het aan de deur?`],
  ["nl", "neg-address:government:free", `Kan ik bij het stadskantoor van Utrecht, Stadsplateau 1, 3521 AZ Utrecht, zonder afspraak een paspoort aanvragen?`],
  [
    "nl",
    "neg-address:postcode-api:code",
    `GET /v1/addresses?postcode=1012JS&number=1\n# verwacht: Dam 1, Amsterdam (Koninklijk Paleis)\n# krijg: 404 Not Found\nMoet het huisnummer als string?`,
  ],
  ["nl", "neg-date:public-figure:free", `Johan Cruijff werd geboren op 25 april 1947 in Betondorp. Schrijf een korte intro voor een voetbalpodcast.`],
  ["nl", "neg-date:log-format:code", `[2025-11-03 14:22:07,113] WARN  scheduler - job late\nHoe parse ik dit tijdstempel met komma-milliseconden in Go?`],
  ["nl", "neg-date:anniversary:doc", `Philips werd op 15 mei 1891 in Eindhoven opgericht. Maak er een korte tekst van voor ons personeelsblad.`],
  ["nl", "neg-health:leaflet:doc", `Bijsluiter omeprazol 20 mg: neem 1 capsule per dag voor het ontbijt. Vat dit samen op B1-niveau.`],
  ["nl", "neg-health:fiction:free", `Schrijf een scène voor mijn toneelstuk waarin de figuur Oma Fenna van de huisarts hoort dat ze dementie heeft.`],
  [
    "nl",
    "address:gift:free",
    `Beste Mark, kun je het cadeau voor Sanne de Vries afgeven op haar adres ⟦street_address|Merelstraat 9, 3514 CK Utrecht⟧? Schrijf dit iets netter.`,
  ],
  ["nl", "date:json:code", `{"naam": "Daan Bakker", "geboortedatum": "⟦date_of_birth|1996-09-30⟧", "bsn": null}\nWaarom faalt mijn validatie op een null-bsn?`],
  [
    "nl",
    "health:meeting-notes:doc",
    `Verslag teamoverleg: Ingrid Smit is afwezig vanwege een ⟦health|burn-out⟧, terugkeer onbekend. Taken verdelen over de rest.`,
  ],
  // --- pl ---------------------------------------------------------------------------------------------------------------
  ["pl", "neg-address:landmark:free", `Czy Zamek Królewski, plac Zamkowy 4, 00-277 Warszawa, jest otwarty w poniedziałki? Chcę iść z dziećmi.`],
  ["pl", "neg-address:government:free", `Czy w urzędzie skarbowym przy ul. Lindleya 14, 02-013 Warszawa można złożyć PIT osobiście, czy tylko przez internet?`],
  [
    "pl",
    "neg-address:warehouse:code",
    `^XA^FO50,50^A0N,30,30^FDMagazyn: ul. Logistyczna 5, 55-040 Bielany Wroclawskie^FS^XZ\nDlaczego drukarka Zebra ucina polskie znaki w tej etykiecie?`,
  ],
  ["pl", "neg-date:public-figure:free", `Robert Lewandowski urodził się 21 sierpnia 1988 r. w Warszawie. Napisz krótką notkę do gazetki szkolnej.`],
  ["pl", "neg-date:historical:doc", `Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. Popraw stylistykę tego akapitu do prezentacji.`],
  ["pl", "neg-date:js-date:code", `new Date('2023-13-01') zwraca Invalid Date, ale new Date('2023-02-30') daje 2 marca. Dlaczego?`],
  [
    "pl",
    "neg-health:role-play:free",
    `Odegrajmy scenkę na zajęcia: ty jesteś lekarzem rodzinnym, a ja gram wymyśloną postać, pana Zenona, 66 lat, z nadciśnieniem, który nie bierze leków.`,
  ],
  ["pl", "neg-health:guideline:free", `Jakie są aktualne wytyczne leczenia migotania przedsionków u osób po 75. roku życia? Proszę o streszczenie.`],
  [
    "pl",
    "address:contract:doc",
    `Proszę o przesłanie umowy do pani Agnieszki Wróbel na adres ⟦street_address|ul. Kwiatowa 17 m. 4, 31-052 Kraków⟧. Przeredaguj to jako oficjalny e-mail.`,
  ],
  ["pl", "date:named-child:free", `Mój syn Kacper urodził się ⟦date_of_birth|12 maja 2015⟧ r. W którym roku pójdzie do komunii w naszej parafii?`],
  [
    "pl",
    "health:clinical:doc",
    `Notatka: pan Stanisław Nowicki, lat 70, ⟦health|przewlekła niewydolność nerek⟧, dializy 3 razy w tygodniu. Przepisz to czytelniej.`,
  ],
  // --- sv ---------------------------------------------------------------------------------------------------------------
  ["sv", "neg-address:museum:free", `Vasamuseet, Galärvarvsvägen 14, 115 21 Stockholm — finns det guidade visningar på engelska på söndagar?`],
  ["sv", "neg-address:returns:doc", `Skriv om vår returpolicy vänligare: "Returer skickas till vårt lager, Lagervägen 3, 136 50 Jordbro, inom 30 dagar."`],
  ["sv", "neg-address:novel:free", `I Millennium-böckerna bor Lisbeth Salander på Fiskargatan 9 på Söder. Finns huset på riktigt och kan man gå dit?`],
  ["sv", "neg-date:public-figure:free", `Zlatan Ibrahimović föddes den 3 oktober 1981 i Malmö. Skriv en kort presentation till en skoluppgift.`],
  ["sv", "neg-date:sql:code", `SELECT DATEDIFF(year, '2001-05-17', GETDATE());\nGer fel ålder före födelsedagen. Hur räknar man exakt ålder i SQL Server?`],
  ["sv", "neg-date:history:free", `Nobelpriset delas ut den 10 december, Alfred Nobels dödsdag 1896. Varför just den dagen?`],
  ["sv", "neg-health:leaflet:doc", `Bipacksedel Alvedon 500 mg: vuxna 1–2 tabletter 3–4 gånger per dygn, högst 8 tabletter. Förklara enkelt.`],
  ["sv", "neg-health:fiction:free", `Skriv en novell där karaktären Stig, 80, får veta att han har Parkinsons sjukdom och bestämmer sig för att segla igen.`],
  [
    "sv",
    "address:move-notice:doc",
    `Kan du skriva ett meddelande till grannarna åt min mamma Birgitta Lund, som flyttar till ⟦street_address|Björkvägen 22, 141 32 Huddinge⟧ den 1 april?`,
  ],
  ["sv", "date:form:doc", `Personuppgifter\nNamn: Erik Holm\nFödelsedatum: ⟦date_of_birth|1983-06-11⟧\nKontrollera att formatet stämmer.`],
  ["sv", "health:school-email:doc", `Mejl till rektorn: Alva Nyström i 4B har ⟦health|epilepsi⟧ och behöver en handlingsplan inför lägerskolan.`],
  // --- tr ---------------------------------------------------------------------------------------------------------------
  ["tr", "neg-address:landmark:free", `Anıtkabir, Gençlik Caddesi No:1, Çankaya/Ankara — hafta sonu ziyaret saatleri nedir, rehber var mı?`],
  [
    "tr",
    "neg-address:warehouse:free",
    `Aras Kargo transfer merkezi, Organize Sanayi Bölgesi 2. Cadde No:15, Gebze/Kocaeli'de paketim üç gündür bekliyor. Normal mi?`,
  ],
  [
    "tr",
    "neg-address:parser-test:code",
    `adres = "Atatürk Bulvarı No:125, Kızılay, Ankara"  # ayrıştırıcı testi\nassert parse(adres)["no"] == "125"\nNeden KeyError alıyorum?`,
  ],
  ["tr", "neg-date:history:free", `Cumhuriyet 29 Ekim 1923'te ilan edildi. Öğrenciler için kısa bir zaman çizelgesi hazırla.`],
  ["tr", "neg-date:public-figure:doc", `Tarkan 17 Ekim 1972'de doğdu. Konser afişi için iki cümlelik bir tanıtım yazısı yaz.`],
  ["tr", "neg-date:format:code", `Excel'de 01.01.2000 metin olarak duruyor, tarih biçimine (GG.AA.YYYY) nasıl çeviririm?`],
  ["tr", "neg-health:leaflet:doc", `Kullanma talimatı: Parol 500 mg, yetişkinlerde günde en fazla 4 kez 1–2 tablet. Bunu sade Türkçe ile özetle.`],
  ["tr", "neg-health:role-play:free", `Rol yapalım: sen aile hekimisin, ben hayali karakter Hasan Amca'yım, şeker hastasıyım ve ilaçlarımı unutuyorum.`],
  [
    "tr",
    "address:shipping:doc",
    `Kargo adresi: Ayşe Yılmaz, ⟦street_address|Bağdat Caddesi No: 215 Daire 7, 34728 Kadıköy/İstanbul⟧. Teslimat notu ekler misin?`,
  ],
  ["tr", "date:form:doc", `Başvuru formu — Ad Soyad: Emre Demir, Doğum tarihi: ⟦date_of_birth|14.02.1999⟧. Eksik alan var mı?`],
  ["tr", "health:colleague:free", `Ekip arkadaşım Murat Kaya'ya ⟦health|lösemi⟧ teşhisi konmuş. Ona moral verecek bir mesaj yazabilir misin?`],
  // --- ru ---------------------------------------------------------------------------------------------------------------
  ["ru", "neg-address:museum:free", `Третьяковская галерея, Лаврушинский пер., 10, Москва — работает ли она по понедельникам?`],
  ["ru", "neg-address:novel:free", `«Нехорошая квартира» из «Мастера и Маргариты» — Большая Садовая, 10, кв. 50. Там правда музей Булгакова?`],
  ["ru", "neg-address:warehouse:doc", `Склад ООО «Альфа-Логистик»: ул. Складская, д. 8, стр. 2, Подольск. Составь письмо поставщику о времени приёмки.`],
  ["ru", "neg-date:public-figure:free", `Юрий Гагарин родился 9 марта 1934 года в Клушине. Напиши короткий доклад для третьего класса.`],
  ["ru", "neg-date:sql:code", `SELECT to_date('31.12.2024', 'DD.MM.YYYY');\nКак в PostgreSQL привести строку к date, если формат бывает разный?`],
  ["ru", "neg-date:anniversary:doc", `Наша компания основана 1 апреля 2001 года. Напиши поздравление сотрудникам к 25-летию.`],
  ["ru", "neg-health:leaflet:doc", `Инструкция: ибупрофен 200 мг, взрослым по 1 таблетке 3–4 раза в сутки. Перескажи простыми словами.`],
  ["ru", "neg-health:role-play:free", `Сыграем сценку: ты врач скорой, я — вымышленный персонаж Пётр Ильич с приступом астмы. Начинай.`],
  [
    "ru",
    "address:documents:doc",
    `Отправьте, пожалуйста, документы Ольге Смирновой по адресу: ⟦street_address|ул. Ленина, д. 45, кв. 12, Екатеринбург, 620014⟧.`,
  ],
  ["ru", "date:form:doc", `Анкета\nФИО: Кузнецов Дмитрий Сергеевич\nДата рождения: ⟦date_of_birth|05.11.1988⟧\nПроверь, всё ли заполнено.`],
  ["ru", "health:colleague:free", `Моей коллеге Анне Павловой поставили ⟦health|рак молочной железы⟧. Как её поддержать на работе?`],
];
