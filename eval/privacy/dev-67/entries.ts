/**
 * dev-67 entries: sensitive values carried in encodings and escapes — percent-encoding in URLs and form bodies, HTML
 * entities, JSON/JS `\uXXXX` and `\xNN` escapes, quoted-printable (with soft line breaks), base64 of JSON or of
 * `user:password`, base32 secrets in groups of four, C/Python byte arrays and hex pairs, xxd and `hexdump -C` dumps,
 * data: URIs, MIME encoded-words, punycode mail domains — and hard negatives of the same shapes (hashes, git SHAs, UUIDs,
 * image and font base64, dumps of binaries, encoded public URLs and searches, HTML pages with entities and nothing
 * personal, RFC test vectors, documented example values). Every encoded value is produced by `encode.ts` or
 * `../dev-39/encode.ts` from its plain value; a span covers the value as written (for percent-encoding, entities,
 * escapes and quoted-printable the value's own encoded extent; for base64, base32, byte arrays and dumps the whole
 * token). `kind` is `<encoding>:<category>` or `neg-<encoding>:<what>`. Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { b64, bytes, dataUrl, iban, luhn, qp, wordB, wordQ } from "../dev-39/encode.js";
import { b32, cbytes, ent, hexdumpC, pairs, pct, puny, punyMail, uesc, xesc, xxd } from "./encode.js";

const m = (category: string, value: string): string => `⟦${category}|${value}⟧`;

const CARD_1 = luhn("455673758689985");
const CARD_2 = luhn("453201511283036");
const IBAN_DE = iban("DE", "500105175407324931");
const IBAN_NL = iban("NL", "INGB0006712345");
const IBAN_IT = iban("IT", "X0306909606100000117264");
const IBAN_FR = iban("FR", "102780012548812077421" + "33");
const IBAN_PL = iban("PL", "114020040000350278123456");
const TOTP_1 = b32(bytes("totp-a", 10), 4).toLowerCase();
const TOTP_2 = b32(bytes("totp-b", 20), 4);
const TOTP_3 = b32(bytes("totp-c", 10), 4);
const GH_TOKEN = `ghp_${bytes("gh-67", 27).toString("base64url").replace(/[-_]/g, "x").slice(0, 36)}`;
const SK_LIVE = `sk_live_${bytes("sk-67", 24).toString("base64url").replace(/[-_]/g, "Q").slice(0, 24)}`;
const PNG_B64 = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), bytes("png", 30)]).toString("base64");
const WOFF2_B64 = Buffer.concat([Buffer.from("wOF2\u0000\u0001\u0000\u0000", "latin1"), bytes("woff", 40)]).toString("base64");
const ELF = Buffer.concat([Buffer.from("7f454c4602010100000000000000000003003e0001000000", "hex"), bytes("elf", 24)]);

export const SENSITIVE: MarkedEntry[] = [
  // percent-encoding in URLs and form bodies
  [
    "en",
    "pct:email",
    `GET /api/v1/customers/lookup?email=${m("email", pct("kevin.oduya@outlook.com"))}&include=orders HTTP/1.1\nwhy does this return 404 when the customer exists?`,
  ],
  [
    "de",
    "pct:email",
    `POST /kontakt HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nname=Sabine+Krause&email=${m("email", pct("sabine.krause@web.de", "form"))}&telefon=${m("phone", pct("+49 171 5523987", "form"))}&nachricht=R%C3%BCckruf+bitte\nWarum kommt das Formular leer an?`,
  ],
  [
    "fr",
    "pct:email",
    `Dans mes logs Keycloak : /auth?client_id=portail&login_hint=${m("email", pct("c.lefebvre@orange.fr"))}&prompt=login — pourquoi le champ n'est-il pas prérempli ?`,
  ],
  [
    "es",
    "pct:password",
    `El cuerpo que envía el formulario es usuario=mgarcia&contrasena=${m("password", pct("Vall3cano!#2026", "form"))}&recordar=1 y el servidor responde 401, ¿está mal codificado?`,
  ],
  [
    "it",
    "pct:iban",
    `Il webhook riceve beneficiario=Giulia+Conti&iban=${m("iban", pct(IBAN_IT.replace(/(.{4})/g, "$1 ").trim(), "form"))}&importo=1250 ma la banca rifiuta il bonifico, perché?`,
  ],
  [
    "pl",
    "pct:payment_card",
    `W access logu widzę: GET /pay?holder=Katarzyna%20Nowak&card=${m("payment_card", pct(CARD_1.replace(/(.{4})/g, "$1 ").trim()))}&cvv=412 — czy to znaczy, że front wysyła kartę w URL-u?`,
  ],
  [
    "nl",
    "pct:health",
    `Het contactformulier stuurt bericht=Mijn+vrouw+Anke+de+Vries+heeft+${m("health", pct("borstkanker", "form"))}+en+wil+een+second+opinion&naam=Pieter+de+Vries — waarom krijg ik geen bevestiging?`,
  ],
  [
    "pt",
    "pct:phone",
    `O CRM grava o link https://crm.lojaverde.pt/clientes?nome=Ana%20Sousa&telefone=${m("phone", pct("+351 912 345 678"))} — isto é seguro nos logs?`,
  ],
  [
    "en",
    "pct:email",
    `tracking pixel: https://t.mailer.io/o.gif?u=${m("email", pct("rachel.whitmore@gmail.com", "all"))}&c=winter — can I tell which client opened it?`,
  ],
  [
    "de",
    "pct:email",
    `Der Redirect verliert einen Parameter: /login?next=https%3A%2F%2Fshop.de%2Fcheckout%3Femail%3D${m("email", pct(pct("jonas.weber@gmx.de")))} — ist das doppelt kodiert?`,
  ],
  [
    "fr",
    "pct:national_id",
    `formulaire envoyé : nom=Durand&prenom=Claire&nir=${m("national_id", pct("2 84 05 75 115 042 71", "form"))}&mutuelle=MGEN — le serveur tronque le numéro, pourquoi ?`,
  ],
  // HTML entities
  [
    "en",
    "html:email",
    `My homepage hides my address from bots like this: <a href="mailto:${m("email", ent("daniel.okafor@fastmail.com", "dec", true))}">email me</a> — does that still work in 2026?`,
  ],
  [
    "de",
    "html:phone",
    `Im Footer meiner Praxis-Seite steht <span>Privat: ${m("phone", ent("+49 30 44172290", "named"))}</span> — wird das im Browser richtig angezeigt?`,
  ],
  [
    "fr",
    "html:email",
    `Le CMS a enregistré l'adresse de Mme Moreau ainsi : ${m("email", ent("jeanne.moreau@laposte.net", "dec"))} — comment la nettoyer en SQL ?`,
  ],
  ["es", "html:email", `En el HTML exportado aparece correo: ${m("email", ent("lucia.fdz@gmail.com", "hex"))} ¿por qué el parser no lo reconoce como email?`],
  [
    "it",
    "html:password",
    `Nel sorgente della pagina di test c'è <input type="password" name="pwd" value="${m("password", "Pal&amp;io2025&excl;Ros")}"> — il browser lo salva in chiaro?`,
  ],
  [
    "pl",
    "html:national_id",
    `Scraper zwraca <td>PESEL</td><td>${m("national_id", ent("85071412341", "dec", true))}</td> dla pani Zofii Wójcik, jak zdekodować encje w Pythonie?`,
  ],
  [
    "nl",
    "html:iban",
    `In de factuur-HTML staat <p>Rekening van J. Bakker: ${m("iban", IBAN_NL.replace(/(.{4})/g, "$1&nbsp;").replace(/&nbsp;$/, ""))}</p> — hoe haal ik de &amp;nbsp; weg?`,
  ],
  [
    "pt",
    "html:email",
    `O email da cliente está gravado como ${m("email", ent("ana.sousa@sapo.pt", "named"))} na base de dados. Como converto para texto normal?`,
  ],
  [
    "en",
    "html:health",
    `<p>Patient: Mr&period; Daniel Brennan &ndash; diagnosis&colon; ${m("health", "type&nbsp;1&nbsp;diabetes")}</p> — why does my PDF export show the entities literally?`,
  ],
  [
    "de",
    "html:email",
    `Kontaktformular-Mail: &lt;${m("email", ent("m.hoffmann82@t-online.de", "hex", true))}&gt; — warum steht da Kauderwelsch statt der Adresse?`,
  ],
  // JSON/JS \\u and \\x escapes
  ["en", "uesc:email", `the API log shows {"user_id":8812,"email":"${m("email", uesc("m.okonkwo@yahoo.com"))}","plan":"pro"} — why is the @ escaped?`],
  ["de", "uesc:email", `Im JSON-Export steht "kontakt":"${m("email", uesc("lena.schmitt@posteo.de", true))}" — kann ich das in jq lesbar machen?`],
  ["fr", "uesc:phone", `const tel = "${m("phone", uesc("+33 6 12 34 56 78"))}"; // numéro perso de Julien Garnier, à retirer avant le commit ?`],
  [
    "es",
    "uesc:email",
    `respuesta del backend: {"nombre":"Mar\\u00eda L\\u00f3pez","correo":"${m("email", uesc("maria.lopez.r@hotmail.es"))}"} ¿cómo desescapo esto en Java?`,
  ],
  ["it", "uesc:password", `nel file di config c'è "db_password": "${m("password", "Gatt0\\u0021Nero\\u00232024")}" — JSON accetta queste sequenze?`],
  [
    "pl",
    "uesc:health",
    `{"pacjent":"Jan Wi\\u015bniewski","pesel":"${m("national_id", "92031505670")}","rozpoznanie":"${m("health", "bia\\u0142aczka limfatyczna")}"} — jak poprawnie zapisać polskie znaki?`,
  ],
  ["pt", "xesc:email", `No Python aparece b'${m("email", xesc("joao.ferreira@gmail.com"))}' em vez do email, como converto?`],
  ["en", "xesc:phone", `payload = "${m("phone", xesc("+1 415 555 2671", true))}"  # Grace's mobile for the SMS test, why does twilio reject it?`],
  ["nl", "xesc:email", `De logregel is "to=${m("email", xesc("sanne.visser@ziggo.nl", true))}" — hoe decodeer ik die \\x-reeksen in bash?`],
  [
    "fr",
    "uesc:iban",
    `{"titulaire":"Claire Durand","iban":"${m("iban", IBAN_FR.replace(/(.{4})/g, "$1\\u0020").replace(/\\u0020$/, ""))}"} — pourquoi l'export JSON met des \\u0020 ?`,
  ],
  // quoted-printable
  [
    "de",
    "qp:email",
    `Quelltext der Mail:\nContent-Transfer-Encoding: quoted-printable\n\nHallo Frau M=C3=BCller,\nbitte antworten Sie an ${m("email", qp("thomas.brandt@freenet.de", { at: true }))}.\nWarum zeigt Outlook das so an?`,
  ],
  [
    "en",
    "qp:email",
    `raw message body:\n\nPlease send the contract to ${m("email", qp("olivia.grant.home@icloud.com", { at: true, breaks: [14] }))} by Friday.\nWhy is there an = in the middle of the address?`,
  ],
  [
    "de",
    "qp:health",
    `Befund-Mail (quoted-printable):\nPatient: Klaus Becker, geb. ${m("date_of_birth", "12.03.1961")}\nDiagnose: ${m("health", qp("Schilddrüsenkrebs"))}\nWie bekomme ich die Umlaute in Thunderbird richtig?`,
  ],
  [
    "fr",
    "qp:health",
    `Corps du message : Bonjour, le r=C3=A9sultat de M. Karim Benali est ${m("health", qp("séropositif VIH"))}, merci de le rappeler. Pourquoi ces =C3=A9 partout ?`,
  ],
  [
    "es",
    "qp:password",
    `En el correo de bienvenida sale:\nUsuario: pgomez\nContrase=C3=B1a: ${m("password", qp("Mont=Perdido7", { breaks: [6] }))}\n¿por qué el igual y el salto de línea?`,
  ],
  [
    "it",
    "qp:phone",
    `Nel sorgente dell'email: "Richiamare la sig.ra Bianchi al ${m("phone", qp("+39 347 812 6634", { breaks: [9] }))} entro le 18" — cos'è quell'uguale?`,
  ],
  [
    "pl",
    "qp:iban",
    `Treść maila w QP:\nProsz=C4=99 o przelew na konto Adama Zieli=C5=84skiego: ${m("iban", qp(IBAN_PL, { breaks: [12] }))}\nDlaczego numer jest przerwany?`,
  ],
  ["nl", "qp:email", `Broncode van de mail: "Stuur de offerte naar ${m("email", qp("bram.jansen@kpnmail.nl", { at: true }))}" — waarom staat er =40?`],
  // base64 (JSON, user:password, nested hex)
  ["en", "b64:password", `curl -H "Authorization: Basic ${m("password", b64("hwalsh:Kestrel!Moor42"))}" https://ci.walsh-dev.net/job/build — 401 since monday`],
  [
    "de",
    "b64:email",
    `Cookie: profil=${m("email", b64(JSON.stringify({ name: "Petra Lang", email: "petra.lang@gmx.net", lang: "de" })))}; Path=/\nWarum ist das Cookie so groß?`,
  ],
  [
    "fr",
    "b64:payment_card",
    `log applicatif : payload=${m("payment_card", b64(JSON.stringify({ porteur: "Luc Martin", carte: CARD_2, exp: "09/28" })))} — c'est grave que ça soit loggé ?`,
  ],
  [
    "es",
    "b64:password",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-cred\ndata:\n  username: ${b64("app_ventas")}\n  password: ${m("password", b64("Tajo#Rio88!x"))}\n¿Por qué el pod no arranca?`,
  ],
  [
    "it",
    "b64:email",
    `Il token di stato OAuth è state=${m("email", b64(JSON.stringify({ return: "/ordini", email: "f.ricci@libero.it" })))} — posso fidarmi del contenuto?`,
  ],
  [
    "pl",
    "b64:phone",
    `w localStorage mam klucz user=${m("phone", b64(JSON.stringify({ imie: "Marek", tel: "+48 601 234 567" })))} — czy trzymanie tego w przeglądarce jest OK?`,
  ],
  ["en", "b64:email", `blob: ${m("email", b64(pairs("marta.kowalska@wp.pl").join("")))} (found in a support ticket attachment — what is it?)`],
  ["nl", "b64:password", `In de .netrc-achtige config staat auth=${m("password", b64("lotte.devries:Tulp3nVeld!9"))} — is base64 genoeg beveiliging?`],
  [
    "pt",
    "b64:iban",
    `O webhook envia data=${m("iban", b64(JSON.stringify({ titular: "Rui Costa", iban: iban("PT", "003506510000123456789") })))} — como valido a assinatura?`,
  ],
  // base32 grouped secrets
  ["en", "b32:password", `My authenticator shows "Can't scan? Enter this key: ${m("password", TOTP_1)}" for my bank login — can I store it in 1Password?`],
  ["de", "b32:password", `Einrichtungsschlüssel für mein 2FA beim Steuerportal: ${m("password", TOTP_2)} — wie übertrage ich den auf das neue Handy?`],
  ["fr", "b32:password", `Clé secrète TOTP de mon compte pro : ${m("password", TOTP_3)}. Je dois la sauvegarder où ?`],
  ["en", "b32:email", `user: ${m("email", b32("marta.kowalska@wp.pl", 4))}`],
  ["es", "b32:email", `En la columna ref de la tabla hay ${m("email", b32("ines.navarro@telefonica.net", 4))} — ¿es base32?`],
  ["it", "b32:phone", `codice nel QR del badge di Paolo: ${m("phone", b32("+39 333 918 2270", 4))} — come lo decodifico?`],
  ["pl", "b32:password", `W notatkach admina: root hasło (base32) ${m("password", b32("Wisla#Krak0w!77", 4))} — czy to bezpieczne?`],
  // C / Python byte arrays and hex pairs
  ["en", "carray:email", `static const char k[] = {${m("email", cbytes("marta.kowalska@wp.pl"))}}; // why does strlen return 20?`],
  [
    "de",
    "carray:password",
    `In der Firmware gefunden: uint8_t wifi_pw[] = {${m("password", cbytes("Fr1tzBox!Haus2026", ",", true))}}; — ist das das WLAN-Passwort von Herrn Schulz?`,
  ],
  ["en", "carray:api_key", `key = bytes([${m("api_key", cbytes(SK_LIVE))}])  # prod stripe key, obfuscated so the scanner doesn't flag it`],
  ["fr", "carray:email", `en Python : b'${m("email", xesc("pierre.roux@free.fr", true))}'.decode() — ça donne quoi ?`],
  ["es", "carray:phone", `char tel[] = { ${m("phone", cbytes("+34 612 345 987"))} }; /* móvil de Javier */ — ¿falta el terminador?`],
  [
    "en",
    "hexpairs:email",
    `bytes: ${m("email", `${pairs("marta.kowalska@wp.pl").slice(0, 8).join(":")}-${pairs("marta.kowalska@wp.pl").slice(8).join("-")}`)}`,
  ],
  ["it", "hexpairs:email", `nel dump della seriale vedo ${m("email", pairs("luca.ferri@alice.it").join(" "))} — è l'email dell'utente?`],
  [
    "nl",
    "carray:password",
    `byte[] pw = { ${m(
      "password",
      cbytes("Zonneb1oem#Delft", ", ")
        .split(", ")
        .map((item) => `(byte) ${item}`)
        .join(", "),
    )} }; — hoe maak ik hier weer een String van?`,
  ],
  ["pl", "hexpairs:national_id", `Czytnik kart zwraca: ${m("national_id", pairs("PESEL:85071412341").join(" "))} — jak to zamienić na tekst?`],
  // xxd and hexdump -C
  ["en", "xxd:email", `xxd of the config blob:\n${m("email", xxd("user=olivia.grant.home@icloud.com\n"))}\nis that my address stored in plain text?`],
  [
    "de",
    "xxd:password",
    `hexdump -C des Pakets:\n${m("password", hexdumpC("POST /login HTTP/1.1\r\n\r\nuser=kbauer&pass=Zugspitze!2962"))}\nWarum geht das Passwort unverschlüsselt raus?`,
  ],
  [
    "fr",
    "xxd:payment_card",
    `Sortie de xxd sur le fichier du TPE :\n${m("payment_card", xxd(`PAN=${CARD_1};EXP=0928;NOM=FAURE`, 0x1a0))}\nLe PAN est stocké en clair, c'est normal ?`,
  ],
  ["es", "xxd:email", `volcado con hexdump -C:\n${m("email", hexdumpC("From: ramon.vidal@gmail.com\r\n"))}\n¿Por qué aparece el remitente en la caché?`],
  ["en", "xxd:api_key", `xxd .git/config (a colleague committed it):\n${m("api_key", xxd(`[credential]\n\ttoken = ${GH_TOKEN}\n`))}\nshould I rotate this?`],
  [
    "it",
    "xxd:health",
    `hexdump -C del file della cartella clinica:\n${m("health", hexdumpC("Paziente: Marco Gallo\nDiagnosi: morbo di Parkinson\n"))}\nperché l'app lo salva senza cifratura?`,
  ],
  // data: URIs
  [
    "en",
    "datauri:email",
    `the export link is <a href="${m("email", dataUrl("text/plain", "Contact: Hannah Reyes <hannah.reyes@protonmail.com>"))}">download</a> — why does Safari block it?`,
  ],
  [
    "de",
    "datauri:iban",
    `Die App erzeugt ${m("iban", dataUrl("application/json", JSON.stringify({ name: "Uwe Krüger", iban: IBAN_DE })))} als Download — ist das DSGVO-konform?`,
  ],
  [
    "fr",
    "datauri:phone",
    `<a href="${m("phone", dataUrl("text/vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Émilie Caron\nTEL;TYPE=cell:+33 6 71 22 48 90\nEND:VCARD"))}">vCard</a> — le lien ne s'ouvre pas sur iPhone`,
  ],
  [
    "es",
    "datauri:password",
    `El bookmarklet guarda data:text/plain;charset=utf-8,${pct("usuario: jlozano / clave: ")}${m("password", pct("Duero&Sil2025"))} — ¿lo ve alguien más?`,
  ],
  [
    "nl",
    "datauri:email",
    `In de mail zit een img src="${m("email", dataUrl("text/plain", "ontvanger=femke.smit@xs4all.nl"))}" in plaats van een plaatje, wat doet dat?`,
  ],
  [
    "pt",
    "datauri:email",
    `o front gera data:text/csv;charset=utf-8,${pct("nome;email\nBeatriz Lima;")}${m("email", pct("beatriz.lima@uol.com.br"))} para exportar, como limito o tamanho?`,
  ],
  // MIME encoded-words
  [
    "de",
    "mime:health",
    `Betreff in den Rohdaten: Subject: ${m("health", wordQ("Befund für Herrn Klaus Becker: Prostatakrebs"))}\nWarum zeigt mein Parser das nicht lesbar an?`,
  ],
  ["pl", "mime:email", `nagłówek: To: ${m("email", wordB("Marta Kowalska <marta.kowalska@wp.pl>"))} — dlaczego serwer odrzuca adres?`],
  ["en", "mime:phone", `Subject: ${m("phone", wordB("Call back Mrs Patel on 07911 123456 today"))}\nhow do I decode this header in Go?`],
  ["fr", "mime:email", `En-tête brut : Reply-To: ${m("email", wordQ("Sophie Girard <sophie.girard@sfr.fr>", "ISO-8859-1"))} — Thunderbird l'affiche mal`],
  ["es", "mime:health", `Asunto: ${m("health", wordB("Resultados de Carmen Ruiz: cáncer de mama"))} — ¿cómo lo leo con Python email.header?`],
  ["it", "mime:password", `Subject: ${m("password", wordB("Nuova password per Elena: Fiume$Adda72"))} — l'helpdesk manda le password per email, normale?`],
  // punycode mail domains
  ["de", "puny:email", `Meine neue Adresse ist ${m("email", punyMail("juergen", "schäfer-familie.de"))}, kannst du sie im Verteiler ändern?`],
  ["fr", "puny:email", `Le client écrit depuis ${m("email", punyMail("helene", "éléonore-dupré.fr"))} et nos mails rebondissent, pourquoi ?`],
  ["es", "puny:email", `Mi correo personal es ${m("email", punyMail("ines", "muñoz-castaño.es"))} — ¿me lo pongo en el CV?`],
  ["pl", "puny:email", `Adres pani Łucji: ${m("email", punyMail("lucja", "łucja-żak.pl"))} — czy Gmail obsługuje takie domeny?`],
  ["en", "puny:email", `forward everything to ${m("email", punyMail("bjorn.k", "bjørnkarlsen.no"))}, that's my private inbox`],
  ["nl", "puny:email", `Mijn mailadres is ${m("email", punyMail("kees", "café-de-boër.nl"))} — waarom weigert het formulier het?`],
  // added: more languages per encoding
  [
    "pt",
    "pct:email",
    `Corpo do POST: nome=Beatriz+Lima&email=${m("email", pct("beatriz.lima@uol.com.br", "form"))}&assunto=reembolso — por que chega vazio no PHP?`,
  ],
  ["pt", "html:phone", `No HTML do perfil está Telemóvel: ${m("phone", ent("+351 936 220 417", "dec"))} — como o Google lê isto?`],
  [
    "pt",
    "qp:health",
    `Código-fonte do email:\nA utente Sofia Mendes, n.º 48812, tem ${m("health", qp("esclerose múltipla"))} e precisa de baixa.\nPorque aparecem os =C3=BA?`,
  ],
  ["pt", "mime:email", `Cabeçalho: From: ${m("email", wordB("Tiago Nunes <tiago.nunes@sapo.pt>"))} — o Gmail mostra o nome errado`],
  ["it", "puny:email", `Scrivimi a ${m("email", punyMail("giorgia", "città-di-bassano.it"))}, è la mia casella personale`],
  ["nl", "mime:phone", `Onderwerp: ${m("phone", wordQ("Bel mevrouw Visser terug op 06 12 34 56 78"))} — hoe decodeer ik dit in C#?`],
  [
    "pl",
    "datauri:email",
    `aplikacja generuje ${m("email", dataUrl("text/plain", "Kontakt: Piotr Mazur, piotr.mazur@onet.pl"))} — czy to wycieknie w historii przeglądarki?`,
  ],
  ["de", "uesc:phone", `"mobil":"${m("phone", uesc("+49 160 9988 7766", true))}" steht im Export von Frau Keller — wie mache ich das lesbar?`],
];

