/**
 * Development set 43, encodings: realistic records (a customer's e-mail, a patient's phone, an HR row) mutated by
 * the transformations an integrator or attacker applies — hex (plain, `:`/space/`-` pairs, `\x`, `0x`, mixed case),
 * base64 (padded, unpadded 12–23 characters, url-safe, wrapped) and RFC 4648 base32 (with and without padding) — and
 * negatives of the same shapes (fingerprints, MAC tables, magic bytes, colour tables, UUIDs, TOTP demo secrets,
 * upper-case constants, onion and IPFS names, hex or base32 of harmless text). A span covers the whole encoded value.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { b32, b64, b64bare, b64url, group, hex, iban, wrap } from "./encode.js";

const HEX: MarkedEntry[] = [
  ["en", "hex:plain", `Our webhook log shows the customer field as ⟦email|${hex("sarah.collins82@gmail.com")}⟧ — which decoder should I use in Node?`],
  ["en", "hex:colon", `Wireshark "copy as hex" of the SMTP RCPT gave me ⟦email|${hex("sarah.collins82@gmail.com", "colon")}⟧. Why is the server rejecting it?`],
  ["de", "hex:escape", `Im Python-Log steht b'⟦email|${hex("jonas.weber@web.de", "escape")}⟧' — wie mache ich daraus wieder einen String?`],
  [
    "fr",
    "hex:prefix",
    `Le champ contact du ticket vaut ⟦phone|${hex("Élodie Marchand +33 6 12 34 56 78", "prefix")}⟧ dans la base Oracle (RAWTOHEX). Comment le relire ?`,
  ],
  [
    "es",
    "hex:mixed",
    `El ERP exporta el correo del cliente así: ⟦email|${hex("lucia.fdez@telefonica.net", "mixed")}⟧. ¿Por qué mezcla mayúsculas y minúsculas?`,
  ],
  ["it", "hex:space", `Dal dump della EEPROM della tessera: ⟦phone|${hex("Giulia Romano 347 123 4567", "space")}⟧ — quale codifica è?`],
  ["nl", "hex:upper", `In de MSSQL-tabel staat VARBINARY 0x... ik kopieerde ⟦email|${hex("daan.devries@ziggo.nl", "upper")}⟧ — hoe zet ik dit om naar tekst?`],
  ["pl", "hex:dash", `Czytnik kart zwraca ⟦phone|${hex("Katarzyna Nowak tel. 601 234 567", "dash")}⟧ — jak to zdekodować w C#?`],
  ["pt", "hex:escape", `No log do Postgres apareceu E'⟦email|${hex("joao.pereira@sapo.pt", "escape")}⟧'. É o e-mail do cliente?`],
  ["en", "hex:colon", `The NFC tag on the visitor badge reads ⟦us_ssn|${hex("Mark Ellison SSN 412-67-9083", "colon")}⟧ — is storing it like this OK?`],
  ["ja", "hex:prefix", `ログに contact=⟦email|${hex("aiko.tanaka@icloud.com", "prefix")}⟧ と出力されています。デコード方法を教えてください。`],
  ["sv", "hex:space", `Hexdumpen av kundposten: ⟦email|${hex("maria.lindqvist@telia.se", "space")}⟧ — varför syns inte @ i Excel?`],
  ["en", "hex:mixed", `x-user header in nginx access log: ⟦email|${hex("tom.okafor@outlook.com", "mixed")}⟧ (our CDN re-cases some bytes). Normal?`],
  [
    "de",
    "hex:colon",
    `Der Barcode-Scanner liefert ⟦iban|${hex(`IBAN ${group(iban("DE", "500105175407324931"), " ", [4, 4, 4, 4, 4, 2])} Jonas Weber`, "colon")}⟧ — wie parse ich das?`,
  ],
];

const NEG_HEX: MarkedEntry[] = [
  [
    "en",
    "neg-hex:colon",
    "ssh-keygen -l -E md5 shows MD5:43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8 for the host key, but the client says it changed. Why?",
  ],
  [
    "en",
    "neg-hex:colon",
    "Our DHCP table:\n00:1a:2b:3c:4d:5e  printer-2F\n3c:22:fb:91:07:aa  build-agent-7\nf4:5c:89:b0:11:2e  meeting-room-tv\nHow do I pin these leases?",
  ],
  [
    "en",
    "neg-hex:escape",
    "The file starts with \\x89\\x50\\x4e\\x47\\x0d\\x0a\\x1a\\x0a\\x00\\x00\\x00\\x0d\\x49\\x48\\x44\\x52 — so it's a PNG, right? Pillow refuses it.",
  ],
  ["de", "neg-hex:prefix", "Welche Fehlercodes sind das? 0xC0000005, 0x80070005, 0xDEADBEEF, 0x8007045D — Windows-Ereignisanzeige, Server 2019."],
  ["fr", "neg-hex:plain", "Palette du thème : #1a2b3c #f4f4f4 #e63946 #a8dadc #457b9d #1d3557 — comment la convertir en variables CSS ?"],
  ["es", "neg-hex:plain", "El commit 9fceb02d0ae598e95dc970b74767f19372d61af8 rompió la build; ¿cómo hago git bisect desde ahí?"],
  ["it", "neg-hex:space", "Hexdump dell'header ELF: 7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00 00 03 00 3e 00 — perché readelf dice 'not an executable'?"],
  [
    "en",
    "neg-hex:colon",
    "The certificate's SHA-256 fingerprint is 5E:A1:9C:03:7B:44:D2:81:0F:6A:E3:29:B8:17:C5:90:4D:2E:6B:F1:A7:38:C0:55:19:8E:72:DB:03:AF:64:E1 — how do I pin it in OkHttp?",
  ],
  [
    "nl",
    "neg-hex:escape",
    `Deze shellcode uit een CTF-oefening: "\\x31\\xc0\\x50\\x68\\x2f\\x2f\\x73\\x68\\x68\\x2f\\x62\\x69\\x6e\\x89\\xe3\\x50" — wat doet het?`,
  ],
  ["en", "neg-hex:colon", `Our protocol's hello frame, as the spec shows it: ${hex("HELLO v2 build 4471 ready", "colon")}. Is the trailing byte a checksum?`],
  ["pl", "neg-hex:plain", "UUID zamówienia 3f2b8c1e-9d4a-4f6b-8e2c-7a1d5b9c0e34 pojawia się dwa razy w logu — skąd duplikat?"],
  ["pt", "neg-hex:prefix", `Constante mágica no firmware: ${hex("BOOTLOADER OK", "prefix")} — é texto ASCII?`],
];

const B64: MarkedEntry[] = [
  ["en", "b64:short", `Cookie from the staging app: uid=⟦email|${b64bare("ana.r@gmx.de")}⟧; Path=/ — what is this value?`],
  ["de", "b64:short", `Im Query-String steht ?m=⟦email|${b64bare("k.nowak@wp.pl")}⟧&src=nl — ist das ein Tracking-Parameter?`],
  ["fr", "b64:short", `Le SMS de rappel contient le lien https://rdv.example.fr/c/⟦phone|${b64bare("+33612345678")}⟧ — comment est construit le code ?`],
  ["es", "b64:short", `En el localStorage hay "tel":"⟦phone|${b64bare("+34612345678")}⟧". ¿Es un hash?`],
  ["it", "b64:padded", `Nel CSV esportato la colonna contatto vale ⟦email|${b64("giulia.romano@libero.it")}⟧ — come la decodifico in Excel?`],
  ["nl", "b64:urlsafe", `De deeplink is app://profiel/⟦email|${b64url("daan.devries+zorg@ziggo.nl")}⟧ — waarom staan er underscores in?`],
  [
    "en",
    "b64:wrapped",
    `Our old mailer stores the note as:\n⟦health|${wrap(b64("Patient Tom Okafor, DOB 1984-02-11, diagnosed with multiple sclerosis in March; starts ocrelizumab."), 40)}⟧\nWhy 40-char lines?`,
  ],
  ["pt", "b64:short", `Parâmetro de rastreio na URL: ?u=⟦email|${b64bare("jp@sapo.pt")}⟧ — é seguro?`],
];

const NEG_B64: MarkedEntry[] = [
  ["en", "neg-b64:short", "CSP header: script-src 'nonce-rAnd0mN0nce42x' 'strict-dynamic' — why is the inline script still blocked?"],
  ["de", "neg-b64:short", `Der Basic-Auth-Header der lokalen Demo ist "Authorization: Basic ${b64bare("admin:admin")}" aus der Doku — warum 401?`],
  ["fr", "neg-b64:short", `Dans le cookie de session : sid=${b64bare("hello world 42")} — est-ce normal que ce soit si court ?`],
  [
    "es",
    "neg-b64:urlsafe",
    `El code_challenge de PKCE es ${b64url(Buffer.from("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", "hex").toString("latin1")).slice(0, 22)}; ¿lo genero bien?`,
  ],
  ["it", "neg-b64:padded", `Il file di configurazione ha banner: ${b64("Benvenuti nel portale interno")} — perché è codificato?`],
  [
    "en",
    "neg-b64:short",
    "Function names from the minified bundle: getUserById, fetchAccountData, parseQueryString — how do I map them back with the source map?",
  ],
];

const B32: MarkedEntry[] = [
  ["en", "b32:unpadded", `The legacy SSO puts the login in the RelayState: ⟦email|${b32("jane.doe@gmail.com", false)}⟧. Which encoding is that?`],
  ["en", "b32:padded", `Our voicemail system names files like ⟦phone|${b32("Call back Mark Ellison on 415-829-3361")}⟧.wav — can I rename them safely?`],
  ["de", "b32:padded", `Im Dateinamen des Exports steht ⟦email|${b32("jonas.weber@web.de")}⟧ — ist das Base32?`],
  ["fr", "b32:unpadded", `Le QR code du badge contient ⟦email|${b32("elodie.marchand@orange.fr", false)}⟧ ; quel décodeur utiliser ?`],
  ["es", "b32:unpadded", `En la URL de baja aparece /unsub/⟦email|${b32("lucia.fdez@telefonica.net", false)}⟧ — ¿cómo obtengo el correo?`],
  ["it", "b32:padded", `La chiave Redis è user:⟦phone|${b32("Giulia Romano +39 347 123 4567")}⟧ — perché così lunga?`],
  ["nl", "b32:unpadded", `Het DNS-label in de logs is ⟦email|${b32("daan.devries@ziggo.nl", false).toLowerCase()}⟧.exfil.example — is dit een datalek?`],
  ["pl", "b32:padded", `Pole "ref" w JSON-ie: "⟦national_id|${b32("Katarzyna Nowak PESEL 88011112345")}⟧" — jak to odczytać?`],
];

const NEG_B32: MarkedEntry[] = [
  [
    "en",
    "neg-b32:padded",
    `The RFC 6238 test vector secret is ${b32("12345678901234567890")} — my TOTP code for T=59 doesn't match 94287082. What am I doing wrong?`,
  ],
  [
    "en",
    "neg-b32:unpadded",
    "Demo account for the workshop: user demo / otpauth://totp/Acme:demo?secret=JBSWY3DPEHPK3PXP&issuer=Acme — why does Google Authenticator show a different code?",
  ],
  [
    "de",
    "neg-b32:unpadded",
    "Fehlercodes aus unserem Enum: ERRORCONNECTIONREFUSEDBYPEER, MAXIMUMRETRYCOUNTEXCEEDED, INVALIDSTATETRANSITION — wie mappe ich sie auf HTTP-Status?",
  ],
  ["fr", "neg-b32:padded", `Le nom du fichier de sauvegarde est ${b32("backup nightly 2026-12-05 ok")} — pourquoi pas une date lisible ?`],
  [
    "en",
    "neg-b32:unpadded",
    "Tor hidden service for the docs mirror: duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion — how do I set HiddenServiceDir?",
  ],
  ["es", "neg-b32:unpadded", "El CID de IPFS es bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi — ¿por qué empieza por b?"],
  [
    "it",
    "neg-b32:unpadded",
    `Segreto TOTP generato per l'account di prova del manuale: ${b32(Buffer.from("a1b2c3d4e5f60718293a", "hex"), false)} — va bene lungo 16?`,
  ],
  ["sv", "neg-b32:padded", `Konstanten i koden: ${b32("RELEASE NOTES 4.2")} — är det en bugg att den är base32?`],
];

export const ENCODED: MarkedEntry[] = [...HEX, ...NEG_HEX, ...B64, ...NEG_B64, ...B32, ...NEG_B32];

/** Further variants of the same records in other carriers (JSON, chat, mail, log lines) and same-shape negatives. */
const MORE: MarkedEntry[] = [
  [
    "en",
    "hex:colon",
    `{"ticket":88172,"contact":"⟦phone|${hex("Mark Ellison (937) 482-1175", "colon")}⟧","status":"open"}\nOur Zendesk export looks like this — how do I decode contact in jq?`,
  ],
  ["de", "hex:prefix", `[10:42] <ops> kunde-blob = ⟦phone|0x${hex("Jonas Weber, Tel. 0151 23456789", "upper")}⟧ … [10:43] <dev> wer hat den reingeloggt?`],
  [
    "nl",
    "hex:escape",
    `Beste helpdesk, in de bijlage staat "⟦iban|${hex("Daan de Vries NL91 ABNA 0417 1643 00", "escape").toUpperCase().replace(/\\X/g, "\\x")}⟧". Wat is dit voor codering?`,
  ],
  [
    "sv",
    "b32:unpadded",
    `Loggrad från HR-systemet: employee=⟦health|${b32("Anna Berg, sjukskriven: utbrändhet och depression", false)}⟧ action=update — vad är det för format?`,
  ],
  ["de", "b64:short", `Im Push-Payload steht "msisdn":"⟦phone|${b64bare("+4915123456789")}⟧" — muss ich das hashen?`],
  ["ja", "b64:urlsafe", `アプリのURL: myapp://invite?e=⟦email|${b64url("a.t@docomo.ne.jp")}⟧ — このパラメータの意味は？`],
  ["nl", "hex:space", `Uit de RFID-kaart: ⟦date_of_birth|${hex("Daan de Vries geboren 30-06-1976", "space").toUpperCase()}⟧ — klopt de byte-volgorde?`],
  [
    "en",
    "hex:escape",
    `Postgres bytea output: ⟦email|\\x${hex("priya.raman@yahoo.co.uk")}⟧ and in the app log ⟦email|${hex("priya.raman@yahoo.co.uk", "escape").replace(/\\x(.)/g, (_m, c: string) => `\\x${c.toUpperCase()}`)}⟧ — same value?`,
  ],
  [
    "en",
    "hl7:hash",
    "Chat from the interface team: 'getting PID#1##⟦medical_record|7720931⟧^^^MGH^MR##PATEL^RAVI##⟦date_of_birth|19660404⟧#M####⟦phone|617-555-2940⟧ with no MSH, what separator is that?'",
  ],
  [
    "fr",
    "edifact:una",
    "Message DESADV reçu :\nUNA:+.? !\nNAD+DP+++MARCHAND:ELODIE+⟦street_address|12 rue des Lilas⟧+Lyon++69003+FR!\nCTA+IC+:ELODIE MARCHAND!\nCOM+⟦phone|0612345678⟧:TE!\nPourquoi le point d'exclamation ?",
  ],
  [
    "de",
    "hl7:two",
    "Zwei Nachrichten in einer Datei:\nMSH#^~\\&#LIS#KH#KIS#KH#202612051200##ORU^R01#1#P#2.5\nPID#1##⟦medical_record|K-7781234⟧^^^KH^PI##SCHULZ^PETRA##⟦date_of_birth|19550812⟧#F\nMSH!^~\\&!LIS!KH!KIS!KH!202612051201!!ORU^R01!2!P!2.5\nPID!1!!⟦medical_record|K-7781235⟧^^^KH^PI!!SCHULZ^KLAUS!!⟦date_of_birth|19530130⟧!M\nWie trenne ich die?",
  ],
  ["en", "b32:padded", `Support macro pasted this reference: ${"REF-"}⟦email|${b32("priya.raman@yahoo.co.uk")}⟧ — can the customer read it?`],
];

