/**
 * Development set 33, European languages (de, fr, es, it, pt, nl, pl, sv, tr, ru): Impressum and letterheads,
 * invoices from a company, store and office addresses, embassies, venues, listings, parser examples; founding,
 * release, expiry and historical dates, the writer's own birthday, an unnamed child's age — with positives of the
 * same shapes (a private person's home address, a named person's birth date). Written before anything under
 * src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- German -------------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-address:imprint:doc",
    `Bitte kürze unser Impressum:\nBrenner & Voss Software GmbH\nHohenzollernring 72, 50672 Köln\nGeschäftsführer: Dr. Anna Brenner\nRegistergericht: Amtsgericht Köln, HRB 98765`,
  ],
  [
    "de",
    "neg-address:invoice-from:doc",
    `Rechnung Nr. 2026-114\nRechnungssteller: Malerbetrieb Hoffmann GmbH, Industriestraße 12, 70565 Stuttgart\nKunde: [Name des Kunden]\nLeistung: Innenanstrich 3 Räume\nFormuliere einen freundlichen Zahlungshinweis für den Fuß der Rechnung.`,
  ],
  [
    "de",
    "neg-address:government-office:free",
    `Hat das Bürgeramt Rathaus Schöneberg, John-F.-Kennedy-Platz 1, 10825 Berlin, auch samstags geöffnet, wenn ich einen Reisepass abholen will?`,
  ],
  [
    "de",
    "neg-address:venue:free",
    `Unser Firmenjubiläum findet in der Elbphilharmonie, Platz der Deutschen Einheit 4, 20457 Hamburg statt. Schreib eine kurze Einladung an die Belegschaft.`,
  ],
  [
    "de",
    "neg-address:listing:doc",
    `Verbessere dieses Exposé: „Helle 3-Zimmer-Wohnung in der Kastanienallee 21, 10435 Berlin, 78 m², Balkon, Altbau, Kaltmiete 1.450 €. Besichtigung Dienstag 17 Uhr.“`,
  ],
  [
    "de",
    "neg-date:founding:free",
    `Die Deutsche Bahn AG wurde am 1. Januar 1994 gegründet. Welche Vorgängerorganisationen gab es und wann wurden sie zusammengelegt?`,
  ],
  ["de", "neg-date:own-birthday:free", `Ich bin am 23.08.1988 geboren. Ab wann kann ich frühestens ohne Abschläge in Rente gehen?`],
  ["de", "neg-date:child-age:free", `Mein Sohn ist 18 Monate alt und schläft mittags nur noch 40 Minuten. Sollte ich den Mittagsschlaf ganz streichen?`],
  ["de", "neg-date:expiry:free", `Mein Personalausweis läuft am 14.02.2027 ab. Kann ich damit im Januar 2027 noch nach Kroatien reisen?`],
  [
    "de",
    "address:letter:doc",
    `Schreib einen Brief an meinen Nachbarn Jürgen Albers, ⟦street_address|Lindenweg 8, 48159 Münster⟧, wegen seiner Hecke, die über den Zaun wächst.`,
  ],
  [
    "de",
    "address:invoice-to:doc",
    `Rechnung Nr. 2026-115\nRechnungsempfänger: Frau Sabine Kral, ⟦street_address|Am Mühlbach 3, 83022 Rosenheim⟧\nLeistung: Fliesenarbeiten Bad\nBitte formuliere eine Mahnung an Frau Kral.`,
  ],
  [
    "de",
    "date:form:doc",
    `Anmeldung Kita Sonnenschein\nKind: Mia Schröder\nGeburtsdatum: ⟦date_of_birth|04.07.2022⟧\nEltern: Jan und Katrin Schröder\nPrüf bitte, ob das Formular vollständig ist.`,
  ],
  // --- French -------------------------------------------------------------------------------------------------------
  [
    "fr",
    "neg-address:letterhead:doc",
    `Cabinet Moreau & Associés — Avocats\n18 rue de la Paix, 75002 Paris\n\nMadame, Monsieur,\nNous accusons réception de votre courrier.\nPeux-tu rendre cet en-tête et cette formule plus modernes ?`,
  ],
  [
    "fr",
    "neg-address:embassy:free",
    `Quels documents faut-il apporter à l'ambassade du Canada, 130 rue du Faubourg Saint-Honoré, 75008 Paris, pour un permis vacances-travail ?`,
  ],
  [
    "fr",
    "neg-address:store-locator:code",
    `magasins = [\n    {"nom": "Lyon Part-Dieu", "adresse": "17 rue du Docteur Bouchut, 69003 Lyon"},\n    {"nom": "Lille Centre", "adresse": "31 rue Neuve, 59000 Lille"},\n]\n# Comment trier ces magasins par distance avec geopy ?`,
  ],
  ["fr", "neg-address:historical:free", `L'hôtel des Invalides, 129 rue de Grenelle, 75007 Paris : qui l'a fait construire et pourquoi le dôme est-il doré ?`],
  ["fr", "neg-date:death-historical:free", `Napoléon est mort le 5 mai 1821 à Sainte-Hélène. Quelles sont les hypothèses sur la cause de sa mort ?`],
  ["fr", "neg-date:format-question:free", `Dans un formulaire français, la date de naissance s'écrit-elle 05/11/1979 ou 1979-11-05 ? Et en anglais ?`],
  ["fr", "neg-date:child-age:free", `Ma fille a eu 3 ans le 2 octobre. À quel âge peut-elle commencer la piscine sans brassards ?`],
  [
    "fr",
    "address:letter:doc",
    `Rédige une lettre de mise en demeure à M. Olivier Garnier, demeurant ⟦street_address|12 allée des Tilleuls, 44300 Nantes⟧, qui n'a pas rendu la caution.`,
  ],
  [
    "fr",
    "date:form:doc",
    `Fiche d'inscription au club de judo\nNom : Léa Fontaine\nNée le : ⟦date_of_birth|19/03/2014⟧\nCatégorie ?\nAide-moi à trouver sa catégorie d'âge pour la saison 2026-2027.`,
  ],
  // --- Spanish ------------------------------------------------------------------------------------------------------
  [
    "es",
    "neg-address:invoice-from:doc",
    `Factura n.º 0392\nEmisor: Carpintería Ruiz S.L., Calle de Alcalá 240, 28027 Madrid\nCliente: {{cliente}}\nConcepto: armario empotrado\n¿Cómo pongo el pie de factura con las condiciones de pago de forma más clara?`,
  ],
  [
    "es",
    "neg-address:venue:free",
    `El congreso es en el Palacio de Congresos de Valencia, Avenida de las Cortes Valencianas 60, 46015 Valencia. Escribe un correo de bienvenida a los ponentes.`,
  ],
  [
    "es",
    "neg-address:format-question:free",
    `¿Cómo se escribe correctamente una dirección en España? Por ejemplo «C/ Mayor 5, 3.º izda., 28013 Madrid»: ¿va el piso antes o después del número?`,
  ],
  ["es", "neg-date:release:free", `El primer PlayStation salió en Japón el 3 de diciembre de 1994. ¿Cuándo llegó a Europa y a qué precio?`],
  ["es", "neg-date:own-birthday:free", `Nací el 30 de junio de 1995. ¿Qué día de la semana fue y qué signo del horóscopo chino me corresponde?`],
  [
    "es",
    "neg-date:statistics:doc",
    `Resume esta tabla del INE: «Edad media a la maternidad: 32,6 años (2023); nacimientos: 322.075; nacidos en enero: 26.918».`,
  ],
  [
    "es",
    "address:delivery:doc",
    `Etiqueta de envío\nDestinatario: Lucía Herrera Gómez\n⟦street_address|Calle de los Olivos 14, 2.º B, 41013 Sevilla⟧\nEl transportista dice que la dirección es incompleta: ¿qué falta?`,
  ],
  [
    "es",
    "date:relative:free",
    `Mi madre, Carmen Ortega, nació el ⟦date_of_birth|22 de agosto de 1949⟧. ¿Le corresponde ya la tercera dosis de la vacuna de la gripe por edad?`,
  ],
  // --- Italian ------------------------------------------------------------------------------------------------------
  [
    "it",
    "neg-address:signature:doc",
    `Accorcia questa firma email:\nCordiali saluti,\nGiulia\nUfficio Acquisti — Ferramenta Lombardi S.r.l.\nVia Emilia Ponente 155, 40133 Bologna`,
  ],
  ["it", "neg-address:government-office:free", `L'Agenzia delle Entrate di Via Giorgione 106, 00147 Roma riceve senza appuntamento per il codice fiscale?`],
  ["it", "neg-date:founding:free", `La Fiat fu fondata a Torino l'11 luglio 1899. Scrivi tre righe di storia per una presentazione.`],
  ["it", "neg-date:expiry:free", `Il mio permesso di soggiorno scade il 30/09/2027. Quando devo presentare la richiesta di rinnovo?`],
  [
    "it",
    "address:neighbour:free",
    `Il mio vicino Franco Bellini, ⟦street_address|Via dei Mille 27, 80121 Napoli⟧, ha lasciato la bici sul pianerottolo. Scrivi un biglietto gentile.`,
  ],
  ["it", "date:form:doc", `Modulo iscrizione palestra\nNome: Davide Ferri\nData di nascita: ⟦date_of_birth|12/05/1983⟧\nRendi il modulo più leggibile.`],
  // --- Portuguese ---------------------------------------------------------------------------------------------------
  ["pt", "neg-address:store-locator:doc", `Traduz para inglês: «Loja do Chiado — Rua Garrett 19, 1200-203 Lisboa. Aberta todos os dias das 10h às 20h.»`],
  [
    "pt",
    "neg-address:embassy:free",
    `Qual é o horário do Consulado-Geral de Portugal em São Paulo, Rua Canadá 324, 01436-000 São Paulo, para renovar o cartão de cidadão?`,
  ],
  ["pt", "neg-date:death-historical:free", `Tiradentes foi executado em 21 de abril de 1792. Por que essa data virou feriado nacional no Brasil?`],
  ["pt", "neg-date:child-age:free", `O meu filho faz 6 anos em março. Em Portugal, entra no 1.º ano em setembro ou tem de esperar?`],
  [
    "pt",
    "address:letter:doc",
    `Escreve uma carta à senhora Maria do Carmo Pinto, ⟦street_address|Rua das Flores 88, 4050-262 Porto⟧, a pedir desculpa pelo barulho das obras.`,
  ],
  [
    "pt",
    "date:relative:free",
    `O meu avô, Joaquim Matos, nasceu a ⟦date_of_birth|3 de fevereiro de 1938⟧. Quero fazer um álbum para os 89 anos dele: dá-me ideias.`,
  ],
  // --- Dutch --------------------------------------------------------------------------------------------------------
  ["nl", "neg-address:letterhead:doc", `Maak deze briefkop strakker: "Tandartspraktijk De Vecht — Straatweg 45, 3604 BB Maarssen — www.tandartsdevecht.nl"`],
  ["nl", "neg-address:historical:free", `Het Anne Frank Huis, Prinsengracht 263-267, 1016 GV Amsterdam: hoe lang moet ik vooruit tickets boeken?`],
  ["nl", "neg-date:release:free", `Windows 95 kwam uit op 24 augustus 1995. Welke nieuwe functies maakten het toen zo populair?`],
  ["nl", "neg-date:own-birthday:free", `Ik ben geboren op 11 november 1990. Hoeveel jaar moet ik nog werken tot mijn AOW-leeftijd?`],
  [
    "nl",
    "address:invoice-to:doc",
    `Factuur aan: dhr. Pieter de Groot, ⟦street_address|Merelstraat 17, 3514 CN Utrecht⟧\nOmschrijving: schilderwerk kozijnen\nSchrijf een betalingsherinnering aan dhr. De Groot.`,
  ],
  ["nl", "date:form:doc", `Inschrijving zwemles\nNaam kind: Noor Visser\nGeboortedatum: ⟦date_of_birth|15-09-2019⟧\nIs Noor oud genoeg voor diploma A-les?`],
  // --- Polish -------------------------------------------------------------------------------------------------------
  [
    "pl",
    "neg-address:invoice-from:doc",
    `Faktura VAT nr 12/2026\nSprzedawca: Drukarnia Nowak sp. z o.o., ul. Przemysłowa 8, 61-541 Poznań\nNabywca: [nazwa firmy]\nJak poprawnie wpisać termin płatności na fakturze?`,
  ],
  [
    "pl",
    "neg-address:government-office:free",
    `Czy Urząd Skarbowy Warszawa-Śródmieście, ul. Lindleya 14, 02-013 Warszawa, przyjmuje PIT-y papierowe bez kolejki?`,
  ],
  ["pl", "neg-date:founding:free", `Uniwersytet Jagielloński założono 12 maja 1364 roku. Napisz krótki wstęp do prezentacji o jego historii.`],
  ["pl", "neg-date:child-age:free", `Moja córka ma 5 lat i 3 miesiące. Czy w Polsce może już pójść do pierwszej klasy, czy musi czekać?`],
  [
    "pl",
    "address:neighbour:free",
    `Mój sąsiad, pan Tadeusz Wróbel, mieszka na ⟦street_address|ul. Słonecznej 4/12, 30-019 Kraków⟧ i nie odbiera poleconych. Jak napisać do niego pismo?`,
  ],
  [
    "pl",
    "date:form:doc",
    `Karta zgłoszenia na obóz\nUczestnik: Kacper Zieliński\nData urodzenia: ⟦date_of_birth|07.03.2013⟧\nSprawdź, czy formularz jest kompletny.`,
  ],
  // --- Swedish ------------------------------------------------------------------------------------------------------
  [
    "sv",
    "neg-address:venue:free",
    `Konferensen hålls på Stockholm Waterfront, Nils Ericsons Plan 4, 111 64 Stockholm. Skriv en kort inbjudan till våra kunder.`,
  ],
  ["sv", "neg-date:founding:free", `IKEA grundades 1943 av en 17-åring i Småland. Skriv tre meningar om företagets första år.`],
  ["sv", "neg-date:expiry:free", `Mitt körkort går ut 2027-04-30. Hur förnyar jag det hos Transportstyrelsen och hur lång tid tar det?`],
  [
    "sv",
    "address:letter:doc",
    `Skriv ett brev till min hyresgäst Erik Lindqvist, ⟦street_address|Björkvägen 12, 752 36 Uppsala⟧, om att hyran höjs från 1 april.`,
  ],
  ["sv", "date:relative:free", `Min pappa, Lars Holm, är född ⟦date_of_birth|1951-10-02⟧. När kan han tidigast ta ut garantipension?`],
  // --- Turkish ------------------------------------------------------------------------------------------------------
  [
    "tr",
    "neg-address:store-locator:doc",
    `Bu mağaza bilgisini İngilizceye çevir: "Kadıköy Şubesi — Bahariye Caddesi No: 45, 34714 Kadıköy/İstanbul. Her gün 10:00–22:00 açık."`,
  ],
  ["tr", "neg-date:death-historical:free", `Mustafa Kemal Atatürk 10 Kasım 1938'de vefat etti. Anma töreni için kısa bir konuşma metni yazar mısın?`],
  ["tr", "neg-date:own-birthday:free", `15 Nisan 1993 doğumluyum. Emekliliğe kaç yılım kaldığını nasıl hesaplarım?`],
  [
    "tr",
    "address:delivery:doc",
    `Kargo etiketi\nAlıcı: Ayşe Demir\n⟦street_address|Gül Sokak No: 7 Daire 3, 06690 Çankaya/Ankara⟧\nKurye adresi bulamıyor, eksik ne olabilir?`,
  ],
  ["tr", "date:form:doc", `Okul kayıt formu\nÖğrenci: Emre Kaya\nDoğum tarihi: ⟦date_of_birth|12.06.2018⟧\nBu formu daha düzenli hale getir.`],
  // --- Russian ------------------------------------------------------------------------------------------------------
  [
    "ru",
    "neg-address:letterhead:doc",
    `Сделай шапку письма аккуратнее: «ООО „Северный ветер“, 191186, г. Санкт-Петербург, Невский проспект, д. 28, офис 412».`,
  ],
  ["ru", "neg-address:embassy:free", `Какие документы нужны в посольство Германии в Москве, Мосфильмовская улица, 56, для национальной визы?`],
  ["ru", "neg-date:release:free", `Первый iPhone поступил в продажу 29 июня 2007 года. Сравни его с первым телефоном на Android.`],
  ["ru", "neg-date:child-age:free", `Ребёнку 2 года и 4 месяца, он ещё не говорит фразами. Какие игры помогут развитию речи?`],
  [
    "ru",
    "address:neighbour:free",
    `Соседка, Галина Петровна Смирнова, живёт по адресу ⟦street_address|ул. Садовая, д. 15, кв. 42, Казань, 420111⟧. Помоги составить ей письмо о протечке.`,
  ],
  ["ru", "date:relative:free", `Моя бабушка, Нина Иванова, родилась ⟦date_of_birth|8 марта 1940 года⟧. Придумай поздравление к её юбилею.`],
];