export const NEGATIVES: MarkedEntry[] = [
  // percent-encoding
  ["de", "neg-pct:wiki", `Warum wird https://de.wikipedia.org/wiki/M%C3%BCnchen%E2%80%93Augsburger_Eisenbahn so lang, wenn ich den Link kopiere?`],
  ["en", "neg-pct:search", `https://www.google.com/search?q=how+long+does+a+cold+last%3F&hl=en — why does the + become a space?`],
  ["en", "neg-pct:docs", `API docs example: GET /v1/users?email=user%40example.com&limit=10 returns the paged list.`],
  [
    "fr",
    "neg-pct:oauth",
    `redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcallback&scope=openid%20profile%20email&response_type=code — il manque quoi pour Azure AD ?`,
  ],
  ["es", "neg-pct:search", `La búsqueda genera ?q=ley%20de%20protecci%C3%B3n%20de%20datos%202018&pagina=2 — ¿cómo decodifico los acentos en PHP?`],
  ["it", "neg-pct:form", `Il form invia prodotto=scarpe+da+corsa&taglia=42&colore=blu%20notte&quantita=1 — perché il colore arriva spezzato?`],
  ["nl", "neg-pct:state", `state=%7B%22pagina%22%3A2%2C%22sorteer%22%3A%22prijs%22%7D in de URL — is dat een slim idee?`],
  ["pl", "neg-pct:url", `link do sklepu: https://sklep.pl/szukaj?fraza=rower%20g%C3%B3rski%2029%22&sort=cena — czemu cudzysłów jest zakodowany?`],
  ["pt", "neg-pct:test-card", `No sandbox o gateway recebe cartao=${pct("4012 8888 8888 1881")}&cvv=123 (cartão de teste da documentação), está certo?`],
  ["en", "neg-pct:uuid", `GET /files/550e8400-e29b-41d4-a716-446655440000/download?name=Q3%20report%20(final).pdf — the parentheses break nginx`],
  // HTML entities
  [
    "de",
    "neg-html:footer",
    `Footer: &copy; 2026 Bergmann GmbH &middot; Impressum &middot; Datenschutz &middot; AGB — wie ersetze ich &middot; durch ein Icon?`,
  ],
  [
    "en",
    "neg-html:placeholder",
    `the template renders &lt;input type=&quot;email&quot; placeholder=&quot;name&#64;example.com&quot;&gt; as text instead of a field`,
  ],
  ["en", "neg-html:code", `my blog shows if (a &lt; b &amp;&amp; c &gt; d) { return; } instead of the code — double escaping?`],
  ["fr", "neg-html:typo", `Dans le CMS : Prix&nbsp;: 12&nbsp;&euro; &laquo;&nbsp;offre sp&eacute;ciale&nbsp;&raquo; — pourquoi ces espaces insécables ?`],
  ["es", "neg-html:accents", `La página muestra Espa&ntilde;a, Andaluc&iacute;a: horario de atenci&oacute;n 9&ndash;14h — ¿falta el charset?`],
  ["it", "neg-html:question", `Qual è la differenza tra &#64;, &#x40; e &commat; in HTML5? Tutte e tre danno la chiocciola?`],
  ["nl", "neg-html:emoji", `De chat-export bevat &#x1F600; &#x1F44D; &#128512; — hoe zet ik die terug naar emoji?`],
  ["pl", "neg-html:entities", `Tytuł strony: Zak&#322;ad &#346;wiadcze&#324; &ndash; godziny otwarcia — jak to odkodować w PHP?`],
  ["en", "neg-html:rfc-example", `RFC 2606 says to use &lt;user&#64;example.org&gt; in docs; is &#46;test also reserved?`],
  // escapes
  ["de", "neg-uesc:title", `"title":"Caf\\u00e9 M\\u00fcnchen \\u2013 Speisekarte" — wie bekomme ich jq dazu, das als UTF-8 auszugeben?`],
  ["en", "neg-uesc:emoji", `JSON.stringify gives "\\ud83d\\ude00" for 😀 — why two escapes?`],
  ["en", "neg-uesc:regex", `const controlChars = /[\\u0000-\\u001F\\u007F]/g; does this also strip \\u00A0?`],
  ["en", "neg-xesc:ansi", `my log shows \\x1b[31mERROR\\x1b[0m instead of red text when piped to a file`],
  ["es", "neg-uesc:placeholder", `En la documentación el ejemplo es {"correo":"nombre\\u0040example.com"} — ¿hace falta escapar la arroba?`],
  ["pl", "neg-uesc:i18n", `"greeting":"Dzi\\u0119kujemy za zakupy!","footer":"\\u00a9 2026 Sklep" — jak wyłączyć escapowanie w Jacksonie?`],
  ["fr", "neg-xesc:test", `Le test unitaire vérifie que "\\x41\\x42\\x43" == "ABC" ; pourquoi échoue-t-il en Python 2 ?`],
  ["it", "neg-xesc:bytes", `b'\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR' — è l'header di un'immagine PNG?`],
  ["nl", "neg-uesc:html", `De API geeft "\\u003cdiv class=\\u0022prijs\\u0022\\u003e\\u20ac 19,95\\u003c/div\\u003e" terug — waarom zo?`],
  // quoted-printable
  [
    "de",
    "neg-qp:newsletter",
    `Newsletter-Quelltext:\nContent-Transfer-Encoding: quoted-printable\n\n<a href=3D"https://shop.bergmann.de/angebote">Zu den Angeboten</a> =E2=80=93 nur bis Sonntag!\nWarum =3D?`,
  ],
  ["fr", "neg-qp:marketing", `Corps : Profitez de nos offres d'=C3=A9t=C3=A9 =E2=80=93 livraison gratuite d=C3=A8s 50 =E2=82=AC. Comment décoder ça ?`],
  ["en", "neg-qp:question", `why does my raw email have lines ending in = and things like =20 and =3D? is it corrupted?`],
  ["en", "neg-qp:dkim", `DKIM-Signature: v=1; a=rsa-sha256; d=mailer.io; s=s1; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; — what is bh?`],
  ["es", "neg-qp:unsub", `Pie del correo: Para darte de baja pulsa aqu=C3=AD: https://news.tienda.es/baja?id=3D8841 =\ngracias. ¿Qué es ese igual al final?`],
  ["it", "neg-qp:body", `Corpo della mail: La riunione =C3=A8 spostata a gioved=C3=AC alle 15:00 in sala Verdi.\nPerché gli accenti escono così?`],
  ["nl", "neg-qp:invoice", `Factuurmail: Uw bestelling #48812 ter waarde van =E2=82=AC 129,00 is verzonden.=20\nWat betekent =20?`],
  // base64
  ["en", "neg-b64:png", `<img src="data:image/png;base64,${PNG_B64}"> renders as a broken image, is the base64 truncated?`],
  ["fr", "neg-b64:font", `@font-face { src: url(data:font/woff2;base64,${WOFF2_B64}) format("woff2"); } — la police ne charge pas`],
  ["en", "neg-b64:aladdin", `RFC 7617 example: Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== — is this how Basic auth works?`],
  [
    "en",
    "neg-b64:rfc-vectors",
    `RFC 4648 test vectors: BASE64("foobar") = "Zm9vYmFy", BASE32("foobar") = "MZXW6YTBOI======", BASE16("foobar") = "666F6F626172".`,
  ],
  [
    "de",
    "neg-b64:sri",
    `<script src="/app.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script> — wie erzeuge ich den Hash?`,
  ],
  ["es", "neg-b64:json-public", `El header del JWT es ${b64(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "2026-12" }))} — ¿es necesario el kid?`],
  [
    "it",
    "neg-b64:k8s",
    `data:\n  LOG_LEVEL: ${b64("debug")}\n  REGION: ${b64("eu-south-1")}\n  FEATURE_FLAGS: ${b64("new-checkout,dark-mode")}\nperché i valori del ConfigMap sono in base64?`,
  ],
  ["pl", "neg-b64:hello", `dekoduję SGVsbG8sIFdvcmxkIQ== i dostaję "Hello, World!" — czy base64 to szyfrowanie?`],
  ["nl", "neg-b64:hex-hash", `blob: ${b64("d41d8cd98f00b204e9800998ecf8427e")} — is dit een md5 in base64?`],
  // base32
  ["en", "neg-b32:docs", `The Key Uri Format wiki uses secret=JBSWY3DPEHPK3PXP — can I use that in my integration test?`],
  ["de", "neg-b32:rfc", `RFC 6238 Seed in Base32: GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ — warum liefert mein Code andere TOTPs?`],
  ["en", "neg-b32:onion", `is http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion the official DuckDuckGo address?`],
  ["fr", "neg-b32:ulid", `Nos ids sont des ULID : 01ARZ3NDEKTSV4RRFFQ69G5FAV, 01BX5ZZKBKACTAV9WEVGEMMVRZ — ils sont triables ?`],
  ["es", "neg-b32:kms", `La clave KMS pública de Windows 10 Pro es W269N-WFGWX-YVC9B-4J6C9-T83GX según Microsoft, ¿sirve para activar?`],
  ["it", "neg-b32:ipfs", `il CID ipfs://bafybeigdyrztt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi è della documentazione IPFS, come lo risolvo?`],
  ["pl", "neg-b32:groups", `Kod produktu z pudełka: HX4T 9KQ2 MPLA 77ZD — gdzie go wpisać w aplikacji producenta?`],
  // byte arrays and hex pairs
  ["en", "neg-carray:png-magic", `static const uint8_t PNG_SIG[8] = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}; is memcmp the right check?`],
  [
    "en",
    "neg-carray:sbox",
    `const uint8_t sbox[16] = {0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76}; — first row of the AES S-box, right?`,
  ],
  ["de", "neg-carray:hello", `char msg[] = {${cbytes("Hello, World!")}, 0x00}; — warum druckt printf Müll ohne das 0x00?`],
  ["fr", "neg-carray:glyph", `glyphe 'A' en 8x8 : {0x18, 0x3C, 0x66, 0x66, 0x7E, 0x66, 0x66, 0x00} — comment l'afficher sur un écran OLED ?`],
  ["es", "neg-carray:http", `buf = bytes([${cbytes("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")}]) — ¿por qué el servidor no responde?`],
  ["it", "neg-hexpairs:mac", `ether 3c:22:fb:91:07:aa e bssid 3c-22-fb-91-07-ab — sono lo stesso router?`],
  ["nl", "neg-hexpairs:sha", `sha256sum: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  leeg.txt — klopt dat voor een leeg bestand?`],
  [
    "pl",
    "neg-hexpairs:git",
    `git log --oneline: 3f2a9c1 fix: retry, 9b8e7d6 feat: eksport CSV; pełny SHA to 3f2a9c1e5b7d4a2f8c0e6b1d9a7f3e5c2b4d6a8f — jak go skrócić?`,
  ],
  // dumps
  ["en", "neg-xxd:elf", `xxd /bin/ls | head -3:\n${xxd(ELF)}\nwhat does the 02 after ELF mean?`],
  ["de", "neg-xxd:hello", `xxd hallo.txt:\n${xxd("Hallo Welt! Dies ist eine Testdatei.\n")}\nWarum steht am Ende 0a?`],
  [
    "fr",
    "neg-xxd:protobuf",
    `hexdump -C d'un message protobuf :\n${hexdumpC(Buffer.from("0a0b70726f647569742d3432311001180322096d61676173696e2d37", "hex"))}\ncomment lire les tags ?`,
  ],
  [
    "es",
    "neg-xxd:png",
    `hexdump -C logo.png | head:\n${hexdumpC(Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000100000001000806000000", "hex"), bytes("png2", 3)]))}\n¿está corrupto el PNG?`,
  ],
  [
    "it",
    "neg-xxd:tls",
    `dump del ClientHello:\n${hexdumpC(Buffer.concat([Buffer.from("16030100f4010000f00303", "hex"), bytes("tls", 5), Buffer.from("\u0000\u0000\u0000\u0013\u0000\u0011\u0000\u0000\u000ewww.google.com", "latin1")]))}\nil SNI è in chiaro?`,
  ],
  ["nl", "neg-xxd:md5", `md5sum installer.iso geeft 9e107d9d372bb6826bd81d3542a419d6, de site zegt 9e107d9d372bb6826bd81d3542a419d7 — corrupt?`],
  // data: URIs
  [
    "en",
    "neg-datauri:svg",
    `background: url("data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'%3E%3Ccircle cx='5' cy='5' r='4'/%3E%3C/svg%3E"); — why doesn't Firefox render it?`,
  ],
  ["de", "neg-datauri:hello", `<a href="${dataUrl("text/plain", "Hallo Welt, dies ist nur ein Test.")}">test</a> — öffnet Chrome das noch?`],
  [
    "fr",
    "neg-datauri:css",
    `<link rel="stylesheet" href="${dataUrl("text/css", "body{margin:0;font-family:system-ui}h1{color:#333}")}"> — est-ce mauvais pour le cache ?`,
  ],
  ["es", "neg-datauri:gif", `el píxel transparente es data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7 — ¿por qué se usa tanto?`],
  [
    "pt",
    "neg-datauri:json",
    `o export gera ${dataUrl("application/json", JSON.stringify({ versao: 3, tema: "escuro", idioma: "pt-PT" }))} — como faço download no Safari?`,
  ],
  // MIME encoded-words
  ["de", "neg-mime:shipping", `Subject: ${wordQ("Ihre Bestellung wurde versandt – Lieferung am Donnerstag")} — wie dekodiere ich das in PHP?`],
  [
    "en",
    "neg-mime:rfc",
    `RFC 2047's examples include From: =?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu> and =?ISO-8859-1?Q?Andr=E9?= Pirard — are the examples still valid?`,
  ],
  ["fr", "neg-mime:sale", `Subject: ${wordB("🎉 Soldes d'hiver : -30 % sur tout le site")} — pourquoi l'emoji casse l'affichage ?`],
  ["es", "neg-mime:newsletter", `Asunto: ${wordQ("Novedades de diciembre en la biblioteca municipal")} — ¿cuál es el límite de 75 caracteres?`],
  ["it", "neg-mime:ticket", `Subject: ${wordB("[Ticket #44812] Aggiornamento: problema risolto")} — perché Outlook lo mostra così?`],
  // punycode
  ["de", "neg-puny:city", `Ist https://${puny("münchen.de")}/stadtplan die offizielle Seite der Stadt?`],
  ["en", "neg-puny:homograph", `the famous homograph demo https://${puny("аррӏе.com")} looked like apple.com — do browsers still show it?`],
  ["fr", "neg-puny:question", `Que signifie le préfixe xn-- dans les noms de domaine comme ${puny("élysée.fr")} ?`],
  ["es", "neg-puny:shop", `La tienda ${puny("cañón-outdoor.es")} redirige a www, ¿cómo configuro el certificado para ambos?`],
  ["nl", "neg-puny:dns", `dig ${puny("bücher.nl")} geeft NXDOMAIN, moet ik de xn---vorm registreren?`],
  ["pl", "neg-puny:gov", `Czy ${puny("zażółć-gęślą.pl")} to poprawna domena IDN do testów?`],
  // added: more hard negatives
  ["en", "neg-pct:mailto", `<a href="mailto:?subject=Meeting%20notes&body=See%20the%20attached%20agenda">share</a> — why is the recipient empty?`],
  ["de", "neg-html:price", `Im Shop steht &#8364;&nbsp;49,90 inkl.&nbsp;MwSt. &ndash; versandkostenfrei ab 50&nbsp;&euro;. Woher kommen die &#8364;?`],
  ["en", "neg-b64:digest", `Digest: sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE= — how do I verify this header in Node?`],
  ["fr", "neg-uesc:currency", `{"devise":"\u20ac","separateur":"\u00a0","format":"#\u202f##0,00"} — pourquoi Excel affiche n'importe quoi ?`],
  ["pt", "neg-qp:promo", `Assunto da newsletter: Promo=C3=A7=C3=A3o de Natal =E2=80=93 at=C3=A9 40% de desconto. Como descodifico?`],
  ["pt", "neg-html:museum", `Museu de Arte de S&atilde;o Paulo &ndash; hor&aacute;rio: ter&ccedil;a a domingo, 10h&ndash;18h. Como tiro estas entidades?`],
  ["pt", "neg-carray:gif", `unsigned char logo[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x10, 0x00, 0x10, 0x00, 0x80, 0x00}; — é um GIF válido?`],
  ["nl", "neg-mime:parcel", `Onderwerp: ${wordQ("Uw pakket is onderweg – bezorging morgen tussen 9 en 13 uur")} — waarom die underscores?`],
  [
    "pl",
    "neg-xxd:jpeg",
    `xxd zdjecie.jpg | head -2:\n${xxd(Buffer.concat([Buffer.from("ffd8ffe000104a46494600010101004800480000ffdb0043", "hex"), bytes("jpg", 8)]))}\nczy to poprawny JPEG?`,
  ],
  [
    "it",
    "neg-pct:commit",
    `https://github.com/acme/api/commit/3f2a9c1e5b7d4a2f8c0e6b1d9a7f3e5c2b4d6a8f?diff=split&w=1%20 — perché il %20 finale rompe il link?`,
  ],
  ["es", "neg-datauri:hola", `data:text/plain;charset=utf-8,Hola%20mundo%2C%20esto%20es%20una%20prueba — ¿cuál es el tamaño máximo de un data URI?`],
  ["en", "neg-uuid:log", `trace 7d444840-9dc0-11d1-b245-5ffdce74fad2 span 6ba7b810-9dad-11d1-80b4-00c04fd430c8 took 1.2 s — which one is the parent?`],
];
