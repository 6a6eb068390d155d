/**
 * Development set 27, European-language entries (de, fr, es, it, pt, nl, pl, sv, tr): hard negatives (places'
 * addresses, non-birth dates, public money, password talk without a secret, business and format-example phones), then
 * matched positives. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- addresses of places ---------------------------------------------------------------------------------------------
  [
    "de",
    "neg-address:buergeramt:free",
    `Hat das Bürgeramt Friedrichshain-Kreuzberg in der Frankfurter Allee 35/37, 10247 Berlin samstags geöffnet? Ich brauche eine Meldebescheinigung.`,
  ],
  [
    "de",
    "neg-address:expose:doc",
    `Formuliere dieses Exposé ansprechender: „Helle 3-Zimmer-Wohnung im 2. OG, Körnerstraße 14, 04107 Leipzig, 78 m², Balkon, Kaltmiete 890 €, frei ab 1.4."`,
  ],
  [
    "de",
    "neg-address:impressum:doc",
    `Prüfe unser Impressum auf Vollständigkeit: Kaffeerösterei Hanse GmbH, Speicherstadt, Kehrwieder 5, 20457 Hamburg, HRB 148822, Geschäftsführer: siehe Handelsregister.`,
  ],
  [
    "fr",
    "neg-address:ambassade:free",
    `L'ambassade du Canada est bien au 130 rue du Faubourg Saint-Honoré, 75008 Paris ? Je dois y déposer un dossier de permis de travail.`,
  ],
  [
    "fr",
    "neg-address:hopital:free",
    `Pour les urgences pédiatriques de l'hôpital Necker, 149 rue de Sèvres, 75015 Paris, faut-il passer par l'entrée principale la nuit ?`,
  ],
  [
    "fr",
    "neg-address:roman:doc",
    `Dans mon roman, Maigret loge dans une pension au 7 rue des Tanneurs, à Givet. Écris la scène où il découvre la lettre sous la porte.`,
  ],
  [
    "es",
    "neg-address:tienda:doc",
    `Traduce al inglés el aviso de nuestra tienda: "Nos mudamos. Desde el 1 de febrero nos encontrarás en Calle de Fuencarral 43, 28004 Madrid. Mismo horario, mismos precios."`,
  ],
  [
    "es",
    "neg-address:api-envios:code",
    `POST /v1/envios\n{"origen": {"empresa": "Almacenes Levante SL", "calle": "Avenida del Puerto 212", "cp": "46023", "ciudad": "Valencia"}, "bultos": 3}\nLa API responde 400 "cp inválido" — ¿tiene que ir como número?`,
  ],
  ["it", "neg-address:museo:free", `Il Museo Egizio in Via Accademia delle Scienze 6, 10123 Torino è aperto il lunedì? Vorrei andarci con due bambini.`],
  [
    "it",
    "neg-address:annuncio:doc",
    `Migliora questo annuncio immobiliare: "Bilocale ristrutturato in Via San Vitale 40, 40125 Bologna, terzo piano senza ascensore, 210.000 €, classe energetica D."`,
  ],
  ["pt", "neg-address:consulado:free", `O Consulado-Geral de Portugal fica na Rua Santa Luzia 685, no Rio de Janeiro? Preciso renovar o cartão de cidadão.`],
  [
    "pt",
    "neg-address:fixture:code",
    `assert normaliza_endereco("r. augusta, 274, 1100-053 lisboa") == "Rua Augusta 274, 1100-053 Lisboa"\n# o teste falha por causa da vírgula depois do número — regex ou biblioteca?`,
  ],
  ["nl", "neg-address:gemeente:free", `Is het Stadsloket Centrum op Amstel 1, 1011 PN Amsterdam ook open op zaterdag voor het ophalen van een paspoort?`],
  [
    "pl",
    "neg-address:ogloszenie:doc",
    `Popraw to ogłoszenie: „Sprzedam mieszkanie 2-pokojowe, ul. Długa 12, 80-827 Gdańsk, 48 m², 3 piętro, cena 720 000 zł, bez pośredników."`,
  ],
  ["sv", "neg-address:butik:free", `Har IKEA Kungens Kurva på Ekgårdsvägen 2, 142 75 Skärholmen kvällsöppet i december?`],
  [
    "tr",
    "neg-address:kargo:doc",
    `Bu iade politikasını İngilizceye çevir: "Ürünleri 14 gün içinde Moda Depo A.Ş., Atatürk Cad. No: 118, 34758 Ataşehir/İstanbul adresine ücretsiz kargoyla gönderebilirsiniz."`,
  ],
  // --- dates ---------------------------------------------------------------------------------------------------------------
  ["de", "neg-date:frist:free", `Die Frist für den Widerspruch endet am 15.01.2026 — reicht es, wenn das Einschreiben an dem Tag abgeschickt wird?`],
  [
    "de",
    "neg-date:geboren-firma:doc",
    `Schreib einen Jubiläumspost: Unsere Bäckerei wurde am 1. März 1925 in Ulm „geboren" und feiert nächstes Jahr 101 Jahre.`,
  ],
  ["de", "neg-date:historisch:free", `Goethe wurde am 28. August 1749 in Frankfurt geboren — welche Werke sollte man in der 9. Klasse lesen?`],
  [
    "fr",
    "neg-date:sortie:doc",
    `Résume ce communiqué : la version 3.0 de l'application sortira le 22 septembre 2025, la bêta publique est prévue le 1er juillet.`,
  ],
  [
    "fr",
    "neg-date:code-format:code",
    `DateTime::createFromFormat('d/m/Y', '07/03/1992') me renvoie false quand la chaîne vient d'un CSV — c'est le BOM en début de fichier ?`,
  ],
  [
    "es",
    "neg-date:personaje:free",
    `¿En qué fecha nació Mafalda según Quino? He leído que su "cumpleaños" es el 15 de marzo de 1962, fecha de su primera tira.`,
  ],
  [
    "es",
    "neg-date:convocatoria:doc",
    `Resume la convocatoria: plazo de solicitud del 3 de noviembre al 28 de noviembre de 2025; podrán participar personas nacidas a partir del 1 de enero de 1990.`,
  ],
  ["it", "neg-date:fondazione:doc", `Scrivi la sezione "Chi siamo": fondata il 9 giugno 1972 a Prato, la Lanificio Bardi SpA esporta tessuti in 40 paesi.`],
  ["pt", "neg-date:figura-publica:free", `O Ayrton Senna nasceu em 21 de março de 1960 — quantos anos tinha quando ganhou o primeiro título mundial?`],
  [
    "nl",
    "neg-date:excel:code",
    `In Excel geeft =TEKST(A2;"dd-mm-jjjj") voor 31-12-1999 een rare waarde in een Engelstalige versie. Welke opmaakcode moet ik gebruiken?`,
  ],
  ["pl", "neg-date:termin:free", `Termin złożenia PIT za 2025 rok mija 30 kwietnia 2026 — co jeśli wyślę deklarację 4 maja?`],
  ["sv", "neg-date:produkt:doc", `Skriv en kort nyhet: Volvo EX30 lanserades 7 juni 2023 och de första bilarna levererades i november samma år.`],
  ["tr", "neg-date:tarihi:free", `Mustafa Kemal Atatürk'ün doğum tarihi neden 19 Mayıs 1881 olarak kutlanıyor? Kısaca açıkla.`],
  // --- money -----------------------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-financial:stellenanzeige:doc",
    `Überarbeite die Stellenanzeige: Buchhalter (m/w/d), Vollzeit, Gehalt 48.000–56.000 € brutto im Jahr, 30 Tage Urlaub, Jobticket.`,
  ],
  [
    "de",
    "neg-financial:durchschnitt:free",
    `Das Durchschnittsgehalt in Deutschland lag 2024 bei rund 4.600 € brutto im Monat — wie viel bleibt davon netto in Steuerklasse 1?`,
  ],
  [
    "fr",
    "neg-financial:resultats:doc",
    `Résume pour un article : le groupe a réalisé un chiffre d'affaires de 2,1 milliards d'euros en 2024, avec un bénéfice net de 184 millions d'euros.`,
  ],
  [
    "fr",
    "neg-financial:hypothese:free",
    `Si je gagnais 3 000 € net par mois, combien faudrait-il mettre de côté pour acheter un appartement à 250 000 € en dix ans ?`,
  ],
  ["es", "neg-financial:precio:free", `¿Vale la pena el abono de transporte anual de 480 € si voy a la oficina tres días por semana en Madrid?`],
  [
    "it",
    "neg-financial:bilancio:doc",
    `Riassumi: il Comune ha stanziato 1,8 milioni di euro per la manutenzione delle scuole e 350.000 euro per le piste ciclabili.`,
  ],
  ["pt", "neg-financial:salario-minimo:free", `O salário mínimo em Portugal passou para 870 euros em 2025 — como se compara com Espanha?`],
  [
    "nl",
    "neg-financial:budget:free",
    `We hebben een budget van € 3.500 voor de personeelsborrel met 60 mensen — is dat genoeg voor eten en drinken in Utrecht?`,
  ],
  [
    "pl",
    "neg-financial:zadanie:free",
    `Zadanie dla syna: Kasia ma 120 zł i wydaje 35 zł na książkę oraz 18,50 zł na bilet do kina. Ile jej zostało? Wyjaśnij krok po kroku.`,
  ],
  [
    "tr",
    "neg-financial:ilan:doc",
    `Bu iş ilanını düzelt: "Kıdemli yazılım geliştirici, maaş aralığı 90.000–120.000 TL net, hibrit çalışma, özel sağlık sigortası."`,
  ],
  // --- password talk ---------------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-password:richtlinie:doc",
    `Vereinfache diese Passwortrichtlinie: Das Passwort muss mindestens 14 Zeichen lang sein, Groß- und Kleinbuchstaben enthalten und darf nicht den Benutzernamen enthalten.`,
  ],
  [
    "de",
    "neg-password:platzhalter:code",
    `In der Doku steht: mosquitto_passwd -b /etc/mosquitto/passwd sensor01 <passwort> — muss ich das für jeden Sensor einzeln ausführen?`,
  ],
  [
    "fr",
    "neg-password:docker:code",
    `Dans le docker-compose de l'exemple officiel : MYSQL_ROOT_PASSWORD: example. C'est juste une valeur d'exemple à remplacer, ou il faut la garder pour les tests ?`,
  ],
  [
    "fr",
    "neg-password:question-force:free",
    `Qu'est-ce qui rend un mot de passe vraiment robuste : la longueur ou les caractères spéciaux ? Réponds en trois points.`,
  ],
  [
    "es",
    "neg-password:variable-entorno:code",
    `En el workflow de GitHub Actions tengo password: \${{ secrets.REGISTRY_PASSWORD }} y el login falla con "unauthorized". ¿Cómo compruebo que el secreto existe en el entorno?`,
  ],
  [
    "it",
    "neg-password:default-router:free",
    `La password predefinita del router indicata nel manuale è "admin": è normale che dopo il reset non funzioni più?`,
  ],
  ["pt", "neg-password:politica:doc", `Revisa esta mensagem de erro: "A senha deve ter entre 8 e 64 caracteres e não pode ser igual às últimas três senhas."`],
  [
    "nl",
    "neg-password:hash-docs:code",
    `In de Django-documentatie staat een voorbeeld van een opgeslagen wachtwoord: pbkdf2_sha256$600000$salt$hash — wat betekent het getal 600000?`,
  ],
  ["pl", "neg-password:placeholder:code", `W pliku konfiguracyjnym jest haslo = "TWOJE_HASLO" — czy aplikacja wczyta zmienną środowiskową zamiast tego?`],
  ["sv", "neg-password:generator:free", `Hur långt bör ett lösenord vara 2026 om man använder en lösenordshanterare? Räcker 16 tecken?`],
  [
    "tr",
    "neg-password:ornek:doc",
    `Eğitim dokümanımızda "Örnek şifre: Ab12!xyz (lütfen bunu kullanmayın)" yazıyor — örnek vermek doğru mu, yoksa sadece kuralları mı yazmalıyız?`,
  ],
  // --- phones ------------------------------------------------------------------------------------------------------------------
  ["de", "neg-phone:hotline:free", `Die Servicehotline der Deutschen Bahn ist 030 2970 — kann man da auch Fahrgastrechte-Anträge stellen?`],
  [
    "de",
    "neg-phone:format-frage:code",
    `Wie formatiere ich deutsche Nummern wie 030 12345678 oder 0151 23456789 einheitlich im Format +49 30 12345678? Gibt es eine JS-Bibliothek dafür?`,
  ],
  ["fr", "neg-phone:annuaire:doc", `Mets en forme cette liste de la mairie : Accueil 01 42 76 40 40, État civil 01 42 76 41 41, Urbanisme 01 42 76 48 48.`],
  ["es", "neg-phone:atencion-cliente:free", `El teléfono de atención al cliente de Renfe es el 912 320 320 — ¿atienden también los domingos?`],
  [
    "it",
    "neg-phone:regex:code",
    `Sto scrivendo una regex per numeri come 06 6988 3145 o +39 06 6988 3145 (formato fisso di Roma). Come rendo opzionale il prefisso internazionale?`,
  ],
  ["pt", "neg-phone:restaurante:doc", `Revê este folheto: "Reservas pelo 213 422 380 ou no site — Tasca do Largo, aberto de terça a domingo."`],
  ["nl", "neg-phone:voorbeeld:free", `Hoe schrijf je een Nederlands mobiel nummer correct, bijvoorbeeld 06 12345678 of 06-12345678? Wat is de huisstijlregel?`],
  ["pl", "neg-phone:infolinia:free", `Infolinia ZUS to 22 560 16 00 — czy można tam zapytać o status wniosku o emeryturę?`],
  // --- matched positives -------------------------------------------------------------------------------------------------------
  [
    "de",
    "address:nachsendung:doc",
    `Schreib für Frau Sabine Krüger einen Nachsendeantrag: neue Anschrift ab 1.12. ⟦street_address|Körnerstraße 22, 04107 Leipzig⟧.`,
  ],
  [
    "de",
    "date:enkel-debuet:free",
    `Unser Enkel Jonas, geboren am ⟦date_of_birth|3. Mai 2012⟧, hat am Samstag sein Debüt im Jugendorchester — schreib eine Glückwunschkarte.`,
  ],
  [
    "de",
    "financial:gehalt:doc",
    `Formuliere eine Mail an die Personalabteilung: Ich, Markus Heller, verdiene derzeit ⟦financial|3.950 €⟧ brutto und bitte ab Januar um ⟦financial|4.300 €⟧.`,
  ],
  ["fr", "phone:format-personne:free", `Mets le portable de ma sœur Claire ⟦phone|06 48 27 93 15⟧ au format international pour son profil de la crèche.`],
  ["fr", "password:en-usage:free", `Le mot de passe du compte Freebox de mes parents est ⟦password|Lavande!1958⟧ — est-ce qu'il est assez sûr ?`],
  [
    "es",
    "address:envio-real:code",
    `{"destinatario": "Lucía Ferrer Gil", "calle": "⟦street_address|Calle de Toledo 88, 3º B⟧", "cp": "28005", "ciudad": "Madrid", "pedido": 55102}\n// pedido real, la etiqueta sale sin el piso`,
  ],
  [
    "es",
    "financial:deuda:free",
    `Soy Javier Ortega; debo ⟦financial|12.400 €⟧ del préstamo del coche y cobro ⟦financial|1.850 €⟧ al mes. ¿Me conviene reunificar deudas?`,
  ],
  [
    "it",
    "date:modulo:doc",
    `Controlla questo modulo: Cognome: Bernardi | Nome: Chiara | Data di nascita: ⟦date_of_birth|17/09/1990⟧ | Data di assunzione: 01/02/2024`,
  ],
  ["pt", "phone:contacto:doc", `Guarda nos contactos de emergência: Rui Tavares (marido) — ⟦phone|912 345 087⟧, disponível depois das 18h.`],
  [
    "nl",
    "password:env:code",
    `# .env van productie\nMAIL_USERNAME=noreply@bakkerij-devries.nl\nMAIL_PASSWORD=⟦password|Zw8t!Kroket-44⟧\nWaarom krijg ik toch "authentication failed"?`,
  ],
  [
    "pl",
    "address:sasiad:free",
    `Napisz pismo do administracji w imieniu pani Anny Wiśniewskiej, zamieszkałej przy ⟦street_address|ul. Długa 12 m. 5, 80-827 Gdańsk⟧, w sprawie przecieku z dachu.`,
  ],
  ["sv", "date:ansokan:doc", `Fyll i ansökan: Namn: Erik Lindqvist, född ⟦date_of_birth|1984-02-29⟧, bostadsort Uppsala.`],
  ["tr", "phone:kardes:free", `Kardeşim Emre'nin numarası ⟦phone|0532 418 27 90⟧ — bunu +90 formatında yazar mısın, okul sistemine gireceğim.`],
];
