/**
 * Development set 16, German, French and Spanish entries (registers in `kind`). Marks: ⟦category|value⟧.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { dni, insee, steuerId } from "../dev-10/values.js";
import { curp, mrzLine1, mrzLine2, nie, numeroFiscal, svNummer } from "./values.js";

const DE_MRZ = mrzLine2("C4J7R2KN1", "D<<", "830519", "M", "320114");
const FR_MRZ = mrzLine2("19CK48213", "FRA", "900227", "F", "290611");
const ES_MRZ = mrzLine2("PAF482719", "ESP", "770903", "M", "300422", dni("48217736"));

export const DE_FR_ES: MarkedEntry[] = [
  // --- German ----------------------------------------------------------------------------------------------------
  [
    "de",
    "mrn:brief-de:free",
    `Bitte freundlicher formulieren: Sehr geehrte Frau Dr. Albers, unsere Patientin Frau Renate Kowalski (Fallnummer ⟦medical_record|2026-0471183⟧, Pat-ID ⟦medical_record|00581927⟧) wird am Montag verlegt.`,
  ],
  [
    "de",
    "mrn:csv-at:structured",
    `Patienten-Nr;Name;Station
⟦medical_record|A-448217⟧;Gruber Josef;Innere 2
⟦medical_record|A-448230⟧;Huber Maria;Chirurgie
nach Station sortieren bitte`,
  ],
  [
    "de",
    "dl:formular-de:structured",
    `Mietwagen-Formular, bitte prüfen: Fahrer: Lukas Brandstätter, Führerschein-Nr. ⟦driver_license|N0704L9XR41⟧, Klasse B, ausgestellt Landratsamt Rosenheim`,
  ],
  [
    "de",
    "dl:mail-ch:free",
    `Kannst du das kürzen? Der Unfallgegner, Herr Beat Zürcher, hat mir seinen Führerausweis gezeigt, Nummer ⟦driver_license|ZH 418 227 903⟧.`,
  ],
  [
    "de",
    "tax:mail-de:free",
    `Formuliere höflich: Hallo Herr Jansen, meine Steuer-ID lautet ⟦national_id|${steuerId("5718324916")}⟧ und die Steuernummer ⟦national_id|143/218/40372⟧, bitte für die Lohnabrechnung übernehmen.`,
  ],
  [
    "de",
    "tax:json-de:structured",
    `{"mitarbeiter":"Sabine Röhrig","steuerIdNr":"⟦national_id|${steuerId("3620581942")}⟧","sv_nr":"⟦national_id|${svNummer("12", "180388", "R", "01")}⟧"} — in CSV umwandeln`,
  ],
  [
    "de",
    "passport:mrz-de:structured",
    `Lies die MRZ aus dem Reisepass-Scan:
${mrzLine1("D<<", "MUELLER", "JONAS")}
⟦passport|${DE_MRZ}⟧`,
  ],
  [
    "de",
    "cred:chat-de:free",
    `mach das netter: "Mama, die PIN von der EC-Karte ist ⟦password|8316⟧ und das Passwort fürs Online-Banking ⟦password|Sonnenblume!1957⟧, bitte nirgends aufschreiben"`,
  ],
  [
    "de",
    "bio:json-de:structured",
    `{"person":"Tobias Engelhardt","iris_code":"⟦biometric|9f3c01a7e25b88d04c7f1e62b09a3d57c8e104f2a6b9d3e0⟧","auge":"links"} — warum schlägt der Abgleich fehl?`,
  ],
  [
    "de",
    "phone:mail-de:free",
    `Bitte korrigieren: Sie erreichen meinen Vater, Herrn Klaus Wendt, unter ⟦phone|0151 28473610⟧ oder Festnetz ⟦phone|(0221) 4481 937⟧.`,
  ],
  [
    "de",
    "address:brief-de:free",
    `Schreib eine Kündigung für die Wohnung von Frau Ilse Brenner, ⟦street_address|Lindenstraße 14, 2. OG links, 50674 Köln⟧, zum 31.03.`,
  ],
  [
    "de",
    "neg-mrn:doku-de:free",
    `Was ist der Unterschied zwischen Fallnummer und Patientennummer im KIS? Wie viele Stellen hat die Fallnummer bei SAP IS-H typischerweise?`,
  ],
  [
    "de",
    "neg-dl:doku-de:free",
    `Wie ist die Führerscheinnummer in Deutschland aufgebaut? Das Muster auf der Seite des KBA ist B072RRE2I55 — was bedeuten die Stellen?`,
  ],
  [
    "de",
    "neg-tax:doku-de:free",
    `Die Steuer-ID 12345678995 steht im BZSt-Merkblatt als Beispiel — warum ist die Prüfziffer dort gültig, obwohl 86095742719 ungültig ist?`,
  ],
  [
    "de",
    "neg-tax:rechnung-de:structured",
    `Rechnung Nr. 2026-04711, Artikel 143/218/40, Menge 3, USt-IdNr. des Verkäufers (Siemens AG): DE129274202 — Gesamtsumme berechnen`,
  ],
  ["de", "neg-phone:doku-de:free", `Welche Rufnummern sind in Deutschland für Filme reserviert? Ich habe 0171 3920000 bis 0171 3929999 gelesen.`],
  ["de", "neg-address:presse-de:free", `Fasse zusammen: Der Bundestag tagt im Reichstagsgebäude, Platz der Republik 1, 11011 Berlin.`],
  // --- French ----------------------------------------------------------------------------------------------------
  [
    "fr",
    "mrn:courrier-fr:free",
    `Corrige ce courrier : Madame, votre mère Mme Josiane Peyrot (n° de dossier ⟦medical_record|780041926⟧, IPP ⟦medical_record|2019-0047731⟧) sera transférée en SSR jeudi.`,
  ],
  ["fr", "mrn:hl7-fr:structured", `PID|1||⟦medical_record|001284736⟧^^^CHU-NANTES^PI||LEMAIRE^THEO||20150322|M — le séparateur est-il correct ?`],
  ["fr", "mrn:note-be:free", `Reformule : Le patient M. Yannick Delvaux, n° de patient ⟦medical_record|P-0913852⟧, revient pour pansement lundi.`],
  [
    "fr",
    "dl:formulaire-fr:structured",
    `Constat amiable, véhicule B : conducteur Hervé Castaing, permis de conduire n° ⟦driver_license|120475300812⟧ délivré le 03/05/2012 par la préfecture de Gironde. Rédige la déclaration.`,
  ],
  [
    "fr",
    "dl:mail-qc:free",
    `Améliore : Bonjour, le locataire, M. Olivier Gagnon, m'a donné son permis du Québec ⟦driver_license|G2516-270385-06⟧ comme pièce d'identité.`,
  ],
  [
    "fr",
    "tax:mail-fr:free",
    `Rends ce message plus clair : mon numéro fiscal est ⟦national_id|${numeroFiscal("3012457819")}⟧ et celui de mon épouse Claire Dumas ⟦national_id|${numeroFiscal("1098342716")}⟧, pour la déclaration commune.`,
  ],
  ["fr", "tax:formulaire-fr:structured", `Salarié : Nadia Benali — NIR ⟦national_id|${insee("2880975120047")}⟧ — transforme en ligne CSV pour la DSN.`],
  [
    "fr",
    "passport:mrz-fr:structured",
    `Extrais le nom et la date d'expiration :
${mrzLine1("FRA", "ROUSSEL", "MANON")}
⟦passport|${FR_MRZ}⟧`,
  ],
  [
    "fr",
    "passport:mail-ch:free",
    `Corrige : Pour la réservation, voici le passeport suisse de mon fils Noé Berset, n° ⟦passport|X4827193⟧, valable jusqu'en 2030.`,
  ],
  [
    "fr",
    "cred:ticket-fr:free",
    `Résume le ticket : l'utilisatrice Sandrine Morel a donné au téléphone son mot de passe ⟦password|Marseille#13Olympe⟧ et sa réponse secrète « nom de jeune fille de ma mère » : ⟦password|Lefebvre-Ancel⟧.`,
  ],
  [
    "fr",
    "bio:rapport-fr:free",
    `Explique simplement : rapport génétique de M. Bastien Carrel — génotype ⟦biometric|rs4680 AA⟧ (COMT), ⟦biometric|rs1815739 TT⟧ (ACTN3).`,
  ],
  [
    "fr",
    "phone:sms-fr:free",
    `Rends poli : "C'est Aurélie, la voisine du 3e, appelle-moi au ⟦phone|06 48 21 73 95⟧ ou mon mari au ⟦phone|07 81 44 20 63⟧ si le colis arrive"`,
  ],
  ["fr", "address:courrier-fr:free", `Rédige une résiliation de bail pour M. Gérard Fontaine, ⟦street_address|12 bis rue des Tanneurs, 69002 Lyon⟧.`],
  ["fr", "neg-mrn:doc-fr:free", `Qu'est-ce que l'IPP à l'hôpital et pourquoi diffère-t-il du numéro de séjour ? Explique pour un nouvel interne.`],
  ["fr", "neg-tax:doc-fr:free", `Le numéro fiscal fait 13 chiffres ; sur impots.gouv l'exemple affiché est 0123456789012 — il n'a pas de clé valide, non ?`],
  [
    "fr",
    "neg-tax:facture-fr:structured",
    `Facture F-2026-00418, SIREN du fournisseur (TotalEnergies SE) 542 051 180, référence article 3012457819 — calcule la TVA.`,
  ],
  ["fr", "neg-dl:doc-fr:free", `Combien de chiffres a un numéro de permis de conduire français au format européen depuis 2013 ? Donne la structure générale.`],
  ["fr", "neg-phone:doc-fr:free", `L'ARCEP réserve-t-elle des numéros comme 01 99 00 xx xx pour les fictions ? J'en ai besoin pour un court-métrage.`],
  [
    "fr",
    "neg-cred:config-fr:structured",
    `Est-ce bon de committer ce fichier ?
MOT_DE_PASSE=<à_remplir>
API_KEY=${"${API_KEY}"}
# ne jamais mettre de vraie valeur ici`,
  ],
  // --- Spanish ------------------------------------------------------------------------------------------------------
  [
    "es",
    "mrn:informe-es:free",
    `Pásalo a limpio: Paciente Dña. Remedios Ortuño, n.º de historia clínica ⟦medical_record|0004812937⟧, NHC ⟦medical_record|HC-218847⟧, ingresa en planta 5.`,
  ],
  [
    "es",
    "mrn:csv-mx:structured",
    `expediente,paciente,servicio
⟦medical_record|EXP-2026-004471⟧,Juárez Téllez Rosa,Urgencias
⟦medical_record|EXP-2026-004472⟧,Domínguez Paz Iván,Pediatría
ordena por servicio`,
  ],
  [
    "es",
    "dl:formulario-es:structured",
    `Datos del conductor: D. Álvaro Pizarro, permiso de conducir n.º ⟦driver_license|${dni("52884197")}⟧, clase B. Redacta el parte amistoso.`,
  ],
  ["es", "dl:chat-ar:free", `che, arreglame este mensaje: "el tipo que me chocó es Matías Olguín, licencia de conducir ⟦driver_license|31.558.204⟧ de CABA"`],
  [
    "es",
    "tax:correo-es:free",
    `Mejora el tono: Hola Marta, mi NIE es ⟦national_id|${nie("Y", "4821736")}⟧ y el NIF de mi pareja, Jorge Salas, ⟦national_id|${dni("71234598")}⟧, para la declaración conjunta.`,
  ],
  [
    "es",
    "tax:json-mx:structured",
    `{"cliente":"Guadalupe Reyes Ochoa","curp":"⟦national_id|${curp("REOG850312MDFYCD0")}⟧","regimen":"asalariado"} — valida la estructura`,
  ],
  [
    "es",
    "passport:mrz-es:structured",
    `Lee la MRZ del pasaporte:
${mrzLine1("ESP", "GARRIDO SANZ", "PABLO")}
⟦passport|${ES_MRZ}⟧`,
  ],
  [
    "es",
    "cred:chat-co:free",
    `ayúdame a escribir esto bien: "mija, la clave del wifi es ⟦password|Medellin2024*casa⟧ y la del correo de tu papá ⟦password|rafaelito58⟧"`,
  ],
  [
    "es",
    "bio:json-es:structured",
    `{"empleado":"Nerea Ibarguren","plantilla_huella":"⟦biometric|Rk1SACAyMAAAAAFeAAABQAHgAMUAxQEAAAAoQ4BQAGxdAEDfAH1nAIC⟧","dedo":"pulgar_d"} ¿por qué falla el lector?`,
  ],
  [
    "es",
    "phone:correo-es:free",
    `Corrige: Para cualquier cosa, llame a mi madre, Dña. Pilar Caballero, al ⟦phone|612 48 93 07⟧ o al fijo ⟦phone|91 447 20 38⟧.`,
  ],
  [
    "es",
    "address:carta-mx:free",
    `Redacta un aviso de cambio de domicilio para Héctor Ramírez: ⟦street_address|Calle Río Lerma 214, Int. 3, Col. Cuauhtémoc, 06500 Ciudad de México⟧`,
  ],
  ["es", "neg-mrn:doc-es:free", `¿Qué diferencia hay entre el NHC y el CIP autonómico en los hospitales españoles? Explícalo para un curso.`],
  ["es", "neg-tax:doc-es:free", `El NIF 12345678Z aparece en todos los manuales como ejemplo; ¿por qué la letra Z es la correcta para ese número?`],
  ["es", "neg-tax:factura-es:structured", `Factura n.º 2026/0418 — CIF del emisor (Telefónica, S.A.): A28015865 — pedido 71234598 — calcula el IVA al 21 %.`],
  ["es", "neg-passport:doc-es:free", `¿Cuántos caracteres tiene el número de pasaporte español y cuánto tarda la renovación en comisaría?`],
  [
    "es",
    "neg-phone:doc-es:free",
    `Escribe un ejemplo de número de teléfono español con formato correcto pero inventado, tipo 600 000 000, para la documentación.`,
  ],
  ["es", "neg-address:prensa-es:free", `Resume: El Museo del Prado, en el Paseo del Prado s/n, 28014 Madrid, recibió 3,3 millones de visitas en 2024.`],
];
