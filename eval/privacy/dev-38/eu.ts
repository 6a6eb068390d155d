/** Development set 38, German, French, Spanish, Italian, Portuguese, Dutch, Polish; see README.md. Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";

export const EU: MarkedEntry[] = [
  // German
  [
    "de",
    "biometric:hr-export:sheet",
    `Personalnr;Name;Fingerabdruck-Template;Terminal
4471;Sabine Krüger;⟦biometric|Rk1SACAyMAAAAAEQAAABLAGQAMUAxQEAAAA8N0BTAFJjAIBgAHNkAECRAKBf⟧;Eingang Süd
Bitte als Tabelle für den Datenschutzbericht formatieren`,
  ],
  [
    "de",
    "financial:schufa-email:email",
    `-----Ursprüngliche Nachricht-----
Von: Jens Vogelsang
Betreff: Mietbewerbung

anbei meine Unterlagen: SCHUFA-⟦financial|Score 87,4 %⟧, Nettoeinkommen ⟦financial|3.180 € monatlich⟧, offener ⟦financial|Autokredit 9.400 €⟧.
Bitte formuliere eine freundliche Antwort des Vermieters.`,
  ],
  [
    "de",
    "financial:iban-form:form",
    `SEPA-Lastschriftmandat
Kontoinhaber: Heike Brandstätter
IBAN: ⟦iban|DE58 5001 0517 4809 2874 75⟧
Ort/Datum: Kassel, 02.11.2026
Ist das Mandat so gültig?`,
  ],
  [
    "de",
    "health:arztbrief-ocr:ocr",
    `Sehr  geehrte  Frau  Kollegin ,
wir  berichten  über  Herrn  Wolfgang  Ebersbach ,  geb .  03 .0 2 .1951 ,
Diagnosen :  ⟦health|KHK  3-Gefäßerkrankung⟧ ,  ⟦health|Diabetes  mellitus  Typ  2⟧
Bitte in verständliches Deutsch für den Patienten übersetzen`,
  ],
  [
    "de",
    "credentials:it-chat:chat",
    `[08:55] Frank Lehmann: Kannst du dich als ich einloggen? Passwort ist ⟦password|Rosenkohl#2026⟧
[08:56] Ich: ok
Schreib mir eine Mail an Frank, warum man Passwörter nicht teilt`,
  ],
  [
    "de",
    "passport:ocr-form:ocr",
    `Reisepass  Nr .  ⟦passport|C 01X 5 8 R 4 7⟧
Name :  ÖZDEMİR ,  Aylin
gültig  bis  14 .0 8 .2032
Bitte die Felder für das Hotelformular herausschreiben`,
  ],
  [
    "de",
    "tax_id:steuer-email:email",
    `Hallo Frau Meißner, für die Lohnabrechnung von Herrn Dietmar Roth fehlt noch die Steuer-ID: ⟦national_id|81 647 032 915⟧ (hat er telefonisch durchgegeben). Können Sie eine kurze Bestätigung formulieren?`,
  ],
  [
    "de",
    "neg-financial:doc-example:code",
    `In der Doku steht als Beispiel IBAN DE89 3704 0044 0532 0130 00. Warum schlägt mein Validator bei DE89370400440532013001 fehl?`,
  ],
  ["de", "neg-health:unnamed-relative:chat", `Meine Oma hat seit letztem Jahr Parkinson, welche Hilfsmittel für die Küche könnt ihr empfehlen?`],
  ["de", "neg-tax_id:format-question:form", `Formularfeld "Steuerliche Identifikationsnummer (11 Ziffern)": wie prüfe ich die Prüfziffer in Excel?`],
  // French
  [
    "fr",
    "financial:salaire-sheet:sheet",
    `Nom;Poste;Salaire brut annuel
Camille Durand;Comptable;⟦financial|41 500 €⟧
Yannick Le Goff;Magasinier;⟦financial|26 200 €⟧
calcule l'écart en pourcentage`,
  ],
  [
    "fr",
    "health:mutuelle-email:email",
    `De : Service adhérents
Objet : dossier de Mme Odile Perrin
Madame Perrin bénéficie d'une prise en charge ALD pour ⟦health|sclérose en plaques⟧ ; traitement par ⟦health|ocrelizumab⟧.
Merci de reformuler pour un courrier simple.`,
  ],
  [
    "fr",
    "national_id:secu-ocr:ocr",
    `CARTE  VITALE
Thierry  Moreau
N°  ⟦national_id|1 84 07 75 056 123 72⟧
pouvez-vous m'expliquer à quoi correspondent les chiffres ?`,
  ],
  [
    "fr",
    "credentials:voice-code:voice",
    `transcription du message vocal : « c'est Nadia, le code de la porte chez Mme Lefèvre c'est ⟦password|quatre-vingt-deux, dix-sept⟧, et le wifi ⟦password|lavande quatre-vingt-quinze⟧ » — fais-en une note pour l'aide à domicile`,
  ],
  ["fr", "neg-financial:public-figure:email", `TR: article — Bernard Arnault reste l'homme le plus riche de France selon Forbes. Résume en une phrase.`],
  ["fr", "neg-national_id:format-question:chat", `le numéro de sécu fait 13 chiffres plus une clé de 2 chiffres, comment on calcule la clé ?`],
  ["fr", "neg-biometric:own-question:chat", `Est-ce que la reconnaissance faciale de mon téléphone envoie mes données au fabricant ?`],
  // Spanish
  [
    "es",
    "financial:deuda-chat:chat",
    `[21:03] Marisol Vega: tía, debo ⟦financial|3.200 € a la tarjeta⟧ y el banco me reclama ⟦financial|dos recibos de la hipoteca⟧
[21:04] yo: 😢
ayúdame a contestarle con cariño`,
  ],
  [
    "es",
    "national_id:dni-form:form",
    `Formulario de inscripción
Nombre: Álvaro Sanz Pineda
DNI: ⟦national_id|66143455D⟧
Teléfono: —
¿falta algún campo obligatorio?`,
  ],
  [
    "es",
    "health:baja-ocr:ocr",
    `PARTE  DE  BAJA
Trabajador :  Rocío  Manzano  Gil
Diagnóstico :  ⟦health|hernia  discal  L5-S1⟧
Duración  estimada :  45  días
pásalo a texto limpio`,
  ],
  [
    "es",
    "tax_id:nie-email:email",
    `Reenviado: Hola gestoría, os paso el NIE de mi marido, Luca Bianchi: ⟦national_id|X2349912W⟧, para la declaración. Gracias, Elena`,
  ],
  [
    "es",
    "neg-health:fiction:voice",
    `transcripción: "en la novela, Aureliano Buendía enferma de insomnio y todo Macondo pierde la memoria" — ¿qué simboliza la peste del insomnio?`,
  ],
  [
    "es",
    "neg-national_id:placeholder:form",
    `DNI: 12345678Z (ejemplo)
Nombre: NOMBRE APELLIDO
¿el ejemplo del DNI tiene la letra correcta?`,
  ],
  // Italian
  [
    "it",
    "tax_id:cf-sheet:sheet",
    `Cognome;Nome;Codice fiscale
Bianchi;Gigliola;⟦national_id|BNCGLI78T12F205A⟧
Russo;Francesca;⟦national_id|RSSFNC85E55H501G⟧
ordina per cognome`,
  ],
  [
    "it",
    "health:whatsapp:chat",
    `[09:12] Lucia: il signor Carmine Esposito del terzo piano ha avuto ⟦health|un ictus⟧ e ora fa ⟦health|dialisi tre volte a settimana⟧
scrivi un messaggio per il gruppo condominio per organizzare aiuto, senza dettagli medici`,
  ],
  [
    "it",
    "financial:stipendio-voice:voice",
    `trascrizione: "Giorgio Ferri prende ⟦financial|duemilaquattrocento euro netti al mese⟧ e ha ⟦financial|un mutuo di centottantamila⟧" — scrivi un riassunto per la pratica`,
  ],
  ["it", "neg-tax_id:company:email", `Fattura a: Rossi Costruzioni S.r.l., P.IVA 01234567890 (dati dal sito). Controlla il formato della partita IVA.`],
  ["it", "neg-financial:own-question:chat", `con 1.800 euro netti al mese quanto posso chiedere di mutuo a 25 anni?`],
  // Portuguese
  [
    "pt",
    "national_id:cpf-chat:chat",
    `[14:20] Joana: o CPF da minha sogra, Dona Benedita Alves, é ⟦national_id|084.360.188-42⟧, pode cadastrar no plano?
reescreva como e-mail formal para a operadora`,
  ],
  [
    "pt",
    "financial:card-ocr:ocr",
    `comprovante  escaneado
Titular :  Rogério  Pimentel
Cartão  ⟦payment_card|5412  5545  9479  6390⟧
Valor :  R$  1.240,00
isto é um comprovante válido?`,
  ],
  [
    "pt",
    "health:translated:translated",
    `Traduzir para inglês para o médico em Londres: "Sr. Anselmo Cardoso, 71 anos, tem ⟦health|insuficiência cardíaca⟧ e toma ⟦health|furosemida 40 mg⟧."`,
  ],
  [
    "pt",
    "neg-national_id:doc-example:code",
    `// exemplo do README
const cpf = "000.000.000-00";
por que minha validação aceita esse CPF?`,
  ],
  ["pt", "neg-health:public-figure:voice", `transcrição do podcast: "o Pelé lutou contra um câncer de cólon até 2022" — faça um resumo de uma frase`],
  // Dutch
  [
    "nl",
    "national_id:bsn-email:email",
    `Van: Ingrid de Wit
Onderwerp: inschrijving

Het BSN van mijn zoon Daan de Wit is ⟦national_id|959036271⟧, geboren 2014. Kunt u dit doorsturen?
Maak hier een nette mail van aan de gemeente.`,
  ],
  [
    "nl",
    "financial:iban-chat:chat",
    `[12:01] Pieter Jansen: stuur de €450 maar naar ⟦iban|NL14 RABO 0193 1712 29⟧ t.n.v. P. Jansen
schrijf een bevestiging`,
  ],
  ["nl", "neg-financial:doc-example:code", `Test-IBAN uit de documentatie: NL91ABNA0417164300. Waarom geeft mijn mod-97 check 1 terug?`],
  [
    "nl",
    "health:handover:sheet",
    `Kamer 12 - mevr. Verbeek - ⟦health|COPD GOLD 3⟧, ⟦health|zuurstof 2L⟧
Kamer 14 - dhr. Smits - ⟦health|delier⟧
maak een overdracht in tabelvorm`,
  ],
  // Polish
  [
    "pl",
    "national_id:pesel-letter:ocr",
    `Jan Kowalski
ul. Lipowa 7/3
00-123 Warszawa
PESEL ⟦national_id|84071902636⟧
Wniosek o wydanie zaświadczenia — popraw błędy w tym piśmie`,
  ],
  [
    "pl",
    "financial:dlug-email:email",
    `Od: Barbara Nowicka
Temat: rata

Panie Tomaszu, mam ⟦financial|zaległość 2 rat kredytu, razem 3 140 zł⟧, czy mogę rozłożyć na raty?
Popraw styl tego maila`,
  ],
  [
    "pl",
    "health:sms-voice:voice",
    `dyktowane: "pani Halina Wróbel ma ⟦health|cukrzycę typu drugiego⟧ i ⟦health|nadciśnienie⟧, bierze ⟦health|metforminę⟧" — przepisz na notatkę dla opiekunki`,
  ],
  ["pl", "neg-national_id:format-question:chat", `ile cyfr ma PESEL i jak liczy się cyfrę kontrolną?`],
  ["pl", "neg-health:unnamed-relative:chat", `mój tata ma nadciśnienie, jakie ćwiczenia są bezpieczne?`],
];
