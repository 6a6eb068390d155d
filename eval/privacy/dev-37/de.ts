/** Development set 37, German contrast pairs (see README.md). Marks: ⟦category|value⟧. */
import { type ContrastPair, pair } from "./pair.js";

export const DE: ContrastPair[] = [
  // password
  pair(
    "de",
    "password",
    "placeholder",
    "email-thread",
    `Von: Jens Albrecht
Gesendet: Montag, 1. Dezember 2026 09:41
An: Team Buchhaltung
Betreff: AW: DATEV-Zugang

> Wie lautet das neue Passwort?

Das neue Passwort ist ⟦password|Buchung!Herbst26⟧, bitte nicht weitergeben.
Formuliere die Antwort etwas freundlicher.`,
    `Von: Jens Albrecht
Gesendet: Montag, 1. Dezember 2026 09:41
An: Team Buchhaltung
Betreff: AW: DATEV-Zugang

> Wie lautet das neue Passwort?

Das neue Passwort bekommt ihr per Brief, ich schicke es nicht per Mail.
Formuliere die Antwort etwas freundlicher.`,
  ),
  pair(
    "de",
    "password",
    "docs",
    "chat",
    `[09:14] Lena: Das WLAN-Passwort bei Oma ist ⟦password|Gartenzwerg1958⟧
[09:15] Paul: Danke, probier ich gleich
Fasse den Chat kurz zusammen.`,
    `[09:14] Lena: Das WLAN-Passwort steht bei der FRITZ!Box auf der Unterseite unter "WLAN-Netzwerkschlüssel"
[09:15] Paul: Danke, probier ich gleich
Fasse den Chat kurz zusammen.`,
  ),
  pair(
    "de",
    "password",
    "count",
    "sql",
    `INSERT INTO benutzer (login, passwort) VALUES ('mweber', '⟦password|Weber#Sonne2025⟧');
-- Warum meldet MySQL hier "Data too long for column"?`,
    `INSERT INTO benutzer (login, passwort_laenge_min) VALUES ('mweber', 14);
-- Warum meldet MySQL hier "Data too long for column"?`,
  ),
  pair(
    "de",
    "password",
    "version",
    "ticket",
    `Ticket #4471
Kundin: Frau Scholz
Beschreibung: Sie hat ihr Passwort auf ⟦password|Rosen-Gartenweg7⟧ geändert und kommt seitdem nicht mehr ins Kundenkonto.
Bitte Antwort entwerfen.`,
    `Ticket #4471
Kundin: Frau Scholz
Beschreibung: Sie hat ihr Passwort nach dem Update auf App-Version 7.4.2 geändert und kommt seitdem nicht mehr ins Kundenkonto.
Bitte Antwort entwerfen.`,
  ),
  pair(
    "de",
    "password",
    "placeholder",
    "yaml",
    `datenbank:
  host: db.intern
  benutzer: shop
  passwort: ⟦password|k9!Frankenwein⟧
Warum startet der Dienst mit dieser Konfiguration nicht?`,
    `datenbank:
  host: db.intern
  benutzer: shop
  passwort: ""   # leer lassen, Anmeldung über Client-Zertifikat
Warum startet der Dienst mit dieser Konfiguration nicht?`,
  ),
  // health
  pair(
    "de",
    "health",
    "general",
    "email-thread",
    `Betreff: Busreise an den Gardasee
Hallo Frau Keller,
mein Vater Herbert Lindner hat seit der Reha ⟦health|eine Herzinsuffizienz NYHA III⟧. Kann er an der Busreise teilnehmen?
Bitte formuliere diese Anfrage höflicher.`,
    `Betreff: Busreise an den Gardasee
Hallo Frau Keller,
gibt es bei der Busreise Angebote für Menschen mit Herzinsuffizienz NYHA III, zum Beispiel kürzere Etappen?
Bitte formuliere diese Anfrage höflicher.`,
  ),
  pair(
    "de",
    "health",
    "product",
    "md-table",
    `Mach daraus einen Aushang für die Küche:
| Kind | Allergie |
|---|---|
| Jonas (Gruppe Igel) | ⟦health|Erdnussallergie mit Anaphylaxie⟧ |`,
    `Mach daraus einen Aushang für die Küche:
| Gericht | Allergene |
|---|---|
| Satay-Spieße | Erdnüsse (Anaphylaxie-Risiko) |`,
  ),
  pair(
    "de",
    "health",
    "stats",
    "free",
    `Meine Kollegin Sabine Roth ist wegen ⟦health|Long Covid⟧ seit drei Monaten krankgeschrieben. Wie kann das Team sie unterstützen?`,
    `Etwa jeder zwanzigste Erwachsene hatte laut Umfragen Long-Covid-Beschwerden. Wie kann ein Team Betroffene unterstützen?`,
  ),
  pair(
    "de",
    "health",
    "pet",
    "free",
    `Unsere Tochter Mia hat ⟦health|Epilepsie und bekommt Levetiracetam⟧. Was sollte die Schule wissen?`,
    `Unser Kater Mio hat Epilepsie und bekommt Phenobarbital. Was sollte die Katzenpension wissen?`,
  ),
  pair(
    "de",
    "health",
    "guideline",
    "form-letter",
    `Arztbrief
Patient: Klaus Berger
Diagnose: ⟦health|Diabetes mellitus Typ 2, HbA1c 8,4 %⟧
Bitte in einfache Sprache übersetzen.`,
    `Leitlinie (Auszug)
Geltungsbereich: Erwachsene mit Diabetes mellitus Typ 2
Therapieintensivierung erwägen z. B. bei HbA1c 8,4 % trotz Metformin.
Bitte in einfache Sprache übersetzen.`,
  ),
  // email
  pair(
    "de",
    "email",
    "business",
    "email-thread",
    `Von: Markus Hoffmann <⟦email|m.hoffmann1983@web.de⟧>
An: Hausverwaltung
Betreff: Heizung im 3. OG

Schreib eine kurze Antwort auf diese Mail.`,
    `Von: DHL Paket <noreply@dhl.de>
An: Hausverwaltung
Betreff: Ihre Sendung kommt heute

Schreib eine kurze Antwort auf diese Mail.`,
  ),
  pair(
    "de",
    "email",
    "example",
    "stack-trace",
    `javax.mail.SendFailedException: Invalid Addresses;
  nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <⟦email|anja.krueger@gmx.de⟧>: Recipient address rejected
	at com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)
Warum schlägt der Versand an unsere Kundin fehl?`,
    `javax.mail.SendFailedException: Invalid Addresses;
  nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <test@example.org>: Recipient address rejected
	at com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)
Warum schlägt der Versand im Integrationstest fehl?`,
  ),
  pair(
    "de",
    "email",
    "business",
    "free",
    `Schreib meiner Nachbarin Frau Yilmaz an ⟦email|elif.yilmaz@t-online.de⟧ eine Nachricht wegen des angenommenen Pakets.`,
    `Schreib dem Kundenservice an service@zalando.de eine Nachricht wegen des beschädigten Pakets.`,
  ),
  pair(
    "de",
    "email",
    "business",
    "csv",
    `name;email;newsletter
Petra Lang;⟦email|petra.lang@posteo.de⟧;ja
Wie importiere ich diese Datei in Mailchimp?`,
    `rolle;email;newsletter
Datenschutz;datenschutz@firma.de;nein
Wie importiere ich diese Datei in Mailchimp?`,
  ),
  // phone
  pair(
    "de",
    "phone",
    "emergency",
    "chat",
    `[18:02] Tim: Die Handynummer von meinem Bruder ist ⟦phone|0176 2489 3317⟧, ruf ihn an
[18:03] Jana: mach ich
Fasse zusammen, was Jana tun soll.`,
    `[18:02] Tim: Die Nummer vom ärztlichen Bereitschaftsdienst ist 116 117, ruf da an
[18:03] Jana: mach ich
Fasse zusammen, was Jana tun soll.`,
  ),
  pair(
    "de",
    "phone",
    "format",
    "form-letter",
    `Rückrufbitte
Kunde: Herr Vogt
Telefon: ⟦phone|+49 151 4422 8710⟧
Formuliere daraus eine Aufgabe für den Innendienst.`,
    `Rückrufbitte (Vorlage)
Kunde: «Name»
Telefon: +49 (0)30 123456-0 (Format: Ländervorwahl, Ortsnetz, Durchwahl mit Bindestrich)
Formuliere daraus eine Vorlage für den Innendienst.`,
  ),
  pair(
    "de",
    "phone",
    "business",
    "json-log",
    `{"kunde":"Ingrid Sommer","telefon":"⟦phone|0221 9483215⟧","status":"rueckruf_offen"}
Was bedeutet dieser Eintrag?`,
    `{"firma":"Stadtwerke","telefon":"0800 1234567","status":"hotline_kostenfrei"}
Was bedeutet dieser Eintrag?`,
  ),
  pair(
    "de",
    "phone",
    "fiction",
    "free",
    `Im Notfall bitte meine Frau anrufen: ⟦phone|0160 9127 4453⟧. Wie formuliere ich das für die Abwesenheitsnotiz?`,
    `Im Drehbuch ruft die Kommissarin die Nummer 0123 4567890 an. Wie formuliere ich das für die Regieanweisung?`,
  ),
  // street_address
  pair(
    "de",
    "street_address",
    "public",
    "free",
    `Lieferadresse: ⟦street_address|Lindenstraße 14, 50674 Köln⟧ (bei Familie Brandt klingeln, 2. OG links)
Übersetze das ins Englische.`,
    `Treffpunkt: Kölner Dom, Domkloster 4, 50667 Köln (am Hauptportal, Führung um 14 Uhr)
Übersetze das ins Englische.`,
  ),
  pair(
    "de",
    "street_address",
    "placeholder",
    "form-letter",
    `Sehr geehrter Herr Krause,
wir bestätigen Ihren Umzug nach ⟦street_address|Am Mühlbach 3, 83022 Rosenheim⟧ zum 1. Januar.
Kürze dieses Schreiben.`,
    `Sehr geehrte/r «Anrede» «Nachname»,
wir bestätigen Ihren Umzug nach «Straße» «Hausnummer», «PLZ» «Ort» zum «Datum».
Kürze diese Serienbrief-Vorlage.`,
  ),
  pair(
    "de",
    "street_address",
    "business",
    "email-thread",
    `> Wohin soll ich die Jacke zurückschicken?
Meine Adresse für die Rücksendung des Ersatzes: ⟦street_address|Gartenweg 9, 04155 Leipzig⟧
Formuliere die Antwort an den Händler.`,
    `> Wohin soll ich die Jacke zurückschicken?
Rücksendeadresse laut Impressum: Versandhaus Elbtal GmbH, Industriestraße 40, 01129 Dresden
Formuliere die Antwort an den Kunden.`,
  ),
  pair(
    "de",
    "street_address",
    "example",
    "md-table",
    `Prüfe die Tabelle auf Tippfehler:
| Mitglied | Anschrift |
|---|---|
| Uwe Kaiser | ⟦street_address|Bergstraße 21, 69469 Weinheim⟧ |`,
    `Prüfe die Tabelle auf Tippfehler:
| Feld | Beispiel |
|---|---|
| Anschrift | Musterstraße 1, 12345 Musterstadt |`,
  ),
  // date_of_birth
  pair(
    "de",
    "date_of_birth",
    "public",
    "free",
    `Geburtsdatum meiner Mutter: ⟦date_of_birth|14.02.1951⟧. Wie alt ist sie heute genau?`,
    `Geburtsdatum von Konrad Adenauer: 05.01.1876. Wie alt wurde er genau?`,
  ),
  pair(
    "de",
    "date_of_birth",
    "format",
    "yaml",
    `mitarbeiter:
  name: Sven Hartmann
  geburtsdatum: ⟦date_of_birth|1982-07-30⟧
Warum liest der Parser das Datum als String?`,
    `mitarbeiter:
  name: Sven Hartmann
  eintrittsdatum: 2012-07-30
Warum liest der Parser das Datum als String?`,
  ),
  pair(
    "de",
    "date_of_birth",
    "format",
    "ticket",
    `Fehlermeldung im Formular: Mein Geburtsdatum ⟦date_of_birth|23.09.1979⟧ wird als ungültig abgelehnt. Woran liegt das?`,
    `Fehlermeldung im Formular: Im Feld Geburtsdatum steht der Platzhalter TT.MM.JJJJ, aber die Eingabe wird als ungültig abgelehnt. Woran liegt das?`,
  ),
];
