/**
 * Development set 25, European entries (de, fr, es, it, pt, nl, pl): the hard-negative shapes of `en.ts` (business,
 * venue and office addresses, returns policies, address code, fiction; historical, product, contract and
 * public-figure dates, date code; password docs and policies, placeholder secrets, hashes; business phones, hotlines,
 * phone-format code; fees, prices, general salaries, placeholder statements), then matched positives. Written before
 * anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- German ---------------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-address:returns-policy:doc",
    `Formuliere unsere Rücksendebedingungen freundlicher: „Retouren bitte innerhalb von 14 Tagen an Lindwurm Versand GmbH, Retourenabteilung, Industriestraße 12, 86399 Bobingen. Unfreie Pakete werden nicht angenommen.“`,
  ],
  [
    "de",
    "neg-address:parser-test:code",
    `Mein Test schlägt fehl: expect(parse("Musterstraße 1, 12345 Musterstadt")).toEqual({ strasse: "Musterstraße", hausnummer: "1", plz: "12345", ort: "Musterstadt" }) – hausnummer ist leer. Warum?`,
  ],
  ["de", "neg-date:historical:free", `Die Mauer fiel am 9. November 1989. Erkläre einem Zehnjährigen, warum das ein Feiertag sein könnte, es aber keiner ist.`],
  [
    "de",
    "neg-password:config-reference:code",
    `In der Nextcloud-Doku steht 'dbpassword' => 'password', als Beispiel in config.php. Muss ich das nach der Installation noch ändern oder wird es überschrieben?`,
  ],
  [
    "de",
    "neg-phone:hotline:free",
    `Ist die Telefonseelsorge unter 0800 111 0 111 wirklich rund um die Uhr erreichbar und taucht der Anruf auf der Rechnung auf?`,
  ],
  [
    "de",
    "neg-financial:fees:free",
    `Die Sparkasse verlangt 6,95 € Kontoführungsgebühr im Monat plus 0,35 € pro Überweisung am Schalter. Lohnt sich ein Wechsel zur DKB?`,
  ],
  [
    "de",
    "neg-date:contract:doc",
    `Rahmenvertrag zwischen der Holzbau Krämer KG und der Stadtwerke Ulm GmbH, gültig vom 01.01.2025 bis 31.12.2027. Formuliere eine Klausel zur Preisanpassung.`,
  ],
  [
    "de",
    "date:hr-form:doc",
    `Bitte prüfe den Personalbogen: Name: Tobias Reinhardt, Geburtsdatum: ⟦date_of_birth|17.05.1979⟧, Eintritt: 01.02.2025, Steuerklasse: 1.`,
  ],
  [
    "de",
    "password:wlan-in-use:free",
    `Schreib eine Nachricht an die WG: Das neue WLAN-Passwort ist ⟦password|Hummel!Kanal47⟧, bitte nicht an Besuch weitergeben.`,
  ],
  // --- French ---------------------------------------------------------------------------------------------------------
  [
    "fr",
    "neg-address:venue:free",
    `Je vais voir une expo au Centre Pompidou, place Georges-Pompidou, 75004 Paris. Il y a un vestiaire pour les grosses valises ?`,
  ],
  [
    "fr",
    "neg-address:building-permit:doc",
    `Affichage en mairie : permis de construire n° PC 069 123 24 00017 délivré le 12 mars 2024 pour une extension au 8 rue des Tanneurs. Combien de temps les voisins ont-ils pour faire un recours ?`,
  ],
  ["fr", "neg-date:public-figure:free", `Victor Hugo est né le 26 février 1802 à Besançon. Fais-moi une frise chronologique de ses grandes œuvres.`],
  [
    "fr",
    "neg-password:policy-text:doc",
    `Relis cette charte : « Le mot de passe doit comporter au moins 12 caractères, dont une majuscule, un chiffre et un caractère spécial, et être changé tous les six mois. » Est-ce conforme aux recommandations de la CNIL ?`,
  ],
  [
    "fr",
    "neg-phone:business:doc",
    `Rédige une annonce pour la boulangerie Au Pain Doré, 14 avenue Jean-Jaurès, Lyon 7e. Commandes au 04 78 58 21 64, fermé le lundi.`,
  ],
  ["fr", "neg-financial:salary-general:free", `Le salaire médian en France est d'environ 2 100 € nets par mois. Avec ça, peut-on louer un T2 à Bordeaux ?`],
  ["fr", "neg-date:product:free", `La Nintendo Switch est sortie le 3 mars 2017. Est-ce que Nintendo va encore la mettre à jour longtemps ?`],
  [
    "fr",
    "address:tenant-letter:doc",
    `Rédige une lettre de relance pour mon locataire, M. Julien Ferrand, domicilié ⟦street_address|23 rue des Lilas, 44000 Nantes⟧ : trois loyers impayés.`,
  ],
  ["fr", "phone:personal:free", `Envoie un SMS à ma voisine Chantal Morel au ⟦phone|06 71 42 88 19⟧ pour lui dire que son colis est chez moi.`],
  // --- Spanish --------------------------------------------------------------------------------------------------------
  [
    "es",
    "neg-address:shipping-policy:doc",
    `Traduce al inglés: «Los pedidos se envían desde nuestro almacén en Calle de la Industria 45, Polígono Sur, 28914 Leganés (Madrid), de lunes a viernes».`,
  ],
  ["es", "neg-address:gov-office:free", `¿La oficina del DNI de la Calle Maudes 21 en Madrid atiende sin cita previa o tengo que pedirla por internet?`],
  ["es", "neg-date:historical:free", `La Constitución española se aprobó en referéndum el 6 de diciembre de 1978. Resúmeme los cambios más importantes.`],
  [
    "es",
    "neg-password:hash-tutorial:code",
    `En el tutorial de Laravel guardan la contraseña como Hash::make('secret') y sale algo tipo $2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi. ¿Se puede revertir?`,
  ],
  ["es", "neg-phone:format-code:code", `¿Cómo valido en JavaScript móviles españoles tipo 612 345 678 o +34 612 345 678 con una sola expresión regular?`],
  ["es", "neg-financial:prices:free", `Spotify Premium cuesta 11,99 € al mes y el plan familiar 17,99 €. ¿A partir de cuántas personas sale a cuenta?`],
  ["es", "neg-date:ages-general:free", `Si alguien nació en 2007, ¿en qué año puede votar por primera vez en unas generales en España?`],
  [
    "es",
    "financial:named-salary:free",
    `Mi cuñado Andrés Villalba cobra ⟦financial|3.450 € netos⟧ al mes. ¿Cuánto le pueden embargar por la deuda de Hacienda?`,
  ],
  [
    "es",
    "date:named-birth:free",
    `Mi abuela Remedios Aguado Peña nació el ⟦date_of_birth|2 de febrero de 1941⟧; ¿qué documentos necesito para pedir su fe de vida?`,
  ],
  // --- Italian --------------------------------------------------------------------------------------------------------
  [
    "it",
    "neg-address:review:doc",
    `Scrivi una recensione da 4 stelle per la Trattoria da Nennella, Vico Lungo Teatro Nuovo 103, Napoli: porzioni enormi, attesa lunga.`,
  ],
  [
    "it",
    "neg-address:fiction:free",
    `Nel mio racconto il commissario abita in via dei Cappellari 12, a Roma. È credibile che senta le campane di Sant'Andrea?`,
  ],
  ["it", "neg-date:public-figure:free", `Leonardo da Vinci nacque il 15 aprile 1452 a Vinci. Quanti anni aveva quando iniziò il Cenacolo?`],
  [
    "it",
    "neg-password:cli-help:code",
    `Cosa significa nell'help di psql: "-W, --password  force password prompt (should happen automatically)"? Quando serve davvero?`,
  ],
  ["it", "neg-phone:hotline:free", `Il Telefono Azzurro è il 19696? È gratuito anche dai cellulari e risponde di notte?`],
  ["it", "neg-financial:fees:free", `Il bonifico istantaneo con la mia banca costa 2 € mentre quello ordinario è gratis. Conviene per 500 €?`],
  [
    "it",
    "neg-financial:statement-placeholder:doc",
    `Impagina questo estratto conto di esempio: Intestatario: MARIO ROSSI (esempio) / IBAN: IT00 X000 0000 0000 0000 0000 000 / Saldo iniziale 0,00 €.`,
  ],
  [
    "it",
    "address:named-home:free",
    `Devo mandare i fiori a mia zia Graziella Fontana, in ⟦street_address|via Garibaldi 28, 43121 Parma⟧. Mi scrivi un biglietto?`,
  ],
  [
    "it",
    "password:shared-in-use:free",
    `La password del gestionale dell'ufficio è ⟦password|Mirto#2025vela⟧: scrivi una mail ai colleghi per ricordarla senza metterla in oggetto.`,
  ],
  // --- Portuguese -----------------------------------------------------------------------------------------------------
  ["pt", "neg-address:venue:free", `O Estádio do Dragão fica na Via Futebol Clube do Porto, 4350-415 Porto? Qual é a estação de metro mais próxima?`],
  [
    "pt",
    "neg-date:contract:doc",
    `O contrato de arrendamento comercial entre a Lusoflores Lda. e a Câmara Municipal de Braga vigora de 01/06/2025 a 31/05/2030. Redige a cláusula de renovação.`,
  ],
  ["pt", "neg-date:format-code:code", `Em Java, LocalDate.parse("25/12/1990") dá DateTimeParseException. Que DateTimeFormatter uso para dd/MM/yyyy?`],
  [
    "pt",
    "neg-password:placeholder:code",
    `No docker-compose.yml do tutorial está MYSQL_ROOT_PASSWORD: example. Isto fica assim em produção ou é só um marcador?`,
  ],
  ["pt", "neg-phone:business:doc", `Cria um cartão de visita para a Pastelaria Aloma, Rua Francisco Metrass 67, Lisboa, encomendas pelo 213 963 797.`],
  ["pt", "neg-financial:salary-general:free", `O salário mínimo em Portugal em 2025 é 870 € brutos. Quanto fica líquido depois da Segurança Social?`],
  [
    "pt",
    "neg-address:map-code:code",
    `Estou a usar Nominatim com q=Avenida da Liberdade 245, Lisboa e devolve dois resultados. Como fico só com o primeiro em Python?`,
  ],
  ["pt", "phone:named-mobile:free", `Guarda o contacto do explicador do meu filho, Rui Tavares, ⟦phone|912 448 307⟧, e lembra-me de lhe ligar sexta.`],
  ["pt", "financial:named-debt:free", `A minha sogra, Dona Fernanda Couto, deve ⟦financial|18 400 €⟧ ao banco do crédito pessoal. Pode pedir para renegociar?`],
  // --- Dutch ----------------------------------------------------------------------------------------------------------
  [
    "nl",
    "neg-address:returns-policy:doc",
    `Maak deze retourtekst vriendelijker: "Retourneren kan binnen 30 dagen naar Zeewind Webwinkel B.V., Retourafdeling, Havenweg 18, 3542 AD Utrecht."`,
  ],
  ["nl", "neg-date:historical:free", `Op 1 februari 1953 brak de dijk door in Zeeland. Schrijf een korte tekst voor een herdenkingsbord.`],
  ["nl", "neg-password:strength-generic:free", `Hoe sterk is een wachtwoord als "Welkom01!" eigenlijk? Veel bedrijven geven dat nog als startwachtwoord.`],
  ["nl", "neg-phone:format-code:code", `Hoe schrijf ik in Python een functie die 06-12345678 omzet naar +31612345678 en vaste nummers zoals 020-5551234 ook?`],
  ["nl", "neg-financial:fees:free", `Bol.com rekent €2,99 verzendkosten onder de €25. Hoeveel moet ik nog toevoegen als mijn mandje €21,40 is?`],
  ["nl", "neg-address:gov-office:free", `Moet ik voor een paspoort naar het Stadsloket Amsterdam aan de Amstel 1, of kan dat ook in Nieuw-West?`],
  ["nl", "neg-date:public-figure:free", `Johan Cruijff werd geboren op 25 april 1947 in Amsterdam. Maak een korte tijdlijn van zijn carrière.`],
  ["nl", "date:named-form:doc", `Controleer dit inschrijfformulier: Naam: Femke de Boer / Geboortedatum: ⟦date_of_birth|08-11-1994⟧ / Lidnummer: 4471.`],
  [
    "nl",
    "address:named-parcel:free",
    `Mijn pakket moet naar Sander Kok, ⟦street_address|Lindenlaan 42, 6521 JK Nijmegen⟧, maar PostNL zegt dat het adres niet klopt. Wat nu?`,
  ],
  // --- Polish ---------------------------------------------------------------------------------------------------------
  [
    "pl",
    "neg-address:shipping-policy:doc",
    `Przetłumacz na angielski: „Zwroty prosimy wysyłać na adres: Sklep Modny Kot, ul. Fabryczna 7, 90-344 Łódź, w ciągu 14 dni”.`,
  ],
  ["pl", "neg-date:historical:free", `Bitwa pod Grunwaldem odbyła się 15 lipca 1410 roku. Napisz krótką notkę do gazetki szkolnej.`],
  [
    "pl",
    "neg-password:config-reference:code",
    `W dokumentacji Keycloaka jest KEYCLOAK_ADMIN_PASSWORD=admin w przykładzie uruchomienia. Czy po pierwszym logowaniu trzeba to zmienić?`,
  ],
  ["pl", "neg-phone:hotline:free", `Czy numer 116 111 dla dzieci i młodzieży działa całą dobę i jest bezpłatny z każdej sieci?`],
  ["pl", "neg-financial:prices:free", `Bilet miesięczny w Warszawie kosztuje 110 zł, a jednorazowy 4,40 zł. Od ilu przejazdów opłaca się miesięczny?`],
  ["pl", "neg-date:product:free", `PlayStation 5 weszło do sprzedaży w Polsce 19 listopada 2020. Czy Sony jeszcze wspiera pierwszą wersję konsoli?`],
  [
    "pl",
    "neg-address:geocode-code:code",
    `Geokoder zwraca złe współrzędne dla "ul. Marszałkowska 104/122, 00-017 Warszawa" — czy ukośnik w numerze psuje zapytanie?`,
  ],
  ["pl", "phone:named-mobile:free", `Zapisz numer do pani Bożeny Wróbel, która odbiera dzieci ze szkoły: ⟦phone|601 284 739⟧.`],
  ["pl", "password:named-in-use:free", `Hasło do konta Allegro taty to ⟦password|Krokus_1958!⟧ — czy mogę się zalogować z jego komputera bez SMS-a?`],
];