const NEG_MORE: MarkedEntry[] = [
  ["en", "neg-hex:colon", "Bluetooth pairing log: LTK=9c:3f:a1:07:e2:5b:c4:88:1d:f0:36:ab:72:e9:05:c1 — why does the bond get lost after reboot?"],
  ["fr", "neg-hex:escape", `Mon fichier CSV affiche ${hex("café crème brûlée", "escape")} au lieu des accents — quel encodage ?`],
  ["en", "neg-hex:prefix", `gdb prints the buffer as ${hex("Hello, World! build ok", "prefix")} — why not as a string?`],
  ["it", "neg-hex:space", `Il proxy mostra ${hex("GET /index.html HTTP/1.1", "space")} nel dump — è una richiesta normale?`],
  ["en", "neg-b64:short", `The docs' sample token is ${b64bare("test@example.com")} (base64 of test@example.com) — do I need to replace it?`],
  ["de", "neg-b32:padded", `Im Handbuch steht als Beispiel-Referenz ${b32("support@example.com")} — ist das Base32 der Support-Adresse?`],
  ["sv", "neg-b32:unpadded", "Våra felkonstanter: HTTP2STREAMRESETBYPEER, UTF8DECODEERROR, TLS13HANDSHAKETIMEOUT — hur loggar jag dem snyggt?"],
  [
    "es",
    "neg-hex:plain",
    '{"primary":"#2a9d8f","secondary":"#e9c46a","danger":"#e76f51","dark":"#264653","light":"#f1faee"} — ¿cómo genero el tema de Tailwind?',
  ],
  [
    "en",
    "neg-hl7:hash",
    "HL7 spec sample reformatted with # for a training slide:\nPID#1##PATID1234^5^M11^ADT1^MR^GOOD HEALTH HOSPITAL~123456789^^^USSSA^SS##EVERYMAN^ADAM^A^III##19610615#M\nDoes PID-3 repeat correctly?",
  ],
  [
    "nl",
    "neg-edifact:una",
    "Leveranciersbericht:\nUNA|*.? ~\nNAD*SU*8712345000004**Bakkerij Jansen BV*Marktstraat 1*Utrecht**3511*NL~\nCOM*+31301234567|TE~\nIs de GLN goed?",
  ],
  ["pl", "neg-hex:upper", "Identyfikator sesji z logu: 550E8400E29B41D4A716446655440000 — czy to UUID bez myślników?"],
  ["de", "neg-testhead:declared", "Test: 0800 123 4567\nDas ist unsere kostenlose Test-Hotline aus dem Handbuch. Warum klingelt sie nicht?"],
  ["ja", "neg-b32:unpadded", `デモアカウント用の TOTP シークレット（ドキュメント記載）: ${b32("demo-secret-2026", false)} — 認証アプリに登録できません。`],
];

ENCODED.push(...MORE, ...NEG_MORE);
