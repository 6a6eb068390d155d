/**
 * Development set 17, German, French, Spanish, Italian, Dutch, Polish and Portuguese entries. Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { dni } from "../dev-10/values.js";
import { cnh } from "../dev-16/values.js";

export const EUROPE: MarkedEntry[] = [
  // --- German ---------------------------------------------------------------------------------------------------
  [
    "de",
    "dl:form-de:structured",
    `Bitte als Tabelle: Mieter: Jonas Wendler, Führerschein-Nr.: ⟦driver_license|B072RRE2I55⟧, Klasse B, ausgestellt Landratsamt Fürth.`,
  ],
  [
    "de",
    "dl:chat-de:free",
    `die Versicherung will für den Unfallbericht die Führerscheinnummer von meinem Mann, steht da ⟦driver_license|J4105K7Q821⟧ — reicht das so?`,
  ],
  [
    "de",
    "neg-dl:doc-de:free",
    `Wie ist die deutsche Führerscheinnummer aufgebaut? 11 Zeichen: Behördenkennung, laufende Nummer, Prüfziffer und Ausfertigungsnummer.`,
  ],
  [
    "de",
    "cred:chat-de:free",
    `Schreib meiner Schwester: das WLAN heißt FRITZ!Box 7590 KL, Schlüssel ⟦password|4829 1175 3306 9912⟧, und die Haustür geht mit ⟦password|1958⟧ auf.`,
  ],
  [
    "de",
    "cred:mail-de:free",
    `Formuliere höflicher: "Hallo Herr Brandt, Ihr vorläufiges Kennwort für das Portal lautet ⟦password|Kiefer!Tal42⟧, bitte bei der ersten Anmeldung ändern."`,
  ],
  [
    "de",
    "neg-cred:doc-de:free",
    `Übersetze unsere Richtlinie: Kennwörter müssen mindestens 12 Zeichen haben und alle 90 Tage geändert werden; die PIN darf nicht das Geburtsdatum sein.`,
  ],
  ["de", "phone:chat-de:free", `Ruf mal beim Opa an, Festnetz ⟦phone|0 71 41 / 86 29 07⟧, oder Handy ⟦phone|0157-3348 2916⟧ — Nachricht bitte auf Schwäbisch`],
  ["de", "neg-phone:doc-de:free", `Bitte in die Signatur: Stadtwerke Ludwigsburg, Zentrale 07141 910-0, Störungsdienst rund um die Uhr.`],
  [
    "de",
    "address:form-de:structured",
    `Lieferadresse: ⟦street_address|Frau Elke Sommer, Kastanienallee 12, Hinterhaus, 3. OG links, 10435 Berlin⟧ — bitte als Etikett`,
  ],
  ["de", "neg-address:doc-de:free", `Was bedeutet "Hinterhaus" und "Seitenflügel" in Berliner Adressen? Erklär es für ausländische Studierende.`],
  ["de", "dob:form-de:structured", `Patientendaten prüfen: Name Reinhold Esser, geb. ⟦date_of_birth|07.05.1961⟧, Kasse AOK.`],
  ["de", "neg-dob:doc-de:free", `Fasse zusammen: Goethe wurde am 28. August 1749 in Frankfurt am Main geboren.`],
  // --- French ---------------------------------------------------------------------------------------------------
  [
    "fr",
    "dl:claim-fr:free",
    `Aide-moi pour le constat : l'autre conducteur, M. Loïc Berthier, permis de conduire n° ⟦driver_license|12AB34567⟧ délivré en 2012 à Rennes.`,
  ],
  ["fr", "dl:ocr-fr:structured", `Texte OCR de la carte, à nettoyer : PERMIS DE CONDUIRE  1. DUVAL 2. CAMILLE 5. ⟦driver_license|190675201348⟧ 9. B`],
  ["fr", "neg-dl:doc-fr:free", `Le numéro du nouveau permis de conduire français comporte 12 caractères ; où le trouver sur la carte (rubrique 5) ?`],
  [
    "fr",
    "cred:chat-fr:free",
    `Note pour la nounou : code de la porte ⟦password|B4719⟧, digicode du hall ⟦password|2305A⟧, et le mot de passe de la box c'est ⟦password|lapin-vert-2019⟧.`,
  ],
  [
    "fr",
    "cred:sms-fr:free",
    `Je te transfère le SMS pour que tu valides l'achat : "Votre code de confirmation est ⟦password|482 107⟧. Ne le communiquez à personne."`,
  ],
  ["fr", "neg-cred:doc-fr:free", `Rédige un rappel : la banque ne vous demandera jamais votre code confidentiel ni un code reçu par SMS.`],
  ["fr", "phone:chat-fr:free", `Envoie à Mathilde : mon nouveau portable c'est le ⟦phone|06 48 21 77 09⟧, le fixe reste le ⟦phone|04.72.58.13.46⟧`],
  ["fr", "neg-phone:doc-fr:free", `Mets dans l'affiche : Mairie de Villeurbanne, standard 04 78 03 67 67, du lundi au vendredi.`],
  [
    "fr",
    "address:mail-fr:free",
    `Corrige : "Merci d'envoyer le colis à ⟦street_address|Mme Anaïs Roux, Bât. C, Esc. 2, Appt 14, 17 rue des Tanneurs, 67000 Strasbourg⟧."`,
  ],
  ["fr", "address:form-fr:structured", `Adresse : ⟦street_address|BP 412, 97410 Saint-Pierre⟧ / Nom : Jérôme Payet — remplis le formulaire de réexpédition`],
  ["fr", "dob:chat-fr:free", `pour l'inscription au club, mon fils est né le ⟦date_of_birth|2 février 2014⟧, il est dans quelle catégorie ?`],
  ["fr", "neg-address:doc-fr:free", `Écris une annonce : Boulangerie Payet, 3 rue du Général de Gaulle, Saint-Pierre — ouverte dès 6h.`],
  // --- Spanish --------------------------------------------------------------------------------------------------
  ["es", "dl:chat-es:free", `para el parte del seguro, mi carnet de conducir es el ⟦driver_license|${dni("47298136")}⟧, ¿lo pongo con la letra?`],
  [
    "es",
    "dl:form-mx:structured",
    `Captura estos datos: Conductor: Luis Aranda Peña | Licencia de conducir: ⟦driver_license|JAL0093821⟧ | Tipo A | Vigencia 2029`,
  ],
  ["es", "neg-dl:doc-es:free", `¿El número del carnet de conducir español coincide con el DNI? Explícalo para un folleto de la autoescuela.`],
  ["es", "cred:chat-es:free", `mamá, la clave del wifi es ⟦password|PerroSalchicha77⟧ y el pin de la tarjeta nueva ⟦password|3814⟧, no se lo digas a nadie`],
  ["es", "cred:config-es:structured", `¿Por qué falla? DATABASE_URL=⟦connection_string|mysql://tienda:Cal1ente$2024@10.0.4.17:3306/ventas⟧`],
  ["es", "neg-cred:config-es:structured", `Explica este ejemplo de la documentación: DATABASE_URL=mysql://usuario:contraseña@localhost:3306/mibase`],
  ["es", "phone:chat-mx:free", `pásale mi cel a la señora de la limpieza: ⟦phone|044 55 3192 8840⟧, o por WhatsApp al ⟦phone|+52 1 55 3192 8840⟧`],
  [
    "es",
    "address:chat-co:free",
    `mándame el domicilio bien escrito: ⟦street_address|Calle 45 #12-38, Apto 502, Chapinero, Bogotá⟧, es donde vive mi tía Gloria`,
  ],
  [
    "es",
    "address:form-ar:structured",
    `Destinatario: Marcos Ledesma\nDomicilio: ⟦street_address|Av. Rivadavia 5120, 3° B, C1424 CABA⟧\nPasalo a formato de etiqueta`,
  ],
  ["es", "neg-address:doc-co:free", `¿Cómo funcionan las direcciones en Colombia, tipo "Calle 45 # 12-38"? Explícalo para una app de domicilios.`],
  ["es", "dob:form-es:structured", `Paciente: Ainhoa Zubiri | F. nac.: ⟦date_of_birth|23-IX-1978⟧ | Revisa el formato`],
  // --- Italian --------------------------------------------------------------------------------------------------
  ["it", "dl:claim-it:free", `Scrivi la constatazione amichevole: l'altro conducente, Sig. Ruggero Fabbri, patente n. ⟦driver_license|U1F482197K⟧, cat. B.`],
  [
    "it",
    "neg-dl:doc-it:free",
    `Com'è fatto il numero della patente italiana? Due lettere, sette cifre e una lettera, per esempio nel fac-simile del Ministero.`,
  ],
  ["it", "cred:chat-it:free", `ricordami: bancomat ⟦password|50917⟧, la risposta alla domanda segreta è ⟦password|Via dei Gelsi⟧, tienilo solo per me`],
  ["it", "phone:chat-it:free", `manda un messaggio a mia zia Carla, il fisso è ⟦phone|06 4471 2938⟧ e il cellulare ⟦phone|347 218 9065⟧`],
  ["it", "address:form-it:structured", `Indirizzo di consegna: ⟦street_address|Via Garibaldi 18, scala B, int. 7, 20121 Milano MI⟧ — c/o Bianchi`],
  ["it", "neg-phone:doc-it:free", `Traduci il volantino: Farmacia Centrale, Piazza Duomo 1, tel. 02 8646 4832, aperta anche la domenica.`],
  // --- Dutch ----------------------------------------------------------------------------------------------------
  ["nl", "dl:form-nl:structured", `Vul het schadeformulier in: bestuurder Sander de Wit, rijbewijsnummer ⟦driver_license|5104728391⟧, categorie B.`],
  ["nl", "cred:chat-nl:free", `het wachtwoord van de gedeelde mailbox is ⟦password|Tulp&Molen2026⟧, kun je een briefje schrijven voor de nieuwe collega`],
  ["nl", "phone:chat-nl:free", `bel mijn buurvrouw even, ⟦phone|06-41 87 20 93⟧, of vast ⟦phone|020 - 639 12 84⟧`],
  ["nl", "address:mail-nl:free", `Maak formeler: "mijn nieuwe adres is ⟦street_address|Van Woustraat 112-III, 1073 LV Amsterdam⟧ vanaf 1 januari"`],
  ["nl", "neg-cred:doc-nl:free", `Vertaal: gebruik nooit hetzelfde wachtwoord voor je bank en je e-mail, en deel je pincode met niemand.`],
  ["nl", "dob:chat-nl:free", `mijn opa is geboren op ⟦date_of_birth|11-08-1939⟧, hoe oud wordt hij volgend jaar?`],
  // --- Polish ---------------------------------------------------------------------------------------------------
  ["pl", "dl:claim-pl:free", `Pomóż napisać oświadczenie sprawcy: Tomasz Wierzbicki, prawo jazdy nr ⟦driver_license|04718/19/1462⟧, kat. B.`],
  ["pl", "cred:chat-pl:free", `kod do domofonu to ⟦password|17K4390⟧, a hasło do wifi ⟦password|ZielonaZaba!55⟧ — napisz to ładnie dla gości`],
  ["pl", "phone:chat-pl:free", `zadzwoń do mojej mamy, ⟦phone|602 418 377⟧, albo na stacjonarny ⟦phone|(22) 628 41 09⟧`],
  ["pl", "address:form-pl:structured", `Adres: ⟦street_address|ul. Słowackiego 14/6, 31-159 Kraków⟧, odbiorca Katarzyna Nowicka — popraw formatowanie`],
  ["pl", "neg-dl:doc-pl:free", `Gdzie na polskim prawie jazdy jest numer blankietu, a gdzie numer prawa jazdy? Wyjaśnij krótko.`],
  // --- Portuguese -----------------------------------------------------------------------------------------------
  ["pt", "dl:form-br:structured", `Preencha o cadastro do motorista: Nome: Renato Falcão | CNH nº ⟦driver_license|${cnh("048271936")}⟧ | Categoria AB`],
  [
    "pt",
    "cred:chat-br:free",
    `vó, a senha do banco que a senhora anotou é ⟦password|481226⟧ e a do celular ⟦password|2580⟧, vou escrever num papel pra senhora`,
  ],
  ["pt", "phone:chat-br:free", `manda pro meu primo, o zap dele é ⟦phone|(11) 9 8472-3361⟧`],
  ["pt", "address:mail-pt:free", `Corrige: "Envie para ⟦street_address|Rua da Boavista 214, 3.º Esq., 1200-067 Lisboa⟧ ao cuidado da Sra. Inês Matos."`],
  ["pt", "neg-phone:doc-br:free", `Coloca no rodapé: Prefeitura de Campinas, telefone 156, atendimento ao cidadão.`],
  ["pt", "dob:form-br:structured", `Nome: Juliana Prates\nData de nascimento: ⟦date_of_birth|19/12/1995⟧\nConfira se está no formato certo`],
];
