/**
 * Development set 14, Spanish, French and German entries. Marks: ⟦category|value⟧ (see ../marked-prompts.ts).
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { iban } from "../dev-10/values.js";

export const ES_FR_DE: MarkedEntry[] = [
  // --- Spanish (Spain and Latin America; the variety is in `kind`) ----------------------------------------------
  [
    "es",
    "health:whatsapp-es:free",
    `Corrígeme esto antes de mandarlo al grupo: "Chicas, a Maite Urrutia le han encontrado un ⟦health|bulto en el pecho⟧ y el lunes le hacen la ⟦health|biopsia⟧, está muy asustada, no le preguntéis mucho."`,
  ],
  [
    "es",
    "health:baja-email-es:free",
    `Redacta esto más formal: "Jorge, Álvaro Pineda estará de baja al menos un mes por ⟦health|una hernia discal L5-S1⟧, el traumatólogo le ha puesto ⟦health|Enantyum⟧ y ⟦health|Lyrica 75⟧ y le ha mandado rehabilitación."`,
  ],
  [
    "es",
    "health:informe-mx:structured",
    `Resume este informe en inglés:
Paciente: Guadalupe Torres Ibarra, 63 años
Dx: ⟦health|DM2 descontrolada⟧, ⟦health|neuropatía periférica⟧
Laboratorio: ⟦health|glucosa 287 mg/dL⟧, ⟦health|HbA1c 11.3%⟧
Tx: ⟦health|insulina glargina 20 UI⟧ por la noche`,
  ],
  [
    "es",
    "health:colegio-ar:free",
    `Ayudame a escribirle a la seño: "Te cuento que Valentina Sosa, de 2° B, tiene ⟦health|epilepsia⟧ y toma ⟦health|ácido valproico⟧; si tiene una crisis de más de cinco minutos hay que darle el ⟦health|midazolam bucal⟧ que está en la mochila."`,
  ],
  [
    "es",
    "health:traduccion-es:free",
    `Traduce al inglés para el médico de mi padre en Londres: "Mi padre, Ramón Gil Ortega, tiene ⟦health|Parkinson⟧ desde 2019, toma ⟦health|Sinemet Plus⟧ cuatro veces al día y ⟦health|se cayó dos veces⟧ el mes pasado."`,
  ],
  [
    "es",
    "health:habitacion-es:free",
    `Pásalo a formato SBAR: Habitación 312, cama B, Hospital Clínico — mujer de 79 años con ⟦health|neumonía por aspiración⟧, ⟦health|disfagia⟧ tras ⟦health|ictus⟧, en ⟦health|dieta túrmix⟧, la hija viene a las 17h.`,
  ],
  [
    "es",
    "financial:moroso-es:free",
    `Hazlo más educado: "Sr. Cifuentes, el inquilino del 3ºA, Iván Robles, le debe ya ⟦financial|tres mensualidades, 2.550 €⟧, y si no paga antes del día 15 iniciaremos el desahucio."`,
  ],
  [
    "es",
    "financial:nomina-es:structured",
    `Revisa si cuadra esta nómina:
Trabajadora: Nerea Bilbao Etxeberria
Salario base: ⟦financial|1.842,00 €⟧ | Complementos: ⟦financial|310,50 €⟧
IRPF 14%: ⟦financial|-301,35 €⟧ | Embargo judicial: ⟦financial|-215,00 €⟧`,
  ],
  [
    "es",
    "financial:transferencia-es:free",
    `Traduce al inglés: "Le he hecho a Lucía Marín una transferencia de ⟦financial|3.200 €⟧ a su cuenta ⟦iban|${iban("ES", "20856383502335648060")}⟧ para la fianza del piso."`,
  ],
  [
    "es",
    "financial:buro-mx:free",
    `Explícame este mensaje: "Estimado Fernando Quiroga, su ⟦financial|score en Buró de Crédito es 512⟧ y registra ⟦financial|un adeudo vencido de $38,400 MXN⟧ con Coppel, por lo que su solicitud fue rechazada."`,
  ],
  [
    "es",
    "financial:asnef-es:free",
    `Escribe una reclamación: a mi cuñada Rocío Peña la han metido en ⟦financial|ASNEF⟧ por una ⟦financial|deuda de 187 €⟧ con Vodafone que ya pagó, y ahora le deniegan la hipoteca.`,
  ],
  [
    "es",
    "financial:tabla-co:structured",
    `Organiza esta tabla de cartera:
| Cliente | Saldo en mora | Días |
|---|---|---|
| Andrés Felipe Cárdenas | ⟦financial|$4.350.000⟧ | 95 |
| Luisa Fernanda Rojas | ⟦financial|$1.120.000⟧ | 40 |`,
  ],
  ["es", "neg-health:publico-es:free", `Resume: el rey Juan Carlos I fue operado de la cadera en 2012 tras su viaje a Botsuana, según la Casa Real.`],
  ["es", "neg-health:pregunta-es:free", `¿Cuáles son los efectos secundarios más comunes del Sinemet y se puede tomar con las comidas?`],
  [
    "es",
    "neg-health:propio-es:free",
    `Me acaban de diagnosticar hipotiroidismo y me han puesto Eutirox 50. ¿Es normal sentirme tan cansada la primera semana?`,
  ],
  [
    "es",
    "neg-health:prospecto-es:free",
    `Hazme un resumen del prospecto: "Enantyum 25 mg comprimidos. No tome este medicamento si ha tenido úlcera de estómago o insuficiencia renal grave."`,
  ],
  ["es", "neg-financial:empresa-es:free", `Resume: Inditex obtuvo un beneficio neto de 5.381 millones de euros en 2023, un 30% más que el año anterior.`],
  [
    "es",
    "neg-financial:plantilla-es:structured",
    `Completa la plantilla sin datos reales:\nEstimado/a [NOMBRE], le recordamos que su recibo de [IMPORTE] € con vencimiento [FECHA] sigue pendiente.`,
  ],
  ["es", "neg-financial:pregunta-mx:free", `¿Cuánto tarda en borrarse un adeudo del Buró de Crédito si ya lo liquidé?`],
  [
    "es",
    "neg-financial:ficcion-es:free",
    `En La casa de papel el Profesor planea imprimir 2.400 millones de euros. Escribe un debate sobre si es un robo "sin víctimas".`,
  ],
  // --- French ------------------------------------------------------------------------------------------------
  [
    "fr",
    "health:mail-rh-fr:free",
    `Reformule ce mail plus sobrement : "Pour info, Mathilde Garnier sera en arrêt jusqu'à fin janvier, elle fait un ⟦health|burn-out⟧ sévère et son médecin l'a mise sous ⟦health|escitalopram 10 mg⟧. Merci de ne pas la contacter."`,
  ],
  [
    "fr",
    "health:ordonnance-fr:structured",
    `Recopie cette ordonnance proprement :
Mme Hélène Rousseau, née le ⟦date_of_birth|03/09/1957⟧
- ⟦health|Kardégic 75 mg⟧ : 1 sachet le midi
- ⟦health|Bisoprolol 2,5 mg⟧ : 1 cp le matin
- ⟦health|Atorvastatine 40 mg⟧ : 1 cp le soir`,
  ],
  [
    "fr",
    "health:ecole-be:free",
    `Corrige ce mot pour l'institutrice : "Bonjour Madame, notre fils Noah Lambert a été diagnostiqué ⟦health|TDAH⟧ et commence la ⟦health|Rilatine⟧ lundi. Il est possible qu'il ait moins d'appétit à midi."`,
  ],
  [
    "fr",
    "health:chat-qc:free",
    `Aide-moi à répondre : "Ma belle-sœur Geneviève Tremblay vient d'apprendre qu'elle a la ⟦health|sclérose en plaques⟧, elle commence l'⟦health|Ocrevus⟧ au CHUM, je sais pas quoi lui dire."`,
  ],
  [
    "fr",
    "health:bilan-fr:structured",
    `Mets ce bilan en tableau :
Patient : M. Karim Benali
⟦health|Créatinine 168 µmol/L⟧ ; ⟦health|DFG 39⟧ ; ⟦health|Potassium 5,8⟧
Conclusion : ⟦health|insuffisance rénale chronique stade 3b⟧`,
  ],
  [
    "fr",
    "health:traduction-ch:free",
    `Traduis en allemand pour le médecin de ma mère à Berne : "Madame Odile Favre a eu une ⟦health|pose de stent⟧ en mars, elle prend ⟦health|Brilique 90⟧ deux fois par jour et ⟦health|ne supporte pas l'aspirine⟧."`,
  ],
  [
    "fr",
    "financial:surendettement-fr:free",
    `Explique-moi ce courrier : "M. Thierry Vasseur, la commission de surendettement a déclaré recevable votre dossier. ⟦financial|Montant total des dettes : 47 820 €⟧ ; ⟦financial|capacité de remboursement : 310 € par mois⟧."`,
  ],
  [
    "fr",
    "financial:loyer-fr:free",
    `Rends ce SMS plus poli : "Bonjour Mme Lefèvre, vous avez ⟦financial|deux loyers de retard, soit 1 640 €⟧. Sans régularisation sous 8 jours, j'activerai la caution Visale."`,
  ],
  [
    "fr",
    "financial:salaire-fr:free",
    `Aide-moi à écrire à la RH : j'ai appris que Julien Moreau, au même poste que moi, touche ⟦financial|3 900 € brut⟧ plus ⟦financial|une prime de 4 000 €⟧, alors que je suis à 3 300 €.`,
  ],
  [
    "fr",
    "financial:virement-fr:free",
    `Traduis en anglais : "J'ai viré à Camille Besson ⟦financial|1 250 €⟧ sur son compte ⟦iban|${iban("FR", "30004645410211530816110")}⟧ pour le remboursement de sa part de la voiture."`,
  ],
  [
    "fr",
    "financial:releve-fr:structured",
    `Catégorise ces opérations :
Titulaire : Sandrine Carpentier
12/11 PRLV CETELEM CREDIT REVOLVING ⟦financial|-189,00⟧
14/11 AGIOS DECOUVERT ⟦financial|-23,41⟧
15/11 SOLDE ⟦financial|-1 412,77⟧`,
  ],
  ["fr", "neg-health:public-fr:free", `Résume : Jacques Chirac avait été victime d'un accident vasculaire cérébral en 2005, selon l'Élysée.`],
  ["fr", "neg-health:question-fr:free", `Quels sont les premiers signes d'une sclérose en plaques et comment se fait le diagnostic ?`],
  ["fr", "neg-health:fiction-fr:free", `Dans "Intouchables", Philippe est tétraplégique après un accident de parapente. Écris une critique du film.`],
  [
    "fr",
    "neg-health:notice-fr:free",
    `Simplifie cette notice : "Kardégic 75 mg, poudre pour solution buvable. Ne pas utiliser en cas d'ulcère gastrique évolutif."`,
  ],
  [
    "fr",
    "neg-financial:entreprise-fr:free",
    `Résume : LVMH a publié un chiffre d'affaires de 86,2 milliards d'euros en 2023 et un résultat net de 15,2 milliards.`,
  ],
  ["fr", "neg-financial:propre-fr:free", `J'ai 12 000 € de crédit conso et je gagne 2 100 € net, est-ce que le rachat de crédit vaut le coup ?`],
  ["fr", "neg-financial:modele-fr:structured", `Améliore ce modèle :\nMadame, Monsieur {NOM},\nVotre échéance de {MONTANT} € du {DATE} est restée impayée.`],
  // --- German --------------------------------------------------------------------------------------------------
  [
    "de",
    "health:mail-hr-de:free",
    `Formuliere das neutraler: "Hallo Team, Jannik Vogt fällt für ca. sechs Wochen aus, er hatte einen ⟦health|Bandscheibenvorfall⟧ und wird am Donnerstag ⟦health|operiert⟧. Bitte übernehmt seine Tickets."`,
  ],
  [
    "de",
    "health:arztbrief-de:structured",
    `Fasse den Arztbrief kurz zusammen:
Pat.: Frau Gisela Hartmann, geb. ⟦date_of_birth|22.07.1946⟧
Diagnosen: ⟦health|Vorhofflimmern⟧ (⟦health|I48.1⟧), ⟦health|Herzinsuffizienz NYHA III⟧
Medikation: ⟦health|Eliquis 5 mg 1-0-1⟧, ⟦health|Torasemid 10 mg 1-0-0⟧`,
  ],
  [
    "de",
    "health:kita-at:free",
    `Bitte korrigieren, geht an den Kindergarten: "Liebe Frau Huber, unsere Lena Gruber hat eine ⟦health|Erdnussallergie⟧ (Anaphylaxie), der ⟦health|Epipen Junior⟧ ist im Rucksack. Bitte keine Müsliriegel von anderen Kindern."`,
  ],
  [
    "de",
    "health:whatsapp-de:free",
    `Übersetz das ins Englische für meinen Kollegen: "Stell dir vor, der Herr Brandt aus der Buchhaltung ist ⟦health|trockener Alkoholiker⟧ und war jetzt wieder ⟦health|in der Entgiftung⟧, deshalb war er drei Wochen weg."`,
  ],
  [
    "de",
    "health:pflege-ch:free",
    `Mach daraus einen Pflegebericht: Zimmer 14, Frau Ruth Meier, 88 — ⟦health|Dekubitus Grad 2⟧ am Steiss, ⟦health|Demenz⟧, isst schlecht, ⟦health|Gewicht 41 kg⟧. Tochter informiert.`,
  ],
  [
    "de",
    "health:labor-de:structured",
    `Was bedeuten diese Werte?
Name: Uwe Krämer
⟦health|TSH 0,02 mU/l⟧ ↓ | ⟦health|fT4 38 pmol/l⟧ ↑ | ⟦health|TRAK positiv⟧
V.a. ⟦health|Morbus Basedow⟧`,
  ],
  [
    "de",
    "health:au-de:free",
    `Schreib eine kurze Mail an die Personalabteilung: Die AU von Stefanie Koch (⟦health|F32.1⟧, ⟦health|F41.1⟧) wurde bis 31.01. verlängert, Wiedereingliederung danach nach Hamburger Modell.`,
  ],
  [
    "de",
    "financial:schufa-de:free",
    `Erkläre mir den Brief: "Sehr geehrter Herr Dominik Seidel, Ihr ⟦financial|SCHUFA-Score liegt bei 78,4 %⟧, zudem ist ein ⟦financial|Negativeintrag der Otto Group über 1.236 €⟧ gespeichert. Ihren Kreditantrag können wir daher nicht bewilligen."`,
  ],
  [
    "de",
    "financial:mahnung-de:free",
    `Mach die Mahnung freundlicher: "Frau Yilmaz, Ihre Nebenkostennachzahlung von ⟦financial|684,20 €⟧ ist seit 6 Wochen offen. Zusammen mit der ⟦financial|Miete für Dezember (920 €)⟧ sind das ⟦financial|1.604,20 €⟧."`,
  ],
  [
    "de",
    "financial:gehalt-de:free",
    `Hilf mir beim Gehaltsgespräch: Mein Kollege Tobias Engel verdient ⟦financial|72.000 € brutto⟧, ich nur 61.000 €, obwohl ich länger dabei bin. Wie spreche ich das an, ohne ihn zu verraten?`,
  ],
  [
    "de",
    "financial:insolvenz-at:free",
    `Fasse zusammen: Über das Vermögen von Herrn Markus Leitner wurde ein ⟦financial|Schuldenregulierungsverfahren⟧ eröffnet; ⟦financial|Verbindlichkeiten rund 86.000 €⟧, ⟦financial|Quote 20 %⟧ über sieben Jahre.`,
  ],
  [
    "de",
    "financial:ueberweisung-de:free",
    `Übersetze ins Englische: "Bitte überweise die ⟦financial|2.400 € Kaution⟧ an Frau Sabine Wolff, ⟦iban|${iban("DE", "500105170890893757")}⟧, Verwendungszweck Wohnung Lindenstraße."`,
  ],
  [
    "de",
    "financial:csv-de:structured",
    `Sortiere nach Rückstand:
Mieter;Wohnung;Rückstand
Petra Schulze;EG links;⟦financial|1.380,00⟧
Ali Demir;1. OG rechts;⟦financial|460,00⟧
Jonas Fuchs;DG;⟦financial|0,00⟧`,
  ],
  [
    "de",
    "neg-health:public-de:free",
    `Fasse zusammen: Laut Medienberichten litt Helmut Schmidt in seinen letzten Jahren an Durchblutungsstörungen und musste mehrfach operiert werden.`,
  ],
  ["de", "neg-health:frage-de:free", `Ab welchem TSH-Wert spricht man von einer Schilddrüsenüberfunktion, und was ist Morbus Basedow genau?`],
  ["de", "neg-health:eigene-de:free", `Ich habe seit Jahren Migräne und nehme Sumatriptan 50 mg. Darf ich das mit Ibuprofen kombinieren?`],
  [
    "de",
    "neg-health:beipackzettel-de:free",
    `Erkläre den Beipackzettel einfacher: "Eliquis 5 mg Filmtabletten. Nicht einnehmen bei aktiver Blutung oder schwerer Leberfunktionsstörung."`,
  ],
  ["de", "neg-health:lehrbuch-de:free", `Prüfungsfall: Eine 67-jährige Patientin mit Vorhofflimmern, CHA2DS2-VASc 4. Welche Antikoagulation ist indiziert?`],
  ["de", "neg-financial:firma-de:free", `Fasse zusammen: Die Deutsche Bank meldete für 2023 einen Vorsteuergewinn von 5,7 Milliarden Euro.`],
  [
    "de",
    "neg-financial:vorlage-de:structured",
    `Verbessere die Vorlage:\nSehr geehrte/r {Anrede} {Nachname}, Ihr Konto weist einen Rückstand von {Betrag} € auf.`,
  ],
  ["de", "neg-financial:frage-de:free", `Wie lange bleibt ein erledigter Negativeintrag bei der SCHUFA gespeichert?`],
];
