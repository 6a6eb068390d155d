/**
 * dev-79 entries: health data as apps and devices export it, pasted into a prompt to summarise, convert or chart, with
 * a person identified by a name, an account e-mail or a patient field — Apple Health `export.xml` records, Google Fit,
 * Fitbit, Garmin, Samsung Health and Withings exports, continuous-glucose-monitor CSV (Dexcom Clarity, LibreView),
 * blood-pressure and period-tracker exports, CPAP reports, e-prescriptions (German e-Rezept, NHS EPS, Italian ricetta
 * dematerializzata, Spanish receta electrónica, Polish e-recepta), EU digital COVID certificate JSON, lab-portal reports
 * copied as text, pharmacy app order histories and insulin pump logs — in English, German, French, Italian, Spanish,
 * Dutch, Polish and Japanese. Sensitive: the health evidence (the record type, measure, diagnosis, medicine or result)
 * of a named or identified private person, plus the e-mails and birth dates that identify them. Hard negatives: the
 * same exports with nobody in them — documentation samples, anonymised demo files, aggregated statistics, device
 * specifications, firmware and sync logs, placeholder people — and the writer's own or an unnamed relative's data (not
 * sensitive by the policy). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`. Our own invented text; every
 * person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English
  [
    "en",
    "apple:health",
    `Summarise these rows from my dad's Apple Health export for his GP:\n<Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexMale"/>\n<Record type="⟦health|HKQuantityTypeIdentifierBloodGlucose⟧" sourceName="Robert Hale's iPhone" unit="mg/dL" creationDate="2026-11-02 07:14:09 -0500" value="212"/>\n<Record type="⟦health|HKQuantityTypeIdentifierBloodGlucose⟧" sourceName="Robert Hale's iPhone" unit="mg/dL" creationDate="2026-11-03 07:02:51 -0500" value="187"/>`,
  ],
  [
    "en",
    "fit:health",
    `Turn this Google Fit takeout into a table: {"account": "⟦email|maya.okonkwo84@gmail.com⟧", "dataTypeName": "⟦health|com.google.blood_pressure⟧", "points": [{"startTime": "2026-10-30T08:01:00Z", "fitValue": [{"value": {"fpVal": 162}}, {"value": {"fpVal": 101}}]}]}`,
  ],
  [
    "en",
    "cgm:health",
    `Chart the readings in Lucas's Dexcom Clarity export:\nIndex,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Glucose Value (mg/dL)\n1,,FirstName,,Lucas,\n2,,LastName,,Brennan,\n3,,DateOfBirth,,⟦date_of_birth|2011-06-23⟧,\n11,2026-11-04T02:15:00,⟦health|EGV⟧,,,54\n12,2026-11-04T02:20:00,⟦health|EGV⟧,,,51`,
  ],
  [
    "en",
    "bp:health",
    `Can you average this Omron Connect export for Margaret Doyle before her appointment?\nDate,Time,⟦health|Systolic (mmHg)⟧,⟦health|Diastolic (mmHg)⟧,Pulse (bpm),Irregular heartbeat\n01/11/2026,07:30,168,98,81,Yes\n02/11/2026,07:42,171,102,84,Yes`,
  ],
  [
    "en",
    "cpap:health",
    `Explain this ResMed myAir compliance report in plain words:\nPatient: Derek Sullivan\nDevice: AirSense 11 AutoSet\nUsage days >= 4 h: 19/30\n⟦health|AHI: 14.2 events/h⟧ (central 2.1, obstructive 12.1)\nMedian leak: 18 L/min`,
  ],
  [
    "en",
    "rx:health",
    `Reformat this NHS EPS prescription token as a checklist for the carer:\nPatient: Ms Fiona Gallagher\nPrescriber: Dr A. Mensah, Riverside Surgery\nItems:\n1. ⟦health|Sertraline 100mg tablets⟧ — 28 tablet, one daily\n2. ⟦health|Quetiapine 25mg tablets⟧ — 56 tablet, one twice daily`,
  ],
  [
    "en",
    "ecg:health",
    `Fitbit ECG export for Nadia Rahman, can you write a short note to her cardiologist?\n{"user": "Nadia Rahman", "startTime": "2026-11-01T21:40:12", "resultClassification": "⟦health|Atrial Fibrillation⟧", "averageHeartRate": 118}`,
  ],
  [
    "en",
    "pharmacy:health",
    `Sort this CVS app order history for Kevin Marsh by date:\n11/03/2026  ⟦health|Truvada 200-300 MG tablet⟧  qty 30  Picked up\n10/04/2026  ⟦health|Truvada 200-300 MG tablet⟧  qty 30  Picked up\n10/04/2026  ⟦health|Valacyclovir 1 GM tablet⟧  qty 21  Picked up`,
  ],
  [
    "en",
    "pump:health",
    `Convert this t:connect pump log to CSV:\nPatient: Ellie Whitfield\n2026-11-05 12:31  ⟦health|Bolus⟧  6.40 U  (carbs 55 g, BG 241 mg/dL)\n2026-11-05 18:02  ⟦health|Bolus⟧  4.10 U  (carbs 40 g, BG 198 mg/dL)`,
  ],
  [
    "en",
    "period:health",
    `Summarise this Flo export for Jessica Moreno in two sentences: {"name": "Jessica Moreno", "cycles": [{"start": "2026-09-02", "length": 41}, {"start": "2026-10-13", "length": 44}], "notes": ["⟦health|pregnancy test: positive⟧"]}`,
  ],
  [
    "en",
    "lab:health",
    `Copied from the Quest portal, what does the H mean?\nPatient: HALVORSEN, TRUDY   Collected: 10/29/2026\n⟦health|HEMOGLOBIN A1c⟧   8.4 %  H   (ref <5.7)\nGLUCOSE   176 mg/dL  H`,
  ],
  [
    "en",
    "dcc:health",
    `Pretty-print this EU digital COVID certificate payload: {"ver": "1.3.0", "nam": {"fn": "Lindqvist", "gn": "Erik"}, "dob": "⟦date_of_birth|1979-02-11⟧", "v": [{"tg": "⟦health|840539006⟧", "vp": "1119349007", "mp": "EU/1/20/1528", "dn": 2, "sd": 2, "dt": "2021-07-14"}]}`,
  ],
  [
    "en",
    "libre:health",
    `Plot the lows in this LibreView file:\nPatient report,Generated on,11-06-2026 09:12 UTC,Generated by,Owen Tait\nDevice,Serial Number,Device Timestamp,Record Type,⟦health|Historic Glucose mg/dL⟧\nFreeStyle Libre 3,3MH0018Q2K,05-11-2026 03:14,0,48\nFreeStyle Libre 3,3MH0018Q2K,05-11-2026 03:29,0,45`,
  ],

  // German
  [
    "de",
    "rx:health",
    `Mach mir aus diesem E-Rezept eine Einnahmeliste für meine Oma:\n{"resourceType": "Patient", "name": [{"family": "Albrecht", "given": ["Hildegard"]}], "birthDate": "⟦date_of_birth|1941-08-14⟧"}\n{"resourceType": "MedicationRequest", "medicationCodeableConcept": {"text": "⟦health|Apixaban 5 mg Filmtabletten⟧"}, "dosageInstruction": [{"text": "1-0-1"}]}`,
  ],
  [
    "de",
    "apple:health",
    `Fasse den Health-Export von Jürgen Pohl zusammen:\n<Record type="⟦health|HKQuantityTypeIdentifierOxygenSaturation⟧" sourceName="Apple Watch von Jürgen Pohl" unit="%" creationDate="2026-11-02 03:11:40 +0100" value="0.86"/>\n<Record type="⟦health|HKQuantityTypeIdentifierOxygenSaturation⟧" sourceName="Apple Watch von Jürgen Pohl" unit="%" creationDate="2026-11-02 03:41:02 +0100" value="0.84"/>`,
  ],
  [
    "de",
    "mysugr:health",
    `Kannst du den mySugr-Export von Lena Hartmann als Diagramm beschreiben?\nKonto: ⟦email|lena.hartmann@posteo.de⟧\ndate,time,⟦health|blood glucose measurement (mg/dL)⟧,insulin injection units (pen)\n03.11.2026,07:10,245,8\n03.11.2026,12:40,61,0`,
  ],
  [
    "de",
    "lab:health",
    `Aus dem Laborportal kopiert – was heißt das Pfeilchen?\nPatientin: Sabine Krüger, geb. ⟦date_of_birth|02.05.1968⟧\n⟦health|TSH basal⟧  7,8 mU/l  ↑  (0,27–4,2)\nfT4  0,8 ng/dl  ↓`,
  ],
  [
    "de",
    "cpap:health",
    `Therapiebericht aus OSCAR für Herrn Wolfgang Brandt übersetzen ins Englische:\nNutzungstage: 27/30, Ø 6:12 h\n⟦health|AHI 9,8/h⟧ (obstruktiv 8,9, zentral 0,9)\nLeckage 95 %: 24 l/min`,
  ],
  [
    "de",
    "bp:health",
    `Withings-Export von Frau Ingrid Vogel als Tabelle bitte:\nDatum,Gewicht (kg),⟦health|Systolisch (mmHg)⟧,⟦health|Diastolisch (mmHg)⟧,Puls\n2026-11-01 08:02,71.4,178,104,88\n2026-11-02 07:55,71.1,181,99,91`,
  ],
  [
    "de",
    "pharmacy:health",
    `Bestellhistorie aus der Apotheken-App, ordne sie nach Datum:\nKundin: Petra Lang\n28.10.2026  ⟦health|Ozempic 1 mg Injektionslösung⟧  1 Pen  E-Rezept eingelöst\n14.10.2026  ⟦health|Metformin 1000 mg⟧  180 St.  E-Rezept eingelöst`,
  ],
  [
    "de",
    "libre:health",
    `LibreView-Bericht von Tobias Engel, wie viele Werte liegen unter 70?\nPatientenbericht,Erstellt am,06.11.2026,Erstellt von,Tobias Engel\nGerät,Seriennummer,Gerätezeitstempel,Aufzeichnungstyp,⟦health|Glukosewert-Verlauf mg/dL⟧\nFreeStyle Libre 2,0M0009AB12,05.11.2026 02:44,0,58`,
  ],
  [
    "de",
    "dcc:health",
    `Ist dieses EU-COVID-Zertifikat richtig formatiert? {"nam": {"fn": "Schäfer", "gn": "Miriam", "fnt": "SCHAEFER", "gnt": "MIRIAM"}, "dob": "⟦date_of_birth|1986-03-30⟧", "r": [{"tg": "⟦health|840539006⟧", "fr": "2026-01-09", "co": "DE", "is": "Robert Koch-Institut"}]}`,
  ],
  [
    "de",
    "period:health",
    `Clue-Export meiner Mitbewohnerin Anja Roth, kannst du den Zyklus zusammenfassen? {"user": "Anja Roth", "data": [{"day": "2026-10-21", "type": "period", "value": "heavy"}, {"day": "2026-10-29", "type": "tests", "value": "⟦health|pregnancy_test_positive⟧"}]}`,
  ],
  [
    "de",
    "pump:health",
    `CareLink-Export (Patient: Jonas Becker), bitte die Basalraten pro Tag summieren:\nDatum;Uhrzeit;⟦health|Basalrate (U/h)⟧;Bolus-Volumen abgegeben (U);BZ-Wert (mg/dl)\n04.11.2026;00:00;0,850;;\n04.11.2026;07:15;;5,20;212`,
  ],
  [
    "de",
    "garmin:health",
    `Garmin-Connect-JSON von Markus Seidel in eine Tabelle: {"displayName": "Markus Seidel", "date": "2026-11-03", "⟦health|irregularHeartRhythmAlert⟧": true, "restingHeartRate": 49, "avgSpo2": 91}`,
  ],

  // French
  [
    "fr",
    "withings:health",
    `Fais un tableau avec cet export Withings de Mme Hélène Dubois :\nDate,⟦health|Tension systolique (mmHg)⟧,⟦health|Tension diastolique (mmHg)⟧,Fréquence cardiaque\n2026-11-01 07:40,172,101,86\n2026-11-02 07:35,169,97,83`,
  ],
  [
    "fr",
    "lab:health",
    `Résultats copiés depuis le site du labo, tu peux m'expliquer ?\nPatient : M. GIRARD Antoine  né le ⟦date_of_birth|17/09/1972⟧\n⟦health|Glycémie à jeun⟧  1,38 g/L  (0,70–1,10)  H\n⟦health|HbA1c⟧  7,9 %`,
  ],
  [
    "fr",
    "apple:health",
    `Résume l'export Santé de Claire Lemoine : <Record type="⟦health|HKCategoryTypeIdentifierIrregularHeartRhythmEvent⟧" sourceName="Apple Watch de Claire Lemoine" creationDate="2026-10-28 23:12:05 +0100" value="HKCategoryValueNotApplicable"/>`,
  ],
  [
    "fr",
    "cpap:health",
    `Rapport d'observance ResMed à résumer pour le pneumologue :\nPatient : Bernard Chevalier\nUtilisation ≥ 4 h : 12/30 jours\n⟦health|IAH 21,4/h⟧\nFuites médianes : 31 L/min`,
  ],
  [
    "fr",
    "libre:health",
    `Combien d'hypos dans ce fichier LibreView ?\nRapport patient,Généré le,06-11-2026,Généré par,Camille Roux\nAppareil,Numéro de série,Horodatage de l'appareil,Type d'enregistrement,⟦health|Historique de la glycémie mg/dL⟧\nFreeStyle Libre 2,0M00ZZ4711,04-11-2026 04:02,0,52`,
  ],
  [
    "fr",
    "rx:health",
    `Mets cette ordonnance en liste de courses pour la pharmacie :\nOrdonnance numérique – Patiente : Mme Sylvie Marchand\n⟦health|LÉVOTHYROX 75 µg⟧ cp, 1/j, 3 mois\n⟦health|ALPRAZOLAM 0,25 mg⟧ cp, 1 le soir si besoin`,
  ],
  [
    "fr",
    "fit:health",
    `Convertis ce JSON Google Fit en CSV : {"compte": "⟦email|julien.perrin.75@gmail.com⟧", "dataTypeName": "⟦health|com.google.blood_glucose⟧", "points": [{"startTime": "2026-11-02T06:50:00Z", "value": 11.2}]}`,
  ],
  [
    "fr",
    "dcc:health",
    `Vérifie ce pass sanitaire décodé : {"nam": {"fn": "Morel", "gn": "Laetitia"}, "dob": "⟦date_of_birth|1990-12-05⟧", "t": [{"tg": "⟦health|840539006⟧", "tt": "LP217198-3", "tr": "260373001", "sc": "2026-02-01T10:00:00Z"}]}`,
  ],
  [
    "fr",
    "pharmacy:health",
    `Historique de commandes de l'appli pharmacie, trie-le :\nClient : Thierry Lambert\n02/11/2026  ⟦health|ARIPIPRAZOLE 10 mg⟧  28 cp  Retiré\n05/10/2026  ⟦health|ARIPIPRAZOLE 10 mg⟧  28 cp  Retiré`,
  ],
  [
    "fr",
    "period:health",
    `Résume ce qu'a exporté l'appli de règles de ma sœur Manon Faure : {"nom": "Manon Faure", "symptomes": ["⟦health|saignements entre les règles⟧", "douleurs pelviennes"], "cycle_moyen": 38}`,
  ],
  [
    "fr",
    "pump:health",
    `Journal de la pompe Omnipod de Louis Bertrand, fais la somme des bolus :\n05/11/2026 08:10 ⟦health|Bolus⟧ 3,5 U\n05/11/2026 12:45 ⟦health|Bolus⟧ 5,0 U\n05/11/2026 19:30 ⟦health|Bolus⟧ 4,2 U`,
  ],
  [
    "fr",
    "garmin:health",
    `Export Garmin de Nicolas Fontaine à transformer en graphique : {"utilisateur": "Nicolas Fontaine", "⟦health|sleepApneaEvents⟧": 37, "avgSpo2": 88, "date": "2026-11-04"}`,
  ],

  // Italian
  [
    "it",
    "rx:health",
    `Trasforma questo promemoria della ricetta dematerializzata in una lista:\nAssistito: BIANCHI GIULIA\nNRE: 1200A4007123456\nPrescrizione: ⟦health|EUTIROX 100 mcg⟧ 50 cpr, ⟦health|SERTRALINA 50 mg⟧ 30 cpr`,
  ],
  [
    "it",
    "lab:health",
    `Copiato dal Fascicolo Sanitario Elettronico, me lo spieghi?\nPaziente: Esposito Carmela, nata il ⟦date_of_birth|11/04/1959⟧\n⟦health|Creatinina⟧ 2,4 mg/dL *\n⟦health|eGFR⟧ 21 mL/min`,
  ],
  [
    "it",
    "cgm:health",
    `Fammi un grafico dell'export Dexcom di Matteo:\nIndice,Data/ora,Tipo evento,Info paziente,Valore glucosio (mg/dL)\n1,,Nome,Matteo,\n2,,Cognome,Ferraro,\n10,2026-11-03T03:05:00,⟦health|EGV⟧,,49`,
  ],
  [
    "it",
    "bp:health",
    `Fai la media di questo export Omron di mio suocero Giorgio Conti:\nData,⟦health|Sistolica (mmHg)⟧,⟦health|Diastolica (mmHg)⟧,Pulsazioni\n01/11/2026,174,103,79\n02/11/2026,169,99,82`,
  ],
  [
    "it",
    "dcc:health",
    `Controlla questo Green Pass decodificato: {"nam": {"fn": "Greco", "gn": "Alessandro"}, "dob": "⟦date_of_birth|1983-07-22⟧", "v": [{"tg": "⟦health|840539006⟧", "mp": "EU/1/20/1507", "dn": 3, "sd": 3, "dt": "2022-01-10"}]}`,
  ],
  ["it", "cpap:health", `Riassumi il report della CPAP di Franco Ricci:\nUtilizzo medio: 3 h 40 min\n⟦health|AHI residuo 17,3/h⟧\nPerdite: 28 L/min`],
  [
    "it",
    "pharmacy:health",
    `Storico ordini dell'app della farmacia, ordina per data:\nCliente: Federica Marino\n30/10/2026  ⟦health|DEPAKIN CHRONO 500 mg⟧  30 cpr  Ritirato\n02/10/2026  ⟦health|DEPAKIN CHRONO 500 mg⟧  30 cpr  Ritirato`,
  ],
  [
    "it",
    "apple:health",
    `Riassumi l'export di Salute di Davide Gallo: <Record type="⟦health|HKQuantityTypeIdentifierBloodPressureSystolic⟧" sourceName="iPhone di Davide Gallo" unit="mmHg" creationDate="2026-11-01 08:30:00 +0100" value="182"/>`,
  ],
  [
    "it",
    "libre:health",
    `Quante ipoglicemie nel file LibreView di Chiara Romano?\nReferto paziente,Generato il,06-11-2026,Generato da,Chiara Romano\nDispositivo,Numero di serie,Data e ora dispositivo,Tipo di registrazione,⟦health|Cronologia glicemia mg/dL⟧\nFreeStyle Libre 2,0M00AB9921,05-11-2026 02:10,0,55`,
  ],
  [
    "it",
    "period:health",
    `Riassumi l'esportazione dell'app del ciclo di Sara Colombo: {"utente": "sara.colombo", "nome": "Sara Colombo", "note": ["⟦health|endometriosi⟧", "dolore forte"], "durata_media_ciclo": 24}`,
  ],
  [
    "it",
    "fit:health",
    `Converti in tabella questo export Google Fit: {"account": "⟦email|luca.moretti.bo@gmail.com⟧", "dataTypeName": "⟦health|com.google.oxygen_saturation⟧", "points": [{"startTime": "2026-11-02T02:40:00Z", "value": 87}]}`,
  ],
  [
    "it",
    "pump:health",
    `Log del microinfusore di Elena Rinaldi (CareLink), somma i boli:\nData;Ora;⟦health|Bolo erogato (U)⟧;Glicemia (mg/dL)\n04/11/2026;08:05;4,5;230\n04/11/2026;13:10;6,0;198`,
  ],

  // Spanish
  [
    "es",
    "rx:health",
    `Pásame esta hoja de medicación de la receta electrónica a una tabla:\nPaciente: Dolores Vázquez Rey\nFecha nac.: ⟦date_of_birth|03/02/1950⟧\n⟦health|SINTROM 4 mg⟧ comprimidos — según pauta\n⟦health|FUROSEMIDA 40 mg⟧ — 1 al día`,
  ],
  [
    "es",
    "samsung:health",
    `Resume este CSV de Samsung Health de Javier Ortega:\nusuario,Javier Ortega\n⟦health|com.samsung.health.blood_pressure⟧.start_time,systolic,diastolic,pulse\n2026-11-01 08:10,176,104,90\n2026-11-02 08:05,179,101,88`,
  ],
  [
    "es",
    "lab:health",
    `Copiado del portal del laboratorio, ¿qué significa?\nPaciente: Nuria Castillo Peña\n⟦health|Ferritina⟧ 6 ng/mL (L)\n⟦health|Hemoglobina⟧ 9,1 g/dL (L)`,
  ],
  [
    "es",
    "libre:health",
    `¿Cuántas hipoglucemias hay en este informe LibreView?\nInforme del paciente,Generado el,06-11-2026,Generado por,Marcos Gil\nDispositivo,Número de serie,Marca de tiempo del dispositivo,Tipo de registro,⟦health|Historial de glucosa mg/dL⟧\nFreeStyle Libre 2,0M00CC1122,04-11-2026 03:30,0,50`,
  ],
  [
    "es",
    "cpap:health",
    `Resume el informe de la CPAP de Antonio Serrano para su neumóloga:\nHoras de uso ≥ 4 h: 10/30\n⟦health|IAH 26,7/h⟧\nFuga media: 35 L/min`,
  ],
  [
    "es",
    "dcc:health",
    `Valida este certificado COVID digital de la UE: {"nam": {"fn": "Navarro", "gn": "Lucía"}, "dob": "⟦date_of_birth|1994-05-19⟧", "v": [{"tg": "⟦health|840539006⟧", "mp": "EU/1/20/1528", "dn": 2, "sd": 2, "dt": "2021-09-03"}]}`,
  ],
  [
    "es",
    "pharmacy:health",
    `Ordena el historial de pedidos de la app de la farmacia:\nCliente: Raúl Medina\n29/10/2026  ⟦health|Olanzapina 10 mg⟧  28 comp.  Recogido\n01/10/2026  ⟦health|Olanzapina 10 mg⟧  28 comp.  Recogido`,
  ],
  [
    "es",
    "apple:health",
    `Resume el export de Salud de Pilar Domínguez: <Record type="⟦health|HKQuantityTypeIdentifierBloodGlucose⟧" sourceName="iPhone de Pilar Domínguez" unit="mmol/L" creationDate="2026-11-03 07:20:00 +0100" value="13.9"/>`,
  ],
  [
    "es",
    "period:health",
    `Resume lo que exportó la app de regla de mi compañera Irene Prieto: {"nombre": "Irene Prieto", "registro": [{"fecha": "2026-10-30", "nota": "⟦health|test de embarazo positivo⟧"}]}`,
  ],
  [
    "es",
    "fitbit:health",
    `Convierte este JSON de Fitbit de Sergio Robles Ibáñez a CSV: {"user": "Sergio Robles Ibáñez", "date": "2026-11-02", "⟦health|spo2⟧": {"avg": 86.4, "min": 79}, "restingHeartRate": 58}`,
  ],
  [
    "es",
    "pump:health",
    `Registro de la bomba de insulina de Alba Cano, suma los bolos:\n05/11/2026 07:45 ⟦health|Bolo⟧ 3,2 U\n05/11/2026 14:10 ⟦health|Bolo⟧ 5,8 U`,
  ],
  [
    "es",
    "bp:health",
    `Media de la tensión de mi vecino Ramón Iglesias, export del tensiómetro:\nFecha,⟦health|Sistólica⟧,⟦health|Diastólica⟧,Pulso\n01/11/2026,181,106,92`,
  ],

  // Dutch
  [
    "nl",
    "pharmacy:health",
    `Zet deze bestelgeschiedenis uit de apotheek-app op datum:\nKlant: Marieke de Boer\n31-10-2026  ⟦health|Methylfenidaat 36 mg⟧  30 st.  Afgehaald\n03-10-2026  ⟦health|Methylfenidaat 36 mg⟧  30 st.  Afgehaald`,
  ],
  [
    "nl",
    "lab:health",
    `Gekopieerd uit het patiëntenportaal, wat betekent dit?\nPatiënt: dhr. P. van Dijk, geb. ⟦date_of_birth|21-08-1961⟧\n⟦health|PSA⟧ 14,2 µg/L (H)`,
  ],
  [
    "nl",
    "libre:health",
    `Hoeveel hypo's staan in dit LibreView-bestand?\nPatiëntrapport,Gegenereerd op,06-11-2026,Gegenereerd door,Sanne Visser\nApparaat,Serienummer,Apparaattijdstempel,Type registratie,⟦health|Glucosegeschiedenis mmol/L⟧\nFreeStyle Libre 2,0M00DD5533,04-11-2026 03:12,0,2.9`,
  ],
  ["nl", "cpap:health", `Vat dit CPAP-rapport van Henk Bakker samen voor de longarts:\nGebruik ≥ 4 u: 14/30 nachten\n⟦health|AHI 19,6/u⟧\nLekkage: 29 L/min`],
  [
    "nl",
    "apple:health",
    `Vat de Gezondheid-export van Joris Smit samen: <Record type="⟦health|HKQuantityTypeIdentifierBloodPressureDiastolic⟧" sourceName="iPhone van Joris Smit" unit="mmHg" creationDate="2026-11-02 08:00:00 +0100" value="109"/>`,
  ],
  [
    "nl",
    "dcc:health",
    `Klopt dit gedecodeerde coronabewijs? {"nam": {"fn": "Jansen", "gn": "Eva"}, "dob": "⟦date_of_birth|1988-10-02⟧", "v": [{"tg": "⟦health|840539006⟧", "mp": "EU/1/20/1528", "dn": 2, "sd": 2}]}`,
  ],
  [
    "nl",
    "bp:health",
    `Maak een tabel van de bloeddrukexport van mevrouw Ans Mulder:\nDatum,⟦health|Bovendruk (mmHg)⟧,⟦health|Onderdruk (mmHg)⟧,Hartslag\n01-11-2026,177,99,84`,
  ],
  [
    "nl",
    "rx:health",
    `Medicatieoverzicht uit het MedMij-dossier van Kees de Vries, maak er een innameschema van:\n⟦health|Lithiumcarbonaat 400 mg⟧ 2x daags\n⟦health|Levothyroxine 50 µg⟧ 1x daags`,
  ],
  [
    "nl",
    "period:health",
    `Vat de export van de menstruatie-app van Fleur Peters samen: {"naam": "Fleur Peters", "notities": ["⟦health|miskraam⟧ week 9"], "cyclus": 31}`,
  ],
  [
    "nl",
    "fit:health",
    `Zet deze Google Fit-gegevens in een tabel: {"account": "⟦email|thijs.vermeulen@outlook.com⟧", "dataTypeName": "⟦health|com.google.blood_glucose⟧", "points": [{"startTime": "2026-11-03T07:00:00Z", "value": 15.4}]}`,
  ],
  [
    "nl",
    "pump:health",
    `Insulinepomp-log van Daan Hendriks, tel de bolussen op:\n04-11-2026 08:20 ⟦health|Bolus⟧ 4,0 E\n04-11-2026 13:05 ⟦health|Bolus⟧ 6,5 E`,
  ],
  [
    "nl",
    "cgm:health",
    `Grafiek van de Dexcom-export van Lotte:\nIndex,Tijdstempel,Gebeurtenistype,Patiëntinfo,Glucosewaarde (mmol/L)\n1,,Voornaam,Lotte,\n2,,Achternaam,Willems,\n9,2026-11-04T03:00:00,⟦health|EGV⟧,,3.1`,
  ],

  // Polish
  [
    "pl",
    "rx:health",
    `Zrób z tej e-recepty listę do apteki:\nPacjent: Krystyna Wójcik\nData urodzenia: ⟦date_of_birth|12.01.1947⟧\n⟦health|Xarelto 20 mg⟧ tabl. 1 x dziennie\n⟦health|Bisoprolol 5 mg⟧ tabl. 1 x rano`,
  ],
  [
    "pl",
    "lab:health",
    `Skopiowane z portalu laboratorium, co to znaczy?\nPacjent: Tomasz Zieliński\n⟦health|Cholesterol LDL⟧ 212 mg/dl ↑\n⟦health|Glukoza⟧ 131 mg/dl ↑`,
  ],
  [
    "pl",
    "libre:health",
    `Ile niedocukrzeń jest w tym pliku LibreView?\nRaport pacjenta,Wygenerowano,06-11-2026,Wygenerował,Agnieszka Lewandowska\nUrządzenie,Numer seryjny,Znacznik czasu urządzenia,Typ zapisu,⟦health|Historia stężenia glukozy mg/dL⟧\nFreeStyle Libre 2,0M00EE7788,04-11-2026 02:50,0,53`,
  ],
  ["pl", "cpap:health", `Streść raport z CPAP pana Andrzeja Kaczmarka dla lekarza:\nUżycie ≥ 4 h: 11/30 nocy\n⟦health|AHI 23,1/h⟧\nNieszczelność: 33 l/min`],
  [
    "pl",
    "bp:health",
    `Policz średnią z eksportu ciśnieniomierza babci Haliny Mazur:\nData,⟦health|Skurczowe (mmHg)⟧,⟦health|Rozkurczowe (mmHg)⟧,Tętno\n01.11.2026,183,97,80\n02.11.2026,176,95,78`,
  ],
  [
    "pl",
    "dcc:health",
    `Sprawdź ten zdekodowany certyfikat COVID UE: {"nam": {"fn": "Nowicka", "gn": "Magdalena"}, "dob": "⟦date_of_birth|1991-04-27⟧", "v": [{"tg": "⟦health|840539006⟧", "mp": "EU/1/20/1528", "dn": 2, "sd": 2}]}`,
  ],
  [
    "pl",
    "pharmacy:health",
    `Historia zamówień z aplikacji apteki, posortuj:\nKlient: Paweł Dąbrowski\n27.10.2026  ⟦health|Kwetiapina 100 mg⟧  60 tabl.  Odebrane\n29.09.2026  ⟦health|Kwetiapina 100 mg⟧  60 tabl.  Odebrane`,
  ],
  [
    "pl",
    "apple:health",
    `Podsumuj eksport Zdrowia Marty Kowalczyk: <Record type="⟦health|HKQuantityTypeIdentifierBloodGlucose⟧" sourceName="iPhone (Marta Kowalczyk)" unit="mg/dL" creationDate="2026-11-02 06:55:00 +0100" value="264"/>`,
  ],
  [
    "pl",
    "period:health",
    `Streść eksport z aplikacji do cyklu mojej siostry Oliwii Szymańskiej: {"imie": "Oliwia Szymańska", "notatki": ["⟦health|pozytywny test ciążowy⟧"], "dlugosc_cyklu": 35}`,
  ],
  [
    "pl",
    "garmin:health",
    `Eksport Garmin Piotra Wróbla do tabeli: {"displayName": "Piotr Wróbel", "date": "2026-11-03", "⟦health|irregularHeartRhythmAlert⟧": true, "avgSpo2": 90}`,
  ],
  [
    "pl",
    "pump:health",
    `Log z pompy insulinowej Kacpra Jankowskiego, zsumuj bolusy:\n04.11.2026 07:50 ⟦health|Bolus⟧ 3,8 j.\n04.11.2026 12:30 ⟦health|Bolus⟧ 5,5 j.`,
  ],
  [
    "pl",
    "ikp:health",
    `Skopiowane z Internetowego Konta Pacjenta Janiny Pawlak, zrób listę:\nRozpoznanie: ⟦health|I10 Samoistne nadciśnienie tętnicze⟧\nRozpoznanie: ⟦health|E11 Cukrzyca typu 2⟧`,
  ],

  // Japanese
  [
    "ja",
    "rx:health",
    `マイナポータルの薬剤情報を表にして：\n氏名 佐々木 和子\n生年月日 ⟦date_of_birth|1948年6月3日⟧\n2026/10/30 ⟦health|ワーファリン錠1mg⟧ 28日分\n2026/10/30 ⟦health|ランソプラゾールOD錠15mg⟧ 28日分`,
  ],
  ["ja", "lab:health", `健診結果をコピーしました、意味を教えて：\n受診者 中村 健二 様\n⟦health|HbA1c⟧ 8.1 % H\n⟦health|空腹時血糖⟧ 162 mg/dL H`],
  [
    "ja",
    "bp:health",
    `父・石井 勇の OMRON connect の記録を平均して：\n日付,⟦health|最高血圧⟧,⟦health|最低血圧⟧,脈拍\n2026/11/01,176,102,80\n2026/11/02,172,99,83`,
  ],
  [
    "ja",
    "libre:health",
    `LibreView のファイルで低血糖は何回？\n患者レポート,生成日,2026/11/06,生成者,小川 美咲\nデバイス,シリアル番号,デバイスのタイムスタンプ,記録タイプ,⟦health|過去のグルコース mg/dL⟧\nFreeStyle Libre 2,0M00FF3344,2026/11/04 03:20,0,52`,
  ],
  ["ja", "cpap:health", `CPAP のレポートを主治医向けに要約して：\n患者名：藤田 正\n4時間以上使用：13/30日\n⟦health|AHI 18.4回/時⟧`],
  [
    "ja",
    "apple:health",
    `ヘルスケアの書き出しを要約して（吉田 直人）: <Record type="⟦health|HKQuantityTypeIdentifierBloodPressureSystolic⟧" sourceName="吉田直人のiPhone" unit="mmHg" creationDate="2026-11-02 07:30:00 +0900" value="184"/>`,
  ],
  ["ja", "period:health", `友人の山口 彩の生理管理アプリの書き出しを要約：{"name": "山口 彩", "memo": ["⟦health|妊娠検査薬 陽性⟧"], "cycle": 36}`],
  [
    "ja",
    "pharmacy:health",
    `お薬手帳アプリの履歴を日付順に：\n利用者 松田 陽子\n2026/10/29 ⟦health|リスパダール錠1mg⟧ 28日分\n2026/10/01 ⟦health|リスパダール錠1mg⟧ 28日分`,
  ],
  [
    "ja",
    "dcc:health",
    `このワクチン接種証明書のJSONを整形して：{"nam": {"fn": "Kimura", "gn": "Haruka"}, "dob": "⟦date_of_birth|1992-08-14⟧", "v": [{"tg": "⟦health|840539006⟧", "mp": "EU/1/20/1528", "dn": 3, "sd": 3}]}`,
  ],
  [
    "ja",
    "pump:health",
    `インスリンポンプのログ（患者：岡田 翔太）のボーラスを合計して：\n2026/11/04 08:00 ⟦health|ボーラス⟧ 4.5 U\n2026/11/04 12:40 ⟦health|ボーラス⟧ 6.0 U`,
  ],
  [
    "ja",
    "fit:health",
    `Google Fit のデータを表に：{"account": "⟦email|kenta.hayashi.0312@gmail.com⟧", "dataTypeName": "⟦health|com.google.oxygen_saturation⟧", "points": [{"startTime": "2026-11-03T18:20:00Z", "value": 86}]}`,
  ],
  [
    "ja",
    "cgm:health",
    `Dexcom の書き出しをグラフにして：\nインデックス,タイムスタンプ,イベントタイプ,患者情報,グルコース値 (mg/dL)\n1,,名,翼,\n2,,姓,前田,\n8,2026-11-04T02:50:00,⟦health|EGV⟧,,47`,
  ],
];

export const NEGATIVES: MarkedEntry[] = [
  // English
  [
    "en",
    "neg-apple:docs-sample",
    `This is the sample from Apple's HealthKit documentation — how do I parse it with Python's ElementTree?\n<Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="Sample App" unit="mg/dL" creationDate="2020-01-01 08:00:00 -0800" value="100"/>`,
  ],
  [
    "en",
    "neg-cgm:own-data",
    `Here are a few rows of my own Dexcom Clarity export, what is my time in range?\nIndex,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Glucose Value (mg/dL)\n11,2026-11-04T02:15:00,EGV,154\n12,2026-11-04T02:20:00,EGV,162`,
  ],
  [
    "en",
    "neg-cgm:aggregate",
    `Our clinic's anonymised LibreView summary for the board: 412 patients, mean time in range 61 %, time below 70 mg/dL 3.8 %, median GMI 7.2 %. Write three bullet points.`,
  ],
  [
    "en",
    "neg-bp:device-spec",
    `Omron M7 Intelli IT spec sheet: measurement range 0–299 mmHg, pulse 40–180/min, accuracy ±3 mmHg, memory 2 × 100 readings, Bluetooth 4.1. Is it validated for people with AF?`,
  ],
  [
    "en",
    "neg-fitbit:sync-log",
    `Why does this sync keep failing?\n2026-11-02T08:14:03Z SyncManager INFO uploading 312 records type=heart_rate\n2026-11-02T08:14:05Z SyncManager WARN HTTP 429 retry_after=60\n2026-11-02T08:15:05Z SyncManager INFO upload complete`,
  ],
  [
    "en",
    "neg-fit:schema",
    `What fields does the Google Fit data type com.google.blood_pressure have? The docs list blood_pressure_systolic, blood_pressure_diastolic, body_position and measurement_location — which are required?`,
  ],
  [
    "en",
    "neg-bp:relative-unnamed",
    `My dad's Omron export (no names), is this high for a 70-year-old?\nDate,Systolic (mmHg),Diastolic (mmHg),Pulse\n01/11/2026,158,94,72\n02/11/2026,161,96,70`,
  ],
  ["en", "neg-cpap:demo", `OSCAR ships with a demo profile; its report shows "AHI 4.3, leak 12 L/min, usage 7:02 h" — what counts as a good AHI in general?`],
  [
    "en",
    "neg-lab:reference",
    `Reference ranges from our lab's handbook: HbA1c < 5.7 % normal, 5.7–6.4 % prediabetes, ≥ 6.5 % diabetes; fasting glucose 70–99 mg/dL. Format it as a markdown table.`,
  ],
  [
    "en",
    "neg-pump:firmware",
    `t:slim X2 firmware release notes: v7.8 adds Control-IQ+ for ages 2+, fixes a Bluetooth pairing timeout, max bolus remains 25 U. Summarise for our newsletter.`,
  ],
  [
    "en",
    "neg-pharmacy:own-unnamed",
    `My pharmacy app order history, which repeat is due next?\n11/03/2026  Atorvastatin 20 MG tablet  qty 30  Picked up\n10/04/2026  Atorvastatin 20 MG tablet  qty 30  Picked up`,
  ],

  // German
  [
    "de",
    "neg-rx:spec-sample",
    `Im Beispiel der gematik-Spezifikation steht {"resourceType": "Patient", "name": [{"family": "Mustermann", "given": ["Max"]}], "birthDate": "1987-02-20"} — ist birthDate im E-Rezept Pflicht?`,
  ],
  [
    "de",
    "neg-dcc:test-data",
    `Die offiziellen Testdaten des EU-DCC enthalten {"nam": {"fn": "Musterfrau-Gößinger", "gn": "Gabriele"}, "dob": "1998-02-26"} — wie validiere ich das Schema in Java?`,
  ],
  ["de", "neg-cgm:own-data", `Meine eigenen Libre-Werte von heute Nacht: 02:00 64, 02:15 59, 02:30 71 mg/dl. Sollte ich den Alarm höher stellen?`],
  [
    "de",
    "neg-cgm:aggregate",
    `Statistik der Diabetesambulanz 2026 (anonymisiert): 1.284 Patienten mit CGM, mittlere Zeit im Zielbereich 64 %, Hypoglykämien < 54 mg/dl bei 1,9 % der Zeit. Mach daraus eine Folie.`,
  ],
  [
    "de",
    "neg-bp:device-spec",
    `Technische Daten Withings BPM Connect: Messbereich 0–285 mmHg, Genauigkeit ±3 mmHg, Akku 6 Monate, WLAN und Bluetooth. Ist das Gerät klinisch validiert?`,
  ],
  [
    "de",
    "neg-apple:own-unnamed",
    `Aus meinem eigenen Health-Export: <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Apple Watch" unit="count/min" creationDate="2026-11-02 07:00:00 +0100" value="52"/> — ist 52 normal?`,
  ],
  [
    "de",
    "neg-pump:sync-log",
    `Warum bricht der CareLink-Upload ab?\n[2026-11-04 21:03:11] uploader: device 670G connected\n[2026-11-04 21:03:40] uploader: ERROR checksum mismatch in block 14\n[2026-11-04 21:03:41] uploader: aborting`,
  ],
  ["de", "neg-lab:reference", `Referenzbereiche aus dem Laborhandbuch: TSH 0,27–4,2 mU/l, fT4 0,93–1,7 ng/dl, fT3 2,0–4,4 pg/ml. Bitte als Tabelle.`],
  ["de", "neg-cpap:relative-unnamed", `Der CPAP-Bericht meines Vaters sagt AHI 6,2/h und 5:40 h Nutzung pro Nacht – ist das gut eingestellt?`],
  [
    "de",
    "neg-mysugr:docs",
    `Welche Spalten hat der CSV-Export von mySugr? Laut Hilfeseite: date, time, tags, blood glucose measurement (mg/dL), insulin injection units (pen), basal injection units. Wie importiere ich das in R?`,
  ],

  // French
  [
    "fr",
    "neg-withings:device-spec",
    `Fiche technique Withings ScanWatch 2 : ECG 1 dérivation, SpO2, autonomie 30 jours, étanche 50 m. Est-ce que l'ECG est certifié CE médical ?`,
  ],
  ["fr", "neg-lab:own-unnamed", `Mes résultats d'analyse : glycémie à jeun 1,04 g/L, HbA1c 5,6 %. C'est normal ?`],
  [
    "fr",
    "neg-dcc:schema",
    `Dans le schéma du certificat COVID numérique de l'UE, que signifient les champs "tg", "vp", "mp" et "dn" ? Exemple : {"tg": "840539006", "dn": 2, "sd": 2}`,
  ],
  [
    "fr",
    "neg-cgm:aggregate",
    `Statistiques anonymisées du service : 856 patients sous FreeStyle Libre, temps dans la cible moyen 59 %, 4,2 % sous 70 mg/dL. Rédige une synthèse.`,
  ],
  [
    "fr",
    "neg-cpap:firmware",
    `Journal de mise à jour AirSense 10 : firmware SX567-0401, correction du capteur d'humidité, synchronisation myAir toutes les 24 h. Résume pour le support.`,
  ],
  [
    "fr",
    "neg-apple:docs-sample",
    `Exemple tiré de la doc HealthKit : <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Example" unit="mmHg" value="120"/> — comment le lire en Swift ?`,
  ],
  ["fr", "neg-bp:relative-unnamed", `Le tensiomètre de ma mère affiche 152/91 le matin depuis une semaine, faut-il consulter ?`],
  [
    "fr",
    "neg-pharmacy:faq",
    `Dans l'appli de la pharmacie, l'historique affiche « Retiré », « En préparation » et « Ordonnance expirée » — que signifie chaque statut ?`,
  ],
  [
    "fr",
    "neg-period:docs",
    `Quels champs contient l'export JSON de l'appli Clue ? La doc cite "day", "type" (period, pain, tests) et "value". Comment l'importer dans Excel ?`,
  ],
  [
    "fr",
    "neg-fit:sync-log",
    `Erreur de synchronisation Google Fit :\n2026-11-03 06:01:12 FitSync E/Upload: 403 PERMISSION_DENIED scope=fitness.blood_glucose.read\n2026-11-03 06:01:13 FitSync I/Upload: retry scheduled`,
  ],

  // Italian
  [
    "it",
    "neg-rx:specification",
    `Nelle specifiche tecniche della ricetta dematerializzata, il campo NRE è lungo 15 caratteri e inizia con il codice regione: come lo valido con una regex?`,
  ],
  [
    "it",
    "neg-dcc:placeholder",
    `Esempio del manuale del Green Pass: {"nam": {"fn": "Rossi", "gn": "Mario"}, "dob": "1970-01-01", "v": [{"tg": "840539006", "dn": 2}]} — che cosa indica "dn"?`,
  ],
  ["it", "neg-cgm:own-data", `I miei valori Dexcom di stanotte: 03:00 62, 03:05 58, 03:10 66 mg/dL. Devo abbassare il basale?`],
  [
    "it",
    "neg-cgm:aggregate",
    `Dati aggregati del centro diabetologico: 940 pazienti con sensore, tempo in range medio 63 %, ipoglicemie 3,1 %. Fai un riassunto per la direzione.`,
  ],
  [
    "it",
    "neg-bp:device-spec",
    `Scheda tecnica Omron M3 Comfort: campo di misura 0–299 mmHg, memoria 60 misurazioni, bracciale 22–42 cm. È validato secondo ESH?`,
  ],
  ["it", "neg-lab:reference", `Valori di riferimento del laboratorio: creatinina 0,6–1,1 mg/dL, eGFR > 90 mL/min. Fammi una tabella.`],
  ["it", "neg-cpap:relative-unnamed", `Il report della CPAP di mio nonno dice AHI 3,8/h e utilizzo 6 h a notte: va bene?`],
  [
    "it",
    "neg-pump:sync-log",
    `Log di sincronizzazione del microinfusore:\n2026-11-04 22:10:02 sync: pump connected\n2026-11-04 22:10:30 sync: 1.204 eventi caricati\n2026-11-04 22:10:31 sync: ok`,
  ],
  ["it", "neg-pharmacy:own-unnamed", `Il mio storico ordini della farmacia: 30/10 Eutirox 75 mcg, 02/10 Eutirox 75 mcg. Quando devo riordinare?`],
  [
    "it",
    "neg-apple:docs-sample",
    `Nella documentazione HealthKit c'è <Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="Sample" unit="mg/dL" value="95"/>: come lo converto in CSV con pandas?`,
  ],

  // Spanish
  [
    "es",
    "neg-samsung:docs",
    `Según la documentación de Samsung Health, com.samsung.health.blood_pressure tiene systolic, diastolic y pulse. ¿Cuál es la unidad de cada campo?`,
  ],
  ["es", "neg-lab:own-unnamed", `Mis análisis: ferritina 18 ng/mL, hemoglobina 12,4 g/dL. ¿Debo tomar hierro?`],
  [
    "es",
    "neg-cgm:aggregate",
    `Datos anonimizados de la unidad de diabetes: 1.050 pacientes con MCG, tiempo en rango medio 62 %, 2,7 % por debajo de 70 mg/dL. Resúmelo en una diapositiva.`,
  ],
  [
    "es",
    "neg-cpap:device-spec",
    `Especificaciones de la ResMed AirSense 11: rango de presión 4–20 cmH2O, humidificador integrado, ruido 26 dBA. ¿Sirve para viajar en avión?`,
  ],
  [
    "es",
    "neg-dcc:schema",
    `En el esquema del certificado COVID digital de la UE, ¿qué diferencia hay entre "v", "t" y "r"? Ejemplo: {"tg": "840539006", "dn": 1, "sd": 2}`,
  ],
  ["es", "neg-rx:relative-unnamed", `A mi madre le han recetado Sintrom 4 mg según pauta en la receta electrónica, ¿qué alimentos debe evitar?`],
  [
    "es",
    "neg-fitbit:sync-log",
    `¿Por qué falla la sincronización de Fitbit?\n2026-11-02 07:10:01 sync INFO 288 registros spo2\n2026-11-02 07:10:03 sync ERROR token expirado\n2026-11-02 07:10:04 sync INFO reintento en 300 s`,
  ],
  [
    "es",
    "neg-pump:firmware",
    `Notas de la versión del firmware de la bomba Medtronic 780G: SmartGuard con objetivo de 100 mg/dL, corrección de un error de pantalla. Resúmelas.`,
  ],
  [
    "es",
    "neg-apple:own-unnamed",
    `Mi propio export de Salud: <Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="iPhone" unit="mmol/L" value="5.4"/> — ¿es un valor normal en ayunas?`,
  ],
  ["es", "neg-period:docs", `¿Qué campos tiene la exportación de datos de la app Flo? ¿Incluye síntomas y pruebas de embarazo o solo fechas?`],

  // Dutch
  ["nl", "neg-pharmacy:faq", `In de apotheek-app staat bij mijn herhaalrecept "Klaar om af te halen" en "In behandeling" — wat is het verschil?`],
  ["nl", "neg-lab:reference", `Referentiewaarden van het lab: PSA < 4 µg/L, bij 70+ < 6,5 µg/L. Zet het in een tabel.`],
  [
    "nl",
    "neg-cgm:aggregate",
    `Geanonimiseerde cijfers van de poli: 620 patiënten met Libre, gemiddeld 60 % in bereik, 3,5 % onder 3,9 mmol/L. Schrijf een korte samenvatting.`,
  ],
  [
    "nl",
    "neg-cpap:firmware",
    `Changelog van de Philips DreamStation 2-firmware: verbeterde bevochtiging, nieuwe Bluetooth-stack, Care Orchestrator-sync. Vat samen voor de helpdesk.`,
  ],
  [
    "nl",
    "neg-dcc:placeholder",
    `In de CoronaCheck-testomgeving staat {"nam": {"fn": "Jansen", "gn": "Test"}, "dob": "1970-01-01"} als voorbeeld — mag ik dat in mijn unit tests gebruiken?`,
  ],
  ["nl", "neg-bp:own-unnamed", `Mijn eigen bloeddrukmeter geeft 138/86 's ochtends, is dat te hoog?`],
  [
    "nl",
    "neg-apple:docs-sample",
    `Voorbeeld uit de HealthKit-docs: <Record type="HKQuantityTypeIdentifierBloodPressureDiastolic" sourceName="Example" unit="mmHg" value="80"/> — hoe parse ik dit in Kotlin?`,
  ],
  [
    "nl",
    "neg-pump:sync-log",
    `Synclog van de insulinepomp:\n04-11-2026 21:00:01 uploader: verbonden\n04-11-2026 21:00:20 uploader: 980 records verstuurd\n04-11-2026 21:00:21 uploader: klaar`,
  ],
  [
    "nl",
    "neg-fit:schema",
    `Welke velden heeft com.google.blood_glucose in de Google Fit API? Ik zie blood_glucose_level, temporal_relation_to_meal en specimen_source.`,
  ],
  ["nl", "neg-rx:relative-unnamed", `Mijn opa krijgt lithiumcarbonaat 400 mg 2x daags, welke bloedwaarden worden gecontroleerd?`],

  // Polish
  [
    "pl",
    "neg-rx:placeholder",
    `Przykład z dokumentacji P1: {"resourceType": "Patient", "name": [{"family": "Kowalski", "given": ["Jan"]}]} — jak wysłać e-receptę w środowisku testowym?`,
  ],
  ["pl", "neg-lab:own-unnamed", `Moje wyniki: cholesterol LDL 128 mg/dl, glukoza 94 mg/dl. Czy to dużo?`],
  ["pl", "neg-cgm:aggregate", `Zanonimizowane dane poradni: 710 pacjentów z CGM, średni czas w zakresie 61 %, 3 % poniżej 70 mg/dl. Zrób z tego slajd.`],
  [
    "pl",
    "neg-bp:device-spec",
    `Dane techniczne ciśnieniomierza Omron M6: zakres 0–299 mmHg, pamięć 2 × 100 pomiarów, mankiet 22–42 cm. Czy jest walidowany klinicznie?`,
  ],
  ["pl", "neg-cpap:relative-unnamed", `Raport z CPAP mojego taty: AHI 4,1/h, użycie 6 h na noc. Czy terapia działa?`],
  ["pl", "neg-dcc:schema", `Co oznaczają pola "tg" i "dn" w certyfikacie COVID UE? Przykład ze specyfikacji: {"tg": "840539006", "dn": 2, "sd": 2}`],
  ["pl", "neg-pharmacy:faq", `W aplikacji apteki historia zamówień pokazuje "Zrealizowano częściowo" — co to znaczy przy e-recepcie?`],
  ["pl", "neg-pump:firmware", `Informacje o wersji oprogramowania pompy: obsługa nowego sensora, poprawka alarmu okluzji, maksymalny bolus 25 j. Streść.`],
  [
    "pl",
    "neg-apple:docs-sample",
    `Przykład z dokumentacji HealthKit: <Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="Sample" unit="mg/dL" value="110"/> — jak to sparsować w Go?`,
  ],
  ["pl", "neg-ikp:docs", `Jakie dane pokazuje Internetowe Konto Pacjenta w zakładce "Rozpoznania"? Czy są tam kody ICD-10?`],

  // Japanese
  ["ja", "neg-rx:placeholder", `仕様書のサンプル：氏名 山田 太郎、生年月日 1980年1月1日、薬剤 ロキソニン錠60mg。この形式を JSON にするには？`],
  ["ja", "neg-lab:own-unnamed", `自分の健診結果：HbA1c 5.8 %、空腹時血糖 104 mg/dL。要注意ですか？`],
  ["ja", "neg-cgm:aggregate", `当院の匿名化データ：CGM 使用患者 530 名、平均 TIR 60 %、70 mg/dL 未満 3.2 %。スライド用にまとめて。`],
  ["ja", "neg-bp:device-spec", `オムロン HCR-7502T の仕様：測定範囲 0〜299 mmHg、メモリ 90 回、Bluetooth 対応。臨床的に検証されていますか？`],
  ["ja", "neg-cpap:relative-unnamed", `母の CPAP のレポートで AHI 5.1回/時、使用 6 時間でした。治療はうまくいっていますか？`],
  [
    "ja",
    "neg-apple:docs-sample",
    `HealthKit のドキュメントの例：<Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Sample" unit="mmHg" value="118"/> を Python で読むには？`,
  ],
  [
    "ja",
    "neg-pump:sync-log",
    `ポンプの同期ログでエラー：\n2026-11-04 21:10:02 sync: 接続\n2026-11-04 21:10:15 sync: ERROR タイムアウト\n2026-11-04 21:10:16 sync: 再試行`,
  ],
  ["ja", "neg-dcc:schema", `EU のワクチン接種証明書の "tg": "840539006" は何を意味しますか？ "dn" と "sd" の違いも教えて。`],
  ["ja", "neg-pharmacy:own-unnamed", `私のお薬手帳アプリの履歴：10/29 アムロジピン錠5mg 28日分、10/01 同じ。次はいつ受診？`],
  ["ja", "neg-period:docs", `ルナルナのデータ書き出しにはどんな項目がありますか？基礎体温や妊娠検査の記録も含まれますか？`],
];
