/**
 * dev-89 entries: personal data after the cue words people actually write and rule writers rarely list — emoji and
 * symbols as labels (📞 ☎️ 📱 ✉️ 🏠 📍 🎂 🪪 🔑 🔐 💳 🏦 🩺 💊 ✆ ☏), abbreviations and shorthand (D.O.B., b'day, ph., mob.,
 * m:, c:, SS#, soc. sec., SIN#, pp no., dl#, acct, a/c, pwd, pw, pin#, res. addr., Geb.-Dat., Tfno., mdp), misspelt
 * labels (pasword, passwrod, adress, phne, birthdat, socail security), machine keys (camelCase, snake_case, dotted and
 * bracketed, GraphQL, Protobuf text, YAML, INI, TOML, HTML `name=` and `autocomplete=`), the label after the value
 * ("(cell)", "is her birthday"), legal register ("residing at", "born on the … day of", "bearing passport no.",
 * "demeurant", "wohnhaft", "con domicilio en"), bilingual labels and a table's header two rows above. English first,
 * then German, French and Spanish. Sensitive: a private, named or identified person's phone, e-mail, home, birth date,
 * identity or passport number, card, account, credential or health. Hard negatives: the same cue forms on businesses,
 * public figures, fiction, documented samples and test values, schemas and tutorials without data, placeholders and
 * masked values, and look-alikes (pH, pages, a routing number alone). `kind` is `<cue form>:<category>` or
 * `neg-<cue form>:<what>`. Values with check digits come from `values.ts` (seeded). Every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { V, grouped as g } from "./values.js";

export const SENSITIVE: MarkedEntry[] = [
  // ── English: emoji and symbols as labels ──
  [
    "en",
    "emoji:phone+email+address",
    `Can you tidy up my email signature so it fits on one line on mobile?
Maya Okafor | freelance illustrator
📱 ⟦phone|+1 415 682 3907⟧
✉️ ⟦email|maya.okafor.draws@gmail.com⟧
🏠 ⟦street_address|2218 Fulton St, Apt 4, San Francisco, CA 94117⟧`,
  ],
  [
    "en",
    "emoji:health+dob",
    `Making a card for Grandpa's hospital bag, make it look neat:
👴 Harold Lindqvist
🎂 ⟦date_of_birth|03/14/1941⟧
🩺 ⟦health|atrial fibrillation⟧, ⟦health|pacemaker since 2019⟧
💊 ⟦health|warfarin 5 mg⟧ every evening
☎️ daughter Karen ⟦phone|(612) 874-3091⟧`,
  ],
  [
    "en",
    "emoji:password",
    `bro the wifi at my place is "Casa_Ortiz_5G" 🔑 ⟦password|Tangerine#Moose42⟧ dont post it in the group chat lol. how do i change it on a netgear?`,
  ],
  [
    "en",
    "emoji:passport+dob",
    `Turn this into a printable travel checklist for my son:
🧳 Devin Marsh
🪪 ⟦passport|548203917⟧ (exp. 2031)
🎂 ⟦date_of_birth|2009-07-22⟧
✈️ UA 901 SFO→FRA, 14 Aug`,
  ],
  [
    "en",
    "emoji:payment_card",
    `Jenna left this in our shared notes: 💳 ⟦payment_card|${g(V.visa)}⟧ 09/28 🔒 CVV 431 — is that a Visa or a Mastercard and should she move it somewhere safer?`,
  ],
  ["en", "emoji:iban", `Write a polite reminder to my flatmate that rent goes to the landlord, Tomasz Wójcik, now: 🏦 ⟦iban|${g(V.ibanGb)}⟧ by the 1st.`],
  [
    "en",
    "emoji:phone",
    `Format this for my mum's little sewing-repair flyer (she works from home): Ruth Abernathy · alterations & hems · ☏ ⟦phone|07842 316 905⟧`,
  ],
  [
    "en",
    "emoji:address",
    `Write a cute invite text for Lily's 7th birthday 🎈
📅 Sat 12 Oct, 2–5 pm
📍 ⟦street_address|48 Willow Creek Dr, Naperville, IL 60540⟧ (our house, park on the street)`,
  ],
  [
    "en",
    "emoji:phone+email",
    `Fix the alignment in my CV header:
JORDAN PIKE                    ✆ ⟦phone|(646) 318-2274⟧   ✉ ⟦email|jordan.pike91@outlook.com⟧`,
  ],
  [
    "en",
    "emoji:password",
    `Kev pasted this into our family note, is it safe to keep there?
🔐 Netflix
👤 kev.moran
🔐 ⟦password|Biscuit_Rover_88⟧`,
  ],
  [
    "en",
    "emoji:health",
    `Quick update for the team chat: 🩺 Dana Whitfield (accounts) — ⟦health|gallbladder surgery⟧ Tuesday, 💊 ⟦health|on strong painkillers⟧, back in ~2 wks. Make it sound less blunt?`,
  ],
  // ── English: abbreviations, shorthand, texting, capitals ──
  [
    "en",
    "abbrev:dob+health",
    `Summarise for handover: Pt Sandra Kowalczyk, D.O.B. ⟦date_of_birth|02/03/1984⟧, c/o ⟦health|chest pain x2 days⟧, hx ⟦health|T2DM⟧, ⟦health|HTN⟧. Meds ⟦health|metformin 1 g bd⟧.`,
  ],
  ["en", "abbrev:phone+dob", `add to my contacts pls: Priya Raman — mob. ⟦phone|+44 7825 482 306⟧, b'day ⟦date_of_birth|9 June 1992⟧, met at Tom's wedding`],
  [
    "en",
    "abbrev:phone",
    `Make this vendor list consistent: Joe's plumbing ph. 312-555-0147, my neighbour Arturo (he fixes bikes) ph. ⟦phone|(312) 804-6621⟧, cell only.`,
  ],
  [
    "en",
    "abbrev:phone",
    `Shorten my signature:
Lena Brooks
m: ⟦phone|+1 (503) 889-4172⟧
c: ⟦phone|503 771 2095⟧`,
  ],
  ["en", "abbrev:ssn", `Filling my dad's Medicare form, is this right? Name: Walter Greene, SS# ⟦us_ssn|512-38-7094⟧, DoB ⟦date_of_birth|11/30/1952⟧`],
  [
    "en",
    "abbrev:ssn",
    `My sister asked me to check her W-4: Amanda Cole, soc. sec. ⟦us_ssn|287 61 4430⟧, married filing jointly. Which box for the second job?`,
  ],
  ["en", "abbrev:national_id", `Help me fill the CRA form for my husband: Marc Tremblay, SIN# ⟦national_id|${g(V.sin, 3)}⟧, moved to Ontario in May.`],
  ["en", "abbrev:passport", `Visa form for my wife, does the name field need her maiden name? Olivia Hart, pp no. ⟦passport|583920164⟧, issued 2022.`],
  ["en", "abbrev:driver_license", `Car rental asked for the second driver: Ben Alvarez, dl# ⟦driver_license|D4829173⟧ (CA), exp 2027. Write the email for me.`],
  ["en", "abbrev:bank_account", `Set up the direct deposit note for my nanny Rosa Mendez: rtn ${V.routing}, acct ⟦bank_account|${V.account}⟧, checking.`],
  ["en", "abbrev:bank_account", `Pls word this nicely to my cousin Aidan: send the £200 to a/c ⟦bank_account|${V.account2}⟧ sort 20-45-77, name Niamh Byrne.`],
  [
    "en",
    "abbrev:password",
    `gf's laptop login if u need it tonight: user: chloe.w pwd ⟦password|sunfl0wer!Bay⟧ — can you explain how to change it to a passphrase`,
  ],
  ["en", "abbrev:password", `staging box for Ryan's side project, ssh ryan@10.0.0.4 pw ⟦password|Qm7#vTz2!pLx⟧. why does it say permission denied?`],
  ["en", "abbrev:password", `Mom's bank card pin# ⟦password|4821⟧ and she keeps forgetting it, what's a good way to help an elderly parent remember a PIN?`],
  [
    "en",
    "abbrev:address",
    `Forms keep rejecting my aunt's address, what's wrong? res. addr. ⟦street_address|1147 Magnolia Ave Apt 3C, Long Beach CA 90813⟧ (Beatrice Kim)`,
  ],
  ["en", "abbrev:address", `Label for Grandma June pls: addr. ⟦street_address|72 Hollis Rd, ste 2, Bangor ME 04401⟧`],
  [
    "en",
    "abbrev:address",
    `yo whats the best way to get to my buddy Marcus's place from the airport, his addy is ⟦street_address|3390 Peachtree Rd NE unit 1208 Atlanta⟧`,
  ],
  [
    "en",
    "caps:phone+dob+address",
    `CONVERT THIS TO A NORMAL SENTENCE CASE FORM ENTRY:
NAME: DOROTHY FENWICK
DOB: ⟦date_of_birth|07 APR 1938⟧
HOME ADDR: ⟦street_address|19 BIRCHWOOD CLOSE, LEEDS LS17 8PZ⟧
TEL NO: ⟦phone|0113 268 4097⟧`,
  ],
  ["en", "abbrev:email", `txt from Mia: "hey its Mia from yoga, my em is ⟦email|mia.tanaka.yoga@gmail.com⟧ send me the playlist?" — draft a reply`],
  // ── English: misspelt labels ──
  [
    "en",
    "misspelt:password",
    `Locked out again. My brother Sam set it up, his note says username sam_olsen passwrod: ⟦password|Pelican$Dusk19⟧. What's a good way to store these?`,
  ],
  ["en", "misspelt:password", `For the shared Disney+ acct, pasword is ⟦password|Moana4ever!!⟧ — Laura says the login fails on the TV, why?`],
  [
    "en",
    "misspelt:address",
    `fix the grammer in this: "Please deliver to my adress ⟦street_address|88 Greenleaf Terrace, Apt 2, Oakland CA 94610⟧, ring twice." (for Nadia)`,
  ],
  ["en", "misspelt:phone", `my nans phne number is ⟦phone|01865 274918⟧ (Nan = Margaret Hale), how do I set her as a favourite on my iphone`],
  [
    "en",
    "misspelt:dob",
    `Gym form for my son Ethan Park, birthdat ⟦date_of_birth|04-19-2011⟧, allergies ⟦health|peanuts⟧ — is he old enough for the teen class?`,
  ],
  ["en", "misspelt:ssn", `What do I put in the socail security field for my mom? hers is ⟦us_ssn|439-02-8817⟧, Linda Moreau, shes retired`],
  [
    "en",
    "misspelt:email",
    `Correct the typos: "Contact Person: Ivan Petrov, emial adress: ⟦email|ivan.petrov.home@yandex.ru⟧, telefon: ⟦phone|+1 604 718 2290⟧"`,
  ],
  // ── English: machine keys ──
  [
    "en",
    "machine-key:phone",
    `Why does this lodash path return undefined? get(user, "user.contact.mobile") on
{"user":{"id":8812,"name":"Grace Liu","contact":{"mobile":"⟦phone|+1 917 482 6031⟧"}}}`,
  ],
  [
    "en",
    "machine-key:dob",
    `Parsing fails on this record from our clinic app: {"patientName":"Omar Haddad","dobDate":"⟦date_of_birth|1979-12-05⟧","allergyList":["⟦health|penicillin⟧"]}`,
  ],
  [
    "en",
    "machine-key:ssn",
    `pandas can't read this row, the pt_ssn column shifts: pt_id,pt_name,pt_ssn,pt_dx\n4471,Rebecca Stone,⟦us_ssn|522-74-1938⟧,⟦health|major depressive disorder⟧`,
  ],
  [
    "en",
    "machine-key:address",
    `Rails params dump, why is line2 missing? cust[name]=Peter Novak&cust[address][line1]=⟦street_address|560 Elm St Apt 12⟧&cust[address][zip]=02139`,
  ],
  [
    "en",
    "machine-key:phone+email",
    `GraphQL returned this, how do I hide the fields for non-admins?
{"data":{"customer":{"fullName":"Hannah Reyes","mobileNo":"⟦phone|(415) 730-2286⟧","personalEmail":"⟦email|hreyes.home@icloud.com⟧"}}}`,
  ],
  [
    "en",
    "machine-key:address",
    `protobuf text-format from the shipping service, why won't it parse?
recipient {
  display_name: "Colin O'Hara"
  home_addr: "⟦street_address|27 Sycamore Lane, Evanston, IL 60201⟧"
}`,
  ],
  [
    "en",
    "machine-key:phone",
    `YAML for our school trip app, the emergency contact isn't showing:
students:
  - name: Zoe Franklin
    emergencyContactPhone: "⟦phone|+1 773 604 2917⟧"`,
  ],
  [
    "en",
    "machine-key:password",
    `My mailer.ini, why does auth fail?
[account]
smtp_user = ⟦email|nora.hughes@fastmail.com⟧
smtp_passwd = ⟦password|Tundra-Lark-7734⟧`,
  ],
  [
    "en",
    "machine-key:iban",
    `TOML config for my personal budget script:
[billing]
owner = "Felix Brandt"
billing.iban = "⟦iban|${V.ibanDe}⟧"
Why does toml say duplicate key?`,
  ],
  [
    "en",
    "machine-key:passport",
    `Validate this: {"traveller":{"given":"Aisha","family":"Bello","pp_no":"⟦passport|A04817362⟧","custDOB":"⟦date_of_birth|1995-02-17⟧"}}`,
  ],
  ["en", "machine-key:phone", `curl -H "x-user-phone: ⟦phone|+14156823907⟧" -H "x-user-name: Maya Okafor" https://api.myapp.dev/v2/verify — why 400?`],
  // ── English: HTML form fields and autocomplete values ──
  [
    "en",
    "html:phone+dob",
    `The saved form HTML from my sister's registration, why doesn't the date pick up?
<input name="fullname" value="Erin Castillo">
<input autocomplete="tel" value="⟦phone|(206) 914-3378⟧">
<input autocomplete="bday" value="⟦date_of_birth|1993-08-27⟧">`,
  ],
  [
    "en",
    "html:payment_card",
    `Autofill put this into the page source, is it stored anywhere? <input autocomplete="cc-number" value="⟦payment_card|${g(V.master)}⟧"> <input autocomplete="cc-name" value="Owen Price">`,
  ],
  [
    "en",
    "html:address",
    `<textarea autocomplete="street-address">⟦street_address|914 Larkspur Ct, Boulder, CO 80304⟧</textarea> — this is my dad's profile page, why is it wrapping?`,
  ],
  [
    "en",
    "html:password",
    `Found this in a HAR file from my mom's laptop: <input type="password" autocomplete="current-password" value="⟦password|Daisy1957!garden⟧"> how did it get there?`,
  ],
  // ── English: the label after the value ──
  ["en", "after:phone", `Add to the babysitter sheet: Jess ⟦phone|+1 415 730 9942⟧ (cell), Mike ⟦phone|415-822-0187⟧ (work cell)`],
  ["en", "after:dob", `Remind me in time: ⟦date_of_birth|1984-03-02⟧ is her birthday — Claire from book club, she'll be 43?`],
  ["en", "after:ssn", `⟦us_ssn|601-48-2273⟧ — that's my brother Luis's SSN, the bank form wants it without dashes, how do I write it?`],
  ["en", "after:payment_card", `⟦payment_card|${V.visa2}⟧ is Mom's Visa, the airline site keeps declining it, what could it be?`],
  ["en", "after:email", `Write to ⟦email|m.delgado77@yahoo.com⟧ (Marta's personal one, not her work address) that the reunion moved to Friday.`],
  // ── English: legal and formal register ──
  [
    "en",
    "legal:address+dob",
    `Proofread this affidavit: I, Gregory Alan Whitmore, born on the ⟦date_of_birth|fourteenth day of March, 1979⟧, residing at ⟦street_address|1420 Cedar Hollow Road, Franklin, TN 37064⟧, do hereby declare…`,
  ],
  ["en", "legal:passport", `Tidy this consent letter: I, Nkechi Obi, bearing passport no. ⟦passport|B48172936⟧, authorise my sister to collect my documents.`],
  [
    "en",
    "legal:address",
    `Lease clause, is this enforceable? "The Tenant, Daniel Hsu, domiciled at ⟦street_address|33 Harbor View Dr, Unit 5, Sausalito, CA 94965⟧, shall…"`,
  ],
  // ── English: bilingual labels ──
  [
    "en",
    "bilingual:phone+dob",
    `Check my school enrolment form for Sofia:
Nombre / Name: Sofía Gutiérrez
Fecha de nacimiento / Date of birth: ⟦date_of_birth|05/11/2016⟧
Teléfono / Phone: ⟦phone|(213) 486-7720⟧`,
  ],
  [
    "en",
    "bilingual:address",
    `Our Montreal daycare form: Adresse / Address: ⟦street_address|4521 rue de Bordeaux, app. 3, Montréal QC H2H 2A1⟧ — Parent: Julie Côté. Which language goes first?`,
  ],
  // ── English: the label in a table header two rows above ──
  [
    "en",
    "table:phone+dob",
    `Turn this into a sentence for each kid:
| Child | Parent mobile | DOB |
|---|---|---|
| Noah Reed | ⟦phone|+1 503 620 4418⟧ | ⟦date_of_birth|2015-06-03⟧ |
| Ava Lin | ⟦phone|+1 503 771 8820⟧ | ⟦date_of_birth|2014-11-19⟧ |`,
  ],
  [
    "en",
    "table:ssn",
    `Excel pasted like this, align the columns:
Employee	SSN	Start
(text)	(###-##-####)	(date)
Carla Diaz	⟦us_ssn|318-46-2207⟧	2024-02-01`,
  ],

  // ── German ──
  [
    "de",
    "emoji:phone+email",
    `Mach meine Signatur schöner:
Lea Hoffmann
📱 ⟦phone|0176 38291047⟧
📧 ⟦email|lea.hoffmann88@web.de⟧`,
  ],
  [
    "de",
    "emoji:dob+health",
    `Notfallkarte für meinen Vater Günter Brandl: 🎂 ⟦date_of_birth|12.05.1949⟧ 💊 ⟦health|Marcumar⟧ 🩺 ⟦health|Vorhofflimmern⟧ – bitte übersichtlich formatieren.`,
  ],
  ["de", "abbrev:phone", `Kontaktliste fürs Elterncafé: Fam. Yilmaz, Handy-Nr. ⟦phone|0151 23847106⟧, Mob. Vater ⟦phone|0160 7723185⟧`],
  ["de", "abbrev:dob", `Formular für meine Tochter Mia Schulte, Geb.-Dat. ⟦date_of_birth|03.09.2012⟧ – wie schreibe ich das im englischen Formular?`],
  ["de", "abbrev:national_id", `Meine Frau Sabine Krüger, St.-IdNr. ⟦national_id|${V.steuer}⟧ – wo trage ich die in ELSTER bei gemeinsamer Veranlagung ein?`],
  ["de", "abbrev:iban", `Überweisung an meinen Vermieter Herrn Oswald, Kto. ⟦iban|${g(V.ibanDe2)}⟧ – formulier mir bitte den Verwendungszweck.`],
  ["de", "abbrev:password", `WLAN bei Oma: Netz FRITZ!Box 7590 XY, PW ⟦password|Kirschbaum-1953-Garten⟧ – wie ändere ich das Passwort aus der Ferne?`],
  ["de", "misspelt:password", `Mein Bruder Jan hat mir geschrieben: "Pasword fürs Steam-Konto ist ⟦password|Drachenfels!77⟧" – ist das sicher genug?`],
  ["de", "misspelt:address", `Korrigier bitte: "Meine Adrese ist ⟦street_address|Lindenstraße 14, 2. OG, 50674 Köln⟧" für die Anmeldung von Tom Weber.`],
  ["de", "machine-key:dob", `Warum schlägt die Validierung fehl? {"kunde":{"name":"Petra Lang","geburtsdatum":"⟦date_of_birth|1971-02-28⟧"}}`],
  [
    "de",
    "machine-key:phone",
    `Das CSV aus unserem Vereinsprogramm: mitglied_name;kunde.handynummer\nKlaus Reiter;⟦phone|+49 171 4829173⟧ – wie trenne ich die Spalten?`,
  ],
  [
    "de",
    "legal:address+dob",
    `Bitte Vollmacht prüfen: Herr Tobias Engel, geboren am ⟦date_of_birth|17. Juni 1980⟧ in Kassel, wohnhaft ⟦street_address|Goethestraße 8, 34119 Kassel⟧, bevollmächtigt …`,
  ],
  ["de", "legal:passport", `Die Erklärung: Frau Aylin Demir, ausgewiesen durch Reisepass Nr. ⟦passport|C7KX29LNT⟧, bestätigt … – klingt das korrekt?`],
  ["de", "after:phone", `Schreib Lukas, dass er mich unter ⟦phone|0172 9934817⟧ (privat) erreicht, nicht über die Büronummer.`],
  ["de", "after:dob", `⟦date_of_birth|24.11.1956⟧ – das ist Omas Geburtstag, Hilde wird 70, hilf mir bei einer Rede.`],
  ["de", "bilingual:phone", `Anmeldebogen Sprachschule: Name / Name: Jonas Vogel, Telefon / Phone: ⟦phone|+49 157 38402915⟧ – ist das Englisch richtig?`],
  ["de", "caps:address", `BITTE FÜR DAS ETIKETT: EMPFÄNGER: RENATE FISCHER, ANSCHRIFT: ⟦street_address|AM MÜHLBACH 3, 83022 ROSENHEIM⟧`],
  ["de", "abbrev:health", `Übergabe: Pat. Herr Frank Möller, Dx ⟦health|Z.n. Apoplex⟧, Med. ⟦health|ASS 100⟧ – kurz zusammenfassen.`],

  // ── French ──
  [
    "fr",
    "emoji:phone+address",
    `Mets en forme ma signature :
Camille Moreau
☎️ ⟦phone|06 12 48 73 95⟧
🏠 ⟦street_address|14 rue des Lilas, 69003 Lyon⟧`,
  ],
  [
    "fr",
    "emoji:dob+health",
    `Fiche pour la colo de mon fils Hugo Lefèvre : 🎂 ⟦date_of_birth|08/02/2014⟧, 💊 ⟦health|Ventoline⟧ (⟦health|asthme⟧), tu peux la rendre plus claire ?`,
  ],
  ["fr", "abbrev:phone", `Corrige la liste : Mme Dubois port. ⟦phone|07 68 31 24 59⟧, M. Petit tél. ⟦phone|+33 7 81 44 20 63⟧ (voisins du 3e)`],
  ["fr", "abbrev:dob", `Ma mère, Françoise Martin, date de naiss. ⟦date_of_birth|12/09/1958⟧ – comment demander sa carte Vitale ?`],
  ["fr", "abbrev:national_id", `Pour la mutuelle de mon mari Julien Roux, n° de sécu ⟦national_id|${V.nir2}⟧, c'est bien 15 chiffres ?`],
  ["fr", "abbrev:password", `le mdp du wifi chez mes parents c'est ⟦password|Bretagne2024!Phare⟧, comment le changer sur une Livebox ?`],
  ["fr", "abbrev:iban", `Rédige un mot pour ma coloc Inès : le loyer va sur le RIB de Mme Garnier, IBAN ⟦iban|${g(V.ibanFr)}⟧.`],
  ["fr", "misspelt:password", `Ma sœur Léa m'a envoyé "mot de pass : ⟦password|Chaton_Gris_91⟧" pour son compte Deezer, c'est solide ?`],
  ["fr", "misspelt:address", `Corrige : "mon adrese c'est ⟦street_address|27 avenue Jean Jaurès, 31000 Toulouse⟧" (c'est pour Paul Girard)`],
  [
    "fr",
    "machine-key:national_id",
    `Le JSON de la mutuelle plante : {"assure":"Claire Bonnet","numSecu":"⟦national_id|${V.nir}⟧","date_naissance":"⟦date_of_birth|1987-04-12⟧"}`,
  ],
  [
    "fr",
    "legal:address+dob",
    `Relis cet acte : Monsieur Antoine Lambert, né le ⟦date_of_birth|3 mai 1975⟧ à Nantes, demeurant ⟦street_address|9 rue Crébillon, 44000 Nantes⟧, …`,
  ],
  ["fr", "legal:passport", `Attestation : je soussignée Amina Diallo, titulaire du passeport n° ⟦passport|21CV48317⟧, certifie héberger… c'est bien formulé ?`],
  ["fr", "after:phone", `Dis à Manon de rappeler au ⟦phone|06 47 29 81 30⟧ (perso) plutôt qu'au standard.`],
  [
    "fr",
    "bilingual:dob",
    `Formulaire bilingue pour ma fille Chloé Fontaine : Date de naissance / Date of birth : ⟦date_of_birth|21/06/2017⟧ – l'ordre jour/mois pose problème ?`,
  ],
  ["fr", "abbrev:health", `Transmissions : Mme Odette Perrin, 82 ans, ATCD ⟦health|diabète de type 2⟧, ⟦health|IRC stade 3⟧ — résume pour l'équipe de nuit.`],
  [
    "fr",
    "caps:email",
    `EN MAJUSCULES SUR LE FORMULAIRE : NOM : RENAUD, PRÉNOM : BASTIEN, COURRIEL : ⟦email|BASTIEN.RENAUD@ORANGE.FR⟧ – faut-il les minuscules ?`,
  ],

  // ── Spanish ──
  [
    "es",
    "emoji:phone+email",
    `Ponme bonita la firma:
Lucía Navarro
📞 ⟦phone|+34 689 201 574⟧
✉️ ⟦email|lucia.navarro.g@gmail.com⟧`,
  ],
  [
    "es",
    "emoji:address",
    `Invitación para el cumple de mi hijo Pablo 🎉 📍 ⟦street_address|Calle de Embajadores 52, 3º B, 28012 Madrid⟧ (nuestra casa) — hazla divertida`,
  ],
  ["es", "abbrev:phone", `Lista de padres: Sra. Ortega tfno. ⟦phone|612 48 39 07⟧, Sr. Ruiz móv. ⟦phone|655 918 342⟧ — ordénala por apellido`],
  ["es", "abbrev:dob", `Mi abuelo Ramón Iglesias, F. nac. ⟦date_of_birth|14/02/1940⟧, ¿le toca la vacuna de la gripe?`],
  ["es", "abbrev:national_id", `Para el contrato de mi hermana: Elena Sanz, DNI ⟦national_id|${V.dni}⟧ — ¿cómo pongo la letra?`],
  ["es", "abbrev:iban", `Escribe a mi casero, Sr. Molina: la fianza la devuelve a la cta. ⟦iban|${g(V.ibanEs)}⟧ a nombre de Irene Campos.`],
  ["es", "abbrev:password", `la contra del wifi de mis padres es ⟦password|Girasol_1962!⟧, cómo la cambio desde el móvil?`],
  ["es", "misspelt:password", `Mi primo Dani me pasó la "contrasena: ⟦password|Tortuga$Azul88⟧" de su Netflix, ¿es segura?`],
  ["es", "misspelt:address", `Corrige: "mi direcion es ⟦street_address|Av. de la Constitución 19, 2º izq., 41001 Sevilla⟧" (para Marta Gil)`],
  [
    "es",
    "machine-key:dob",
    `No valida este JSON: {"cliente":{"nombre":"Jorge Pardo","fechaNacimiento":"⟦date_of_birth|1988-10-03⟧","num_dni":"⟦national_id|${V.dni2}⟧"}}`,
  ],
  [
    "es",
    "legal:address+dob",
    `Revisa el poder: D. Álvaro Serrano, nacido el ⟦date_of_birth|9 de enero de 1969⟧, con domicilio en ⟦street_address|Calle Mayor 7, 1º, 50001 Zaragoza⟧, otorga…`,
  ],
  ["es", "legal:passport", `Declaración: Dña. Valeria Ríos, provista de pasaporte nº ⟦passport|PAK739204⟧, autoriza a su madre… ¿está bien redactado?`],
  ["es", "after:phone", `Dile a Carmen que me llame al ⟦phone|+34 622 184 390⟧ (personal), no al de la oficina.`],
  [
    "es",
    "bilingual:phone",
    `Ficha bilingüe para el colegio de Mateo Vidal: Teléfono / Phone: ⟦phone|+34 699 512 804⟧, Dirección / Address: ⟦street_address|Carrer de Sants 112, 4º 1ª, 08014 Barcelona⟧`,
  ],
  ["es", "abbrev:health", `Resumen de guardia: Pac. Rosa Herrera, 67 a., AP ⟦health|EPOC⟧, ⟦health|IC⟧, trat. ⟦health|furosemida 40 mg⟧ — hazlo más corto.`],
  ["es", "caps:dob", `EN MAYÚSCULAS DEL FORMULARIO: NOMBRE: ANDRÉS PRIETO, FECHA NAC.: ⟦date_of_birth|23/07/1990⟧, ¿lo paso a minúsculas?`],
];

export const NEGATIVES: MarkedEntry[] = [
  // ── English: emoji and symbols on businesses, public facts, samples and placeholders ──
  [
    "en",
    "neg-emoji:business-phone",
    `Our café's Instagram bio, make it punchier: ☕ Bean There Coffee · 📞 (503) 224-0177 · 📍 1010 SW Morrison St, Portland · open 7–3`,
  ],
  [
    "en",
    "neg-emoji:company-founding",
    `Rewrite our About page timeline: 🎂 Founded 4 March 1998 in a garage · 🏢 HQ 500 Oracle Pkwy · 📈 IPO 2006. Keep the emoji.`,
  ],
  [
    "en",
    "neg-emoji:landmark",
    `Travel itinerary day 2: 📍 Empire State Building, 20 W 34th St, New York, NY 10001 — 🎟 tickets at 10:00, then lunch nearby. Add walking times.`,
  ],
  ["en", "neg-emoji:placeholder", `Design a signature template for our staff:\n[Full name] | [Role]\n📱 [mobile number]\n✉️ [work email]\n🏠 [office address]`],
  [
    "en",
    "neg-emoji:masked-password",
    `Screenshot from the app shows 🔑 Password: •••••••• and an eye icon. How do I make the eye toggle accessible for screen readers?`,
  ],
  ["en", "neg-emoji:test-card", `Stripe checkout keeps failing in test mode with 💳 4242 4242 4242 4242, 12/34, CVC 123 — what am I missing in the webhook?`],
  [
    "en",
    "neg-emoji:health-explainer",
    `Make a patient leaflet: 🩺 What is atrial fibrillation? 💊 Common medicines (warfarin, apixaban) ⚠️ When to call 911. Friendly tone.`,
  ],
  [
    "en",
    "neg-emoji:business-contact",
    `Footer for the shop site: ✉️ hello@northwindtraders.com · ☎️ +1 206 555 0100 · 🏦 Payments via Stripe. Is the order right?`,
  ],
  ["en", "neg-emoji:vault-howto", `How do I set up a shared vault in 1Password so the family sees 🔐 Netflix and 🔐 Wi-Fi items but not my bank logins?`],
  [
    "en",
    "neg-emoji:public-figure",
    `Fun facts card: 🎤 Taylor Swift 🎂 December 13, 1989 📍 born in West Reading, Pennsylvania. Make three more for other singers.`,
  ],
  // ── English: abbreviations and shorthand on non-personal values ──
  ["en", "neg-abbrev:lab-ph", `Lab notes, rewrite formally: sample A ph. 7.4, sample B ph. 6.8, temp 21 °C, acct for drift in the probe.`],
  ["en", "neg-abbrev:historic-dob", `Quiz card: Abraham Lincoln, D.O.B. Feb 12, 1809, d. Apr 15, 1865. Write two follow-up questions.`],
  ["en", "neg-abbrev:pages", `Cite this properly: Smith, J. (2019). Urban Birds. pp. 112–140, vol. 3, no. 2.`],
  ["en", "neg-abbrev:pin-connector", `The fan has a 4-pin# header and a 3-pin# header on the board, which one supports PWM?`],
  ["en", "neg-abbrev:ledger-acct", `In our chart of accounts, acct 4417 is "Freight in" and a/c 6120 is "Rent". Which should shipping refunds go to?`],
  ["en", "neg-abbrev:routing-alone", `Is rtn ${V.routing} a valid ABA routing number? I just want to understand how the checksum works.`],
  [
    "en",
    "neg-abbrev:form-design",
    `Our HR form has fields "SS#", "DOB", "res. addr." and "pp no." — how should I label them for accessibility and mask the SS# input?`,
  ],
  ["en", "neg-abbrev:physics", `Explain these from my notes: m: 3.2 kg, c: 299,792,458 m/s, E = mc². Why is c squared?`],
  ["en", "neg-abbrev:fiction-apt", `In Seinfeld, Jerry lives at 129 W 81st St, apt 5A. Write a trivia question about his apartment.`],
  [
    "en",
    "neg-caps:store-notice",
    `MAKE THIS NOTICE FRIENDLIER: STORE TEL NO: (212) 465-2000, CUSTOMER SERVICE ADDR: 4 PENN PLAZA, NEW YORK NY 10001. NO REFUNDS AFTER 30 DAYS.`,
  ],
  ["en", "neg-abbrev:texting-question", `what does "wats ur addy" mean in texting? my kid got it from someone online`],
  // ── English: misspelt labels with nothing personal ──
  ["en", "neg-misspelt:reset-question", `I forgot my pasword for gmail and the recovery phone is old, how do I reset it?`],
  ["en", "neg-misspelt:landmark", `whats the adress of the Louvre? is it Rue de Rivoli 75001 Paris or something else`],
  ["en", "neg-misspelt:office-hours", `socail security office hours near downtown Phoenix on saturdays?`],
  ["en", "neg-misspelt:public-figure", `birthdat of Serena Williams? i think its 26 september 1981`],
  ["en", "neg-misspelt:airline", `phne number for Delta Airlines customer service, 1-800-221-1212 right?`],
  ["en", "neg-misspelt:passrod-policy", `Our passwrod policy says min 12 chars, 1 symbol. Write the error text for when the user types less.`],
  // ── English: machine keys in schemas, code and docs without data ──
  [
    "en",
    "neg-machine-key:ts-interface",
    `Review this type: interface Patient { id: string; dobDate: Date; pt_ssn?: string; contact: { mobile: string } }. Should ssn be optional?`,
  ],
  ["en", "neg-machine-key:graphql-schema", `Is this schema OK? type Customer { fullName: String! mobileNo: String personalEmail: String homeAddr: Address }`],
  [
    "en",
    "neg-machine-key:proto",
    `proto3 question: message Recipient { string display_name = 1; string home_addr = 2; string pp_no = 3; } — should pp_no be bytes?`,
  ],
  [
    "en",
    "neg-machine-key:rails-params",
    `Strong params: params.require(:cust).permit(:name, address: [:line1, :line2, :zip]) — why is cust[address][line1] unpermitted?`,
  ],
  ["en", "neg-machine-key:ini-env", `mailer.ini:\n[account]\nsmtp_user = \${SMTP_USER}\nsmtp_passwd = \${SMTP_PASSWORD}\nDoes the ini parser expand env vars?`],
  [
    "en",
    "neg-machine-key:yaml-placeholder",
    `Helm values:\ndb:\n  user: app\n  password: <password>\n  host: postgres.default.svc\nHow do I pull the password from a secret instead?`,
  ],
  ["en", "neg-machine-key:toml-doc-iban", `The library's README shows [billing]\niban = "DE89 3704 0044 0532 0130 00" as the example. Is that a real account?`],
  [
    "en",
    "neg-machine-key:redacted",
    `Our log redaction output: {"pt_name":"[REDACTED]","pt_ssn":"***-**-****","custDOB":"****-**-**"} — is that enough for HIPAA?`,
  ],
  ["en", "neg-machine-key:lodash-path", `Explain lodash get(user, "user.contact.mobile", "n/a") vs optional chaining user?.contact?.mobile ?? "n/a".`],
  ["en", "neg-machine-key:header-name", `Should our API use x-user-phone or X-User-Phone as a header name? And is there an RFC for header casing?`],
  // ── English: HTML form fields in tutorials ──
  [
    "en",
    "neg-html:autocomplete-tutorial",
    `Explain the difference: <input type="password" autocomplete="current-password"> vs autocomplete="new-password". When does Chrome offer to save?`,
  ],
  [
    "en",
    "neg-html:cc-placeholder",
    `<input autocomplete="cc-number" placeholder="1234 5678 9012 3456" inputmode="numeric"> — how do I add spaces as the user types?`,
  ],
  ["en", "neg-html:bday-bounds", `<input type="date" autocomplete="bday" min="1900-01-01" max="2010-12-31"> — why can users still type 1899?`],
  ["en", "neg-html:tel-pattern", `<input autocomplete="tel" pattern="[0-9 +()-]{7,20}" value=""> — is this pattern too loose for US numbers?`],
  // ── English: the label after a non-personal value ──
  ["en", "neg-after:toll-free", `1-800-356-9377 (toll free) — is that really 1-800-FLOWERS? Write a short FAQ entry.`],
  ["en", "neg-after:company-birthday", `1998-09-04 is Google's birthday, right? Write a tweet for the anniversary.`],
  ["en", "neg-after:fiction", `221B Baker Street is Sherlock Holmes's home in the stories. Is there a real museum there?`],
  ["en", "neg-after:famous-sample-ssn", `078-05-1120 is the Woolworth wallet-card SSN — explain why so many people used it.`],
  ["en", "neg-after:test-card", `4111 1111 1111 1111 (test Visa) works in sandbox but 5555 5555 5555 4444 (test Mastercard) doesn't. Why?`],
  // ── English: legal register with placeholders and public parties ──
  [
    "en",
    "neg-legal:template",
    `Draft an affidavit template: I, [FULL NAME], born on the [DAY] day of [MONTH], [YEAR], residing at [ADDRESS], bearing passport no. [NUMBER], do hereby declare…`,
  ],
  ["en", "neg-legal:company", `Check this clause: "Acme Widgets Inc., a Delaware corporation domiciled at 1209 Orange Street, Wilmington, DE 19801, shall…"`],
  [
    "en",
    "neg-legal:public-figure",
    `Write a mock birth announcement in legal style: Barack Hussein Obama II, born on the fourth day of August, 1961, in Honolulu.`,
  ],
  ["en", "neg-legal:blank", `The embassy form says "bearing passport no. ________, issued at ________". Do I write the old or new passport?`],
  // ── English: bilingual and table headers with non-personal values ──
  [
    "en",
    "neg-bilingual:museum",
    `Translate the sign: Museo del Prado — Teléfono / Phone: +34 91 330 68 00 — Dirección / Address: Calle de Ruiz de Alarcón 23, 28014 Madrid.`,
  ],
  ["en", "neg-bilingual:blank-form", `Make this bilingual form line neater: Date de naissance / Date of birth: __/__/____  Adresse / Address: ______________`],
  [
    "en",
    "neg-table:branches",
    `Turn into sentences:
| Branch | Phone | Opened |
|---|---|---|
| Chase Midtown | (212) 270-6000 | 2001-05-14 |
| Chase SoHo | (212) 935-9935 | 1998-11-02 |`,
  ],
  [
    "en",
    "neg-table:dummy",
    `Explain this template sheet:
Employee	SSN	Start
(text)	(###-##-####)	(date)
Jane Doe	XXX-XX-XXXX	YYYY-MM-DD`,
  ],
  [
    "en",
    "neg-table:presidents",
    `Format as a list:
| President | DOB |
|---|---|
| John F. Kennedy | 1917-05-29 |
| Ronald Reagan | 1911-02-06 |`,
  ],

  // ── German ──
  ["de", "neg-emoji:business", `Bio für unsere Bäckerei: 🥐 Bäckerei Kamps · 📞 030 23125000 · 📍 Friedrichstraße 96, 10117 Berlin – bitte kürzer.`],
  ["de", "neg-emoji:founding", `Firmenchronik: 🎂 gegründet am 1. April 1976 · 🏭 erstes Werk 1981. Mach daraus einen Absatz.`],
  ["de", "neg-abbrev:form-labels", `Unser Formular hat die Felder "Geb.-Dat.", "St.-IdNr." und "Handy-Nr." – wie beschrifte ich sie barrierefrei?`],
  ["de", "neg-abbrev:ph-value", `Laborwerte umformulieren: Probe 1 pH 7,2, Probe 2 pH 6,9, Mob. Phase Acetonitril.`],
  ["de", "neg-misspelt:reset", `Pasword vergessen bei der Sparkasse-App, wie setze ich es zurück?`],
  ["de", "neg-machine-key:schema", `Ist das Schema ok? {"kunde":{"name":"string","geburtsdatum":"date","handynummer":"string"}}`],
  ["de", "neg-legal:template", `Vorlage: Herr/Frau [Name], geboren am [Datum] in [Ort], wohnhaft [Anschrift], ausgewiesen durch Reisepass Nr. [Nummer] …`],
  ["de", "neg-legal:specimen", `Im Muster-Personalausweis steht die Nummer L01X00T47 für Erika Mustermann – wie ist die Nummer aufgebaut?`],
  ["de", "neg-after:public", `28.08.1749 – das ist Goethes Geburtstag. Schreib einen kurzen Kalenderspruch.`],
  ["de", "neg-bilingual:office", `Übersetze das Schild: Bürgeramt Mitte – Telefon / Phone: 030 115 – Adresse / Address: Karl-Marx-Allee 31, 10178 Berlin.`],
  ["de", "neg-html:tutorial", `Wozu dient autocomplete="bday" bei <input name="geburtsdatum">? Und unterstützt Safari das?`],
  ["de", "neg-emoji:masked", `Im Screenshot steht 🔐 Passwort: ******** – wie baue ich so ein Feld mit Anzeigen-Button?`],
  ["de", "neg-abbrev:iban-sample", `Ist DE89 3704 0044 0532 0130 00 die Beispiel-IBAN aus der Doku? Kto. und BLZ daraus erklären bitte.`],

  // ── French ──
  ["fr", "neg-emoji:business", `Bio de notre boulangerie : 🥖 Maison Kayser · ☎️ 01 42 76 40 40 · 📍 place de l'Hôtel de Ville, Paris. Plus court ?`],
  ["fr", "neg-emoji:founding", `Historique : 🎂 fondée le 12 mai 1919, 🏭 usine de Billancourt. Transforme en paragraphe.`],
  ["fr", "neg-abbrev:form-labels", `Le formulaire a les champs "date de naiss.", "n° de sécu" et "port." – comment les rendre accessibles ?`],
  ["fr", "neg-misspelt:reset", `j'ai oublié mon mot de pass Ameli, comment le réinitialiser ?`],
  ["fr", "neg-machine-key:schema", `Ce schéma est-il correct ? {"assure":"string","numSecu":"string(15)","date_naissance":"date"}`],
  ["fr", "neg-legal:template", `Modèle : Je soussigné(e) [nom], né(e) le [date] à [ville], demeurant [adresse], titulaire du passeport n° [numéro]…`],
  ["fr", "neg-after:public", `7 novembre 1867 – c'est la date de naissance de Marie Curie. Écris une courte notice.`],
  [
    "fr",
    "neg-bilingual:museum",
    `Traduis le panneau : Musée d'Orsay – Téléphone / Phone : 01 40 49 48 14 – Adresse / Address : 1 rue de la Légion d'Honneur, 75007 Paris.`,
  ],
  ["fr", "neg-abbrev:mdp-policy", `Rédige la règle : le mdp doit faire 12 caractères minimum avec un chiffre et un symbole.`],
  ["fr", "neg-emoji:health-explainer", `Fiche patient générale : 🩺 qu'est-ce que l'asthme ? 💊 Ventoline, corticoïdes inhalés. Ton simple.`],
  ["fr", "neg-html:tutorial", `<input autocomplete="street-address" name="adresse"> – pourquoi Firefox ne le remplit pas ?`],
  ["fr", "neg-caps:masked", `FORMULAIRE : NOM : ________ COURRIEL : xxxx@xxxx.fr – comment signaler que c'est un exemple ?`],

  // ── Spanish ──
  ["es", "neg-emoji:business", `Bio para nuestra tienda: 🛍 Librería Central · 📞 91 330 68 00 · 📍 Gran Vía 32, Madrid · abre a las 10`],
  ["es", "neg-emoji:founding", `Historia de la empresa: 🎂 fundada el 15 de junio de 1962, 🏭 primera fábrica en Vigo. Hazlo párrafo.`],
  ["es", "neg-abbrev:form-labels", `El formulario pide "F. nac.", "tfno." y "cta." — ¿cómo los escribo completos para que sea accesible?`],
  ["es", "neg-misspelt:reset", `olvidé la contrasena de la app del banco, ¿cómo la recupero?`],
  ["es", "neg-machine-key:schema", `¿Está bien este esquema? {"cliente":{"nombre":"string","fechaNacimiento":"date","num_dni":"string"}}`],
  ["es", "neg-legal:template", `Plantilla: D./Dña. [nombre], nacido/a el [fecha], con domicilio en [dirección], provisto/a de pasaporte nº [número]…`],
  ["es", "neg-legal:specimen", `En el modelo oficial del DNI aparece 99999999R para Carmen Española. ¿De dónde sale esa letra?`],
  ["es", "neg-after:public", `30 de agosto de 1984 — ¿ese fue el debut de algún futbolista famoso? Dame ideas de trivia.`],
  [
    "es",
    "neg-bilingual:office",
    `Traduce el cartel: Ayuntamiento de Sevilla — Teléfono / Phone: 955 47 02 00 — Dirección / Address: Plaza Nueva 1, 41001 Sevilla.`,
  ],
  ["es", "neg-emoji:placeholder", `Plantilla de firma: [Nombre] · 📞 [teléfono] · ✉️ [correo] · 📍 [dirección]`],
  ["es", "neg-html:tutorial", `<input type="password" autocomplete="current-password" name="contrasena"> ¿por qué Chrome no ofrece guardar?`],
  ["es", "neg-abbrev:account-ledger", `En la contabilidad, cta. 572 es "Bancos" y cta. 430 "Clientes". ¿Dónde va un anticipo?`],
];
