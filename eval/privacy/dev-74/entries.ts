/**
 * dev-74 entries: health as it appears in care logistics — pharmacy refill and pick-up messages, care-home and
 * school-nurse notes, shift hand-overs, appointment reminders, sick notes and return-to-work forms, insurance
 * pre-authorisations, meal and allergy lists for an event, carer rotas, clinic spreadsheets (CSV, YAML, JSON with
 * localised columns: Diagnose, diagnosi, rozpoznanie, diagnóstico, diagnose, ICD-10 codes, Medikation) — where the
 * condition is often only implied by a drug, a device, a procedure, a ward or clinic, an abbreviation or a euphemism, in
 * English, German, Italian, Polish, Spanish, French and Dutch. Sensitive: a named or otherwise identified person (name,
 * honorific, relation word + name, record number) with the health value marked `⟦health|…⟧`. Hard negatives: the same
 * logistics with nobody identified — the writer's own unnamed condition, an unnamed relative, drug-information
 * questions, a clinic's public opening hours, package leaflets, staff rotas and blank templates with no health data,
 * public figures' published illnesses, fiction, veterinary notes, anonymised cases. `kind` is `<topic>:health` or
 * `neg-<topic>:<what>`. Our own invented text; every private person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English: pharmacy refills and pick-ups
  [
    "en",
    "pharmacy:health",
    `Hi Margaret Ellis, your repeat prescription of ⟦health|levothyroxine⟧ 100mcg is ready to collect from the High St branch. Reply STOP to opt out.`,
  ],
  [
    "en",
    "pharmacy:health",
    `Can you draft a text to Mr Okafor: his ⟦health|insulin glargine⟧ pens and ⟦health|Libre sensors⟧ are in, pick-up before 6pm Friday.`,
  ],
  ["en", "pharmacy:health", `Note for the delivery driver: ⟦health|methotrexate⟧ 2.5mg (weekly, Mondays) plus folic acid for Derek Hamm, flat 3, ring twice.`],
  [
    "en",
    "pharmacy:health",
    `Rewrite politely: "Priya Nair, your ⟦health|tenofovir/emtricitabine⟧ refill was delayed by the wholesaler and should arrive Thursday."`,
  ],
  ["en", "pharmacy:health", `Refill request for my husband Colin Reeve: ⟦health|sertraline⟧ 100mg x 28 and ⟦health|propranolol⟧ 40mg, collect Saturday`],
  ["en", "pharmacy:health", `Text to Joan Whitfield's daughter: the blister pack with Joan's ⟦health|donepezil⟧ is ready at the counter.`],
  ["en", "pharmacy:health", `Dispensing label check: Patient: Aaron Blake | ⟦health|Buprenorphine 8mg SL⟧, supervised consumption daily`],
  // English: care home
  [
    "en",
    "carehome:health",
    `Care home night note: Room 12, Edna Paul — ⟦health|PEG feed⟧ ran 8pm–6am, site clean, ⟦health|pressure sore⟧ on left heel dressed.`,
  ],
  ["en", "carehome:health", `Please tidy this for the family: Arthur Bellamy (room 7) is doing well; his ⟦health|memory clinic⟧ review moved to Tuesday.`],
  [
    "en",
    "carehome:health",
    `Hand-over for weekend staff: Mrs Beryl Tanner is ⟦health|nil by mouth⟧ from midnight for her ⟦health|cataract surgery⟧ on Monday.`,
  ],
  [
    "en",
    "carehome:health",
    `Write a kind update to Stan's son: Stanley Greaves has settled well, uses his ⟦health|CPAP⟧ every night, and the ⟦health|catheter⟧ was changed Tuesday.`,
  ],
  ["en", "carehome:health", `Activity sign-up sheet: Gladys Moore (⟦health|wheelchair⟧, ⟦health|hard of hearing⟧ — sit her at the front), Ron Tate, Vera Lyle`],
  ["en", "carehome:health", `Care plan summary for Norman Price, 84: ⟦health|vascular dementia⟧, ⟦health|T2DM⟧ diet-controlled, ⟦health|DNACPR⟧ in place.`],
  ["en", "carehome:health", `Tell the night team Mrs Daphne Kerr has been ⟦health|a bit muddled⟧ since the new ⟦health|water tablets⟧, check her fluids.`],
  // English: school nurse
  [
    "en",
    "schoolnurse:health",
    `School nurse log 14/03: Ella Martin (Y4) — ⟦health|EpiPen⟧ kept in the office, ⟦health|peanut allergy⟧ confirmed by GP letter.`,
  ],
  ["en", "schoolnurse:health", `Email to Ms Carter: Noah Singh needs his ⟦health|inhaler⟧ on the trip, he had an ⟦health|asthma⟧ attack in PE last week.`],
  ["en", "schoolnurse:health", `Draft a note to staff: Lily Chen in 6B (⟦health|T1DM⟧) wears an ⟦health|insulin pump⟧ and checks her levels before lunch.`],
  ["en", "schoolnurse:health", `Year 9 trip medical list: Oscar Hughes — ⟦health|epilepsy⟧, rescue ⟦health|buccal midazolam⟧ in the red bag.`],
  ["en", "schoolnurse:health", `Please write a reminder to Jayden Cole's parents that his lunchtime ⟦health|methylphenidate⟧ is running low at school.`],
  // English: shift hand-overs
  ["en", "handover:health", `Handover bay 3: bed 2 Mr Ahmed Raza, ⟦health|s/p CABG⟧ day 2, chest drain out, mobilising.`],
  ["en", "handover:health", `Night shift handover — Sheila Dunn, bed 14: ⟦health|COPD exacerbation⟧, on 2L O2, ⟦health|nebs⟧ 4-hourly.`],
  ["en", "handover:health", `SBAR for the registrar: patient Tomasz Nowicki, MRN 00482913, ⟦health|HIV+⟧ on ⟦health|Biktarvy⟧, admitted with fever.`],
  ["en", "handover:health", `Summarise this handover: "Kev Morris bed 6, ⟦health|alcohol withdrawal⟧, CIWA 14, ⟦health|chlordiazepoxide⟧ reducing regime."`],
  ["en", "handover:health", `Ward round notes: Janet Lowe, cycle 3 of ⟦health|FEC-T⟧, neutrophils 0.9, defer chemo one week.`],
  // English: appointment reminders
  ["en", "reminder:health", `Reminder: Daniel Frost, your session at the ⟦health|Dialysis Unit⟧, Ward 9, has moved to Wed 07:30.`],
  ["en", "reminder:health", `Hi Rosa Lindqvist, this is St Mary's ⟦health|Oncology Day Unit⟧ confirming your infusion on 12 May at 09:00.`],
  ["en", "reminder:health", `Text for my dad, Peter Quinn: don't forget the ⟦health|memory clinic⟧ on Thursday at 10, I'll drive.`],
  ["en", "reminder:health", `Draft a reminder SMS: "Ms Tara Boyle, your ⟦health|colposcopy⟧ follow-up is on 3 June at 14:20, Women's Outpatients."`],
  ["en", "reminder:health", `Calendar entry: 4pm — take Grandpa Joe to ⟦health|audiology⟧ for his new ⟦health|hearing aid⟧ fitting`],
  ["en", "reminder:health", `Appointment letter for Amira Haddad: ⟦health|antenatal booking scan⟧ at 10 weeks, Maternity Outpatients, bring urine sample.`],
  // English: sick notes and return to work
  ["en", "sicknote:health", `Fit note: Mr Gareth Evans is not fit for work for 4 weeks due to ⟦health|lumbar disc prolapse⟧.`],
  [
    "en",
    "sicknote:health",
    `Help me fill the return-to-work form for my employee Sandra Vicks: absence 3 weeks, reason ⟦health|stress-related depression⟧, phased return agreed.`,
  ],
  ["en", "sicknote:health", `Write an email to HR: Karen Liu's sick leave is extended, she's still recovering from her ⟦health|hysterectomy⟧.`],
  [
    "en",
    "sicknote:health",
    `RTW interview notes — Employee: Lee Parsons. Cause: ⟦health|chronic migraine⟧, now on ⟦health|topiramate⟧. Adjustments: screen breaks.`,
  ],
  ["en", "sicknote:health", `My name is Olivia Grant and I need a letter to my manager about leave for my ⟦health|endometriosis⟧ surgery.`],
  [
    "en",
    "sicknote:health",
    `Tell the team Grace Ogunleye will be off for a while — she's being treated for ⟦health|the big C⟧, please don't ask her about it.`,
  ],
  // English: insurance pre-authorisation
  [
    "en",
    "insurance:health",
    `Pre-authorisation request: member Brian Tully, policy 88410273, requesting ⟦health|adalimumab⟧ for ⟦health|Crohn's disease⟧ after failed azathioprine.`,
  ],
  ["en", "insurance:health", `Insurance prior auth for Maya Rodriguez: ⟦health|insulin pump⟧ (Tandem t:slim), dx ⟦health|E10.9⟧.`],
  ["en", "insurance:health", `Please appeal the denial for my wife Helen Price's ⟦health|CPAP⟧ machine, her sleep study showed ⟦health|severe OSA⟧.`],
  ["en", "insurance:health", `Claim form: insured person Victor Hale, diagnosis code ⟦health|F32.1⟧, 12 sessions of ⟦health|CBT⟧.`],
  // English: event meal and allergy lists
  ["en", "event:health", `Wedding caterer list: Table 4 — Aunt Judy (⟦health|coeliac⟧), Mark Evans (⟦health|shellfish allergy⟧), Sue (vegan).`],
  ["en", "event:health", `Team offsite dietary sheet: Raj Patel – halal; Emma Stott – ⟦health|type 1 diabetic⟧, needs a snack at 11; Tom Wu – none.`],
  ["en", "event:health", `Kids' party RSVPs: Leo Grant is coming, his mum says he has a severe ⟦health|egg allergy⟧ and carries an ⟦health|EpiPen⟧.`],
  [
    "en",
    "event:health",
    `Conference registration export:\nname,dietary,access\nFiona Bell,gluten free (⟦health|coeliac⟧),⟦health|wheelchair user⟧\nGreg Ames,none,none`,
  ],
  // English: carer rotas
  ["en", "rota:health", `Carer rota for Mum (Patricia Dale): Mon/Wed Jess — ⟦health|stoma⟧ bag change; Tue/Thu Ali — ⟦health|insulin⟧ at 8am; weekends me.`],
  ["en", "rota:health", `Whose turn is it to drive Uncle Ray to ⟦health|dialysis⟧ on Friday? Mon was me, Wed was Sam.`],
  ["en", "rota:health", `Rota for Mrs Ivy Chambers: morning call — give her ⟦health|Parkinson's⟧ meds (⟦health|co-careldopa⟧) at exactly 7, 11, 3 and 7.`],
  ["en", "rota:health", `Live-in carer hand-over for Bill Foster: ⟦health|sundowning⟧ after 4pm, ⟦health|Aricept⟧ with breakfast.`],
  // English: clinic spreadsheets
  [
    "en",
    "records:health",
    `Clean up this CSV:\npatient_id,name,dob_year,diagnosis\nP-1042,Harriet Moss,1951,⟦health|COPD⟧\nP-1043,Ian Royle,1963,⟦health|T2DM⟧`,
  ],
  [
    "en",
    "records:health",
    `JSON from our clinic app: {"patient": "Chloe Barrett", "mrn": "448201", "meds": ["⟦health|lamotrigine⟧ 100mg"], "icd10": "⟦health|G40.909⟧"}`,
  ],
  ["en", "records:health", `Fix the indentation:\n- name: Owen Pryce\n  ward: ⟦health|Haematology⟧\n  notes: ⟦health|neutropenic⟧, reverse barrier nursing`],
  [
    "en",
    "records:health",
    `Sort this list by time: "Alan Cross – ⟦health|Fracture Clinic⟧ 9:00; Nadia Rahman – ⟦health|Fertility Clinic⟧ 9:20; Paul Inkster – ⟦health|Sexual Health Clinic⟧ 9:40"`,
  ],
  ["en", "records:health", `Spreadsheet row: Name: Jordan Blake | Medication: ⟦health|PrEP⟧ | Next bloods: 3 Oct`],

  // German
  [
    "de",
    "records:health",
    `Bitte als CSV säubern:\nPatientennr;Name;Diagnose;Medikation\n40213;Jürgen Maas;⟦health|Diabetes mellitus Typ 2⟧;⟦health|Metformin⟧ 1000\n40214;Renate Vogel;⟦health|Hypothyreose⟧;⟦health|L-Thyroxin⟧ 50`,
  ],
  ["de", "handover:health", `Übergabe Frühdienst: Zimmer 5, Herr Bernd Krüger, ⟦health|Z. n. Hüft-TEP⟧ rechts, mobilisiert mit Rollator.`],
  ["de", "reminder:health", `Erinnerung: Frau Ingrid Hahn, Ihr Termin in der ⟦health|Gedächtnissprechstunde⟧ ist am 14.5. um 9:30.`],
  ["de", "pharmacy:health", `Nachricht der Apotheke an Herrn Yilmaz: Ihr ⟦health|Insulin glargin⟧ liegt zur Abholung bereit, bitte Rezept mitbringen.`],
  ["de", "sicknote:health", `Arbeitsunfähigkeitsbescheinigung für Tobias Brandt, Befund: ⟦health|F43.2⟧, bis 30.06.`],
  [
    "de",
    "rota:health",
    `Tourenplan Pflegedienst: 7:15 Frau Elke Schramm – ⟦health|Insulin⟧ spritzen, ⟦health|Kompressionsstrümpfe⟧ anziehen; 8:00 Herr Lutz – Frühstück.`,
  ],
  ["de", "schoolnurse:health", `Liste Klassenfahrt: Paul Richter (5b) – ⟦health|Asthma⟧, Spray im Rucksack; Mia Koch – ⟦health|Nussallergie⟧, Notfallset.`],
  ["de", "insurance:health", `Antrag auf Kostenübernahme für die Versicherte Andrea Lang: ⟦health|CPAP-Gerät⟧ bei ⟦health|obstruktiver Schlafapnoe⟧.`],
  ["de", "schoolnurse:health", `Hallo Frau Schulz, Ihre Tochter Lea hatte heute in der Schule einen ⟦health|Krampfanfall⟧, bitte rufen Sie uns an.`],
  // Italian
  [
    "it",
    "records:health",
    `Correggi questo YAML:\npaziente:\n  nome: Giulia Ferri\n  cartella: 2024-0871\n  diagnosi: ⟦health|sclerosi multipla⟧\n  terapia: ⟦health|ocrelizumab⟧`,
  ],
  ["it", "pharmacy:health", `Promemoria per la signora Anna Conti: ritiro in farmacia di ⟦health|metformina⟧ e strisce per la glicemia venerdì.`],
  ["it", "handover:health", `Consegna turno: letto 8, sig. Franco Galli, ⟦health|BPCO riacutizzata⟧, ossigeno 2 l/min.`],
  ["it", "sicknote:health", `Certificato di malattia per Luca Marino: prognosi 10 giorni, diagnosi ⟦health|lombosciatalgia⟧.`],
  ["it", "schoolnurse:health", `Lista gita scolastica: Sofia Bruno – ⟦health|celiachia⟧; Matteo Rizzi – ⟦health|allergia alle arachidi⟧, porta l'adrenalina.`],
  ["it", "rota:health", `Turni badanti per nonna Rosa: mattina Elena (⟦health|insulina⟧ prima di colazione), sera Marta.`],
  ["it", "reminder:health", `Appuntamento: sig. Paolo De Luca, ⟦health|Day Hospital Oncologico⟧, martedì ore 8:30, ciclo 4.`],
  ["it", "insurance:health", `Richiesta di autorizzazione: assistito Marco Bellini, farmaco ⟦health|adalimumab⟧ per ⟦health|artrite reumatoide⟧.`],
  ["it", "carehome:health", `Tabella RSA: Ospite: Carla Villa | Reparto: ⟦health|Nucleo Alzheimer⟧ | Terapia: ⟦health|donepezil⟧ 10 mg`],
  // Polish
  [
    "pl",
    "records:health",
    `Popraw tabelę:\nNr karty;Pacjent;Rozpoznanie\n1187;Anna Kaczmarek;⟦health|nadciśnienie tętnicze⟧\n1188;Marek Wójcik;⟦health|POChP⟧`,
  ],
  ["pl", "reminder:health", `Przypomnienie: Pani Elżbieta Nowak, wizyta w ⟦health|poradni onkologicznej⟧ 12.06 o 10:00.`],
  ["pl", "handover:health", `Raport zmiany: sala 3, pan Zbigniew Lis, ⟦health|stan po zawale⟧, monitor, heparyna.`],
  ["pl", "pharmacy:health", `Apteka: Pan Krzysztof Dudek, ⟦health|lewotyroksyna⟧ do odbioru od jutra.`],
  ["pl", "sicknote:health", `Zwolnienie lekarskie dla Magdaleny Zając, kod choroby ⟦health|J18.9⟧, 14 dni.`],
  ["pl", "schoolnurse:health", `Lista na wycieczkę: Kuba Lewandowski – ⟦health|cukrzyca typu 1⟧, ⟦health|pompa insulinowa⟧.`],
  ["pl", "rota:health", `Grafik opieki nad babcią Jadwigą: rano Ola – ⟦health|opatrunek na odleżynę⟧, wieczorem Piotr.`],
  ["pl", "insurance:health", `Wniosek do NFZ: Tomasz Szymański, ⟦health|aparat słuchowy⟧, ⟦health|niedosłuch obustronny⟧.`],
  ["pl", "schoolnurse:health", `Notatka pielęgniarki szkolnej: Zuzia Mazur (2a) – ⟦health|padaczka⟧, lek ratunkowy w gabinecie.`],
  // Spanish
  [
    "es",
    "records:health",
    `Tabla de la consulta:\nNHC,Nombre,Diagnóstico\n55102,Carmen Ortega,⟦health|insuficiencia renal crónica⟧\n55103,Luis Navarro,⟦health|VIH⟧`,
  ],
  ["es", "reminder:health", `Recordatorio: Sr. Andrés Molina, su cita en la ⟦health|Unidad de Diálisis⟧ pasa al jueves a las 7:00.`],
  ["es", "pharmacy:health", `Farmacia: Sra. Pilar Romero, su ⟦health|insulina glargina⟧ ya está disponible para recoger.`],
  ["es", "handover:health", `Relevo de turno: cama 12, Juan Castillo, ⟦health|EPOC⟧, gafas nasales a 2 l.`],
  ["es", "sicknote:health", `Parte de baja de Marta Gil: ⟦health|síndrome del túnel carpiano⟧, 3 semanas.`],
  ["es", "event:health", `Lista del campamento: Pablo Ruiz – ⟦health|alergia al huevo⟧; Irene Soto – ⟦health|diabetes tipo 1⟧.`],
  ["es", "insurance:health", `Autorización previa: asegurada Rocío Vidal, medicamento ⟦health|tenofovir/emtricitabina⟧.`],
  ["es", "rota:health", `Turnos para cuidar al abuelo Manolo: lunes Ana (⟦health|cura de la úlcera⟧), martes Jorge.`],
  ["es", "schoolnurse:health", `Nota de enfermería escolar: Hugo Díaz (3ºB) usa ⟦health|audífono⟧ y se sienta delante.`],
  // French
  ["fr", "carehome:health", `Fiche de liaison : Mme Odette Lambert, ch. 21 — ⟦health|maladie d'Alzheimer⟧, ⟦health|donépézil⟧ le soir.`],
  ["fr", "reminder:health", `Rappel : M. Karim Benali, votre séance en ⟦health|hôpital de jour d'oncologie⟧ est lundi à 9h.`],
  ["fr", "pharmacy:health", `Pharmacie : Mme Claire Fontaine, votre ⟦health|Lévothyrox⟧ est disponible au comptoir.`],
  ["fr", "handover:health", `Transmissions de nuit : lit 4, M. Jacques Moreau, ⟦health|BPCO⟧, sous O2 2 L.`],
  ["fr", "sicknote:health", `Arrêt de travail de Nathalie Roux : ⟦health|burn-out⟧, 4 semaines.`],
  ["fr", "schoolnurse:health", `PAI de l'élève Lucas Girard : ⟦health|allergie aux arachides⟧, stylo d'adrénaline dans le cartable.`],
  ["fr", "insurance:health", `Demande d'entente préalable pour Sylvie Perrin : ⟦health|pompe à insuline⟧.`],
  ["fr", "records:health", `Tableau : Dossier 7731 | Patient : Henri Blanc | Diagnostic : ⟦health|cancer de la prostate⟧`],
  ["fr", "rota:health", `Planning des aidants pour papi Gérard : mardi Sophie (⟦health|pansement de l'escarre⟧), jeudi Marc.`],
  // Dutch
  ["nl", "handover:health", `Overdracht: kamer 9, mevrouw Els de Vries, ⟦health|COPD GOLD 3⟧, 2 liter zuurstof.`],
  ["nl", "reminder:health", `Herinnering: meneer Jan Bakker, uw afspraak bij de ⟦health|geheugenpoli⟧ is verplaatst naar dinsdag.`],
  ["nl", "pharmacy:health", `Apotheek: Sanne Visser, uw ⟦health|metformine⟧ en ⟦health|insulinepennen⟧ liggen klaar.`],
  ["nl", "sicknote:health", `Ziekmelding: Pieter Smit, ⟦health|hernia⟧, drie weken thuis.`],
  ["nl", "schoolnurse:health", `Allergielijst schoolreisje: Daan Mulder – ⟦health|notenallergie⟧ (EpiPen); Emma Jansen – geen.`],
  ["nl", "records:health", `CSV:\nclientnr;naam;diagnose\n3310;Willem Peters;⟦health|ziekte van Parkinson⟧\n3311;Ria Kok;⟦health|artrose⟧`],
  ["nl", "rota:health", `Zorgrooster voor oma Truus: maandag Lotte (⟦health|steunkousen⟧, ⟦health|insuline⟧), woensdag Bram.`],
  ["nl", "insurance:health", `Machtigingsaanvraag zorgverzekeraar: verzekerde Kees Hendriks, ⟦health|CPAP⟧ bij ⟦health|slaapapneu⟧.`],
  ["nl", "schoolnurse:health", `Schoolverpleegkundige: Noor Bos (groep 6) heeft ⟦health|diabetes type 1⟧ en meet om 12 uur.`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English: the writer's own unnamed health
  ["en", "neg-pharmacy:own", `The pharmacy says my levothyroxine refill is ready, can I take it with coffee?`],
  ["en", "neg-pharmacy:own", `I've been on sertraline 50mg for a month and still feel flat, is that normal?`],
  ["en", "neg-sicknote:own", `Help me write an email to my boss saying I have the flu and will be off until Thursday.`],
  ["en", "neg-insurance:own", `I use a CPAP machine — can I take it as hand luggage on Ryanair?`],
  ["en", "neg-pharmacy:own", `Remind me to pick up my insulin glargine pens on Friday.`],
  ["en", "neg-sicknote:own", `I'm T1DM and starting a new job next month; do I have to tell HR?`],
  // English: unnamed relatives
  ["en", "neg-pharmacy:relative", `My mum takes donepezil at night; would the morning be better?`],
  ["en", "neg-handover:relative", `My dad just had a CABG, when can he drive again?`],
  ["en", "neg-schoolnurse:relative", `Our son has a peanut allergy, what should I pack for the school trip?`],
  ["en", "neg-reminder:relative", `My grandmother is going to the memory clinic next week, what will they ask her?`],
  ["en", "neg-insurance:relative", `My sister's insurer denied her CPAP — how do appeals usually work?`],
  // English: drug information
  ["en", "neg-pharmacy:druginfo", `What is metformin used for and what are its common side effects?`],
  ["en", "neg-pharmacy:druginfo", `Is tenofovir/emtricitabine taken daily for PrEP or only before sex?`],
  ["en", "neg-pharmacy:druginfo", `Why is methotrexate for arthritis taken weekly and not daily?`],
  ["en", "neg-pharmacy:druginfo", `What's the difference between insulin glargine and insulin lispro?`],
  ["en", "neg-handover:druginfo", `What does "s/p CABG" mean in a discharge summary?`],
  ["en", "neg-records:druginfo", `ICD-10 E11.9 vs E10.9 — which one is type 2 diabetes?`],
  // English: public opening hours and notices
  ["en", "neg-reminder:hours", `The Oncology Day Unit at the Royal Derby Hospital is open Mon–Fri 08:00–18:00; parking is in car park B.`],
  ["en", "neg-pharmacy:hours", `High Street Pharmacy: repeat prescriptions can be collected 9:00–17:30, Saturdays until 13:00.`],
  ["en", "neg-reminder:hours", `Notice: the dialysis unit is closed on Christmas Day; all sessions move to Boxing Day.`],
  ["en", "neg-reminder:hours", `The memory clinic accepts referrals only from GPs; self-referral is not possible.`],
  // English: package leaflets
  ["en", "neg-pharmacy:leaflet", `Package leaflet: Levothyroxine 100 micrograms tablets. Take on an empty stomach, 30–60 minutes before breakfast.`],
  ["en", "neg-pharmacy:leaflet", `Patient information: sertraline may cause nausea, insomnia and sexual dysfunction in the first weeks.`],
  ["en", "neg-pharmacy:leaflet", `Donepezil hydrochloride 5 mg film-coated tablets: take in the evening, just before going to bed.`],
  ["en", "neg-schoolnurse:leaflet", `EpiPen instructions: blue to the sky, orange to the thigh, hold for 3 seconds.`],
  // English: rotas, lists and templates with no health data
  ["en", "neg-rota:staff", `Staff rota week 12: Mon early — Jess, Ali; Mon late — Tom, Priya; Tue night — Sam.`],
  ["en", "neg-carehome:staff", `Care home activity schedule: 10:00 bingo with Maureen, 14:00 music with Dave, 16:00 tea in the lounge.`],
  ["en", "neg-sicknote:template", `Template for a fit note: Patient name: ____ Condition: ____ Not fit for work from __ to __.`],
  ["en", "neg-records:template", `CSV header only: patient_id,name,dob,diagnosis,medication — how do I validate this in pandas?`],
  ["en", "neg-handover:template", `Shift handover template: S – situation, B – background, A – assessment, R – recommendation.`],
  ["en", "neg-event:staff", `Wedding dietary list: Table 4 — Judy (vegetarian), Mark (no pork), Sue (vegan).`],
  // English: public figures and fiction
  ["en", "neg-sicknote:public", `King Charles was treated for cancer in 2024 and stepped back from public duties for some months.`],
  ["en", "neg-reminder:public", `Michael J. Fox has spoken openly about living with Parkinson's since 1991.`],
  ["en", "neg-insurance:public", `Selena Gomez said she needed a kidney transplant because of lupus.`],
  ["en", "neg-handover:fiction", `Write a short story in which a nurse called Clara hands over a grumpy man with COPD in bed 4 to the night shift.`],
  ["en", "neg-records:fiction", `In House M.D. it's never lupus — except once. Which episode is that?`],
  // English: veterinary notes and anonymised cases
  ["en", "neg-pharmacy:vet", `Vet discharge: Bella (Labrador, 9 y) — on Vetmedin and furosemide for heart failure, recheck in 2 weeks.`],
  ["en", "neg-pharmacy:vet", `Our cat Milo needs insulin twice a day, how do I store Caninsulin?`],
  ["en", "neg-reminder:vet", `Reminder from Greenfield Vets: Max is due his booster and his Apoquel refill is ready.`],
  ["en", "neg-rota:vet", `Yard rota: Duke gets bute 1g with the evening feed until the farrier comes, Sally does Tuesdays.`],
  ["en", "neg-handover:case", `Case study: a 67-year-old man s/p CABG develops atrial fibrillation on day 3. What next?`],
  ["en", "neg-records:case", `Ward audit: 12 of 30 patients were on PPIs without a documented indication.`],
  // German
  ["de", "neg-reminder:hours", `Öffnungszeiten Dialysezentrum Nord: Mo–Sa 6–22 Uhr, Parkplätze hinter dem Haus.`],
  ["de", "neg-pharmacy:own", `Ich nehme seit Januar L-Thyroxin, soll ich es vor dem Kaffee nehmen?`],
  ["de", "neg-pharmacy:leaflet", `Beipackzettel Metformin: Bei Nierenproblemen ist Vorsicht geboten; vor Kontrastmittelgabe absetzen.`],
  ["de", "neg-rota:staff", `Dienstplan KW 20: Mo Früh – Anke, Jens; Mo Spät – Katrin; Di Nacht – Ole.`],
  ["de", "neg-carehome:relative", `Mein Vater hat Demenz, was kostet ein Platz im Pflegeheim?`],
  ["de", "neg-records:template", `CSV-Vorlage: Patientennr;Name;Diagnose;Medikation — wie lese ich das in Excel ein?`],
  ["de", "neg-records:vet", `Tierarztbericht: Hündin Luna, 11 Jahre, Diagnose Niereninsuffizienz, Futter umgestellt.`],
  // Italian
  ["it", "neg-reminder:hours", `Orari del Centro Dialisi dell'Ospedale di Padova: dal lunedì al sabato, 7–20.`],
  ["it", "neg-pharmacy:leaflet", `Foglietto illustrativo: la metformina va assunta durante o dopo i pasti.`],
  ["it", "neg-pharmacy:own", `Prendo la sertralina da due settimane, è normale avere nausea?`],
  ["it", "neg-carehome:relative", `Mia madre ha l'Alzheimer, come si chiede l'indennità di accompagnamento?`],
  ["it", "neg-rota:staff", `Turni infermieri settimana 3: lunedì mattina Chiara e Davide, notte Sara.`],
  ["it", "neg-records:template", `Modulo vuoto: paziente: ____ diagnosi: ____ terapia: ____`],
  ["it", "neg-pharmacy:vet", `Il veterinario ha prescritto al gatto Romeo il metimazolo per l'ipertiroidismo.`],
  // Polish
  ["pl", "neg-reminder:hours", `Godziny otwarcia poradni diabetologicznej: pon.–pt. 8–15.`],
  ["pl", "neg-pharmacy:leaflet", `Ulotka: metformina może powodować nudności i biegunkę.`],
  ["pl", "neg-pharmacy:own", `Biorę sertralinę od miesiąca, kiedy zacznie działać?`],
  ["pl", "neg-handover:relative", `Mój tata ma POChP, czy może lecieć samolotem?`],
  ["pl", "neg-rota:staff", `Grafik dyżurów: pon. rano Kasia, wt. noc Bartek, śr. popołudnie Ewa.`],
  ["pl", "neg-records:template", `Wzór: Nr karty;Pacjent;Rozpoznanie — jak to posortować w Excelu?`],
  ["pl", "neg-pharmacy:vet", `Weterynarz: pies Burek ma cukrzycę, dostaje insulinę dwa razy dziennie.`],
  // Spanish
  ["es", "neg-reminder:hours", `Horario de la Unidad de Diálisis del Hospital La Paz: de lunes a sábado, de 7 a 21 h.`],
  ["es", "neg-pharmacy:leaflet", `Prospecto: la levotiroxina se toma en ayunas, media hora antes del desayuno.`],
  ["es", "neg-pharmacy:own", `Tengo diabetes tipo 2, ¿puedo comer fruta?`],
  ["es", "neg-schoolnurse:relative", `Mi abuela usa audífono, ¿cuál me recomiendas?`],
  ["es", "neg-rota:staff", `Cuadrante de enfermería: lunes mañana Lucía, martes noche Álvaro.`],
  ["es", "neg-sicknote:public", `El rey Juan Carlos fue operado de la cadera en 2012.`],
  ["es", "neg-pharmacy:vet", `Mi perro Toby toma fenobarbital para la epilepsia, ¿es normal que duerma tanto?`],
  // French
  ["fr", "neg-reminder:hours", `L'hôpital de jour d'oncologie est ouvert du lundi au vendredi de 8h à 18h.`],
  ["fr", "neg-pharmacy:leaflet", `Notice : le Lévothyrox se prend à jeun, une demi-heure avant le petit-déjeuner.`],
  ["fr", "neg-pharmacy:own", `Je suis sous sertraline, puis-je boire un verre de vin ?`],
  ["fr", "neg-carehome:relative", `Ma mère a un Alzheimer débutant, comment demander l'APA ?`],
  ["fr", "neg-rota:staff", `Planning infirmier : lundi matin Julie, mardi nuit Thomas.`],
  ["fr", "neg-records:fiction", `Dans Les Misérables, Fantine meurt de la tuberculose.`],
  ["fr", "neg-pharmacy:vet", `Vétérinaire : notre chatte Minette est sous insuline pour son diabète.`],
  // Dutch
  ["nl", "neg-reminder:hours", `De dialyseafdeling van het UMC is open van maandag tot zaterdag, 7 tot 22 uur.`],
  ["nl", "neg-pharmacy:leaflet", `Bijsluiter: metformine innemen tijdens of na de maaltijd.`],
  ["nl", "neg-pharmacy:own", `Ik gebruik sertraline, mag ik alcohol drinken?`],
  ["nl", "neg-handover:relative", `Mijn vader heeft COPD, mag hij vliegen?`],
  ["nl", "neg-rota:staff", `Dienstrooster: maandag vroeg Anouk, dinsdag laat Sem.`],
  ["nl", "neg-pharmacy:vet", `Dierenarts: onze hond Max krijgt prednisolon voor zijn allergie.`],
  ["nl", "neg-records:template", `Formulier: naam patiënt ____ diagnose ____ medicatie ____`],
];
